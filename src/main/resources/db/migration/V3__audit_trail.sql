-- Append-only audit trail. Each entry carries the SHA-256 of the previous one (hash chain).
-- The application only ever INSERTs here; in production, grant the application role
-- INSERT and SELECT only (see README, "Audit trail").
CREATE TABLE audit_entry (
    seq          BIGINT PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    organisation VARCHAR(100),
    action       VARCHAR(60)  NOT NULL,
    object_type  VARCHAR(60),
    object_id    VARCHAR(100),
    purpose      VARCHAR(500),
    outcome      VARCHAR(20)  NOT NULL,
    detail       VARCHAR(2000),
    prev_hash    VARCHAR(64)  NOT NULL,
    entry_hash   VARCHAR(64)  NOT NULL
);
CREATE INDEX audit_entry_object_ix ON audit_entry (object_type, object_id);
CREATE INDEX audit_entry_actor_ix ON audit_entry (actor);
CREATE INDEX audit_entry_action_ix ON audit_entry (action);

-- The head of the chain, locked (SELECT ... FOR UPDATE) while an entry is appended, so that
-- several instances on one database append one after the other.
CREATE TABLE audit_chain_head (
    id        INT PRIMARY KEY,
    last_seq  BIGINT NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
