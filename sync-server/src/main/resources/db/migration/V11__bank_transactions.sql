-- Issue 18 part 3: bank bill-payment files. One row per bank file uploaded (not a dry run) and one
-- row per bank transaction ever seen. (bank, txn_id) is unique and written in the same transaction
-- as the payment it records, so a line of the same or an overlapping file is recorded once only.
CREATE TABLE bank_files (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  bank          VARCHAR(16)   NOT NULL,
  line_count    INT           NOT NULL,
  total         DECIMAL(16,2) NOT NULL,
  uploaded_by   BIGINT        NOT NULL,
  uploaded_at   DATETIME(3)   NOT NULL,
  PRIMARY KEY (id),
  KEY ix_bank_files_uploaded (uploaded_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE bank_transactions (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  version       BIGINT        NOT NULL DEFAULT 1,
  bank          VARCHAR(16)   NOT NULL,
  txn_id        VARCHAR(64)   NOT NULL,
  file_id       BIGINT        NOT NULL,
  line_no       INT           NOT NULL,
  paid_at       DATETIME(3)   NOT NULL,
  amount        DECIMAL(14,2) NOT NULL,
  ref1          VARCHAR(40)   NULL,
  ref2          VARCHAR(40)   NULL,
  channel       VARCHAR(40)   NULL,
  outcome       VARCHAR(12)   NOT NULL,
  reason        VARCHAR(24)   NULL,
  invoice_id    BIGINT        NULL,
  payment_id    BIGINT        NULL,
  note          VARCHAR(200)  NULL,
  resolved_by   BIGINT        NULL,
  resolved_at   DATETIME(3)   NULL,
  created_at    DATETIME(3)   NOT NULL,
  updated_at    DATETIME(3)   NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_bank_transactions_txn (bank, txn_id),
  KEY ix_bank_transactions_paid (paid_at, id),
  KEY ix_bank_transactions_outcome_paid (outcome, paid_at, id),
  KEY ix_bank_transactions_bank_outcome_paid (bank, outcome, paid_at, id),
  KEY ix_bank_transactions_file (file_id, line_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
