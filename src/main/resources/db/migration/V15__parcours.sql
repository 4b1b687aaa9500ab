-- Parcours of insertion employees and their end-of-parcours transition (DESIGN.md, process 2). The PASS IAE belongs to
-- the person: a later parcours in another SIAE reuses it. Ids from sequences in blocks of 50, as the referral's tables.
-- A parcours's process is found by its business key (PAR-<id>): no column to write once the process has started.
create sequence pass_iae_seq start with 1 increment by 50;
create table pass_iae (
    id               bigint      primary key,
    person_id        bigint      not null unique references person (id),
    number           varchar(12) not null unique,
    start_date       date        not null,
    end_date         date        not null,
    extension_reason varchar(30),
    version          bigint      not null
);

create sequence parcours_seq start with 1 increment by 50;
create table parcours (
    id                       bigint        primary key,
    person_id                bigint        not null references person (id),
    siae_id                  bigint        not null references organisation (id),
    pass_id                  bigint        not null references pass_iae (id),
    referral_id              bigint,
    job_title_code           varchar(10)   not null references job_title (code),
    contract_type            varchar(30)   not null,
    start_date               date          not null,
    planned_end              date          not null,
    weekly_hours             int           not null,
    status                   varchar(20)   not null,
    break_date               date,
    break_reason             varchar(30),
    exit_date                date,
    exit_reason              varchar(30),
    exit_category            varchar(20),
    exit_counted             boolean,
    follow_up_reason         varchar(30),
    follow_up_category       varchar(20),
    follow_up_note           varchar(1000),
    followed_up_at           timestamp,
    reviewed_at              timestamp,
    exit_project             varchar(2000),
    target_job_title_code    varchar(10)   references job_title (code),
    hand_back_cep_id         bigint        references organisation (id),
    hand_back_status         varchar(10),
    hand_back_consent_at     timestamp,
    meeting_at               timestamp,
    meeting_place            varchar(300),
    hand_back_decline_reason varchar(1000),
    created_at               timestamp     not null,
    updated_at               timestamp     not null,
    version                  bigint        not null
);
-- An SIAE's list (current ones by planned end), the coordinator's exits report (by exit date), the CEP's hand-backs.
create index idx_parcours_siae_list on parcours (siae_id, status, planned_end);
-- The exits report reads the period's exits from this index alone (date, SIAE, category, counted).
create index idx_parcours_exit on parcours (exit_date, siae_id, exit_category, exit_counted);
create index idx_parcours_hand_back on parcours (hand_back_cep_id, hand_back_status);
create index idx_parcours_person on parcours (person_id);

create table parcours_suspension (
    parcours_id bigint      not null references parcours (id),
    from_date   date        not null,
    to_date     date        not null,
    reason      varchar(30) not null
);
create index idx_parcours_suspension on parcours_suspension (parcours_id);

create sequence parcours_event_seq start with 1 increment by 50;
create table parcours_event (
    id          bigint        primary key,
    parcours_id bigint        not null references parcours (id),
    at          timestamp     not null,
    actor       varchar(300)  not null,
    type        varchar(40)   not null,
    detail      varchar(2000)
);
create index idx_parcours_event on parcours_event (parcours_id, at);

-- Competences a review found acquired, proposed for a badge; the badges feature issues them.
create sequence badge_proposal_seq start with 1 increment by 50;
create table badge_proposal (
    id             bigint        primary key,
    parcours_id    bigint        not null references parcours (id),
    person_id      bigint        not null references person (id),
    label          varchar(250)  not null,
    job_title_code varchar(10)   references job_title (code),
    evidence       varchar(2000) not null,
    proposed_at    timestamp     not null,
    proposed_by    varchar(300)  not null
);
create index idx_badge_proposal_parcours on badge_proposal (parcours_id);

create sequence parcours_introduction_seq start with 1 increment by 50;
create table parcours_introduction (
    id          bigint        primary key,
    parcours_id bigint        not null references parcours (id),
    employer_id bigint        not null references organisation (id),
    outcome     varchar(20),
    note        varchar(1000),
    arranged_at timestamp
);
create index idx_parcours_introduction on parcours_introduction (parcours_id);
