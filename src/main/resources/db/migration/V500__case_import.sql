-- HTCDS exchange (module exchange): HTCDS vic_TypeOfSexExploitation has no place in the case
-- file's summary yet; kept so that an import exports back unchanged. Stored as ';A;B;'.
ALTER TABLE case_file ADD COLUMN sex_exploitation_types VARCHAR(200);
