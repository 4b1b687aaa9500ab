-- Learning (DESIGN.md, "Learning"): the offers of trainings, workshops, web conferences and peer exchanges, their
-- sessions, and the registrations to a session (with its waiting list, its attendance and its satisfaction survey).
-- A session's attendance writes the ledger (source SESSION, reference SES-<id>).
create sequence learning_offer_seq start with 1 increment by 50;
create table learning_offer (
    id              bigint         primary key,
    title           varchar(150)   not null,
    kind            varchar(30)    not null,
    organiser_id    bigint         not null references organisation (id),
    description     varchar(4000),
    audience        varchar(200),
    themes          varchar(500),
    minutes         int            not null,
    achievement_id  bigint         references badge_achievement (id),
    created_by      varchar(200)   not null,
    version         bigint         not null,
    constraint ck_learning_offer_minutes check (minutes > 0)
);
create index idx_learning_offer_organiser on learning_offer (organiser_id);

create sequence learning_session_seq start with 1 increment by 50;
create table learning_session (
    id                     bigint         primary key,
    offer_id               bigint         not null references learning_offer (id),
    starts_at              timestamp      not null,
    ends_at                timestamp      not null,
    commune_code           varchar(5)     references commune (insee_code),
    address                varchar(300),
    video_link             varchar(500),
    capacity               int            not null,
    registration_deadline  timestamp      not null,
    status                 varchar(20)    not null,
    calendar_sequence      int            not null,
    version                bigint         not null,
    constraint ck_learning_session_times check (ends_at > starts_at and registration_deadline <= starts_at),
    constraint ck_learning_session_capacity check (capacity > 0)
);
create index idx_learning_session_offer on learning_session (offer_id, starts_at);
create index idx_learning_session_starts on learning_session (starts_at);

create sequence learning_registration_seq start with 1 increment by 50;
create table learning_registration (
    id               bigint         primary key,
    session_id       bigint         not null references learning_session (id),
    account_id       bigint         not null references user_account (id),
    status           varchar(20)    not null,
    registered_at    timestamp      not null,
    registered_by    varchar(200)   not null,
    attendance       varchar(10),
    minutes_attended int,
    survey_score     int,
    survey_comment   varchar(2000),
    version          bigint         not null,
    constraint uq_learning_registration_once unique (session_id, account_id),
    constraint ck_learning_registration_score check (survey_score is null or survey_score between 1 and 5)
);
create index idx_learning_registration_account on learning_registration (account_id);

-- A rule "at least P % of the sessions of an offer attended".
alter table learning_award_rule add column offer_id bigint references learning_offer (id);
alter table learning_award_rule add column required_percent int;
