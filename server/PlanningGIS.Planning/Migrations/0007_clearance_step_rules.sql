-- The statutory order of site-clearance steps, as data (Land Law 2024 Art. 87-89, Decree 102/2024).
-- Two exceptions to "every earlier required step first":
--  * forced counting (3) happens because the inventory (2) was refused: it needs only step 1, and
--    once done it stands for step 2;
--  * forced recovery (11) happens before handover (10): it needs the steps up to payment (9), and
--    handover after it is in order.
alter table clearance_step_kinds
    -- a record of this step counts as a record of that earlier step
    add column satisfies_step int references clearance_step_kinds check (satisfies_step < step_no),
    -- this step needs the required steps up to this number; null = every earlier required step
    add column requires_through int check (requires_through < step_no);

-- Databases loaded before this migration: the sample loader never reloads a file it has loaded.
update clearance_step_kinds set satisfies_step = 2, requires_through = 1 where code = 'forced_inventory';
update clearance_step_kinds set requires_through = 9 where code = 'forced_recovery';

-- The first required step still missing before recording step p_step for the parcel (or, with a
-- null parcel, for the whole project); null when the step is in order. Steps done for the whole
-- project count for every parcel. The API asks this before inserting, to say which step is missing.
create function clearance_missing_step(p_project bigint, p_parcel bigint, p_step int) returns int
language sql stable as $$
    select min(req.step_no)
    from clearance_step_kinds k
    join clearance_step_kinds req on req.step_no <= coalesce(k.requires_through, k.step_no - 1) and not req.optional
    where k.step_no = p_step
      and not exists (select 1 from clearance_step_records r
                      join clearance_step_kinds done on done.step_no = r.step_no
                      where r.project_id = p_project
                        and (r.parcel_id is null or r.parcel_id = p_parcel)
                        and req.step_no in (done.step_no, done.satisfies_step))
$$;

create or replace function check_clearance_step_order() returns trigger language plpgsql as $$
declare missing int;
begin
    missing := clearance_missing_step(new.project_id, new.parcel_id, new.step_no);
    if missing is not null then
        raise exception 'clearance step % recorded before step %', new.step_no, missing
            using errcode = 'GT010';
    end if;
    return new;
end $$;
