/**
 * The model's BPMN with each named element renamed by `label` (the reader's language), so the
 * diagram draws the names the rest of the app uses. XML that does not parse is returned as it
 * came, for the viewer to say what is wrong with it.
 */
export function localiseModel(xml: string, label: (id: string, name: string) => string): string {
  const model = new DOMParser().parseFromString(xml, 'application/xml');
  if (model.getElementsByTagName('parsererror').length > 0) return xml;
  for (const element of model.querySelectorAll('[id][name]')) {
    const id = element.getAttribute('id') ?? '';
    const name = element.getAttribute('name') ?? '';
    element.setAttribute('name', label(id, name));
  }
  return new XMLSerializer().serializeToString(model);
}
