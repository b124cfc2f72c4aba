-- planningAt's dossier lookup over a 50,000-vertex published dossier, the old statement (ST_Covers on
-- the whole boundary) and the new one (through boundary_pieces, migration 0011) side by side, at the
-- same 300 points inside the boundary. Run by planning-at-large-boundary.sh; leaves BENCH-50K in
-- place for the HTTP part (the script removes it).
\set ON_ERROR_STOP on
\pset footer off
delete from dossiers where code = 'BENCH-50K';
-- A circle of 50,000 vertices (the closing one included), radius 0.02° (≈ 2 km), around Đồng Đăng.
insert into dossiers (code, name, kind, status, decision_number, decision_date, published, illustrative, boundary)
select 'BENCH-50K', 'Ranh giới 50 000 đỉnh (đo hiệu năng)', 'zoning_plan', 'approved', '0/BENCH', '2024-01-01', true, true,
       ST_Multi(ST_MakePolygon(ST_MakeLine(array_agg(
           ST_SetSRID(ST_MakePoint(106.698 + 0.02 * cos(2 * pi() * (i % 49999) / 49999), 21.951 + 0.02 * sin(2 * pi() * (i % 49999) / 49999)), 4326)
           order by i))))
from generate_series(0, 49999) i;
select ST_NPoints(boundary) as vertices, (select count(*) from boundary_pieces s where s.layer = 'dossiers' and s.id = d.id) as pieces
from dossiers d where code = 'BENCH-50K';

create temp table bench_points as
select n, 106.698 + 0.015 * sqrt(random()) * cos(a) as lon, 21.951 + 0.015 * sqrt(random()) * sin(a) as lat
from generate_series(1, 300) n, lateral (select 2 * pi() * random() + n * 0 as a) r;
create temp table bench_times (lookup text, ms double precision);

do $$
declare p record; t timestamptz; found bigint;
begin
    for p in select * from bench_points loop
        t := clock_timestamp();
        select count(*) into found from dossiers d
         where d.boundary && ST_SetSRID(ST_MakePoint(p.lon, p.lat), 4326) and ST_Covers(d.boundary, ST_SetSRID(ST_MakePoint(p.lon, p.lat), 4326));
        insert into bench_times values ('whole boundary (before)', extract(epoch from clock_timestamp() - t) * 1000);
        t := clock_timestamp();
        select count(*) into found from dossiers d where d.id in (
            select s.id from boundary_pieces s where s.layer = 'dossiers'
               and s.piece && ST_SetSRID(ST_MakePoint(p.lon, p.lat), 4326) and ST_Covers(s.piece, ST_SetSRID(ST_MakePoint(p.lon, p.lat), 4326)));
        insert into bench_times values ('boundary pieces (after)', extract(epoch from clock_timestamp() - t) * 1000);
    end loop;
end $$;

select lookup, count(*) as runs, round(percentile_cont(0.5) within group (order by ms)::numeric, 3) as p50_ms,
       round(percentile_cont(0.99) within group (order by ms)::numeric, 3) as p99_ms
from bench_times group by lookup order by p50_ms desc;
