-- People's data (docs/adr/0026). An erased person's row is their pseudonym from then on
-- ("Former colleague 7f3a9c"); erased_at says it is one, so that it is not erased or
-- listed again. The retention job pseudonymises the participants of ideas that ended
-- longer ago than civiclab.privacy.retention, once per idea: the row claims the idea,
-- so that on several nodes one does it and the others skip it.
alter table person add column erased_at timestamp with time zone;

create table personal_data_retention (
    idea_id bigint not null references idea (id),
    pseudonymised_at timestamp with time zone not null,
    constraint personal_data_retention_pk primary key (idea_id)
);
