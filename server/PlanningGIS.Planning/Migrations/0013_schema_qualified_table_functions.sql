-- pg_dump writes, and pg_restore runs, with an empty search_path. The SQL functions that table
-- definitions call (generated area_m2 columns, in_lang_son checks) are inlined there, so they must
-- name the schema of what they call, or restoring a backup fails with "function
-- st_transform(public.geometry, integer) does not exist". Same results as before.

create or replace function area_m2(g geometry) returns double precision
language sql immutable parallel safe strict
as $$ select public.ST_Area(public.ST_Transform(g, 9215)) $$;

create or replace function in_lang_son(g geometry) returns boolean
language sql immutable parallel safe strict
as $$ select g operator(public.@) public.ST_MakeEnvelope(106.0, 21.2, 107.5, 22.6, 4326) $$;
