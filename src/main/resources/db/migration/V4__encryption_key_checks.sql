-- One check value per encryption key ever used: a known text encrypted (data keys) or hashed
-- (index key, id 0). At start-up each configured key must reproduce its check, so that a wrong
-- key is refused before anything is served; a key id listed here but not configured is missing.
CREATE TABLE crypto_key_check (
    key_id      INT PRIMARY KEY,
    check_value BYTEA NOT NULL,
    retired     BOOLEAN NOT NULL DEFAULT FALSE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
