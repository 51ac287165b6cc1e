-- V3: whether the unit has a protection force (lực lượng bảo vệ). Circular 124, Điều 7.5 applies to a
-- school's protection force "(nếu có)": a school without one skips that criterion. Existing units keep
-- the assumption made until now (a protection force exists).
ALTER TABLE unit ADD COLUMN has_protection_force INTEGER NOT NULL DEFAULT 1
    CHECK (has_protection_force IN (0, 1));
