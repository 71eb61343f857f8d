-- An impact target's baseline may be corrected (V21); two lab leads correcting it at once
-- must not lose one of the values silently, so the target carries a version like every
-- record people edit (optimistic locking, 409 record.stale on a stale one).
alter table impact_target add column version bigint default 0 not null;
