-- Ending an allocation (returned at the end of its term, or recovered early) is a decision of its
-- own: it is kept next to the decision that granted the land, which stays as it was.
alter table allocations
    add column end_decision_number text,
    add column end_decision_date   date;
