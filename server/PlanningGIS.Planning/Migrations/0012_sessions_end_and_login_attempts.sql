-- Sessions end when what they were granted on changes: a new password, other roles, another
-- investor, or a disabled account ends every session of that user (logout ends one).
create function end_sessions_of_changed_user() returns trigger language plpgsql as $$
begin
    delete from sessions where user_id = new.id;
    return null;
end $$;

create trigger users_end_sessions after update of password_hash, roles, investor_id, disabled on users
    for each row when (old.password_hash is distinct from new.password_hash or old.roles is distinct from new.roles
                       or old.investor_id is distinct from new.investor_id or (new.disabled and not old.disabled))
    execute function end_sessions_of_changed_user();

-- Sign-in events in the audit log: LOGIN, LOGOUT, LOGIN_FAILED (wrong name or password) and
-- LOGIN_THROTTLED (refused unchecked after too many failures), with the client's address.
-- The failures are also what login throttling counts (AccountStore), hence the two indexes.
alter table audit_log drop constraint audit_log_action_check,
    add constraint audit_log_action_check
        check (action in ('INSERT', 'UPDATE', 'DELETE', 'LOAD', 'LOGIN', 'LOGOUT', 'LOGIN_FAILED', 'LOGIN_THROTTLED')),
    add column client_address inet;
create index audit_log_logins_by_actor on audit_log (actor, action, at) where action in ('LOGIN', 'LOGIN_FAILED');
create index audit_log_login_failures_by_address on audit_log (client_address, at) where action = 'LOGIN_FAILED';

-- A password reset is audited too: the update's changes say "password_hash": "changed" (never the
-- hash). Before, a change of the password alone left no audit row. Otherwise as in 0004.
create or replace function audit_change() returns trigger language plpgsql as $$
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
        select jsonb_object_agg(n.key, case when n.key = 'password_hash' then '"changed"'::jsonb
                                            else jsonb_build_object('old', o.value, 'new', n.value) end) into changes
          from jsonb_each(to_jsonb(new)) n join jsonb_each(to_jsonb(old)) o using (key)
         where n.value is distinct from o.value;
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
