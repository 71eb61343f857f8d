-- Together (#17, docs/adr/0035): an idea's sharing level replaces its public flag. The
-- organisation only, shared with the region (the other organisations of this
-- installation), or public; either way published only from its screening Go on.
alter table idea add column sharing varchar(12) default 'ORGANISATION' not null;
update idea set sharing = 'PUBLIC' where public_idea = true;
alter table idea add constraint idea_sharing_check check (sharing in ('ORGANISATION', 'REGION', 'PUBLIC'));

-- The board's index holds every column the visibility rule reads (V5, V6).
create index idea_board_shared_idx on idea (stage, stage_entered_at, id, organisation_id, submitted_at,
                                            sharing, screened_at, submitter_id);
drop index idea_board_readable_idx;
alter table idea drop column public_idea;

-- Adoption: an idea started from another organisation's pilot (origin_id), or from a
-- pilot of another installation, known by its address (origin_url) and title.
alter table idea add column origin_id bigint references idea (id);
alter table idea add column origin_url varchar(500);
alter table idea add column origin_title varchar(200);
create index idea_origin_idx on idea (origin_id);

-- The cross-organisation thread of an idea shared beyond its organisation: its comments
-- are read by everyone who sees the idea; the organisation's own discussion stays its own.
alter table idea_comment add column region_thread boolean default false not null;
