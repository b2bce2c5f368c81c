-- Security events (logins, refresh token reuse, password and role changes, logouts). Append-only;
-- no foreign keys, so the history outlives the accounts it mentions.
CREATE TABLE audit_event (
    id               BIGSERIAL   PRIMARY KEY,
    occurred_at      TIMESTAMPTZ NOT NULL,
    type             TEXT        NOT NULL,
    user_id          UUID,
    actor_id         TEXT,
    organization_id  UUID,
    identifier       TEXT,
    ip               TEXT,
    user_agent       TEXT,
    detail           TEXT,
    correlation_id   TEXT
);

CREATE INDEX audit_event_occurred ON audit_event (occurred_at DESC, id DESC);
CREATE INDEX audit_event_user ON audit_event (user_id, occurred_at DESC);
CREATE INDEX audit_event_type ON audit_event (type, occurred_at DESC);
