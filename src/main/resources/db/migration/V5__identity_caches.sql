-- Tables written by every referral: their identity columns reserve 1,000 values at a time instead of 32. On H2,
-- each reservation is a change of the schema, which empties every connection's cache of parsed statements.
alter table person alter column id set cache 1000;
alter table referral alter column id set cache 1000;
alter table referral_event alter column id set cache 1000;
alter table mail_message alter column id set cache 1000;
