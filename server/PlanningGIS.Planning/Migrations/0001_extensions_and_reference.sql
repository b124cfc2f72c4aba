-- Extensions, the VN-2000 Lạng Sơn coordinate system, and reference lists kept as data.
create extension if not exists postgis;
create extension if not exists btree_gist;
create extension if not exists unaccent;

-- PostGIS 3.3 ships no row for EPSG:9215 (VN-2000 / TM-3 107-15, Lạng Sơn).
-- The +towgs84 rotations are in PROJ's position-vector convention, i.e. the signs of the
-- officially published coordinate-frame rotations are flipped (domain.md, "sign trap").
-- Checked: WGS84 21.84778 N 106.75778 E -> E 448927.783, N 2416895.459 (same as cs2cs).
insert into spatial_ref_sys (srid, auth_name, auth_srid, proj4text, srtext)
values (9215, 'EPSG', 9215,
  '+proj=tmerc +lat_0=0 +lon_0=107.25 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278 +units=m +no_defs',
  'PROJCS["VN-2000 / TM-3 107-15",GEOGCS["VN-2000",DATUM["Vietnam_2000",SPHEROID["WGS 84",6378137,298.257223563],TOWGS84[-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",107.25],PARAMETER["scale_factor",0.9999],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1],AUTHORITY["EPSG","9215"]]')
on conflict (srid) do update set proj4text = excluded.proj4text, srtext = excluded.srtext;

-- Diacritic- and case-insensitive text for search ("dong banh" finds "Đồng Bành").
-- unaccent() is only STABLE; pinning the dictionary makes it safe to index.
create function search_text(value text) returns text
language sql immutable parallel safe strict
as $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

-- Area of a 4326 geometry in square metres on the VN-2000 Lạng Sơn plane, as cadastral
-- and planning documents measure it. Never ST_Area on degrees.
create function area_m2(g geometry) returns double precision
language sql immutable parallel safe strict
as $$ select ST_Area(ST_Transform(g, 9215)) $$;

-- Every geometry must lie in Lạng Sơn province (EPSG:9215 area of use, with a small margin).
create function in_lang_son(g geometry) returns boolean
language sql immutable parallel safe strict
as $$ select g @ ST_MakeEnvelope(106.0, 21.2, 107.5, 22.6, 4326) $$;

-- Land-use codes: a table, because the list changes by circular (08/2024 replaced 27/2018)
-- and some industrial-park codes are uncertain.
create table land_use_codes (
    code        text primary key check (code ~ '^[A-Z]{2,4}$'),
    name_vi     text not null,
    name_en     text not null,
    land_group  text not null check (land_group in ('agricultural', 'non_agricultural', 'unused')),
    -- rice and forest land are what conversions are about
    category    text check (category in ('rice', 'forest')),
    instrument  text not null,
    colour      text not null check (colour ~ '^#[0-9a-fA-F]{6}$'),
    note        text
);

-- Statutory site-clearance (GPMB) steps, Land Law 2024 Art. 85-88 / Decree 102/2024.
create table clearance_step_kinds (
    step_no     int primary key check (step_no between 1 and 20),
    code        text not null unique,
    name_vi     text not null,
    name_en     text not null,
    optional    boolean not null default false,
    legal_basis text not null
);

-- Who approves converting rice or forest land: dated rows citing their instrument, so a new
-- decree is a data change, not a code change.
create table conversion_approval_rules (
    id            bigint generated always as identity primary key,
    land_kind     text not null check (land_kind in ('rice', 'special_use_forest', 'protection_forest_headwater_border',
                                                     'protection_forest_wind_sand_wave', 'production_forest')),
    min_ha        numeric not null default 0,
    max_ha        numeric,            -- exclusive upper bound; null = no upper bound
    authority     text not null check (authority in ('national_assembly', 'prime_minister', 'provincial_council')),
    instrument    text not null,
    valid_from    date not null,
    valid_to      date,
    check (max_ha is null or max_ha > min_ha)
);
