-- The planning model: dossiers, zones, plots, investors and allocations, users.
-- Geometries are stored in WGS84 (SRID 4326 in the typmod), must be valid and inside Lạng Sơn;
-- areas are derived on the VN-2000 plane by area_m2().

create table dossiers (
    id              bigint generated always as identity primary key,
    code            text not null unique check (code <> ''),
    name            text not null check (name <> ''),
    kind            text not null check (kind in ('general_plan', 'zoning_plan', 'detailed_plan', 'local_adjustment', 'planning_task')),
    scale           text check (scale ~ '^1/[0-9]+$'),
    status          text not null check (status in ('in_preparation', 'approved', 'adjusted', 'superseded')),
    decision_number text,
    decision_date   date,
    approving_body  text,
    adjusts_id      bigint references dossiers,
    published       boolean not null default false,
    -- true for the sample dossiers invented for illustration (see gis-data/README.md)
    illustrative    boolean not null default false,
    summary         text,
    boundary        geometry(MultiPolygon, 4326) not null
                    check (ST_IsValid(boundary) and in_lang_son(boundary)),
    area_m2         double precision generated always as (area_m2(boundary)) stored,
    version         int not null default 1,
    valid_from      timestamptz not null default clock_timestamp(),
    changed_by      text,
    legal_basis     text,
    check (status = 'in_preparation' or decision_number is not null),
    check (adjusts_id is distinct from id)
);
create index dossiers_boundary_gix on dossiers using gist (boundary);
create index dossiers_search_idx on dossiers (search_text(code || ' ' || name || ' ' || coalesce(decision_number, '')));

create table dossier_documents (
    id            bigint generated always as identity primary key,
    dossier_id    bigint not null references dossiers on delete cascade,
    title         text not null,
    kind          text not null check (kind in ('decision', 'explanatory_report', 'drawing', 'regulation', 'other')),
    file_name     text not null,
    content_type  text not null,
    size_bytes    bigint not null check (size_bytes >= 0),
    sha256        text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    storage_path  text not null,
    published     boolean not null default false,
    uploaded_at   timestamptz not null default now(),
    uploaded_by   text
);
create index on dossier_documents (dossier_id);

create table zones (
    id           bigint generated always as identity primary key,
    code         text not null unique check (code <> ''),
    name         text not null check (name <> ''),
    kind         text not null check (kind in ('industrial_park', 'bonded_zone', 'goods_transit_area', 'export_processing_zone',
                                               'border_gate_area', 'urban_service_area', 'economic_cooperation_area')),
    dossier_id   bigint references dossiers,
    description  text,
    boundary     geometry(MultiPolygon, 4326) not null
                 check (ST_IsValid(boundary) and in_lang_son(boundary)),
    area_m2      double precision generated always as (area_m2(boundary)) stored,
    version      int not null default 1,
    valid_from   timestamptz not null default clock_timestamp(),
    changed_by   text,
    legal_basis  text
);
create index zones_boundary_gix on zones using gist (boundary);

create table plots (
    id                   bigint generated always as identity primary key,
    code                 text not null unique check (code <> ''),
    zone_id              bigint not null references zones,
    -- the detailed plan whose indicators apply to this lot
    dossier_id           bigint references dossiers,
    land_use_code        text not null references land_use_codes,
    max_building_density numeric(5,2) check (max_building_density between 0 and 100),
    max_floors           int check (max_floors between 0 and 200),
    far                  numeric(5,2) check (far >= 0),
    -- roads, green space and technical land are planned but never offered to investors
    for_investment       boolean not null default true,
    lifecycle            text not null default 'current' check (lifecycle in ('current', 'retired')),
    boundary             geometry(Polygon, 4326) not null
                         check (ST_IsValid(boundary) and in_lang_son(boundary)),
    area_m2              double precision generated always as (area_m2(boundary)) stored,
    version              int not null default 1,
    valid_from           timestamptz not null default clock_timestamp(),
    changed_by           text,
    legal_basis          text
);
create index plots_boundary_gix on plots using gist (boundary);
create index on plots (zone_id);
create index on plots (land_use_code);

-- Split and merge keep lineage: which plots a plot came from.
create table plot_lineage (
    parent_plot_id  bigint not null references plots,
    child_plot_id   bigint not null references plots,
    operation       text not null check (operation in ('split', 'merge')),
    at              timestamptz not null default now(),
    legal_basis     text,
    primary key (parent_plot_id, child_plot_id),
    check (parent_plot_id <> child_plot_id)
);

create table investors (
    id              bigint generated always as identity primary key,
    code            text not null unique,
    name            text not null,
    tax_code        text unique,
    country         text not null default 'VN',
    representative  text,
    contact_email   text,
    -- the sample investors are invented (gis-data/README.md)
    illustrative    boolean not null default false
);

create table allocations (
    id               bigint generated always as identity primary key,
    code             text not null unique,
    plot_id          bigint not null references plots,
    investor_id      bigint not null references investors,
    form             text not null check (form in ('allocation', 'lease_annual', 'lease_one_off')),
    decision_number  text,
    decision_date    date,
    start_date       date not null,
    term_years       int check (term_years between 1 and 99),
    end_date         date generated always as ((start_date + make_interval(years => coalesce(term_years, 99)))::date) stored,
    status           text not null check (status in ('pending', 'active', 'ended', 'terminated')),
    -- the investor's own terms: only planners and that investor may read them
    land_price_vnd   numeric(18,0) check (land_price_vnd >= 0),
    annual_rent_vnd  numeric(18,0) check (annual_rent_vnd >= 0),
    terms_note       text,
    check (form = 'allocation' or term_years is not null),
    -- the same land is never allocated twice for overlapping periods
    constraint allocations_no_overlap exclude using gist
        (plot_id with =, daterange(start_date, end_date, '[)') with &&)
        where (status in ('pending', 'active'))
);
create index on allocations (investor_id);

create table users (
    id             bigint generated always as identity primary key,
    username       text not null unique check (username ~ '^[a-z0-9._-]{3,40}$'),
    display_name   text not null,
    password_hash  text not null,
    roles          text[] not null check (roles <@ array['planner', 'inspector', 'investor', 'admin']),
    investor_id    bigint references investors,
    disabled       boolean not null default false,
    created_at     timestamptz not null default now()
);

-- Which sample-data files have been loaded, so loading twice changes nothing.
create table data_loads (
    file_name      text primary key,
    sha256         text not null,
    feature_count  int not null,
    loaded_at      timestamptz not null default now()
);
