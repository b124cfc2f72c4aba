-- A plot's allocations (all of them, not only the pending/active ones the exclusion constraint
-- indexes) and the plots it was split or merged from are looked up by plot, in batches.
create index on allocations (plot_id);
create index on plot_lineage (child_plot_id);
