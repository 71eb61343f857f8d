-- Failed sign-ins, counted in the database that every node shares, so that the throttle
-- holds across a cluster (people.SignInThrottle, docs/adr/0011). One row per user and
-- client address, and one per user; the key is a SHA-256 hash, so the table holds no
-- username and no address. in_flight counts the passwords being checked now (claimed,
-- not yet settled; a claim older than in_flight_until is void, so a node that died
-- holding one blocks nobody). Times are epoch milliseconds; version is the row's
-- compare-and-set counter.

create table sign_in_throttle (
    throttle_key varchar(64) not null,
    failures int not null,
    in_flight int not null,
    in_flight_until bigint not null,
    window_ends bigint not null,
    blocked_until bigint not null,
    known_until bigint not null,
    version bigint not null,
    constraint sign_in_throttle_pk primary key (throttle_key)
);
