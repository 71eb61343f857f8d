-- Administration (the people's source, an organisation's language and currency).
-- Who owns a person's record: CivicLab itself (LOCAL), the identity provider at each
-- single sign-on (OIDC), or a directory through SCIM (SCIM). What the provider owns is
-- read-only in the admin pages.
alter table person add column provisioned_by varchar(10) default 'LOCAL' not null;
update person set provisioned_by = 'OIDC' where password_hash = '-';

-- An organisation's default language (en, sv, da, nl) and currency (ISO 4217).
alter table organisation add column default_language varchar(5) default 'en' not null;
alter table organisation add column currency varchar(3) default 'SEK' not null;
