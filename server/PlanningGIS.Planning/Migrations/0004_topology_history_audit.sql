-- Rules the database enforces even if a code path forgets them: plots stay inside their zone
-- and do not overlap; dossiers, zones and plots keep every version; every change is audited.

-- Tolerance for topology checks: 0.01 m² (100 cm²) on the VN-2000 plane. Exact predicates
-- would reject edges that differ by floating-point noise after a VN-2000 -> WGS84 transform.
create function topology_tolerance_m2() returns double precision
language sql immutable parallel safe as $$ select 0.01::double precision $$;

create function check_plot_topology() returns trigger language plpgsql as $$
declare
    zone_geom geometry;
    outside double precision;
    other record;
begin
    -- an invalid or retired geometry is left to the CHECK constraint / not checked
    if new.lifecycle = 'retired' or not ST_IsValid(new.boundary) then
        return new;
    end if;
    -- serialise plot geometry writes so two concurrent edits cannot both pass the overlap check
    perform pg_advisory_xact_lock(hashtext('planninggis.plots.topology'));

    select boundary into zone_geom from zones where id = new.zone_id;
    outside := area_m2(ST_Difference(new.boundary, zone_geom));
    if outside > topology_tolerance_m2() then
        raise exception 'plot % lies %.2f m² outside its zone', new.code, outside
            using errcode = 'GT001', detail = ST_AsText(ST_PointOnSurface(ST_Difference(new.boundary, zone_geom)));
    end if;

    select p.code, area_m2(ST_Intersection(p.boundary, new.boundary)) as overlap,
           ST_AsText(ST_PointOnSurface(ST_Intersection(p.boundary, new.boundary))) as at
      into other
      from plots p
     where p.id <> new.id and p.lifecycle = 'current'
       and p.boundary && new.boundary
       and ST_Relate(p.boundary, new.boundary, '2********')
       and area_m2(ST_Intersection(p.boundary, new.boundary)) > topology_tolerance_m2()
     limit 1;
    if found then
        raise exception 'plot % overlaps plot % by %.2f m²', new.code, other.code, other.overlap
            using errcode = 'GT002', detail = other.at;
    end if;
    return new;
end $$;
create trigger plots_topology before insert or update of boundary, zone_id, lifecycle on plots
    for each row execute function check_plot_topology();

-- A zone edit may not leave any of its current plots outside it.
create function check_zone_keeps_plots() returns trigger language plpgsql as $$
declare stray record;
begin
    if not ST_IsValid(new.boundary) then
        return new; -- rejected by the CHECK constraint
    end if;
    select p.code, area_m2(ST_Difference(p.boundary, new.boundary)) as outside,
           ST_AsText(ST_PointOnSurface(ST_Difference(p.boundary, new.boundary))) as at
      into stray
      from plots p
     where p.zone_id = new.id and p.lifecycle = 'current'
       and area_m2(ST_Difference(p.boundary, new.boundary)) > topology_tolerance_m2()
     limit 1;
    if found then
        raise exception 'zone % would leave plot % %.2f m² outside', new.code, stray.code, stray.outside
            using errcode = 'GT001', detail = stray.at;
    end if;
    return new;
end $$;
create trigger zones_keep_plots before update of boundary on zones
    for each row execute function check_zone_keeps_plots();

-- History: the previous version of a row goes to <table>_history with the time it ended.
create table dossiers_history (like dossiers);
alter table dossiers_history add column valid_to timestamptz not null;
create index on dossiers_history (id, version);
create table zones_history (like zones);
alter table zones_history add column valid_to timestamptz not null;
create index on zones_history (id, version);
create table plots_history (like plots);
alter table plots_history add column valid_to timestamptz not null;
create index on plots_history (id, version);

-- Who is acting, and on which legal decision, is set per transaction by the application with
-- set_config('planning.actor', ..., true) and set_config('planning.legal_basis', ..., true).
create function current_actor() returns text language sql stable as $$
    select coalesce(nullif(current_setting('planning.actor', true), ''), session_user::text) $$;

