-- Unused since possible duplicates are looked up by normalised name and birth date (V3): every new person paid for it.
drop index idx_person_identity;
