-- What an investor asks next to what the plan allows: what the land costs (the indicative land-rent
-- guide: the land price of the province's public price table and the annual rent rate, dated and
-- sourced) and whether roads, power and water already reach the zone.
create table land_rent_guide (
    id                        bigint generated always as identity primary key,
    zone_id                   bigint not null references zones,
    -- null: any use in the zone without a row of its own
    land_use_code             text references land_use_codes,
    land_price_vnd_per_m2     numeric(14, 0) not null check (land_price_vnd_per_m2 > 0),
    annual_rent_rate_percent  numeric(5, 2) not null check (annual_rent_rate_percent > 0 and annual_rent_rate_percent <= 100),
    valid_from                date not null,
    valid_to                  date check (valid_to is null or valid_to > valid_from),
    source                    text not null check (source <> ''),
    illustrative              boolean not null default false,
    unique nulls not distinct (zone_id, land_use_code, valid_from)
);

create table zone_infrastructure (
    id        bigint generated always as identity primary key,
    zone_id   bigint not null references zones,
    kind      text not null check (kind in ('road', 'power', 'water', 'drainage', 'wastewater', 'telecom')),
    status    text not null check (status in ('ready', 'partial', 'under_construction', 'planned')),
    note      text,
    -- the state as reported on this day; the latest report per kind is the current state
    as_of     date not null,
    source    text,
    illustrative boolean not null default false,
    unique (zone_id, kind, as_of)
);

create trigger land_rent_guide_audit after insert or update or delete on land_rent_guide
    for each row execute function audit_change();
create trigger zone_infrastructure_audit after insert or update or delete on zone_infrastructure
    for each row execute function audit_change();
