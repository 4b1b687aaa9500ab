-- Coordinators and administrators see the referrals of every organisation, latest change first: an index in that
-- order serves their first page (50 entries read instead of every referral).
create index idx_referral_changed on referral (status_changed_at desc);
