-- Wrong passwords per login (as typed, trimmed and lower-cased; known or not), in the database so that every node
-- counts the same failures and keeps the same locks: an attacker spread over nodes gets no more tries. Times are
-- epoch milliseconds (UTC whatever the nodes' time zones). A row is forgotten once its window has passed or its
-- lock has ended; a successful login deletes it.
create table login_throttle (
    login            varchar(320)   primary key,
    since_ms         bigint         not null,
    failures         int            not null,
    locked_until_ms  bigint
);
