-- Open data and the portfolio dashboard (docs/adr/0019, 0020).
-- A person's consent to be named in the public portfolio and the open data; without it
-- nobody's name appears there. E-mail addresses are never published.
alter table person add column public_name_consent boolean default false not null;

-- What a test actually cost, recorded with its result, against its budget cap.
alter table experiment add column cost_spent numeric(14, 2);
