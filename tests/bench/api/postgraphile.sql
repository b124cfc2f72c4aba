-- What a PostGraphile user would write to serve the same questions from the same tables:
-- an API schema of plain views (PostGraphile exposes one schema; the app's tables stay private),
-- smart tags for keys and relations, and SQL functions for what has no column: the point lookups,
-- the current allocation, availability, GeoJSON (no PostGIS plugin exists for PostGraphile v5).
-- Public view only: no household data, no allocation terms, published dossiers only.
\set ON_ERROR_STOP on
drop schema if exists pgl cascade;
create schema pgl;

create view pgl.land_use_codes as
    select code, name_vi, name_en, land_group, category, instrument, colour from public.land_use_codes;
comment on view pgl.land_use_codes is '@primaryKey code';

create view pgl.zones as
    select id, code, name, kind, description, area_m2, boundary from public.zones;
comment on view pgl.zones is '@primaryKey id';

create view pgl.plots as
    select id, code, zone_id, land_use_code, max_building_density, max_floors, far, for_investment, lifecycle, area_m2, boundary
    from public.plots;
comment on view pgl.plots is E'@primaryKey id\n@foreignKey (zone_id) references pgl.zones (id)\n@foreignKey (land_use_code) references pgl.land_use_codes (code)';

create view pgl.allocations as
    select id, code, plot_id, form, decision_number, decision_date, start_date, term_years, end_date, status
    from public.allocations;
comment on view pgl.allocations is E'@primaryKey id\n@foreignKey (plot_id) references pgl.plots (id)';

create view pgl.dossiers as
    select id, code, name, kind, scale, status, decision_number, decision_date, approving_body, boundary
    from public.dossiers where published;
comment on view pgl.dossiers is '@primaryKey id';

create view pgl.land_use_current as
    select id, land_use_code, source, surveyed_on, area_m2, boundary from public.land_use_current;
comment on view pgl.land_use_current is E'@primaryKey id\n@foreignKey (land_use_code) references pgl.land_use_codes (code)';

-- Geometry columns have no GraphQL type without a PostGIS plugin: GeoJSON through computed columns.
comment on column pgl.zones.boundary is '@behavior -*';
comment on column pgl.plots.boundary is '@behavior -*';
comment on column pgl.dossiers.boundary is '@behavior -*';
comment on column pgl.land_use_current.boundary is '@behavior -*';

create function pgl.plots_geometry(p pgl.plots) returns json
language sql stable as $$ select ST_AsGeoJSON(p.boundary, 7)::json $$;

create function pgl.plots_current_allocation(p pgl.plots) returns pgl.allocations
language sql stable as $$
    select a.* from pgl.allocations a
    where a.plot_id = p.id and a.status in ('pending', 'active')
    order by a.status = 'active' desc, a.start_date limit 1
$$;

create function pgl.plots_availability(p pgl.plots) returns text
language sql stable as $$
    select case when p.lifecycle = 'retired' then 'RETIRED'
                when not p.for_investment then 'NOT_FOR_INVESTMENT'
                when exists (select 1 from public.allocations a where a.plot_id = p.id and a.status = 'active') then 'ALLOCATED'
                when exists (select 1 from public.allocations a where a.plot_id = p.id and a.status = 'pending') then 'RESERVED'
                else 'AVAILABLE' end
$$;

-- The point lookups: GiST (&&) then the exact test, as the PlanningGIS host does.
create function pgl.zone_at(lon float8, lat float8) returns pgl.zones
language sql stable as $$
    select z.* from pgl.zones z
    where z.boundary && ST_SetSRID(ST_MakePoint(lon, lat), 4326) and ST_Covers(z.boundary, ST_SetSRID(ST_MakePoint(lon, lat), 4326))
    order by z.id limit 1
$$;

create function pgl.plot_at(lon float8, lat float8) returns pgl.plots
language sql stable as $$
    select p.* from pgl.plots p
    where p.boundary && ST_SetSRID(ST_MakePoint(lon, lat), 4326) and ST_Covers(p.boundary, ST_SetSRID(ST_MakePoint(lon, lat), 4326))
      and p.lifecycle = 'current'
    order by p.id limit 1
$$;

create function pgl.dossiers_at(lon float8, lat float8) returns setof pgl.dossiers
language sql stable as $$
    select d.* from pgl.dossiers d
    where d.boundary && ST_SetSRID(ST_MakePoint(lon, lat), 4326) and ST_Covers(d.boundary, ST_SetSRID(ST_MakePoint(lon, lat), 4326))
    order by array_position(array['detailed_plan', 'zoning_plan', 'local_adjustment', 'general_plan', 'planning_task'], d.kind),
             d.decision_date desc nulls last, d.id desc
$$;

create function pgl.land_use_at(lon float8, lat float8) returns pgl.land_use_current
language sql stable as $$
    select l.* from pgl.land_use_current l
    where l.boundary && ST_SetSRID(ST_MakePoint(lon, lat), 4326) and ST_Covers(l.boundary, ST_SetSRID(ST_MakePoint(lon, lat), 4326))
    order by l.id limit 1
$$;

create type pgl.vn2000_point as (easting float8, northing float8);
create function pgl.vn2000_at(lon float8, lat float8) returns pgl.vn2000_point
language sql immutable as $$
    select round(ST_X(g)::numeric, 3)::float8, round(ST_Y(g)::numeric, 3)::float8
    from ST_Transform(ST_SetSRID(ST_MakePoint(lon, lat), 4326), 9215) g
$$;
