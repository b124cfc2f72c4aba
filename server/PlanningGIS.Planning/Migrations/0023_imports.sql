-- Imports (issue 12): a planner's file is read by GDAL into a staging table of its own, checked as
-- the live edit path checks, shown as a preview, and committed in one transaction or discarded.
-- Nothing here is read by the live API; the live tables change only at commit.

-- The other VN-2000 TM-3 zones, candidates for files that carry no CRS (CAD drawings, CSV). Debian's
-- PostGIS 3.3 has 5896–5899 and 3405 but none of 9205–9218; without a row ogr2ogr and ST_Transform
-- cannot use them. Generated with `projinfo -o PROJ,WKT1_GDAL EPSG:N` (PROJ 9.1): the same
-- TOWGS84 as our 9215 row (position-vector signs, domain.md).
insert into spatial_ref_sys (srid, auth_name, auth_srid, proj4text, srtext) values
  (9205, 'EPSG', 9205,
   '+proj=tmerc +lat_0=0 +lon_0=103 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278 +units=m +no_defs',
   'PROJCS["VN-2000 / TM-3 103-00",GEOGCS["VN-2000",DATUM["Vietnam_2000",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6756"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4756"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",103],PARAMETER["scale_factor",0.9999],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","9205"]]'),
  (9206, 'EPSG', 9206,
   '+proj=tmerc +lat_0=0 +lon_0=104 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278 +units=m +no_defs',
   'PROJCS["VN-2000 / TM-3 104-00",GEOGCS["VN-2000",DATUM["Vietnam_2000",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6756"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4756"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",104],PARAMETER["scale_factor",0.9999],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","9206"]]'),
  (9207, 'EPSG', 9207,
   '+proj=tmerc +lat_0=0 +lon_0=104.5 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278 +units=m +no_defs',
   'PROJCS["VN-2000 / TM-3 104-30",GEOGCS["VN-2000",DATUM["Vietnam_2000",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6756"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4756"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",104.5],PARAMETER["scale_factor",0.9999],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","9207"]]'),
  (9208, 'EPSG', 9208,
   '+proj=tmerc +lat_0=0 +lon_0=104.75 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278 +units=m +no_defs',
   'PROJCS["VN-2000 / TM-3 104-45",GEOGCS["VN-2000",DATUM["Vietnam_2000",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6756"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4756"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",104.75],PARAMETER["scale_factor",0.9999],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","9208"]]'),
  (9209, 'EPSG', 9209,
   '+proj=tmerc +lat_0=0 +lon_0=105.5 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278 +units=m +no_defs',
   'PROJCS["VN-2000 / TM-3 105-30",GEOGCS["VN-2000",DATUM["Vietnam_2000",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6756"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4756"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",105.5],PARAMETER["scale_factor",0.9999],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","9209"]]'),
  (9210, 'EPSG', 9210,
   '+proj=tmerc +lat_0=0 +lon_0=105.75 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278 +units=m +no_defs',
   'PROJCS["VN-2000 / TM-3 105-45",GEOGCS["VN-2000",DATUM["Vietnam_2000",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6756"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4756"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",105.75],PARAMETER["scale_factor",0.9999],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","9210"]]'),
  (9211, 'EPSG', 9211,
   '+proj=tmerc +lat_0=0 +lon_0=106 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278 +units=m +no_defs',
   'PROJCS["VN-2000 / TM-3 106-00",GEOGCS["VN-2000",DATUM["Vietnam_2000",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6756"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4756"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",106],PARAMETER["scale_factor",0.9999],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","9211"]]'),
  (9212, 'EPSG', 9212,
   '+proj=tmerc +lat_0=0 +lon_0=106.25 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278 +units=m +no_defs',
   'PROJCS["VN-2000 / TM-3 106-15",GEOGCS["VN-2000",DATUM["Vietnam_2000",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6756"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4756"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",106.25],PARAMETER["scale_factor",0.9999],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","9212"]]'),
  (9213, 'EPSG', 9213,
   '+proj=tmerc +lat_0=0 +lon_0=106.5 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278 +units=m +no_defs',
   'PROJCS["VN-2000 / TM-3 106-30",GEOGCS["VN-2000",DATUM["Vietnam_2000",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6756"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4756"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",106.5],PARAMETER["scale_factor",0.9999],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","9213"]]'),
  (9214, 'EPSG', 9214,
   '+proj=tmerc +lat_0=0 +lon_0=107 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278 +units=m +no_defs',
   'PROJCS["VN-2000 / TM-3 107-00",GEOGCS["VN-2000",DATUM["Vietnam_2000",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6756"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4756"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",107],PARAMETER["scale_factor",0.9999],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","9214"]]'),
  (9216, 'EPSG', 9216,
   '+proj=tmerc +lat_0=0 +lon_0=107.5 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278 +units=m +no_defs',
   'PROJCS["VN-2000 / TM-3 107-30",GEOGCS["VN-2000",DATUM["Vietnam_2000",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6756"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4756"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",107.5],PARAMETER["scale_factor",0.9999],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","9216"]]'),
  (9217, 'EPSG', 9217,
   '+proj=tmerc +lat_0=0 +lon_0=108.25 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278 +units=m +no_defs',
   'PROJCS["VN-2000 / TM-3 108-15",GEOGCS["VN-2000",DATUM["Vietnam_2000",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6756"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4756"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",108.25],PARAMETER["scale_factor",0.9999],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","9217"]]'),
  (9218, 'EPSG', 9218,
   '+proj=tmerc +lat_0=0 +lon_0=108.5 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278 +units=m +no_defs',
   'PROJCS["VN-2000 / TM-3 108-30",GEOGCS["VN-2000",DATUM["Vietnam_2000",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6756"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4756"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",108.5],PARAMETER["scale_factor",0.9999],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","9218"]]')
