-- A draft needs only its person (issue 28, point 6): where the person lives, from when they are available and what
-- they aim at may come later. A submitted referral still has them all: ReferralService checks them on submission.
alter table referral alter column commune_code drop not null;
alter table referral alter column available_from drop not null;
alter table referral alter column goal drop not null;
