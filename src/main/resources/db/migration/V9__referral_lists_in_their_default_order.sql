-- The referral lists open on the latest change first, within the user's organisation (an adviser's CEP operator,
-- an SIAE). An index in that very order lets the first page read 50 entries instead of all the organisation's
-- referrals. The service orders by the organisation first (a constant under its filter), because H2 only reads an
-- index in order when the ORDER BY starts with the index's first column in the same direction. They replace an index
-- of the operator's referrals by creation (no list opens on it) and an ascending one of the SIAE's.
drop index idx_referral_adviser_org;
drop index idx_referral_siae;
create index idx_referral_operator_changed on referral (cep_operator_id desc, status_changed_at desc);
create index idx_referral_siae_changed on referral (siae_id desc, status_changed_at desc);
