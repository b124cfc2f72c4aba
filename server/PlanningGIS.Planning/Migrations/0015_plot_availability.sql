-- Plot availability, defined once: the API (Plot.availability and its filter), the statistics and
-- the plots tiles all call this function, so they cannot disagree. An inlinable SQL function: the
-- planner sees the expression itself, as when it was written out in each query.
-- Tables are schema-qualified for pg_restore (see 0013).
create function plot_availability(p_plot bigint, p_lifecycle text, p_for_investment boolean) returns text
language sql stable parallel safe as $$
    select case when p_lifecycle = 'retired' then 'RETIRED'
                when not p_for_investment then 'NOT_FOR_INVESTMENT'
                when exists (select 1 from public.allocations a where a.plot_id = p_plot and a.status = 'active') then 'ALLOCATED'
                when exists (select 1 from public.allocations a where a.plot_id = p_plot and a.status = 'pending') then 'RESERVED'
                else 'AVAILABLE' end
$$;
