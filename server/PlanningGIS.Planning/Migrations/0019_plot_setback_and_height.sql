-- Two more indicators a detailed plan (1/500) sets for a lot, besides density, floors and FAR: the
-- minimum setback of buildings from the road boundary (chỉ giới xây dựng lùi so với chỉ giới đường
-- đỏ, metres) and the maximum building height (metres).
alter table plots add column min_setback_m numeric(6,2) check (min_setback_m >= 0),
                  add column max_height_m numeric(6,2) check (max_height_m > 0);

-- keep_history copies a plot into plots_history column by column ((old).*, then valid_to), so the
-- new columns must come before valid_to there: valid_to is moved to the end, its values kept.
drop view plots_versions;
alter table plots_history rename column valid_to to valid_to_before;
alter table plots_history add column min_setback_m numeric(6,2), add column max_height_m numeric(6,2), add column valid_to timestamptz;
update plots_history set valid_to = valid_to_before;
alter table plots_history drop column valid_to_before;
alter table plots_history alter column valid_to set not null;
create view plots_versions as
    select p.*, null::timestamptz as valid_to from plots p
    union all select * from plots_history;
