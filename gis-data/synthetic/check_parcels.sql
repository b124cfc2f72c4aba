-- Checks a synthetic parcel set made by generate_parcels.sql (used by gis-data/generator/check-postgis.sh).
select count(*) as synthetic_plots, count(distinct code) as distinct_codes, min(code), max(code) from plots where code like 'SYN-%';
select round((area_m2 / 1e6)::numeric, 2) as zone_km2, ST_AsText(ST_Centroid(boundary)) as centre from zones where code = 'SYN-ZONE';
select count(*) as synthetic_plots_outside_zone from plots p join zones z on z.code = 'SYN-ZONE' where p.code like 'SYN-%' and not ST_CoveredBy(p.boundary, z.boundary);
select count(*) as zones_intersecting_syn from zones a join zones b on b.code = 'SYN-ZONE' and a.id <> b.id and ST_Intersects(a.boundary, b.boundary);
-- overlaps among a sample of 2000 plots and everything near them
select count(*) as overlapping_pairs_in_sample from (select * from plots where code like 'SYN-%' order by random() limit 2000) a
  join plots b on b.id <> a.id and b.boundary && a.boundary and ST_Relate(a.boundary, b.boundary, '2********');
select round(min(area_m2)::numeric, 3) as min_m2, round(max(area_m2)::numeric, 3) as max_m2 from plots where code like 'SYN-%';
select count(*) as invalid from plots where code like 'SYN-%' and not ST_IsValid(boundary);
select count(*) as history_rows_for_syn from plots_history where code like 'SYN-%';
