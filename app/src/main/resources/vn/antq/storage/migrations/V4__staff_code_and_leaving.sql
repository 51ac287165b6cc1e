-- V4: the staff list year after year (issue 14). A re-import matches people by their staff code
-- (mã cán bộ) when the list has one; a person no longer in the list may be marked as having left
-- (nghỉ/chuyển công tác) from a year on: they leave that year's counts and later years', their
-- pledges of earlier years stay. Names already stored are re-cleaned by the Java step of this
-- version (Migrations), as SQLite cannot normalise Unicode.
ALTER TABLE staff ADD COLUMN staff_code TEXT NOT NULL DEFAULT '';
ALTER TABLE staff ADD COLUMN left_year INTEGER CHECK (left_year IS NULL OR left_year BETWEEN 2000 AND 2100);
CREATE INDEX staff_code ON staff (staff_code) WHERE staff_code <> '';
