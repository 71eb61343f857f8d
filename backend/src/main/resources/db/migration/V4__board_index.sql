-- The board reads one column at a time, oldest first, the id breaking ties
-- (board.BoardQuery): with the id in the index the database reads the first page
-- from the index in order instead of sorting the whole column (docs/benchmarks.md).
create index idea_board_idx on idea (stage, stage_entered_at, id);
drop index idea_stage_idx;
