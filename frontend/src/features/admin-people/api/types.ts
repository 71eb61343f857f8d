import type { components } from '@api/schema';

type Schemas = components['schemas'];

/** A person as the admin pages show them. */
export type AdminPerson = Schemas['AdminPerson'];
export type AdminRole = AdminPerson['roles'][number];
export type NewPerson = Schemas['NewPerson'];
export type PersonRequest = Schemas['PersonRequest'];
/** The link for a new person to set their password, shown once. */
export type InvitationLink = Schemas['InvitationLink'];
/** A new person and their invitation link. */
export type InvitedPerson = Omit<Schemas['InvitedPerson'], 'person' | 'invitation'> & {
  person: AdminPerson;
  invitation: InvitationLink;
};
/** An organisation with its settings; a time of none is the installation's default. */
export type AdminOrganisation = Schemas['AdminOrganisation'];
export type OrganisationRequest = Schemas['OrganisationRequest'];
/** Whom an invitation link is for. */
export type Invited = Schemas['Invited'];

export const adminKeys = {
  people: ['admin', 'people'] as const,
  organisations: ['admin', 'organisations'] as const,
  invitation: (token: string) => ['invitation', token] as const,
};
