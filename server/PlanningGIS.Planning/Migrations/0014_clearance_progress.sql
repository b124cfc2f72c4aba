-- Site-clearance progress, defined once: the API (ClearanceProject.progress), the statistics and the
-- clearance tiles all read this function, so they cannot disagree.
-- A parcel is handed over when the handover step (code site_handover, not a step number) is recorded
-- for it or for its whole project. A project without parcels counts its own area, handed over when
-- the step is recorded for the whole project.
create function clearance_progress(p_project bigint)
returns table (parcels int, parcels_handed_over int, area_m2 double precision, area_handed_over_m2 double precision,
               rate double precision)
language sql stable as $$
    with handover as (select step_no from clearance_step_kinds where code = 'site_handover'),
         project as (
             select cp.area_m2,
                    exists (select 1 from clearance_step_records r
                            where r.project_id = cp.id and r.parcel_id is null and r.step_no = (select step_no from handover)) as handed_over
             from clearance_projects cp where cp.id = p_project),
         parcel as (
             select pa.area_m2,
                    (select handed_over from project)
                    or exists (select 1 from clearance_step_records r
                               where r.parcel_id = pa.id and r.step_no = (select step_no from handover)) as handed_over
             from clearance_parcels pa where pa.project_id = p_project),
         totals as (
             select count(*)::int as parcels, (count(*) filter (where handed_over))::int as parcels_handed_over,
                    case when count(*) = 0 then (select area_m2 from project) else sum(area_m2) end as area_m2,
                    case when count(*) = 0 then (select case when handed_over then area_m2 else 0 end from project)
                         else coalesce(sum(area_m2) filter (where handed_over), 0) end as area_handed_over_m2
             from parcel)
    select parcels, parcels_handed_over, area_m2, area_handed_over_m2,
           coalesce(area_handed_over_m2 / nullif(area_m2, 0), 0)
    from totals
    where exists (select 1 from project)
$$;
