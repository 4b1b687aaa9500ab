-- Learning (DESIGN.md, "Learning"): the resource centre. Practical sheets, videos, tools, replays, links and PDF files
-- (stored apart, 10 MB at most), for an audience and themes, kept by their owner organisation, to be reviewed every
-- few months (shown "à actualiser" after, their owner reminded once); a "useful" vote per account.
create sequence learning_resource_seq start with 1 increment by 50;
create table learning_resource (
    id             bigint         primary key,
    title          varchar(150)   not null,
    kind           varchar(20)    not null,
    description    varchar(2000),
    audience       varchar(200),
    themes         varchar(500),
    search_text    varchar(3000)  not null,
    link           varchar(500),
    file_name      varchar(200),
    file_size      int,
    owner_id       bigint         not null references organisation (id),
    review_months  int            not null,
    reviewed_on    date           not null,
    review_due     date           not null,
    reminded_on    date,
    useful_count   int            not null,
    created_by     varchar(200)   not null,
    version        bigint         not null,
    constraint ck_learning_resource_review check (review_months between 1 and 60)
);
create index idx_learning_resource_owner on learning_resource (owner_id);
create index idx_learning_resource_due on learning_resource (review_due);

create table learning_resource_file (
    resource_id    bigint         primary key references learning_resource (id),
    content        bytea          not null
);

create table learning_resource_vote (
    resource_id    bigint         not null references learning_resource (id),
    account_id     bigint         not null references user_account (id),
    primary key (resource_id, account_id)
);
