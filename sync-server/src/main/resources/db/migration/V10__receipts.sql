-- Issue 18: receipts (ใบเสร็จรับเงิน) and credit notes. Every payment recorded through the API gets a
-- receipt in its own transaction, every refund a credit note that refers to the payment's receipt.
-- Numbers come from a gap-free sequence per kind and fiscal year (code_sequences 'receipt:2570',
-- 'credit-note:2570'); serial is that sequence's value, unique per kind and year, so a duplicate
-- cannot be stored whatever the code does. A receipt is never deleted: cancelling keeps its number.
-- issued_on is the day of issue in the university's time zone: it leads the time indexes, so a date
-- window (from/to) and the day close are ranges of an index. The invoice and student are copies
-- of the payment's (payments never change), so every filter of the list is an index prefix.
-- Payments recorded before this migration (the seed's history) have no receipt.
CREATE TABLE receipts (
  id                    BIGINT        NOT NULL AUTO_INCREMENT,
  number                VARCHAR(20)   NOT NULL,
  kind                  VARCHAR(12)   NOT NULL,
  fiscal_year           SMALLINT      NOT NULL,
  serial                BIGINT        NOT NULL,
  payment_id            BIGINT        NOT NULL,
  invoice_id            BIGINT        NOT NULL,
  student_id            BIGINT        NOT NULL,
  refers_to_receipt_id  BIGINT        NULL,
  issued_on             DATE          NOT NULL,
  issued_at             DATETIME(3)   NOT NULL,
  issued_by             BIGINT        NOT NULL,
  status                VARCHAR(10)   NOT NULL DEFAULT 'ISSUED',
  cancelled_at          DATETIME(3)   NULL,
  cancelled_by          BIGINT        NULL,
  cancel_reason         VARCHAR(500)  NULL,
  version               BIGINT        NOT NULL DEFAULT 1,
  created_at            DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at            DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  UNIQUE KEY uq_receipts_number (number),
  UNIQUE KEY uq_receipts_payment (payment_id),
  UNIQUE KEY uq_receipts_serial (kind, fiscal_year, serial),
  KEY ix_receipts_issued (issued_on, issued_at),
  KEY ix_receipts_student_issued (student_id, issued_on, issued_at),
  KEY ix_receipts_invoice_issued (invoice_id, issued_on, issued_at),
  KEY ix_receipts_kind_issued (kind, issued_on, issued_at),
  KEY ix_receipts_status_issued (status, issued_on, issued_at),
  KEY ix_receipts_issuer_issued (issued_by, issued_on, issued_at),
  KEY ix_receipts_student_number (student_id, number),
  KEY ix_receipts_invoice_number (invoice_id, number),
  KEY ix_receipts_refers (refers_to_receipt_id),
  CONSTRAINT fk_receipts_payment FOREIGN KEY (payment_id) REFERENCES payments (id),
  CONSTRAINT fk_receipts_invoice FOREIGN KEY (invoice_id) REFERENCES invoices (id),
  CONSTRAINT fk_receipts_student FOREIGN KEY (student_id) REFERENCES students (id),
  CONSTRAINT fk_receipts_refers FOREIGN KEY (refers_to_receipt_id) REFERENCES receipts (id),
  CONSTRAINT fk_receipts_issued_by FOREIGN KEY (issued_by) REFERENCES users (id),
  CONSTRAINT fk_receipts_cancelled_by FOREIGN KEY (cancelled_by) REFERENCES users (id),
  CONSTRAINT ck_receipts_kind CHECK (kind IN ('RECEIPT', 'CREDIT_NOTE')),
  CONSTRAINT ck_receipts_status CHECK (status IN ('ISSUED', 'CANCELLED')),
  CONSTRAINT ck_receipts_serial CHECK (serial > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
