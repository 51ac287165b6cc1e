-- ANTQ Desk, schema version 2: an audit trail of changes to scores, checklist answers, events,
-- pledges and department registrations; and the unit's settings (language, deadlines, window…).

CREATE TABLE audit_entry (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    year       INTEGER,
    area       TEXT NOT NULL,
    subject    TEXT NOT NULL,
    old_value  TEXT,
    new_value  TEXT
);
CREATE INDEX audit_entry_year ON audit_entry (year, id);

CREATE TABLE setting (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

-- Which recipient the dossier goes to and the default deadlines (Circular 124, Điều 8–9; editable).
INSERT INTO setting (key, value) VALUES ('deadline.registration', '03-31');
INSERT INTO setting (key, value) VALUES ('deadline.recognition', '11-20');
INSERT INTO setting (key, value) VALUES ('deadline.classification', '11-30');
