-- A user's failed sign-ins (GET /helpdesk/users/{id}/sign-ins) are read per action, newest first:
-- (entity, entity_id, action, at) serves each action's rows in time order (InnoDB appends the id),
-- so a page reads a page's worth of rows however many the account has. Built in place, without
-- blocking writes to the audit trail.
ALTER TABLE audit_events
  ADD KEY ix_audit_entity_action_at (entity, entity_id, action, at),
  ALGORITHM=INPLACE, LOCK=NONE;
