-- HTCDS files uploaded in the browser, between the preview and the confirmation (module exchange).
-- The content (names, birth dates…) is encrypted like the case file (AES-256-GCM bound to the row's
-- token); rows are deleted once imported or cancelled, and after an hour at the latest.
CREATE TABLE exchange_upload (
    token          VARCHAR(64)  PRIMARY KEY,
    username       VARCHAR(100) NOT NULL,
    centre_code    VARCHAR(40)  NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    skip_invalid   BOOLEAN      NOT NULL,
    ignore_unknown BOOLEAN      NOT NULL,
    content        BYTEA,
    rejected       BYTEA,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
