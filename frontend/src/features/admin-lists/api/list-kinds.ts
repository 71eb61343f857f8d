/** The managed lists, by their names in the API's paths. */
export const listKinds = ['departments', 'themes', 'receiving-units'] as const;
export type ListKind = (typeof listKinds)[number];

export const adminListKeys = {
  entries: (organisation: number, kind: ListKind) =>
    ['admin', 'organisations', organisation, 'lists', kind] as const,
  fields: (organisation: number) => ['admin', 'organisations', organisation, 'fields'] as const,
};