on conflict (srid) do nothing;

-- The staging schema holds what is not yet the plan: the raw tables written by ogr2ogr
-- (staging.raw_<import>, dropped once their rows are read) and the staged features and their
-- problems, which may well be invalid geometries (they are what the checks report on).
create schema staging;

create table imports (
    id              uuid primary key default gen_random_uuid(),
    target          text not null check (target in ('plots', 'zones', 'dossiers', 'land_use_current')),
    status          text not null default 'staged' check (status in ('staged', 'committed', 'discarded')),
    file_name       text not null,
    sha256          text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    size_bytes      bigint not null check (size_bytes >= 0),
    format          text not null,          -- GDAL's driver name
    encoding        text,                   -- as detected or given: utf8, cp1258, tcvn3, vni
    srid            int,                    -- the CRS the coordinates are read in (file, detected, or the user's)
    srid_source     text check (srid_source in ('file', 'detected', 'user')),
    swap_xy         boolean not null default false,
    crs_candidates  jsonb not null default '[]',
    field_map       jsonb not null default '{}',   -- target field -> source field
    layer_map       jsonb not null default '{}',   -- source (CAD) layer -> true (read) / false (ignored)
    notes           jsonb not null default '[]',   -- what was changed on the way in (Z dropped, arcs stroked, ...)
    created_by      text not null,
    created_at      timestamptz not null default now(),
    committed_by    text,
    committed_at    timestamptz,
    legal_basis     text
);
create index on imports (status, created_at);

-- One row per feature of the file. source_geom keeps the file's coordinates (SRID 0) so a changed
-- CRS choice or X/Y swap is applied again without rereading the file; geom is the result in WGS84.
create table staging.import_features (
    import_id       uuid not null references imports on delete cascade,
    feature_no      int not null,
    source_layer    text,
    attributes      jsonb not null default '{}',
    source_geom     geometry,
    geom            geometry(Geometry, 4326),
    code            text,
    -- the target's values: mapped from the source fields, then resolved (zone_id from a zone code or
    -- from where the plot lies); what the commit writes
    mapped          jsonb not null default '{}',
    action          text check (action in ('create', 'update', 'skip')),
    target_id       bigint,
    target_version  int,
    primary key (import_id, feature_no)
);
create index import_features_geom_gix on staging.import_features using gist (geom);
-- The commit finds each written row's feature by code: without it, 100,000 plots took minutes, not seconds.
create index on staging.import_features (import_id, code);