create function keep_history() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        if (to_jsonb(new) - array['version', 'valid_from', 'changed_by', 'legal_basis'])
           is not distinct from (to_jsonb(old) - array['version', 'valid_from', 'changed_by', 'legal_basis']) then
            return new;
        end if;
        new.version := old.version + 1;
        new.valid_from := clock_timestamp();
        new.changed_by := current_actor();
        if new.legal_basis is not distinct from old.legal_basis then
            new.legal_basis := nullif(current_setting('planning.legal_basis', true), '');
        end if;
    end if;
    execute format('insert into %I.%I select ($1).*, $2', tg_table_schema, tg_table_name || '_history')
        using old, clock_timestamp();
    return case when tg_op = 'DELETE' then old else new end;
end $$;

create function stamp_first_version() returns trigger language plpgsql as $$
begin
    new.changed_by := coalesce(new.changed_by, current_actor());
    new.legal_basis := coalesce(new.legal_basis, nullif(current_setting('planning.legal_basis', true), ''));
    return new;
end $$;

create trigger dossiers_history before update or delete on dossiers for each row execute function keep_history();
create trigger zones_history before update or delete on zones for each row execute function keep_history();
create trigger plots_history before update or delete on plots for each row execute function keep_history();
create trigger dossiers_first_version before insert on dossiers for each row execute function stamp_first_version();
create trigger zones_first_version before insert on zones for each row execute function stamp_first_version();
create trigger plots_first_version before insert on plots for each row execute function stamp_first_version();

-- The audit log: one row per changed row, with the actor and legal basis of the transaction.
-- For updates only the changed columns are kept. Bulk loaders may set planning.audit = 'off'
-- and write one summary row themselves.
create table audit_log (
    id           bigint generated always as identity primary key,
    at           timestamptz not null default clock_timestamp(),
    actor        text not null,
    action       text not null check (action in ('INSERT', 'UPDATE', 'DELETE', 'LOAD', 'LOGIN')),
    table_name   text not null,
    row_id       bigint,
    legal_basis  text,
    changes      jsonb
);
create index on audit_log (table_name, row_id);

create function audit_change() returns trigger language plpgsql as $$
declare
    changes jsonb;
    row_id bigint;
begin
    if current_setting('planning.audit', true) = 'off' then
        return null;
    end if;
    if tg_op = 'INSERT' then
        changes := to_jsonb(new) - 'password_hash';
    elsif tg_op = 'DELETE' then
        changes := to_jsonb(old) - 'password_hash';
    else
        select jsonb_object_agg(n.key, jsonb_build_object('old', o.value, 'new', n.value)) into changes
          from jsonb_each(to_jsonb(new)) n join jsonb_each(to_jsonb(old)) o using (key)
         where n.value is distinct from o.value and n.key <> 'password_hash';
        if changes is null then
            return null;
        end if;
    end if;
    -- plot_lineage has no id column
    row_id := (to_jsonb(coalesce(new, old)) ->> 'id')::bigint;
    insert into audit_log (actor, action, table_name, row_id, legal_basis, changes)
    values (current_actor(), tg_op, tg_table_name, row_id,
            nullif(current_setting('planning.legal_basis', true), ''), changes);
    return null;
end $$;

do $$
declare t text;
begin
    foreach t in array array['dossiers', 'dossier_documents', 'zones', 'plots', 'plot_lineage', 'investors', 'allocations',
                             'users', 'clearance_projects', 'clearance_parcels', 'clearance_step_records',
                             'land_use_current', 'conversions', 'violations', 'violation_photos', 'land_use_codes',
                             'conversion_approval_rules']
    loop
        execute format('create trigger %I after insert or update or delete on %I for each row execute function audit_change()',
                       t || '_audit', t);
    end loop;
end $$;
