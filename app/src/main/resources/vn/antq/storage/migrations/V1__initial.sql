-- ANTQ Desk, schema version 1: the unit's records.
-- Dates are ISO-8601 text (yyyy-MM-dd), instants ISO-8601 UTC text. Booleans are 0/1.
-- Do not edit once released: add a new numbered file instead.

CREATE TABLE app_marker (
    app         TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

CREATE TABLE schema_history (
    version      INTEGER PRIMARY KEY,
    description  TEXT NOT NULL,
    applied_at   TEXT NOT NULL,
    app_version  TEXT NOT NULL
);

CREATE TABLE unit (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    name              TEXT NOT NULL,
    type              TEXT NOT NULL CHECK (type IN ('CO_QUAN', 'DOANH_NGHIEP', 'CO_SO_GIAO_DUC')),
    superior          TEXT NOT NULL DEFAULT '',
    address           TEXT NOT NULL DEFAULT '',
    place             TEXT NOT NULL DEFAULT '',
    commune           TEXT NOT NULL DEFAULT '',
    commune_police    TEXT NOT NULL DEFAULT '',
    head_name         TEXT NOT NULL DEFAULT '',
    head_title        TEXT NOT NULL DEFAULT '',
    phone             TEXT NOT NULL DEFAULT '',
    email             TEXT NOT NULL DEFAULT '',
    has_party         INTEGER NOT NULL DEFAULT 1 CHECK (has_party IN (0, 1)),
    has_trade_union   INTEGER NOT NULL DEFAULT 1 CHECK (has_trade_union IN (0, 1))
);

CREATE TABLE classification_profile (
    id        TEXT PRIMARY KEY,
    json      TEXT NOT NULL,
    saved_at  TEXT NOT NULL
);

CREATE TABLE assessment_year (
    year                  INTEGER PRIMARY KEY,
    state                 TEXT NOT NULL CHECK (state IN ('DRAFT', 'SELF_ASSESSED', 'SUBMITTED')),
    profile_id            TEXT,
    registered_on         TEXT,
    recognition_decision  TEXT NOT NULL DEFAULT '',
    recognition_date      TEXT
);

CREATE TABLE department (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL,
    name_key  TEXT NOT NULL UNIQUE
);

CREATE TABLE department_year (
    year           INTEGER NOT NULL REFERENCES assessment_year (year) ON DELETE CASCADE,
    department_id  INTEGER NOT NULL REFERENCES department (id) ON DELETE CASCADE,
    registered     INTEGER NOT NULL CHECK (registered IN (0, 1)),
    date           TEXT,
    PRIMARY KEY (year, department_id)
);

CREATE TABLE staff (
    id             INTEGER PRIMARY KEY,
    full_name      TEXT NOT NULL,
    position       TEXT NOT NULL DEFAULT '',
    department_id  INTEGER REFERENCES department (id),
    date_of_birth  TEXT,
    phone          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX staff_department ON staff (department_id);

CREATE TABLE staff_pledge (
    year      INTEGER NOT NULL REFERENCES assessment_year (year) ON DELETE CASCADE,
    staff_id  INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    signed    INTEGER NOT NULL CHECK (signed IN (0, 1)),
    date      TEXT,
    PRIMARY KEY (year, staff_id)
);
CREATE INDEX staff_pledge_staff ON staff_pledge (staff_id);

CREATE TABLE evidence (
    sha256         TEXT PRIMARY KEY,
    original_name  TEXT NOT NULL,
    size           INTEGER NOT NULL,
    media_type     TEXT NOT NULL,
    added_at       TEXT NOT NULL
);

CREATE TABLE evidence_link (
    sha256  TEXT NOT NULL REFERENCES evidence (sha256) ON DELETE CASCADE,
    year    INTEGER NOT NULL REFERENCES assessment_year (year) ON DELETE CASCADE,
    target  TEXT NOT NULL,
    code    TEXT NOT NULL,
    PRIMARY KEY (sha256, year, target, code)
);
CREATE INDEX evidence_link_target ON evidence_link (year, target, code);

CREATE TABLE manual_score (
    year    INTEGER NOT NULL REFERENCES assessment_year (year) ON DELETE CASCADE,
    code    TEXT NOT NULL,
    points  INTEGER NOT NULL CHECK (points >= 0),
    note    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (year, code)
);

CREATE TABLE checklist_answer (
    year  INTEGER NOT NULL REFERENCES assessment_year (year) ON DELETE CASCADE,
    code  TEXT NOT NULL,
    met   INTEGER CHECK (met IN (0, 1)),
    note  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (year, code)
);

CREATE TABLE checklist_event (
    id           INTEGER PRIMARY KEY,
    year         INTEGER NOT NULL REFERENCES assessment_year (year) ON DELETE CASCADE,
    event_code   TEXT NOT NULL,
    date         TEXT,
    description  TEXT NOT NULL DEFAULT '',
    excused      INTEGER NOT NULL DEFAULT 0 CHECK (excused IN (0, 1))
);
CREATE INDEX checklist_event_year ON checklist_event (year);

CREATE TABLE commendation (
    id               INTEGER PRIMARY KEY,
    year             INTEGER NOT NULL REFERENCES assessment_year (year) ON DELETE CASCADE,
    kind             TEXT NOT NULL CHECK (kind IN ('COLLECTIVE', 'INDIVIDUAL')),
    title            TEXT NOT NULL DEFAULT '',
    recipient        TEXT NOT NULL DEFAULT '',
    issuer           TEXT NOT NULL DEFAULT '',
    decision_number  TEXT NOT NULL DEFAULT '',
    date             TEXT
);
CREATE INDEX commendation_year ON commendation (year);

CREATE TABLE review_meeting (
    year           INTEGER PRIMARY KEY REFERENCES assessment_year (year) ON DELETE CASCADE,
    date           TEXT,
    location       TEXT NOT NULL DEFAULT '',
    conclusions    TEXT NOT NULL DEFAULT '',
    votes_for      INTEGER,
    votes_against  INTEGER
);

CREATE TABLE meeting_participant (
    year   INTEGER NOT NULL REFERENCES review_meeting (year) ON DELETE CASCADE,
    seq    INTEGER NOT NULL,
    role   TEXT NOT NULL,
    name   TEXT NOT NULL,
    title  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (year, seq)
);
