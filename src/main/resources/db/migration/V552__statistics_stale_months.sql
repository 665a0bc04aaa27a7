-- Months whose counts in statistics_count no longer match statistics_case_fact. Writing the facts
-- only marks the month (changes + 1), which keeps a bulk import fast; the counts of a marked month
-- are rebuilt from the facts after small changes, by a periodic job and on demand. Until then a
-- query counts that month from the facts, so answers are always exact. A rebuild removes the mark
-- only if changes did not move meanwhile.
CREATE TABLE statistics_stale_month (
    period_code INTEGER NOT NULL PRIMARY KEY,
    changes     BIGINT  NOT NULL
);
