-- Plot availability as a table function, called in FROM (lateral, or in a scalar subquery):
-- PostgreSQL inlines such a SQL function into the query, so the planner sees the expression itself,
-- as when it was written out in each query. The scalar function of 0015 is never inlined (it has
-- subqueries): called once per row, it made a 100-plot page about 1.5 ms slower (527 plots:
-- 10-19 ms against 3.4-4.5 ms inline). Same rule, same callers.
drop function plot_availability(bigint, text, boolean);

create function plot_availability(p_plot bigint, p_lifecycle text, p_for_investment boolean) returns table (availability text)
language sql stable parallel safe as $$
    select case when p_lifecycle = 'retired' then 'RETIRED'
                when not p_for_investment then 'NOT_FOR_INVESTMENT'
                when exists (select 1 from public.allocations a where a.plot_id = p_plot and a.status = 'active') then 'ALLOCATED'
                when exists (select 1 from public.allocations a where a.plot_id = p_plot and a.status = 'pending') then 'RESERVED'
                else 'AVAILABLE' end
$$;
