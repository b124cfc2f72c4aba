-- The papers of a site-clearance step (a recovery notice, the inventory minutes, a compensation
-- decision): files kept with the step record, in the document store like dossier documents. They
-- often name households and amounts, so only planners read them (ClearancePolicies).
create table clearance_step_documents (
    id              bigint generated always as identity primary key,
    step_record_id  bigint not null references clearance_step_records on delete cascade,
    file_name       text not null,
    content_type    text not null,
    size_bytes      bigint not null check (size_bytes > 0),
    sha256          text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    storage_path    text not null,
    uploaded_at     timestamptz not null default now(),
    uploaded_by     text
);
create index clearance_step_documents_record on clearance_step_documents (step_record_id);
create trigger clearance_step_documents_audit after insert or update or delete on clearance_step_documents
    for each row execute function audit_change();
