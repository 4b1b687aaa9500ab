-- Open Badges 3.0 (DESIGN.md, "Open Badges 3.0"): the issuing organisations' Ed25519 keys (private keys encrypted
-- with the key of the configuration, AES-GCM), the achievements, the modular paths' members, the credentials issued
-- (the signed JSON kept as issued) and the decisions on the parcours' badge proposals.
create sequence badge_issuer_key_seq start with 1 increment by 50;
create table badge_issuer_key (
    id                bigint         primary key,
    organisation_id   bigint         not null references organisation (id),
    did               varchar(100)   not null unique,
    private_key       bytea          not null,
    created_at        timestamp      not null,
    retired_at        timestamp,
    next_index        int            not null,
    status_list       varchar(100000),
    version           bigint         not null
);
create index idx_badge_issuer_key_organisation on badge_issuer_key (organisation_id);

create sequence badge_achievement_seq start with 1 increment by 50;
create table badge_achievement (
    id               bigint         primary key,
    issuer_id        bigint         not null references organisation (id),
    kind             varchar(20)    not null,
    name             varchar(200)   not null,
    description      varchar(2000)  not null,
    criteria         varchar(4000),
    image            bytea,
    image_type       varchar(40),
    validity_months  int,
    repeatable       boolean        not null,
    active           boolean        not null,
    created_at       timestamp      not null,
    version          bigint         not null
);
create table badge_alignment (
    achievement_id   bigint         not null references badge_achievement (id),
    position         int            not null,
    framework        varchar(120)   not null,
    code             varchar(40),
    name             varchar(200)   not null,
    url              varchar(500)   not null,
    primary key (achievement_id, position)
);
create table badge_path_member (
    path_id          bigint         not null references badge_achievement (id),
    achievement_id   bigint         not null references badge_achievement (id),
    primary key (path_id, achievement_id)
);

create sequence badge_credential_seq start with 1 increment by 50;
create table badge_credential (
    id                  bigint         primary key,
    public_id           varchar(36)    not null unique,
    achievement_id      bigint         not null references badge_achievement (id),
    key_id              bigint         not null references badge_issuer_key (id),
    status_index        int            not null,
    person_id           bigint         references person (id),
    account_id          bigint         references user_account (id),
    recipient_name      varchar(200)   not null,
    recipient_email     varchar(200),
    issued_at           timestamp      not null,
    valid_from          timestamp      not null,
    valid_until         timestamp,
    issued_by           varchar(200)   not null,
    source              varchar(20)    not null,
    source_ref          varchar(40),
    evidence_narrative  varchar(2000),
    evidence_url        varchar(500),
    json                varchar(100000) not null,
    revoked_at          timestamp,
    revoked_reason      varchar(1000),
    revoked_by          varchar(200),
    version             bigint         not null,
    unique (key_id, status_index)
);
create index idx_badge_credential_person on badge_credential (person_id);
create index idx_badge_credential_account on badge_credential (account_id);
create index idx_badge_credential_achievement on badge_credential (achievement_id);
create index idx_badge_credential_issued on badge_credential (issued_at);

-- No foreign key to the proposal: the retention purge deletes the parcours' proposals, then these decisions.
create table badge_proposal_decision (
    proposal_id      bigint         primary key,
    person_id        bigint         not null,
    accepted         boolean        not null,
    credential_id    bigint         references badge_credential (id),
    decided_at       timestamp      not null,
    decided_by       varchar(200)   not null
);