create table staging.import_problems (
    import_id   uuid not null references imports on delete cascade,
    feature_no  int,                    -- null: the file as a whole
    field       text,
    code        text not null,
    severity    text not null check (severity in ('error', 'warning')),
    message     text not null,          -- Vietnamese, for the user
    location    geometry(Point, 4326)
);
create index on staging.import_problems (import_id, feature_no);

-- The source of each committed version: the import (its file name and SHA-256) it came from.
create table import_sources (
    import_id   uuid not null references imports,
    table_name  text not null,
    row_id      bigint not null,
    version     int not null,
    feature_no  int not null,
    primary key (table_name, row_id, version)
);

-- Coordinates that a CRS can hold: degrees for a geographic one, metres within a projection's
-- reach for a projected one. A table of VN-2000 metres read as degrees would make ST_Transform fail.
create function fits_crs(g geometry, srid int) returns boolean
language sql immutable parallel safe as $$
    select case when srid in (4326, 4756)
                then ST_XMin(g) >= -180 and ST_XMax(g) <= 180 and ST_YMin(g) >= -90 and ST_YMax(g) <= 90
                else ST_XMin(g) > -2e7 and ST_XMax(g) < 2e7 and ST_YMin(g) > -2e7 and ST_YMax(g) < 2e7 end $$;

-- Closed lines as polygons: GDAL reads a closed CAD polyline as a LineString (interop.md), and
-- linework that encloses areas as a MultiLineString. Anything else is returned as it is.
create function polygonised(g geometry) returns geometry
language sql immutable parallel safe as $$
    select case GeometryType(g)
        when 'LINESTRING' then case when ST_IsClosed(g) and ST_NPoints(g) >= 4 then ST_MakePolygon(g) else g end
        when 'MULTILINESTRING' then coalesce(ST_BuildArea(g), g)
        when 'GEOMETRYCOLLECTION' then case when ST_IsEmpty(ST_CollectionExtract(g, 3)) then g else ST_CollectionExtract(g, 3) end
        else g end $$;

-- A number as surveyors and Excel write it: "2395200.125", Vietnamese "2395200,125" or "2.395.200,125",
-- English "2,395,200.125". Null when it is not a number.
create function parsed_number(t text) returns double precision
language sql immutable parallel safe as $$
    select case when s ~ '^-?[0-9]+([.,][0-9]+)?$' then replace(s, ',', '.')::float8
                when s ~ '^-?[0-9]{1,3}(\.[0-9]{3})+(,[0-9]+)?$' then replace(replace(s, '.', ''), ',', '.')::float8
                when s ~ '^-?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$' then replace(s, ',', '')::float8 end
    from (select regexp_replace(btrim(t), '\s', '', 'g') as s) v $$;

-- A date as Vietnamese files write it: "15/03/2014", "15-03-2014", or ISO "2014-03-15". Null otherwise.
create function parsed_date(t text) returns date
language plpgsql immutable parallel safe as $$
declare s text := btrim(t);
begin
    if s ~ '^\d{4}-\d{1,2}-\d{1,2}$' then
        return s::date;
    elsif s ~ '^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$' then
        return make_date(split_part(regexp_replace(s, '[/.-]', '/', 'g'), '/', 3)::int,
                         split_part(regexp_replace(s, '[/.-]', '/', 'g'), '/', 2)::int,
                         split_part(regexp_replace(s, '[/.-]', '/', 'g'), '/', 1)::int);
    end if;
    return null;
exception when others then
    return null; -- 31/02/2020 and the like
end $$;
