-- The enforcement workflow of a violation: new → verified on site → notice issued (biên bản vi phạm
-- hành chính, with its number) → resolved, or escalated to the authority that sanctions it; a report
-- found baseless is dismissed. Each step and each comment is an event with who, when, a note and
-- photos, so planners can follow every change. 'in_progress' of the old workflow meant "being
-- handled after a site check": it becomes 'verified'.
alter table violations drop constraint violations_status_check;
update violations set status = 'verified' where status = 'in_progress';
alter table violations add constraint violations_status_check
    check (status in ('open', 'verified', 'notice_issued', 'resolved', 'escalated', 'dismissed'));
alter table violations add column notice_number text;

create table violation_events (
    id             bigint generated always as identity primary key,
    violation_id   bigint not null references violations on delete cascade,
    -- both null: a comment; otherwise the step taken
    from_status    text,
    to_status      text,
    note           text,
    notice_number  text,
    actor          text not null,
    at             timestamptz not null default clock_timestamp(),
    check ((from_status is null) = (to_status is null)),
    check (to_status is not null or note is not null)
);
create index violation_events_violation on violation_events (violation_id, id);
create trigger violation_events_audit after insert or update or delete on violation_events
    for each row execute function audit_change();

-- a photo added with a step or a comment belongs to that event; those taken when flagging have none
alter table violation_photos add column event_id bigint references violation_events;
