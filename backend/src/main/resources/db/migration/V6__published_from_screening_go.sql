-- A public idea is published (public portfolio, open data, other organisations) from its
-- screening Go on, never before (docs/adr/0021). screened_at records that Go; ideas
-- decided before this migration take it from their gate decisions.
alter table idea add column screened_at timestamp with time zone;

update idea set screened_at = (select min(d.decided_at) from gate_decision d
                               where d.idea_id = idea.id and d.gate = 'SCREENING' and d.outcome = 'GO');

-- The board counts, for each column, the ideas its viewer may see (idea.IdeaVisibility):
-- every column that rule reads is in the board index, so the count reads the index
-- alone (V5); the first columns stay (stage, stage_entered_at, id) for the first page.
create index idea_board_readable_idx on idea (stage, stage_entered_at, id, organisation_id, submitted_at,
                                              public_idea, screened_at, submitter_id);
drop index idea_board_visible_idx;

-- Who co-authored what: the rule asks it for drafts, "my ideas" for everyone.
create index idea_co_author_person_idx on idea_co_author (person_id);
