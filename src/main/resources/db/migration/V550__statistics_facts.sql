-- Statistics (contract statistics.md): one row per case with its values in the dimensions,
-- already classified, so that a query is one GROUP BY over this table. Maintained by the
-- statistics module from the case file's CaseFactsChanged events and a catch-up.
-- Deliberately no foreign key to case_file: when the privacy module erases a case's identifying
-- data the facts stay, so published figures do not change. No birth date, no name: only groups.
CREATE TABLE statistics_case_fact (
    case_id            BIGINT       NOT NULL PRIMARY KEY,
    registration_date  DATE         NOT NULL,
    registration_year  INTEGER      NOT NULL,
    centre             VARCHAR(40)  NOT NULL,
    gender             VARCHAR(30)  NOT NULL,
    age_group          VARCHAR(10)  NOT NULL,
    citizenship_group  VARCHAR(10)  NOT NULL,
    exploitation_group VARCHAR(10)  NOT NULL,
    -- The citizenship that decided the citizenship group (ISO 3166-1 alpha-2), for the number of nationalities.
    nationality        VARCHAR(2),
    -- False for cases found not to be victims of trafficking: kept, but not counted.
    counted            BOOLEAN      NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
-- Every query selects counted cases by registration date (and a centre for its staff); the
-- dimension columns are included so that the counts come from the index alone.
CREATE INDEX statistics_case_fact_date_ix ON statistics_case_fact
    (counted, registration_date, centre, gender, age_group, citizenship_group, exploitation_group, registration_year);
CREATE INDEX statistics_case_fact_centre_ix ON statistics_case_fact (centre, counted, registration_date);
