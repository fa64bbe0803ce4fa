-- Sessions are registered in session_history when they start (ended_at NULL while live in
-- Redis), so helpdesk history also covers sessions that expired silently in Redis.
ALTER TABLE session_history
  MODIFY ended_at DATETIME(3) NULL,
  MODIFY reason VARCHAR(32) NULL,
  ADD COLUMN expires_at DATETIME(3) NULL AFTER last_seen_at,
  ADD KEY ix_session_history_live (ended_at, created_at);

-- Set by an administrator's 2FA reset (or by role policy): the user must enrol again at the
-- next sign-in before doing anything else.
ALTER TABLE users
  ADD COLUMN totp_required BOOLEAN NOT NULL DEFAULT FALSE AFTER totp_enabled;

-- TOTP seeds are stored sealed (AES-GCM, base64): wider than the raw base32.
ALTER TABLE users
  MODIFY totp_secret VARCHAR(255) NULL,
  MODIFY totp_pending_secret VARCHAR(255) NULL;
