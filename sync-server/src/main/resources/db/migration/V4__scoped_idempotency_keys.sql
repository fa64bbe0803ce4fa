-- Idempotency keys belong to the user who sent them: the same key from another user is another
-- key and never answers that user's result. A key is first used for one operation (stored in
-- `operation`, for example "POST /payments"); the same user sending it to another operation gets
-- a 409. The primary key makes concurrent first use of one key exactly-once per user.
UPDATE idempotency_keys SET actor_id = 0 WHERE actor_id IS NULL;
UPDATE idempotency_keys SET scope = 'POST /payments' WHERE scope = 'payment';
UPDATE idempotency_keys SET scope = 'POST /payments/{id}/refund' WHERE scope LIKE 'refund:%';
ALTER TABLE idempotency_keys
  MODIFY actor_id BIGINT NOT NULL,
  CHANGE scope operation VARCHAR(64) NOT NULL,
  DROP PRIMARY KEY,
  ADD PRIMARY KEY (actor_id, idem_key);
ALTER TABLE payments
  DROP INDEX uq_payments_idempotency,
  ADD UNIQUE KEY uq_payments_idempotency (recorded_by, idempotency_key);
