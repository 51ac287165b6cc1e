-- V6 (issue 13): the date the year's documents carry, chosen once and kept so that a re-export prints
-- the same date; whether a commendation is extraordinary (khen thưởng đột xuất: only those count for
-- item 9). Commendations recorded before were entered as item 9's commendations and keep counting.
ALTER TABLE assessment_year ADD COLUMN document_date TEXT;
ALTER TABLE commendation ADD COLUMN extraordinary INTEGER NOT NULL DEFAULT 1 CHECK (extraordinary IN (0, 1));
