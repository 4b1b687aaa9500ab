-- H2 only. H2 writes every index of a row again at each update, and a referral changes at each step of its process.
-- The index by status (V2) served only the matching's reads (referrals awaiting a match, seats held), which a scan
-- serves on H2 in 50-250 ms at 100,000 referrals: a coordinator's occasional read, against a write saved at every
-- step. V10's index took its place among the indexes written. PostgreSQL keeps it.
drop index idx_referral_status;
