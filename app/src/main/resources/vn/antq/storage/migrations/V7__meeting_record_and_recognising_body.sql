-- V7 (issue 13): the review meeting as its minutes (biên bản) need it: the times it started and ended
-- (HH:mm, the same day), the opinions expressed, and how many took part in the vote; the body the unit
-- names as recognising it (Circular 124, Điều 10): NULL follows the default the data gives by unit type
-- and managing authority, and its exact name as printed ('' prints the data's name for the body).
ALTER TABLE review_meeting ADD COLUMN start_time TEXT;
ALTER TABLE review_meeting ADD COLUMN end_time TEXT;
ALTER TABLE review_meeting ADD COLUMN opinions TEXT NOT NULL DEFAULT '';
ALTER TABLE review_meeting ADD COLUMN votes_total INTEGER;
ALTER TABLE unit ADD COLUMN recognising_body TEXT;
ALTER TABLE unit ADD COLUMN recognising_body_name TEXT NOT NULL DEFAULT '';
