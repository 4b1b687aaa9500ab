-- H2 only (spring.flyway.locations adds db/{vendor}): H2 gives every foreign key an index of its own column, so these
-- explicit ones only repeat it, and every insert and update of these rows paid for both. PostgreSQL creates no index
-- for a foreign key: there, the explicit ones stay. (Later migrations common to both databases start at V9.)
drop index idx_referral_person;
drop index idx_referral_event_referral;
drop index idx_person_organisation;
