/** Leaves the web app for another site, e.g. the identity provider's sign-out. */
export function leaveApp(url: string): void {
  window.location.assign(url);
}
