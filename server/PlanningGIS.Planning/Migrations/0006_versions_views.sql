-- Every version of a dossier, zone or plot in one relation: the current row (valid_to null)
-- and the earlier ones. "The plan as it stood on a date" is a filter on valid_from/valid_to.
create view dossiers_versions as
    select d.*, null::timestamptz as valid_to from dossiers d
    union all select * from dossiers_history;
create view zones_versions as
    select z.*, null::timestamptz as valid_to from zones z
    union all select * from zones_history;
create view plots_versions as
    select p.*, null::timestamptz as valid_to from plots p
    union all select * from plots_history;
create index on dossiers_history (code);
create index on zones_history (code);
create index on plots_history (code);

-- Plot codes are searched by fragments ("A-12"); trigram indexes keep that fast at 1M plots.
create extension if not exists pg_trgm;
create index plots_code_trgm on plots using gin (search_text(code) gin_trgm_ops);
