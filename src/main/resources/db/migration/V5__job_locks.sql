-- Leases for jobs that must run on one instance at a time when several share the database
-- (reminders, erasure, re-encryption). A lease that is not renewed expires, so a crashed
-- instance does not block the job for ever.
CREATE TABLE job_lock (
    name         VARCHAR(100) PRIMARY KEY,
    holder       VARCHAR(200),
    locked_until TIMESTAMP WITH TIME ZONE NOT NULL
);
