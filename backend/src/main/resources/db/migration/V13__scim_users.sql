-- Directory provisioning through SCIM 2.0 (scim.ScimUsers, docs/adr/0025). A person a
-- directory made (person.provisioned_by = 'SCIM') has one row here: what SCIM knows of
-- them that CivicLab's person does not hold (the directory's own id, the parts of the
-- name), and when the directory deleted them. A deleted person is deactivated and kept,
-- with their history; SCIM answers 404 for them from then on.
create table scim_user (
    person_id bigint primary key references person (id),
    external_id varchar(400),
    given_name varchar(400),
    family_name varchar(400),
    deleted_at timestamp with time zone
);
