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
