-- An adopted pilot's impact targets (issue 17, docs/adr/0036) come with fresh baselines:
-- the origin's metric, unit and target, and no baseline until the adopter's lab lead has
-- measured where their own organisation stands. A null baseline is "to be measured".
alter table impact_target alter column baseline drop not null;
