-- A badge that is held once (not repeatable, or a modular path) is issued once, even to two coordinators awarding at
-- the same instant (issue 26, finding 6): each credential of such a badge that still counts (not revoked; an expired
-- one until the next award frees it) carries its achievement and holder in "holding", unique. Neither H2 nor a
-- portable SQL has a partial index: the credentials that do not count hold NULL, which a unique index lets repeat.
alter table badge_credential add column holding varchar(60);

-- Only the newest credential that counts of each achievement and holder: the race this closes may have left two.
update badge_credential c
   set holding = cast(c.achievement_id as varchar(20))
       || case when c.person_id is not null then '/p' || cast(c.person_id as varchar(20))
               else '/a' || cast(c.account_id as varchar(20)) end
 where c.revoked_at is null
   and (c.person_id is not null or c.account_id is not null)
   and exists (select 1 from badge_achievement a
                where a.id = c.achievement_id and (a.repeatable = false or a.kind = 'PATH'))
   and not exists (select 1 from badge_credential d
                    where d.achievement_id = c.achievement_id and d.revoked_at is null and d.id > c.id
                      and (d.person_id = c.person_id or d.account_id = c.account_id));

create unique index uq_badge_credential_holding on badge_credential (holding);
