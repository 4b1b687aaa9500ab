-- A modular path may ask for N of its M badges (e.g. 3 of these 5); null: all of them.
alter table badge_achievement add column required_members int;
