-- The solve workbenches' state (matching, twinnings), in the database so that every node shows the same solve and
-- its proposals and a restart forgets nothing. One row per workbench for its current run: who started it, where it
-- stands, which node runs it (its heartbeat tells the others it is alive) and whether a stop was asked from
-- another node; "revision" changes with the proposals and decisions, which each node's screens rebuild from.
create table workbench_run (
    feature          varchar(40)    primary key,
    status           varchar(12)    not null,
    started_by       varchar(200)   not null,
    started_at       timestamp      not null,
    ended_at         timestamp,
    subjects         int            not null,
    resources        int            not null,
    score            varchar(100),
    placed           bigint         not null,
    improvements     int            not null,
    node             varchar(100)   not null,
    heartbeat_at     timestamp      not null,
    stop_requested   boolean        not null,
    revision         bigint         not null,
    version          bigint         not null
);

-- Each subject of the run (a referral, a twinning request): its proposal as the feature writes it back
-- (e.g. 'V-7', 'TL-3|2027-01-12'), pinned or not, the coordinator's decision, the proposals rejected before a
-- re-solve (keys joined by commas) and, once accepted, its line as it was (JSON), since the subject then leaves
-- the problem.
create sequence workbench_subject_seq start with 1 increment by 50;
create table workbench_subject (
    id               bigint         primary key,
    feature          varchar(40)    not null references workbench_run (feature),
    subject          varchar(64)    not null,
    proposal         varchar(200),
    pinned           boolean        not null,
    decision         varchar(12),
    excluded         varchar(4000),
    accepted_row     varchar(100000),
    unique (feature, subject)
);
