-- Learning (DESIGN.md, "Learning"): e-learning capsules (at most 15 minutes, Markdown, a video link, a quiz with a
-- pass mark), the learners' attempts; a pass writes the ledger (source CAPSULE, reference CAP-<id>) with its score,
-- which the rules "these capsules passed with at least X %" read. Lines imported from an outside LMS are IMPORT rows.
create sequence learning_capsule_seq start with 1 increment by 50;
create table learning_capsule (
    id            bigint         primary key,
    title         varchar(150)   not null,
    summary       varchar(500),
    body          varchar(20000) not null,
    video_link    varchar(500),
    minutes       int            not null,
    pass_mark     int            not null,
    quiz          varchar(20000) not null,
    themes        varchar(500),
    published     boolean        not null,
    owner_id      bigint         not null references organisation (id),
    version       bigint         not null,
    constraint ck_learning_capsule_minutes check (minutes between 1 and 15),
    constraint ck_learning_capsule_pass_mark check (pass_mark between 0 and 100)
);

create sequence learning_capsule_attempt_seq start with 1 increment by 50;
create table learning_capsule_attempt (
    id            bigint         primary key,
    capsule_id    bigint         not null references learning_capsule (id),
    account_id    bigint         not null references user_account (id),
    score         int            not null,
    passed        boolean        not null,
    attempted_at  timestamp      not null
);
create index idx_learning_capsule_attempt_learner on learning_capsule_attempt (account_id, capsule_id);

alter table learning_activity add column score int;
alter table learning_award_rule add column capsule_ids varchar(500);
