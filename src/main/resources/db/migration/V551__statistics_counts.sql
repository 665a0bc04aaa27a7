-- Counts of counted cases by month and by year for every combination of the dimensions, kept
-- in step with statistics_case_fact by the same transaction. A query adds whole years, whole
-- months and (from statistics_case_fact) the days at the edges of its date range: a few thousand
-- rows instead of a million. grain: 'Y' (period_code = year) or 'M' (period_code = year * 100 + month).
CREATE TABLE statistics_count (
    grain              CHAR(1)      NOT NULL,
    period_code        INTEGER      NOT NULL,
    centre             VARCHAR(40)  NOT NULL,
    gender             VARCHAR(30)  NOT NULL,
    age_group          VARCHAR(10)  NOT NULL,
    citizenship_group  VARCHAR(10)  NOT NULL,
    exploitation_group VARCHAR(10)  NOT NULL,
    cases              BIGINT       NOT NULL,
    CONSTRAINT statistics_count_pk PRIMARY KEY (grain, period_code, centre, gender, age_group, citizenship_group, exploitation_group),
    CONSTRAINT statistics_count_grain_ck CHECK (grain IN ('Y', 'M')),
    CONSTRAINT statistics_count_cases_ck CHECK (cases >= 0)
);
-- The edges of a date range are read from the facts by date; the wide index of V550 is not needed
-- any more (it made every write of the facts slower).
DROP INDEX statistics_case_fact_date_ix;
DROP INDEX statistics_case_fact_centre_ix;
CREATE INDEX statistics_case_fact_date_ix ON statistics_case_fact (registration_date);
