-- UMS domain schema. utf8mb4 everywhere, DECIMAL(14,2) for money (THB), DATETIME(3) in UTC,
-- a `version` column on every editable record (optimistic locking, If-Match).
-- Indexes: those of the seed document plus composites matching each list's
-- filter + sort + keyset order (InnoDB appends the primary key to every secondary index,
-- so (a, b) also orders by (a, b, id)).

CREATE TABLE users (
  id                   BIGINT       NOT NULL AUTO_INCREMENT,
  email                VARCHAR(254) NOT NULL,
  display_name         VARCHAR(200) NOT NULL,
  password_hash        VARCHAR(255) NOT NULL,
  disabled             BOOLEAN      NOT NULL DEFAULT FALSE,
  totp_secret          VARCHAR(64)  NULL,
  totp_enabled         BOOLEAN      NOT NULL DEFAULT FALSE,
  totp_last_step       BIGINT       NULL,
  totp_pending_secret  VARCHAR(64)  NULL,
  totp_pending_at      DATETIME(3)  NULL,
  password_changed_at  DATETIME(3)  NULL,
  last_login_at        DATETIME(3)  NULL,
  created_at           DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at           DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  version              BIGINT       NOT NULL DEFAULT 1,
  PRIMARY KEY (id),
  UNIQUE KEY uq_users_email (email),
  KEY ix_users_created (created_at),
  KEY ix_users_disabled_created (disabled, created_at),
  KEY ix_users_display_name (display_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE user_roles (
  user_id  BIGINT      NOT NULL,
  role     VARCHAR(16) NOT NULL,
  PRIMARY KEY (user_id, role),
  KEY ix_user_roles_role (role, user_id),
  CONSTRAINT fk_user_roles_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE recovery_codes (
  id         BIGINT      NOT NULL AUTO_INCREMENT,
  user_id    BIGINT      NOT NULL,
  code_hash  VARCHAR(64) NOT NULL,
  used_at    DATETIME(3) NULL,
  created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  UNIQUE KEY uq_recovery_codes_hash (user_id, code_hash),
  CONSTRAINT fk_recovery_codes_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE session_history (
  id              VARCHAR(64)  NOT NULL,
  user_id         BIGINT       NOT NULL,
  email           VARCHAR(254) NOT NULL,
  created_at      DATETIME(3)  NOT NULL,
  last_seen_at    DATETIME(3)  NULL,
  ended_at        DATETIME(3)  NOT NULL,
  reason          VARCHAR(32)  NOT NULL,
  ended_by        BIGINT       NULL,
  ended_by_email  VARCHAR(254) NULL,
  ip              VARCHAR(45)  NULL,
  client          VARCHAR(200) NULL,
  PRIMARY KEY (id),
  KEY ix_session_history_user (user_id, ended_at),
  KEY ix_session_history_ended (ended_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE faculties (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  code        VARCHAR(16)  NOT NULL,
  name_th     VARCHAR(200) NOT NULL,
  name_en     VARCHAR(200) NOT NULL,
  created_at  DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at  DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  version     BIGINT       NOT NULL DEFAULT 1,
  PRIMARY KEY (id),
  UNIQUE KEY uq_faculties_code (code),
  KEY ix_faculties_name_en (name_en),
  KEY ix_faculties_name_th (name_th)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE programs (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  faculty_id       BIGINT        NOT NULL,
  code             VARCHAR(16)   NOT NULL,
  name_th          VARCHAR(200)  NOT NULL,
  name_en          VARCHAR(200)  NOT NULL,
  degree           VARCHAR(16)   NOT NULL,
  duration_years   TINYINT       NOT NULL,
  tuition_per_term DECIMAL(14,2) NOT NULL,
  active           BOOLEAN       NOT NULL DEFAULT TRUE,
  created_at       DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at       DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  version          BIGINT        NOT NULL DEFAULT 1,
  PRIMARY KEY (id),
  UNIQUE KEY uq_programs_code (code),
  KEY ix_programs_faculty_code (faculty_id, code),
  KEY ix_programs_name_en (name_en),
  CONSTRAINT fk_programs_faculty FOREIGN KEY (faculty_id) REFERENCES faculties (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE courses (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  faculty_id  BIGINT       NOT NULL,
  program_id  BIGINT       NULL,
  code        VARCHAR(16)  NOT NULL,
  title_th    VARCHAR(200) NOT NULL,
  title_en    VARCHAR(200) NOT NULL,
  credits     TINYINT      NOT NULL,
  active      BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at  DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at  DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  version     BIGINT       NOT NULL DEFAULT 1,
  PRIMARY KEY (id),
  UNIQUE KEY uq_courses_code (code),
  KEY ix_courses_faculty_code (faculty_id, code),
  KEY ix_courses_program_code (program_id, code),
  KEY ix_courses_title_en (title_en),
  CONSTRAINT fk_courses_faculty FOREIGN KEY (faculty_id) REFERENCES faculties (id),
  CONSTRAINT fk_courses_program FOREIGN KEY (program_id) REFERENCES programs (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE academic_terms (
  id                  BIGINT       NOT NULL AUTO_INCREMENT,
  code                VARCHAR(16)  NOT NULL,
  academic_year       SMALLINT     NOT NULL,
  semester            TINYINT      NOT NULL,
  name_th             VARCHAR(100) NOT NULL,
  name_en             VARCHAR(100) NOT NULL,
  starts_on           DATE         NOT NULL,
  ends_on             DATE         NOT NULL,
  registration_opens  DATE         NOT NULL,
  registration_closes DATE         NOT NULL,
  payment_due         DATE         NOT NULL,
  created_at          DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at          DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  version             BIGINT       NOT NULL DEFAULT 1,
  PRIMARY KEY (id),
  UNIQUE KEY uq_terms_code (code),
  UNIQUE KEY uq_terms_year_semester (academic_year, semester),
  KEY ix_terms_starts (starts_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE class_sections (
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  course_id         BIGINT       NOT NULL,
  academic_term_id  BIGINT       NOT NULL,
  section_no        VARCHAR(8)   NOT NULL,
  instructor_id     BIGINT       NULL,
  capacity          INT          NOT NULL,
  enrolled_count    INT          NOT NULL DEFAULT 0,
  room              VARCHAR(50)  NULL,
  schedule          VARCHAR(100) NULL,
  created_at        DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at        DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  version           BIGINT       NOT NULL DEFAULT 1,
  PRIMARY KEY (id),
  UNIQUE KEY uq_sections_term_course_no (academic_term_id, course_id, section_no),
  KEY ix_sections_course (course_id, section_no, academic_term_id),
  KEY ix_sections_instructor (instructor_id, course_id, section_no, academic_term_id),
  CONSTRAINT fk_sections_course FOREIGN KEY (course_id) REFERENCES courses (id),
  CONSTRAINT fk_sections_term FOREIGN KEY (academic_term_id) REFERENCES academic_terms (id),
  CONSTRAINT fk_sections_instructor FOREIGN KEY (instructor_id) REFERENCES users (id),
  CONSTRAINT ck_sections_capacity CHECK (enrolled_count >= 0 AND enrolled_count <= capacity)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE code_sequences (
  name        VARCHAR(32) NOT NULL,
  next_value  BIGINT      NOT NULL,
  PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE students (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  student_code   CHAR(8)      NOT NULL,
  first_name_th  VARCHAR(100) NOT NULL,
  last_name_th   VARCHAR(100) NOT NULL,
  first_name_en  VARCHAR(100) NOT NULL,
  last_name_en   VARCHAR(100) NOT NULL,
  email          VARCHAR(254) NOT NULL,
  phone          VARCHAR(20)  NULL,
  program_id     BIGINT       NOT NULL,
  faculty_id     BIGINT       NOT NULL,  -- copy of programs.faculty_id, so faculty lists sort by index
  status         VARCHAR(16)  NOT NULL,
  admitted_at    DATE         NOT NULL,
  user_id        BIGINT       NULL,
  created_at     DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at     DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  version        BIGINT       NOT NULL DEFAULT 1,
  PRIMARY KEY (id),
  UNIQUE KEY uq_students_code (student_code),
  UNIQUE KEY uq_students_email (email),
  UNIQUE KEY uq_students_user (user_id),
  KEY ix_students_last_en (last_name_en, first_name_en),
  KEY ix_students_last_th (last_name_th, first_name_th),
  KEY ix_students_first_en (first_name_en),
  KEY ix_students_first_th (first_name_th),
  KEY ix_students_created (created_at),
  KEY ix_students_status_code (status, student_code),
  KEY ix_students_status_last_en (status, last_name_en, first_name_en),
  KEY ix_students_status_last_th (status, last_name_th, first_name_th),
  KEY ix_students_status_created (status, created_at),
  KEY ix_students_program_code (program_id, student_code),
  KEY ix_students_program_last_en (program_id, last_name_en, first_name_en),
  KEY ix_students_program_last_th (program_id, last_name_th, first_name_th),
  KEY ix_students_program_created (program_id, created_at),
  KEY ix_students_program_status (program_id, status, student_code),
  KEY ix_students_faculty_code (faculty_id, student_code),
  KEY ix_students_faculty_last_en (faculty_id, last_name_en, first_name_en),
  KEY ix_students_faculty_last_th (faculty_id, last_name_th, first_name_th),
  KEY ix_students_faculty_created (faculty_id, created_at),
  KEY ix_students_faculty_status (faculty_id, status, student_code),
  CONSTRAINT fk_students_program FOREIGN KEY (program_id) REFERENCES programs (id),
  CONSTRAINT fk_students_faculty FOREIGN KEY (faculty_id) REFERENCES faculties (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE enrollments (
  id           BIGINT      NOT NULL AUTO_INCREMENT,
  student_id   BIGINT      NOT NULL,
  section_id   BIGINT      NOT NULL,
  status       VARCHAR(16) NOT NULL,
  enrolled_at  DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  dropped_at   DATETIME(3) NULL,
  version      BIGINT      NOT NULL DEFAULT 1,
  PRIMARY KEY (id),
  UNIQUE KEY uq_enrollments_student_section (student_id, section_id),
  KEY ix_enrollments_student (student_id, enrolled_at),
  KEY ix_enrollments_section (section_id, enrolled_at),
  CONSTRAINT fk_enrollments_student FOREIGN KEY (student_id) REFERENCES students (id),
  CONSTRAINT fk_enrollments_section FOREIGN KEY (section_id) REFERENCES class_sections (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE applicants (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  first_name_th  VARCHAR(100) NOT NULL,
  last_name_th   VARCHAR(100) NOT NULL,
  first_name_en  VARCHAR(100) NOT NULL,
  last_name_en   VARCHAR(100) NOT NULL,
  email          VARCHAR(254) NOT NULL,
  phone          VARCHAR(20)  NULL,
  birth_date     DATE         NULL,
  created_at     DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at     DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  version        BIGINT       NOT NULL DEFAULT 1,
  PRIMARY KEY (id),
  UNIQUE KEY uq_applicants_email (email),
  KEY ix_applicants_last_en (last_name_en),
  KEY ix_applicants_last_th (last_name_th)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE applications (
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  applicant_id      BIGINT       NOT NULL,
  program_id        BIGINT       NOT NULL,
  academic_term_id  BIGINT       NOT NULL,
  status            VARCHAR(16)  NOT NULL,
  decision_note     VARCHAR(1000) NULL,
  decided_at        DATETIME(3)  NULL,
  decided_by        BIGINT       NULL,
  student_id        BIGINT       NULL,
  created_at        DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at        DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  version           BIGINT       NOT NULL DEFAULT 1,
  PRIMARY KEY (id),
  UNIQUE KEY uq_applications_applicant_program_term (applicant_id, program_id, academic_term_id),
  UNIQUE KEY uq_applications_student (student_id),
  KEY ix_applications_applicant (applicant_id, created_at),
  KEY ix_applications_program (program_id),
  KEY ix_applications_status (status),
  KEY ix_applications_created (created_at),
  KEY ix_applications_status_created (status, created_at),
  KEY ix_applications_program_created (program_id, created_at),
  KEY ix_applications_program_status_created (program_id, status, created_at),
  KEY ix_applications_term_status_created (academic_term_id, status, created_at),
  KEY ix_applications_term_created (academic_term_id, created_at),
  CONSTRAINT fk_applications_applicant FOREIGN KEY (applicant_id) REFERENCES applicants (id),
  CONSTRAINT fk_applications_program FOREIGN KEY (program_id) REFERENCES programs (id),
  CONSTRAINT fk_applications_term FOREIGN KEY (academic_term_id) REFERENCES academic_terms (id),
  CONSTRAINT fk_applications_student FOREIGN KEY (student_id) REFERENCES students (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE holds (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  student_id   BIGINT        NOT NULL,
  type         VARCHAR(16)   NOT NULL,
  blocks       SET('REGISTRATION','TRANSCRIPT','GRADUATION','PAYMENT') NOT NULL,
  reason       VARCHAR(500)  NOT NULL,
  placed_by    BIGINT        NULL,
  placed_at    DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  lifted_at    DATETIME(3)   NULL,
  lifted_by    BIGINT        NULL,
  lift_reason  VARCHAR(500)  NULL,
  active       BOOLEAN AS (lifted_at IS NULL) STORED,
  version      BIGINT        NOT NULL DEFAULT 1,
  PRIMARY KEY (id),
  KEY ix_holds_student_placed (student_id, placed_at),
  KEY ix_holds_student_active (student_id, active, placed_at),
  KEY ix_holds_active_placed (active, placed_at),
  KEY ix_holds_active_type_placed (active, type, placed_at),
  KEY ix_holds_type_placed (type, placed_at),
  KEY ix_holds_placed (placed_at),
  CONSTRAINT fk_holds_student FOREIGN KEY (student_id) REFERENCES students (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE fee_items (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  program_id   BIGINT        NULL,     -- NULL: charged to every program
  description  VARCHAR(200)  NOT NULL,
  amount       DECIMAL(14,2) NOT NULL,
  active       BOOLEAN       NOT NULL DEFAULT TRUE,
  created_at   DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at   DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  version      BIGINT        NOT NULL DEFAULT 1,
  PRIMARY KEY (id),
  KEY ix_fee_items_program (program_id, active),
  CONSTRAINT fk_fee_items_program FOREIGN KEY (program_id) REFERENCES programs (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE invoices (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  number            VARCHAR(24)   NOT NULL,
  student_id        BIGINT        NOT NULL,
  academic_term_id  BIGINT        NOT NULL,
  term_fee_key      BIGINT        NULL,   -- = academic_term_id for generated term invoices: one per student and term
  issued_at         DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  due_date          DATE          NOT NULL,
  total             DECIMAL(14,2) NOT NULL,
  paid              DECIMAL(14,2) NOT NULL DEFAULT 0.00,
  status            VARCHAR(16)   NOT NULL,
  void_reason       VARCHAR(500)  NULL,
  created_at        DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at        DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  version           BIGINT        NOT NULL DEFAULT 1,
  PRIMARY KEY (id),
  UNIQUE KEY uq_invoices_number (number),
  UNIQUE KEY uq_invoices_student_term_fee (student_id, term_fee_key),
  KEY ix_invoices_student_issued (student_id, issued_at),
  KEY ix_invoices_student_due (student_id, due_date),
  KEY ix_invoices_term_issued (academic_term_id, issued_at),
  KEY ix_invoices_term_due (academic_term_id, due_date),
  KEY ix_invoices_status_issued (status, issued_at),
  KEY ix_invoices_status_due (status, due_date),
  KEY ix_invoices_term_status_issued (academic_term_id, status, issued_at),
  KEY ix_invoices_issued (issued_at),
  KEY ix_invoices_due (due_date),
  CONSTRAINT fk_invoices_student FOREIGN KEY (student_id) REFERENCES students (id),
  CONSTRAINT fk_invoices_term FOREIGN KEY (academic_term_id) REFERENCES academic_terms (id),
  CONSTRAINT ck_invoices_amounts CHECK (total >= 0 AND paid >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE invoice_lines (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  invoice_id   BIGINT        NOT NULL,
  line_no      SMALLINT      NOT NULL,
  description  VARCHAR(200)  NOT NULL,
  amount       DECIMAL(14,2) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_invoice_lines_no (invoice_id, line_no),
  CONSTRAINT fk_invoice_lines_invoice FOREIGN KEY (invoice_id) REFERENCES invoices (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Payments are never updated or deleted: refunds and corrections are counter-entries
-- (kind REFUND, reverses_payment_id). status is POSTED for every recorded entry.
CREATE TABLE payments (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  invoice_id           BIGINT        NOT NULL,
  student_id           BIGINT        NOT NULL,
  kind                 VARCHAR(8)    NOT NULL,
  amount               DECIMAL(14,2) NOT NULL,
  method               VARCHAR(16)   NOT NULL,
  reference            VARCHAR(100)  NULL,
  status               VARCHAR(16)   NOT NULL DEFAULT 'POSTED',
  received_at          DATETIME(3)   NOT NULL,
  recorded_by          BIGINT        NULL,
  reverses_payment_id  BIGINT        NULL,
  idempotency_key      VARCHAR(100)  NULL,
  created_at           DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  UNIQUE KEY uq_payments_idempotency (idempotency_key),
  KEY ix_payments_student (student_id, received_at),
  KEY ix_payments_invoice (invoice_id, received_at),
  KEY ix_payments_status (status, received_at),
  KEY ix_payments_created (created_at),
  KEY ix_payments_received (received_at),
  KEY ix_payments_kind_received (kind, received_at),
  KEY ix_payments_reverses (reverses_payment_id),
  CONSTRAINT fk_payments_invoice FOREIGN KEY (invoice_id) REFERENCES invoices (id),
  CONSTRAINT fk_payments_student FOREIGN KEY (student_id) REFERENCES students (id),
  CONSTRAINT ck_payments_amount CHECK (amount > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Answers of POSTs that carried an Idempotency-Key: the same key repeats the first answer.
CREATE TABLE idempotency_keys (
  scope           VARCHAR(32)  NOT NULL,
  idem_key        VARCHAR(100) NOT NULL,
  actor_id        BIGINT       NULL,
  request_hash    CHAR(64)     NOT NULL,
  response_status SMALLINT     NOT NULL,
  response_body   MEDIUMTEXT   NOT NULL,
  created_at      DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (scope, idem_key),
  KEY ix_idempotency_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE audit_events (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  at           DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  actor_id     BIGINT       NULL,
  actor_email  VARCHAR(254) NULL,
  action       VARCHAR(64)  NOT NULL,
  entity       VARCHAR(32)  NULL,
  entity_id    VARCHAR(64)  NULL,
  ip           VARCHAR(45)  NULL,
  request_id   VARCHAR(128) NULL,
  before_json  LONGTEXT     NULL,
  after_json   LONGTEXT     NULL,
  PRIMARY KEY (id),
  KEY ix_audit_actor (actor_id, id),
  KEY ix_audit_entity (entity, entity_id, id),
  KEY ix_audit_entity_type (entity, id),
  KEY ix_audit_action (action, id),
  KEY ix_audit_at (at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every write appends here in its own transaction; /changes and /events read it.
CREATE TABLE change_log (
  seq        BIGINT      NOT NULL AUTO_INCREMENT,
  entity     VARCHAR(32) NOT NULL,
  entity_id  VARCHAR(64) NOT NULL,
  op         VARCHAR(8)  NOT NULL,
  at         DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (seq),
  KEY ix_change_log_entity (entity, entity_id, seq),
  KEY ix_change_log_at (at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
