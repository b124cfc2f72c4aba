-- Editing boundaries that touch a neighbour (issue 9, item 1), and point queries that stay fast over
-- large boundaries (item 3).

-- The trigger functions below run with jit = off: PostGIS's set-returning functions (ST_DumpPoints,
-- ST_Subdivide, ST_Dump) are estimated at 1,000 rows each, so the planner JIT-compiled these small
-- per-row statements on every call (measured: 70 ms per plot edit and 250 ms per subdivided boundary,
-- against 6 ms and under 1 ms without).

-- 1. Snapping. A boundary sent back by a client is never bit-for-bit what is stored: the API writes
-- decimal degrees and the map projects to screen pixels and back. Vertices that come back within the
-- snapping tolerance of a neighbour's vertex or edge are put exactly on it before the topology check,
-- so shared edges stay shared and an unchanged resave changes nothing.

-- The tolerance in metres on the VN-2000 plane: the application sets planning.snap_tolerance_m per
-- transaction from Planning:SnapToleranceMetres; the default (5 cm) applies to any other session.
-- The sample-data loader sets 0: files are loaded as they are.
create function snap_tolerance_m() returns double precision
language sql stable parallel safe as $$
    select coalesce(nullif(current_setting('planning.snap_tolerance_m', true), '')::double precision, 0.05) $$;

-- A box in degrees that holds every point within `metres` here: 1° is ≥ 103 km at 21–23° N.
create function degrees_covering(metres double precision) returns double precision
language sql immutable parallel safe as $$ select metres / 100000.0 $$;

-- g with each vertex moved onto the nearest of `vertices` within tolerance_m, else onto the nearest
-- point of `edges` within tolerance_m, else left where it is. Distances are measured in metres on
-- EPSG:9215; the snapped coordinates are the reference's own, so a shared vertex is bit-for-bit the
-- neighbour's. Rings and parts keep their order and their vertex count.
create function snap_vertices(g geometry, vertices geometry, edges geometry, tolerance_m double precision)
returns geometry language sql stable parallel safe as $$
    with dumped as (
        select d.path, d.geom as p, ST_Transform(d.geom, 9215) as m from ST_DumpPoints(g) d
    ), snapped as (
        select path, coalesce(
                   (select v from (select ST_ClosestPoint(vertices, p) as v) c
                     where ST_Distance(ST_Transform(v, 9215), m) <= tolerance_m),
                   (select e from (select ST_ClosestPoint(edges, p) as e) c
                     where ST_Distance(ST_Transform(e, 9215), m) <= tolerance_m),
                   p) as p
        from dumped
    ), rings as (
        select path[1:cardinality(path) - 2] as part, path[cardinality(path) - 1] as ring,
               ST_MakeLine(p order by path[cardinality(path)]) as line
        from snapped group by 1, 2
    ), parts as (
        select part, ST_MakePolygon((array_agg(line order by ring))[1],
                                    coalesce((array_agg(line order by ring))[2:], '{}')) as polygon
        from rings group by part
    )
    select case when GeometryType(g) = 'MULTIPOLYGON' then ST_Multi(ST_Collect(polygon order by part))
                else (array_agg(polygon))[1] end
    from parts $$;

-- The snapped boundary, or the given one if snapping would make it invalid (two vertices snapped
-- onto one point are merged; a ring that collapses is not): the topology check then judges it as sent.
create function snap_boundary(g geometry, vertices geometry, edges geometry, tolerance_m double precision)
returns geometry language plpgsql stable parallel safe as $$
declare snapped geometry;
begin
    if tolerance_m <= 0 or vertices is null or ST_IsEmpty(g) then
        return g;
    end if;
    snapped := ST_RemoveRepeatedPoints(snap_vertices(g, vertices, coalesce(edges, vertices), tolerance_m));
    return case when ST_IsValid(snapped) then snapped else g end;
end $$;

-- A plot snaps to the current plots around it and to its zone's boundary; an edited plot also keeps
-- the vertices it had where they come back within tolerance (rounding, not a move).
create function snap_plot_boundary() returns trigger language plpgsql set jit = off as $$
declare
    tolerance double precision := snap_tolerance_m();
    near_vertices geometry;
    near_edges geometry;
