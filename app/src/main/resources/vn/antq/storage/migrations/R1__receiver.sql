-- ANTQ Desk receiver folder (a commune police receiving dossiers), schema version 1.
-- PRAGMA application_id is 0x414E5152 ("ANQR"), not the unit's "ANTQ": neither folder opens as the other.
-- Dates are ISO-8601 text, instants ISO-8601 UTC text, booleans 0/1. Do not edit once released.

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

CREATE TABLE commune (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    police      TEXT NOT NULL,
    commune     TEXT NOT NULL DEFAULT '',
    superior    TEXT NOT NULL DEFAULT '',
    place       TEXT NOT NULL DEFAULT '',
    head_name   TEXT NOT NULL DEFAULT '',
    head_title  TEXT NOT NULL DEFAULT '',
    deadline    TEXT NOT NULL DEFAULT '11-20'
);

CREATE TABLE received_package (
    id                      INTEGER PRIMARY KEY,
    unit_key                TEXT NOT NULL,
    unit_name               TEXT NOT NULL,
    unit_code               TEXT NOT NULL DEFAULT '',
    unit_type               TEXT NOT NULL CHECK (unit_type IN ('CO_QUAN', 'DOANH_NGHIEP', 'CO_SO_GIAO_DUC')),
    year                    INTEGER NOT NULL,
    total                   INTEGER NOT NULL,
    max                     INTEGER NOT NULL,
    classification          TEXT NOT NULL DEFAULT '',
    antt                    INTEGER NOT NULL CHECK (antt IN (0, 1)),
    criteria_met            INTEGER NOT NULL DEFAULT -1,
    criteria_total          INTEGER NOT NULL DEFAULT -1,
    staff                   INTEGER NOT NULL DEFAULT -1,
    staff_pledged           INTEGER NOT NULL DEFAULT -1,
    departments             INTEGER NOT NULL DEFAULT -1,
    departments_registered  INTEGER NOT NULL DEFAULT -1,
    findings                TEXT NOT NULL DEFAULT '',
    verdict                 TEXT NOT NULL,
    verdict_text            TEXT NOT NULL,
    signer                  TEXT NOT NULL DEFAULT '',
    signed_at               TEXT,
    created_at              TEXT NOT NULL,
    received_at             TEXT NOT NULL,
    file_name               TEXT NOT NULL,
    sha256                  TEXT NOT NULL UNIQUE,
    size                    INTEGER NOT NULL,
    current                 INTEGER NOT NULL DEFAULT 0 CHECK (current IN (0, 1))
);

CREATE INDEX received_by_unit ON received_package (unit_key, year);
CREATE UNIQUE INDEX received_one_current ON received_package (unit_key, year) WHERE current = 1;
CREATE INDEX received_by_year ON received_package (year, current);
