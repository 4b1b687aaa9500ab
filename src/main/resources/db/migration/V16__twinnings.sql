-- Knowledge-transfer twinnings (TSF, DESIGN.md process 3): the themes the coordinators keep, each tiers-lieu's offer,
-- and the SIAE's requests with their participants, their four days, attendance and evaluations. A twinning's
-- process is found by its business key (TSF-<id>), as a parcours's.
create table twinning_theme (
    code     varchar(40)  primary key,
    label    varchar(120) not null unique,
    active   boolean      not null,
    position int          not null
);
insert into twinning_theme (code, label, active, position) values
    ('REEMPLOI', 'Réemploi', true, 10),
    ('REPARATION', 'Réparation et réparabilité', true, 20),
    ('TRI_TEXTILE', 'Tri et détricotage textile', true, 30),
    ('ESPACES_VERTS', 'Entretien du petit matériel d''espaces verts', true, 40),
    ('FABRICATION_NUMERIQUE', 'Fabrication numérique (découpe laser, impression 3D)', true, 50),
    ('NUMERIQUE_BASE', 'Numérique de base', true, 60),
    ('MENUISERIE', 'Menuiserie', true, 70),
    ('COUTURE_SURCYCLAGE', 'Couture et surcyclage', true, 80),
    ('PETIT_ELECTROMENAGER', 'Réparation de petit électroménager', true, 90);

-- One offer per tiers-lieu. Open weekdays as ISO numbers joined by commas (1 = Monday), e.g. '2,3,4,5'.
create sequence tiers_lieu_offer_seq start with 1 increment by 50;
create table tiers_lieu_offer (
    id              bigint        primary key,
    tiers_lieu_id   bigint        not null unique references organisation (id),
    machines        varchar(1000),
    seats_per_day   int           not null,
    weekly_limit    int           not null,
    open_weekdays   varchar(20)   not null,
    updated_at      timestamp     not null,
    version         bigint        not null
);
create table tiers_lieu_offer_theme (
    offer_id   bigint      not null references tiers_lieu_offer (id),
    theme_code varchar(40) not null references twinning_theme (code),
    primary key (offer_id, theme_code)
);
create table tiers_lieu_closure (
    offer_id  bigint       not null references tiers_lieu_offer (id),
    from_date date         not null,
    to_date   date         not null,
    label     varchar(120)
);
create index idx_tiers_lieu_closure on tiers_lieu_closure (offer_id);

create sequence twinning_seq start with 1 increment by 50;
create table twinning (
    id                   bigint        primary key,
    siae_id              bigint        not null references organisation (id),
    status               varchar(30)   not null,
    rhythm               varchar(20)   not null,
    earliest_start       date          not null,
    latest_end           date          not null,
    unavailable_weekdays varchar(20)   not null,
    max_distance_km      int           not null,
    note                 varchar(2000),
    tiers_lieu_id        bigint        references organisation (id),
    distance_km          int,
    cancel_reason        varchar(1000),
    cancelled_by_side    varchar(20),
    siae_score           int,
    siae_comment         varchar(2000),
    siae_evaluated_at    timestamp,
    host_score           int,
    host_comment         varchar(2000),
    host_evaluated_at    timestamp,
    created_by           varchar(300)  not null,
    submitted_at         timestamp,
    created_at           timestamp     not null,
    updated_at           timestamp     not null,
    version              bigint        not null
);
create index idx_twinning_siae on twinning (siae_id, status);
create index idx_twinning_tiers_lieu on twinning (tiers_lieu_id, status);
create index idx_twinning_status on twinning (status, earliest_start);

create table twinning_requested_theme (
    twinning_id bigint      not null references twinning (id),
    theme_code  varchar(40) not null references twinning_theme (code),
    primary key (twinning_id, theme_code)
);

-- Participants in the order they were named. Attendance: one character per day, P present, A absent, - not recorded.
create table twinning_participant (
    twinning_id bigint       not null references twinning (id),
    position    int          not null,
    person_id   bigint       references person (id),
    account_id  bigint       references user_account (id),
    name        varchar(300) not null,
    attendance  varchar(4)   not null,
    badge_earner boolean     not null,
    primary key (twinning_id, position)
);
create index idx_twinning_participant_person on twinning_participant (person_id);

-- The four days once a proposal is accepted, with when each one's attendance was recorded.
create table twinning_day (
    twinning_id bigint    not null references twinning (id),
    position    int       not null,
    day_date    date      not null,
    recorded_at timestamp,
    primary key (twinning_id, position)
);
create index idx_twinning_day_date on twinning_day (day_date);

-- The tiers-lieux this request must not be proposed again: it declined, or was declined by the SIAE.
create table twinning_exclusion (
    twinning_id   bigint not null references twinning (id),
    tiers_lieu_id bigint not null references organisation (id),
    primary key (twinning_id, tiers_lieu_id)
);

create sequence twinning_event_seq start with 1 increment by 50;
create table twinning_event (
    id          bigint        primary key,
    twinning_id bigint        not null references twinning (id),
    at          timestamp     not null,
    actor       varchar(300)  not null,
    type        varchar(40)   not null,
    detail      varchar(2000)
);
create index idx_twinning_event on twinning_event (twinning_id, at);
