-- An account whose password an administrator gave (a new account, a lost password, the first administrator) must get
-- a password of its owner's choosing before anything else; the owner's own change clears it. Existing accounts: no.
alter table user_account add column password_change_required boolean default false not null;
