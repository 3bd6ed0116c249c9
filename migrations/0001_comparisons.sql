-- One row per distinct pair of inputs; the id is derived from `hash`, the SHA-256 of the inputs.
CREATE TABLE comparisons (
  id TEXT PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  a_text TEXT NOT NULL,
  a_title TEXT,
  a_source TEXT,
  b_text TEXT NOT NULL,
  b_title TEXT,
  b_source TEXT,
  -- The engine's Comparison (JSON contract) as computed when the pair was first stored.
  result TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
