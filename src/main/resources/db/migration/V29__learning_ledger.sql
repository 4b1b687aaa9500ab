-- Learning (DESIGN.md, "Learning: resource centre, sessions and the activity ledger"): the activity ledger, one row
-- per learning fact of a learner (a person in parcours or a staff account), written once per learner, source and
-- day; the award rules over it, one per achievement at most; and which learner each rule has awarded, once.
create sequence learning_activity_seq start with 1 increment by 50;
create table learning_activity (
    id             bigint         primary key,
    person_id      bigint         references person (id),
    account_id     bigint         references user_account (id),
    learner_key    varchar(24)    not null,
    kind           varchar(30)    not null,
    activity_date  date           not null,
    minutes        int            not null,
    modality       varchar(20)    not null,
    themes         varchar(500),
    evidence_text  varchar(2000),
    evidence_url   varchar(500),
    source         varchar(20)    not null,
    source_ref     varchar(100)   not null,
    reason         varchar(2000),
    recorded_by    varchar(200)   not null,
    recorded_at    timestamp      not null,
    constraint uq_learning_activity_once unique (learner_key, source, source_ref, activity_date),
    constraint ck_learning_activity_learner check ((person_id is null and account_id is not null)
        or (person_id is not null and account_id is null)),
    constraint ck_learning_activity_minutes check (minutes > 0)
);
create index idx_learning_activity_learner on learning_activity (learner_key, activity_date);
create index idx_learning_activity_date on learning_activity (activity_date);

create sequence learning_award_rule_seq start with 1 increment by 50;
create table learning_award_rule (
    id              bigint        primary key,
    achievement_id  bigint        not null unique references badge_achievement (id),
    rule_type       varchar(20)   not null,
    kind            varchar(30)   not null,
    theme           varchar(60),
    required_count  int,
    within_months   int,
    required_hours  int,
    active          boolean       not null,
    version         bigint        not null
);

create table learning_rule_award (
    rule_id       bigint        not null references learning_award_rule (id),
    learner_key   varchar(24)   not null,
    credential    varchar(64)   not null,
    awarded_at    timestamp     not null,
    primary key (rule_id, learner_key)
);

-- The twinning days whose attendance was recorded before the ledger existed: a day of seven hours, on site. Their
-- ids are negative (-1, -2, …), clear of the sequence's, the same way on H2 and PostgreSQL.
insert into learning_activity (id, person_id, account_id, learner_key, kind, activity_date, minutes, modality,
                               themes, source, source_ref, recorded_by, recorded_at)
select -row_number() over (order by t.id, p.position, d.position), p.person_id, p.account_id,
       case when p.person_id is not null then 'P' || p.person_id else 'A' || p.account_id end,
       'TWINNING_DAY', d.day_date, 420, 'ON_SITE', null, 'TWINNING', 'TSF-' || t.id,
       'Reprise des présences des jumelages', current_timestamp
from twinning t
join twinning_participant p on p.twinning_id = t.id
join twinning_day d on d.twinning_id = t.id
where substring(p.attendance, d.position + 1, 1) = 'P';
