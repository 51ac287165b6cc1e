-- V5: the unit's optional code (mã số thuế or mã đơn vị): its identity at the commune police that
-- receives its packages (issue 16). Empty for units recorded before it.
ALTER TABLE unit ADD COLUMN code TEXT NOT NULL DEFAULT '';