begin
    if new.lifecycle = 'retired' or tolerance <= 0 or not ST_IsValid(new.boundary)
       or (tg_op = 'UPDATE' and new.boundary is not distinct from old.boundary) then
        return new;
    end if;
    select ST_Points(ST_Collect(b)), ST_Collect(ST_Boundary(b)) into near_vertices, near_edges
      from (select p.boundary as b from plots p
             where p.id <> new.id and p.lifecycle = 'current' and p.boundary && ST_Expand(new.boundary, degrees_covering(tolerance))
            union all
            select z.boundary from zones z where z.id = new.zone_id) near;
    if tg_op = 'UPDATE' then
        near_vertices := ST_Collect(near_vertices, ST_Points(old.boundary));
    end if;
    new.boundary := snap_boundary(new.boundary, near_vertices, near_edges, tolerance);
    return new;
end $$;
-- Named to fire first (triggers of one event fire in name order): history and topology see the snapped boundary.
create trigger plots_boundary_snap before insert or update of boundary on plots
    for each row execute function snap_plot_boundary();

-- A zone snaps to the zones around it and to its own plots along its edge, and keeps its vertices.
create function snap_zone_boundary() returns trigger language plpgsql set jit = off as $$
declare
    tolerance double precision := snap_tolerance_m();
    near_vertices geometry;
    near_edges geometry;
begin
    if tolerance <= 0 or not ST_IsValid(new.boundary)
       or (tg_op = 'UPDATE' and new.boundary is not distinct from old.boundary) then
        return new;
    end if;
    select ST_Points(ST_Collect(b)), ST_Collect(ST_Boundary(b)) into near_vertices, near_edges
      from (select z.boundary as b from zones z
             where z.id <> new.id and z.boundary && ST_Expand(new.boundary, degrees_covering(tolerance))
            union all
            select p.boundary from plots p
             where p.zone_id = new.id and p.lifecycle = 'current'
               and ST_DWithin(p.boundary, ST_Boundary(new.boundary), degrees_covering(tolerance))) near;
    if tg_op = 'UPDATE' then
        near_vertices := ST_Collect(near_vertices, ST_Points(old.boundary));
    end if;
    new.boundary := snap_boundary(new.boundary, near_vertices, near_edges, tolerance);
    return new;
end $$;
create trigger zones_boundary_snap before insert or update of boundary on zones
    for each row execute function snap_zone_boundary();

-- The refusals printed '0.334….2f m²': RAISE has only '%' placeholders, so the area is rounded first.
create or replace function check_plot_topology() returns trigger language plpgsql as $$
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
        raise exception 'plot % lies % m² outside its zone', new.code, round(outside::numeric, 2)
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
        raise exception 'plot % overlaps plot % by % m²', new.code, other.code, round(other.overlap::numeric, 2)
            using errcode = 'GT002', detail = other.at;
    end if;
    return new;
end $$;

create or replace function check_zone_keeps_plots() returns trigger language plpgsql as $$
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
        raise exception 'zone % would leave plot % % m² outside', new.code, stray.code, round(stray.outside::numeric, 2)
            using errcode = 'GT001', detail = stray.at;
    end if;
    return new;
end $$;

-- 2. Subdivided boundaries. A point query reads and tests the whole boundary of every row whose box
-- holds the point, so its cost grows with the vertex count. The boundaries that planningAt looks up
-- by point are also kept cut into pieces of at most 128 vertices, indexed, so a lookup reads only the
-- few small pieces around the point (over 50,000 vertices: 0.38 → 0.13 ms in SQL). Maintained by
-- trigger, never by hand.
create table boundary_pieces (
    layer  text not null check (layer in ('dossiers', 'zones', 'land_use_current')),
    id     bigint not null,
    piece  geometry(Polygon, 4326) not null check (ST_IsValid(piece))
);
create index boundary_pieces_piece_gix on boundary_pieces using gist (piece);
create index on boundary_pieces (layer, id);

-- Clipping can leave a piece invalid (GEOS does not promise valid output); it is repaired, as a
-- repaired piece covers the same points.
create function subdivided(boundary geometry) returns setof geometry
language sql immutable parallel safe as $$
    select d.geom from ST_Subdivide(boundary, 128) s, ST_Dump(ST_CollectionExtract(ST_MakeValid(s), 3)) d $$;

create function keep_boundary_pieces() returns trigger language plpgsql set jit = off as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        delete from boundary_pieces where layer = tg_table_name and id = old.id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into boundary_pieces (layer, id, piece) select tg_table_name, new.id, subdivided(new.boundary);
    end if;
    return null;
end $$;

do $$
declare t text;
begin
    foreach t in array array['dossiers', 'zones', 'land_use_current']
    loop
        execute format('create trigger %I after insert or update of boundary or delete on %I '
                       'for each row execute function keep_boundary_pieces()', t || '_boundary_pieces', t);
        execute format('insert into boundary_pieces (layer, id, piece) select %L, id, subdivided(boundary) from %I', t, t);
    end loop;
end $$;
