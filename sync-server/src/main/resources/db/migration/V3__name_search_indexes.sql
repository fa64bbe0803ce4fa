-- Name search ("q") walks first-name matches in (first name, last name, id) order, like last-name
-- matches in (last name, first name, id) order, so both branches of the search read an index in
-- order (see StudentSearch).
ALTER TABLE students
  DROP INDEX ix_students_first_en,
  DROP INDEX ix_students_first_th,
  ADD KEY ix_students_first_en (first_name_en, last_name_en),
  ADD KEY ix_students_first_th (first_name_th, last_name_th);
