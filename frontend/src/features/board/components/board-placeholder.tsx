/** Stands in for the board until the pipeline's columns can be loaded from the backend. */
export function BoardPlaceholder() {
  return (
    <p className="placeholder">
      Placeholder: the pipeline&apos;s columns appear here once the pipeline is deployed.
    </p>
  );
}
