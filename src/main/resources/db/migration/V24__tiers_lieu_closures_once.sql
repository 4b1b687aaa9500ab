-- Issue 28: saving a tiers-lieu's offer stored each closure once per theme it read (a list fetched with the themes);
-- keep one copy of each closure. The offer now holds its closures as a set.
create table tiers_lieu_closure_once as
    select distinct offer_id, from_date, to_date, label from tiers_lieu_closure;
delete from tiers_lieu_closure;
insert into tiers_lieu_closure (offer_id, from_date, to_date, label)
    select offer_id, from_date, to_date, label from tiers_lieu_closure_once;
drop table tiers_lieu_closure_once;
