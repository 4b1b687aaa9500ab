-- Duplicate detection looks persons up by normalised name and birth date (DirectoryService.findPossibleDuplicates).
create index idx_person_search_name_birth on person (search_name, birth_date);
