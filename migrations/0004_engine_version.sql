-- Which engine made each comparison (src/engine/version.ts). Rows stored before the version was
-- recorded were made by engine 1.
ALTER TABLE comparisons ADD COLUMN engine_version INTEGER NOT NULL DEFAULT 1;
