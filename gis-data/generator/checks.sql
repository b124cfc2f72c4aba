-- Consistency checks on the loaded sample (run by check-postgis.sh). Each row: check, failures.
create temp table check_results (name text, failures bigint);
insert into check_results
select 'dossiers = 198', abs(count(*) - 198) from dossiers
union all select 'real dossiers = 8', abs(count(*) filter (where not illustrative) - 8) from dossiers
union all select 'plots outside their zone (ST_CoveredBy)', count(*) from plots p join zones z on z.id = p.zone_id where not ST_CoveredBy(p.boundary, z.boundary)
union all select 'plots within 2 m of their zone edge', count(*) from plots p join zones z on z.id = p.zone_id
  where ST_Distance(ST_Transform(ST_Boundary(z.boundary), 9215), ST_Transform(p.boundary, 9215)) < 2
union all select 'plot pairs whose interiors overlap (> 0.01 m2)', count(*) from plots a join plots b on a.id < b.id and a.boundary && b.boundary
  and ST_Relate(a.boundary, b.boundary, '2********') where area_m2(ST_Intersection(a.boundary, b.boundary)) > 0.01
union all select 'plot pairs whose interiors intersect at all', count(*) from plots a join plots b on a.id < b.id and a.boundary && b.boundary
  and ST_Relate(a.boundary, b.boundary, '2********')
union all select 'zone pairs that intersect', count(*) from zones a join zones b on a.id < b.id and ST_Intersects(a.boundary, b.boundary)
union all select 'zones not covered by their dossier', count(*) from zones z join dossiers d on d.id = z.dossier_id where not ST_Covers(d.boundary, z.boundary)
union all select 'zones without a dossier', count(*) from zones where dossier_id is null
union all select 'plots not covered by their dossier', count(*) from plots p join dossiers d on d.id = p.dossier_id where not ST_Covers(d.boundary, p.boundary)
union all select 'KKT zones outside the general plan', count(*) from zones z, dossiers g where g.code = 'QHC-2010-1055'
  and z.code not in ('KCN-DONG-BANH', 'CK-CHI-MA', 'CK-BINH-NGHI', 'CK-NA-HINH') and not ST_Covers(g.boundary, z.boundary)
union all select 'general plan area not ~394 km2', (abs(area_m2(boundary) / 1e6 - 394) > 5)::int from dossiers where code = 'QHC-2010-1055'
union all select 'Đồng Bành IP not ~162 ha', (abs(area_m2 / 1e4 - 162) > 2)::int from zones where code = 'KCN-DONG-BANH'
union all select 'current-state pairs overlapping (> 0.01 m2)', count(*) from land_use_current a join land_use_current b on a.id < b.id and a.boundary && b.boundary
  and ST_Relate(a.boundary, b.boundary, '2********') where area_m2(ST_Intersection(a.boundary, b.boundary)) > 0.01
union all select 'conversions not on rice/forest of their from-code (m2 off)', count(*) from conversions c
  where area_m2(ST_Difference(c.boundary, (select ST_Union(l.boundary) from land_use_current l where l.land_use_code = c.from_land_use_code and l.boundary && c.boundary))) > 0.01
union all select 'conversions from land that is not rice/forest', count(*) from conversions c join land_use_codes k on k.code = c.from_land_use_code where k.category is null
union all select 'conversions whose authority differs from the rules', count(*) from conversions c
  join land_use_codes k on k.code = c.from_land_use_code
  where c.required_authority is distinct from (select r.authority from conversion_approval_rules r
    where r.land_kind = case c.from_land_use_code when 'RDD' then 'special_use_forest' when 'RPH' then 'protection_forest_headwater_border'
                              when 'RSX' then 'production_forest' else 'rice' end
      and c.requested_on >= r.valid_from and (r.valid_to is null or c.requested_on < r.valid_to)
      and c.area_m2 / 1e4 >= r.min_ha and (r.max_ha is null or c.area_m2 / 1e4 < r.max_ha))
union all select 'clearance parcels outside their project', count(*) from clearance_parcels p join clearance_projects c on c.id = p.project_id where not ST_CoveredBy(p.boundary, c.boundary)
union all select 'clearance parcel pairs overlapping', count(*) from clearance_parcels a join clearance_parcels b on a.id < b.id and a.boundary && b.boundary
  and ST_Relate(a.boundary, b.boundary, '2********') where area_m2(ST_Intersection(a.boundary, b.boundary)) > 0.01
union all select 'violations on a plot but away from it (> 1 m)', count(*) from violations v join plots p on p.id = v.plot_id
  where ST_Distance(ST_Transform(v.location, 9215), ST_Transform(p.boundary, 9215)) > 1
union all select 'active allocations outside their period', count(*) from allocations where status = 'active' and not (start_date <= date '2025-10-01' and end_date > date '2025-10-01')
union all select 'allocations on plots not for investment', count(*) from allocations a join plots p on p.id = a.plot_id where not p.for_investment
union all select 'VN-2000 vertex further than 1 cm from cs2cs (DB-A-01 first corner)',
  (ST_Distance(ST_Transform(ST_PointN(ST_ExteriorRing(boundary), 1), 9215), ST_SetSRID(ST_MakePoint(430226, 2397326), 9215)) > 0.01)::int
  from plots where code = 'DB-A-01';
select * from check_results order by failures desc, name;

select 'occupancy' as what, z.code, count(*) filter (where p.for_investment) as investable,
       count(distinct a.plot_id) as allocated,
       round(100.0 * count(distinct a.plot_id) / nullif(count(*) filter (where p.for_investment), 0), 1) as pct
  from zones z join plots p on p.zone_id = z.id
  left join allocations a on a.plot_id = p.id and a.status in ('active', 'pending')
 group by z.code order by z.code;
select 'counts' as what, (select count(*) from dossiers) dossiers, (select count(*) from zones) zones, (select count(*) from plots) plots,
       (select count(*) from investors) investors, (select count(*) from allocations) allocations,
       (select count(*) from clearance_projects) projects, (select count(*) from clearance_parcels) parcels,
       (select count(*) from clearance_step_records) steps, (select count(*) from land_use_current) current_state,
       (select count(*) from conversions) conversions, (select count(*) from violations) violations;
select 'first DB-A-01 vertex in EPSG:9215 after the loader transform' as what,
       round(ST_X(ST_Transform(ST_PointN(ST_ExteriorRing(boundary), 1), 9215))::numeric, 4) as e,
       round(ST_Y(ST_Transform(ST_PointN(ST_ExteriorRing(boundary), 1), 9215))::numeric, 4) as n
  from plots where code = 'DB-A-01';
do $$ begin
  if exists (select 1 from check_results where failures <> 0) then
    raise exception 'sample data checks failed: %', (select string_agg(name || ' = ' || failures, '; ') from check_results where failures <> 0);
  end if;
end $$;
