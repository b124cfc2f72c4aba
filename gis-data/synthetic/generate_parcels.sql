-- Large synthetic parcel set for benchmarks (not loaded by default).
--
--   psql -v count=1000000 -f gis-data/synthetic/generate_parcels.sql     (default count: 100000)
--
-- Creates (or re-creates) the synthetic zone SYN-ZONE (kind urban_service_area) west of Lạng Sơn
-- city, on Văn Quan / Chi Lăng hill land far from every sample zone and from the KKT, and fills it
-- with a grid of :count square plots of 12 m x 12 m, codes SYN-000001 ..., same schema as the
-- sample plots. The grid is computed from :count: ceil(sqrt(count)) columns, as many rows as
-- needed, and the zone is the grid plus a 10 m margin (1,000,000 plots: about 12 km x 12 km).
-- Everything is laid out on the EPSG:9215 plane (VN-2000 / TM-3 107-15) and transformed to WGS84.
--
-- Idempotent: the previous SYN- plots and SYN-ZONE are deleted first. One transaction, set-based
-- statements only. Needs the land-use codes (ODT) loaded and the migrations applied.
\set ON_ERROR_STOP on
\if :{?count}
\else
  \set count 100000
\endif

begin;
-- Bulk load: no per-row audit; one LOAD summary row is written at the end.
set local planning.audit = 'off';
set local planning.actor = 'synthetic-generator';

do $$ begin
  if not exists (select 1 from land_use_codes where code = 'ODT') then
    raise exception 'load the land-use codes (gis-data/sample/land_use_codes.csv) before generating synthetic parcels';
  end if;
end $$;

-- The per-row topology trigger (plot inside its zone, no overlap with any other plot) costs a
-- spatial query per row: far too slow for a million rows. It is safe to skip here because the
-- grid is correct by construction: the squares tile the grid exactly (neighbours share the same
-- corner coordinates, hence the same vertices after the transform), the grid lies 10 m inside
-- SYN-ZONE, and SYN-ZONE overlaps no other zone (checked below), so no synthetic plot can overlap
-- a plot of another zone. The history trigger is skipped as well: synthetic rows have no history
-- worth keeping, and deleting a previous run would otherwise copy every row into plots_history.
-- Snapping to neighbours (a spatial query per row too) has nothing to do on an exact grid.
-- ALTER TABLE takes an exclusive lock on plots until commit; the triggers are back on before it.
alter table plots disable trigger plots_boundary_snap;
alter table plots disable trigger plots_topology;
alter table plots disable trigger plots_history;

delete from plots where code like 'SYN-%';
delete from zones where code = 'SYN-ZONE';

-- Grid geometry (metres on EPSG:9215): origin (402000, 2402000), 12 m squares, 10 m margin.
create temp table syn_grid on commit drop as
select :count::bigint as n,
       ceil(sqrt(:count::numeric))::bigint as cols,
       ceil(:count::numeric / ceil(sqrt(:count::numeric)))::bigint as rows,
       402000.0::float8 as e0, 2402000.0::float8 as n0, 12.0::float8 as side, 10.0::float8 as margin;

insert into zones (code, name, kind, dossier_id, description, boundary)
select 'SYN-ZONE', 'Khu tổng hợp (dữ liệu tổng hợp cho kiểm thử hiệu năng)', 'urban_service_area', null,
       format('Vùng tổng hợp chứa %s lô 12 m x 12 m, sinh bởi gis-data/synthetic/generate_parcels.sql. Không phải dữ liệu thật.', n),
       ST_Multi(ST_Transform(ST_MakeEnvelope(e0, n0, e0 + 2 * margin + cols * side, n0 + 2 * margin + rows * side, 9215), 4326))
  from syn_grid;

do $$ begin
  if exists (select 1 from zones a join zones b on b.code = 'SYN-ZONE' and a.id <> b.id and ST_Intersects(a.boundary, b.boundary)) then
    raise exception 'SYN-ZONE would intersect another zone: lower :count';
  end if;
end $$;

insert into plots (code, zone_id, dossier_id, land_use_code, max_building_density, max_floors, far, for_investment, boundary)
select 'SYN-' || lpad(k::text, greatest(6, length(g.n::text)), '0'),
       z.id, null, 'ODT',
       (array[60, 70, 80])[1 + k % 3], 3 + (k % 5), round(((array[60, 70, 80])[1 + k % 3] / 100.0 * (3 + k % 5) * 0.8)::numeric, 2),
       true,
       ST_Transform(ST_MakeEnvelope(g.e0 + g.margin + ((k - 1) % g.cols) * g.side,
                                    g.n0 + g.margin + ((k - 1) / g.cols) * g.side,
                                    g.e0 + g.margin + ((k - 1) % g.cols + 1) * g.side,
                                    g.n0 + g.margin + ((k - 1) / g.cols + 1) * g.side, 9215), 4326)
  from syn_grid g
  cross join generate_series(1::bigint, g.n) as k
  join zones z on z.code = 'SYN-ZONE';

alter table plots enable trigger plots_boundary_snap;
alter table plots enable trigger plots_topology;
alter table plots enable trigger plots_history;

insert into audit_log (actor, action, table_name, row_id, legal_basis, changes)
select current_actor(), 'LOAD', 'plots', null, null,
       jsonb_build_object('file', 'gis-data/synthetic/generate_parcels.sql', 'zone', 'SYN-ZONE', 'plots', n, 'columns', cols, 'rows', rows)
  from syn_grid;
commit;

analyze plots;
analyze zones;
