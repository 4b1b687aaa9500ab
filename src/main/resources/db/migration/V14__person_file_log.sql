-- Who read or changed a person's file, and when (DESIGN.md, security): the openings of the person's referrals and of
-- their form, the changes of their form. A referral's own changes are its timeline (referral_event). Ids from a
-- sequence in blocks of 50, as the other tables written at each referral (migration 6): the line a new person's
-- creation writes is inserted with the action's other rows, in one batch.
create sequence person_file_log_seq start with 1 increment by 50;
create table person_file_log (
    id        bigint        primary key,
    person_id bigint        not null references person (id),
    at        timestamp     not null,
    actor     varchar(300)  not null,
    action    varchar(10)   not null,
    what      varchar(300)  not null
);
create index idx_person_file_log_person on person_file_log (person_id, at);
