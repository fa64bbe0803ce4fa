-- Thai identity on the student record (issue 15): title, date of birth and the 13-digit national ID
-- (personal data under the PDPA: one person, one record; masked everywhere but on purpose).
ALTER TABLE students
  ADD COLUMN title       VARCHAR(8) NULL AFTER student_code,
  ADD COLUMN birth_date  DATE       NULL AFTER admitted_at,
  ADD COLUMN national_id CHAR(13) CHARACTER SET ascii COLLATE ascii_bin NULL AFTER birth_date,
  ADD UNIQUE KEY uq_students_national_id (national_id);
