-- Text limits are counted in characters (Unicode code points), as people count them
-- (docs/adr/0014): 200 emoji are a 200-character title. The limits are the requests'
-- @Size; H2 counts a column's length in UTF-16 units, in which a character outside the
-- Basic Multilingual Plane takes two, so every column that stores text people write is
-- made twice as wide as its limit. PostgreSQL counts characters; the same script for
-- both keeps one schema (a wider varchar is a change of the catalogue only there).

alter table idea alter column title set data type varchar(400);
alter table idea alter column problem set data type varchar(8000);
alter table idea alter column proposal set data type varchar(8000);
alter table idea alter column beneficiaries set data type varchar(2000);
alter table idea alter column department set data type varchar(400);
alter table idea alter column receiving_unit set data type varchar(400);
alter table idea_theme alter column theme set data type varchar(120);
alter table experiment alter column title set data type varchar(400);
alter table experiment alter column hypothesis set data type varchar(4000);
alter table experiment alter column test_description set data type varchar(4000);
alter table experiment alter column metric set data type varchar(2000);
alter table experiment alter column criterion set data type varchar(2000);
alter table experiment alter column test_group set data type varchar(1000);
alter table experiment alter column partners set data type varchar(1000);
alter table experiment alter column result set data type varchar(8000);
alter table experiment alter column learning_believed set data type varchar(4000);
alter table experiment alter column learning_observed set data type varchar(4000);
alter table experiment alter column learning_learned set data type varchar(4000);
alter table experiment alter column learning_therefore set data type varchar(4000);
alter table gate_decision alter column rationale set data type varchar(8000);
alter table gate_decision alter column conditions set data type varchar(4000);
alter table gate_decision alter column receiving_unit set data type varchar(400);
alter table gate_decision alter column learning_believed set data type varchar(4000);
alter table gate_decision alter column learning_observed set data type varchar(4000);
alter table gate_decision alter column learning_learned set data type varchar(4000);
alter table gate_decision alter column learning_therefore set data type varchar(4000);
alter table impact_target alter column metric set data type varchar(400);
alter table impact_target alter column unit set data type varchar(80);
alter table benefit_measurement alter column note set data type varchar(2000);
alter table idea_comment alter column body set data type varchar(8000);
