-- Editors' workflow (issue 4): one secret editor token per comparison, flags on matches and
-- unique claims, and the history of every flag change. Numbered 0003: 0002 belongs to URL sources.

-- Only the SHA-256 of the editor token is stored; the token itself is shown once to the creator.
CREATE TABLE editor_tokens (
  comparison_id TEXT PRIMARY KEY REFERENCES comparisons (id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- At most one flag per target: a match id (`m3`) or a unique claim's sentence id (`a5`, `b7`).
CREATE TABLE flags (
  id TEXT PRIMARY KEY,
  comparison_id TEXT NOT NULL REFERENCES comparisons (id) ON DELETE CASCADE,
  target TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('discrepancy', 'needs_check', 'verified', 'dismissed')),
  note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  editor TEXT NOT NULL DEFAULT '' CHECK (length(editor) <= 80),
  -- Starts at 1 and grows by one on every save; a save names the version it edited (no lost updates).
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (comparison_id, target)
);

-- Every state a flag had: the new flag on create, the replaced state on update or delete.
-- Written in the same D1 batch (one transaction) as the change itself.
CREATE TABLE flag_history (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  flag_id TEXT NOT NULL,
  comparison_id TEXT NOT NULL,
  target TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
  status TEXT NOT NULL,
  note TEXT NOT NULL,
  editor TEXT NOT NULL,
  version INTEGER NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX flag_history_comparison ON flag_history (comparison_id, flag_id);
