-- Site clearance (GPMB), the land-use current state, rice/forest conversions and violations.

create table clearance_projects (
    id                  bigint generated always as identity primary key,
    code                text not null unique,
    name                text not null,
    zone_id             bigint references zones,
    dossier_id          bigint references dossiers,
    started_on          date,
    target_handover_on  date,
    note                text,
    boundary            geometry(MultiPolygon, 4326) not null
                        check (ST_IsValid(boundary) and in_lang_son(boundary)),
    area_m2             double precision generated always as (area_m2(boundary)) stored
);
create index clearance_projects_boundary_gix on clearance_projects using gist (boundary);

-- Affected parcels and their households. household_* and compensation are personal data:
-- never shown to investors or inspectors.
create table clearance_parcels (
    id                    bigint generated always as identity primary key,
    project_id            bigint not null references clearance_projects on delete cascade,
    parcel_code           text not null,
    land_use_code         text references land_use_codes,
    household_name        text,
    household_id_number   text,
    household_address     text,
    compensation_vnd      numeric(18,0) check (compensation_vnd >= 0),
    boundary              geometry(Polygon, 4326) not null
                          check (ST_IsValid(boundary) and in_lang_son(boundary)),
    area_m2               double precision generated always as (area_m2(boundary)) stored,
    unique (project_id, parcel_code)
);
create index clearance_parcels_boundary_gix on clearance_parcels using gist (boundary);

-- A completed statutory step, for the whole project (parcel_id null) or for one parcel.
create table clearance_step_records (
    id               bigint generated always as identity primary key,
    project_id       bigint not null references clearance_projects on delete cascade,
    parcel_id        bigint references clearance_parcels on delete cascade,
    step_no          int not null references clearance_step_kinds,
    completed_on     date not null,
    decision_number  text,
    note             text,
    recorded_by      text,
    recorded_at      timestamptz not null default now()
);
create unique index clearance_step_once on clearance_step_records (project_id, coalesce(parcel_id, 0), step_no);

-- Steps happen in statutory order: a step needs every earlier required step done, for the
-- same parcel or for the whole project. The API checks first; this stops any code path that forgets.
create function check_clearance_step_order() returns trigger language plpgsql as $$
declare missing int;
begin
    select min(k.step_no) into missing
    from clearance_step_kinds k
    where k.step_no < new.step_no and not k.optional
      and not exists (select 1 from clearance_step_records r
                      where r.project_id = new.project_id and r.step_no = k.step_no
                        and (r.parcel_id is null or r.parcel_id = new.parcel_id));
    if missing is not null then
        raise exception 'clearance step % recorded before step %', new.step_no, missing
            using errcode = 'GT010';
    end if;
    return new;
end $$;
create trigger clearance_step_order before insert or update on clearance_step_records
    for each row execute function check_clearance_step_order();

-- Hiện trạng: what the land is used for today, the base for rice/forest analysis.
create table land_use_current (
    id             bigint generated always as identity primary key,
    land_use_code  text not null references land_use_codes,
    source         text,
    surveyed_on    date,
    boundary       geometry(MultiPolygon, 4326) not null
                   check (ST_IsValid(boundary) and in_lang_son(boundary)),
    area_m2        double precision generated always as (area_m2(boundary)) stored
);
create index land_use_current_boundary_gix on land_use_current using gist (boundary);

create table conversions (
    id                    bigint generated always as identity primary key,
    code                  text not null unique,
    name                  text not null,
    from_land_use_code    text not null references land_use_codes,
    to_land_use_code      text not null references land_use_codes,
    zone_id               bigint references zones,
    clearance_project_id  bigint references clearance_projects,
    status                text not null check (status in ('requested', 'approved', 'rejected', 'completed')),
    required_authority    text check (required_authority in ('national_assembly', 'prime_minister', 'provincial_council')),
    decision_number       text,
    decision_date         date,
    requested_on          date not null default current_date,
    boundary              geometry(MultiPolygon, 4326) not null
                          check (ST_IsValid(boundary) and in_lang_son(boundary)),
    area_m2               double precision generated always as (area_m2(boundary)) stored,
    check (from_land_use_code <> to_land_use_code),
    check (status not in ('approved', 'completed') or decision_number is not null)
);
create index conversions_boundary_gix on conversions using gist (boundary);

create table violations (
    id               bigint generated always as identity primary key,
    code             text not null unique,
    category         text not null check (category in ('unauthorised_construction', 'wrong_land_use', 'encroachment',
                                                        'unauthorised_transfer', 'environmental', 'other')),
    description      text not null,
    status           text not null default 'open' check (status in ('open', 'in_progress', 'resolved', 'dismissed')),
    plot_id          bigint references plots,
    reported_by      text,
    reported_at      timestamptz not null default now(),
    resolved_at      timestamptz,
    resolution_note  text,
    location         geometry(Geometry, 4326) not null
                     check (ST_GeometryType(location) in ('ST_Point', 'ST_Polygon', 'ST_MultiPolygon')
                            and ST_IsValid(location) and in_lang_son(location)),
    check ((status in ('resolved', 'dismissed')) = (resolved_at is not null))
);
create index violations_location_gix on violations using gist (location);

create table violation_photos (
    id             bigint generated always as identity primary key,
    violation_id   bigint not null references violations on delete cascade,
    file_name      text not null,
    content_type   text not null check (content_type in ('image/jpeg', 'image/png', 'image/webp')),
    size_bytes     bigint not null check (size_bytes > 0),
    sha256         text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    storage_path   text not null,
    taken_at       timestamptz,
    uploaded_at    timestamptz not null default now()
);
