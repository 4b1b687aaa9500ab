-- Wrong passwords per login AND source address (issue 26): a lock for one source no longer locks the login for the
-- others, so that anyone cannot lock anyone's account. Each pair's locks grow longer (locks counts them); the row
-- whose source is '*' counts a login's failures from every source, for the high ceiling that holds a spread attack.
-- The rows are short-lived counts (at most a day): the table is made anew rather than migrated.
drop table login_throttle;

create table login_throttle (
    login            varchar(320)   not null,
    source           varchar(64)    not null,
    since_ms         bigint         not null,
    failures         int            not null,
    locks            int            default 0 not null,
    locked_until_ms  bigint,
    primary key (login, source)
);
