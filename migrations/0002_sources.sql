-- Where a report came from when it was fetched by URL (issue 5). The fetched article text itself
-- is the report's text in `comparisons` (a_text / b_text), so a share link never refetches: the
-- page may change or disappear and the comparison still shows what was compared.
CREATE TABLE sources (
  comparison_id TEXT NOT NULL REFERENCES comparisons (id) ON DELETE CASCADE,
  side TEXT NOT NULL CHECK (side IN ('a', 'b')),
  -- The URL as the user gave it, and where the article was found after redirects.
  requested_url TEXT NOT NULL,
  final_url TEXT NOT NULL,
  -- ISO 8601 time the page was read.
  fetched_at TEXT NOT NULL,
  -- What the extractor found on the page (null when the page names none).
  title TEXT,
  byline TEXT,
  published TEXT,
  PRIMARY KEY (comparison_id, side)
);
