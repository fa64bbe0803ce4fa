-- Thai dictionary order (issue 15): each Thai name has a sort key, the ICU (CLDR) Thai collation
-- key as hex in an ascii_bin column, so the database orders it byte by byte on MariaDB and MySQL
-- alike (neither has a Thai collation for utf8mb4 that puts leading vowels under their consonant).
-- The keys are filled by the Java migration V7 (and by every write from now on). The name indexes
-- that serve searches carry the surname key after the id (so they still order a search by name and
-- id), and a search sorted in dictionary order can bound its walk with the matches' lowest and
-- highest key.
ALTER TABLE students
  ADD COLUMN last_name_th_key  VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT '' AFTER last_name_th,
  ADD COLUMN first_name_th_key VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT '' AFTER last_name_th_key,
  DROP INDEX ix_students_last_th,
  DROP INDEX ix_students_first_th,
  DROP INDEX ix_students_status_last_th,
  DROP INDEX ix_students_program_last_th,
  DROP INDEX ix_students_faculty_last_th,
  ADD KEY ix_students_last_th (last_name_th, first_name_th, id, last_name_th_key),
  ADD KEY ix_students_first_th (first_name_th, last_name_th, id, last_name_th_key),
  ADD KEY ix_students_th_order (last_name_th_key, first_name_th_key),
  ADD KEY ix_students_status_th_order (status, last_name_th_key, first_name_th_key),
  ADD KEY ix_students_program_th_order (program_id, last_name_th_key, first_name_th_key),
  ADD KEY ix_students_faculty_th_order (faculty_id, last_name_th_key, first_name_th_key);

ALTER TABLE users
  ADD COLUMN display_name_key VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT '' AFTER display_name,
  ADD KEY ix_users_display_order (display_name_key);
