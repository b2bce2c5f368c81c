-- Billing commands chargers through the platform's command path (the table shape every such service
-- shares, docs/ocpp.md): CostUpdated to chargers that show a running cost. subject is the session id.
CREATE TABLE charger_command (
    id              UUID PRIMARY KEY,
    ocpp_id         TEXT        NOT NULL,
    organization_id TEXT,
    subject         TEXT,
    operation       TEXT        NOT NULL,
    command         TEXT        NOT NULL,
    requested_by    TEXT        NOT NULL,
    status          TEXT        NOT NULL,
    response        TEXT,
    requested_at    TIMESTAMPTZ NOT NULL,
    deadline        TIMESTAMPTZ NOT NULL,
    completed_at    TIMESTAMPTZ
);

CREATE INDEX charger_command_by_subject ON charger_command (subject, requested_at DESC);
CREATE INDEX charger_command_by_organization ON charger_command (organization_id, requested_at DESC);
CREATE INDEX charger_command_by_time ON charger_command (requested_at DESC);
CREATE INDEX charger_command_waiting ON charger_command (deadline) WHERE status IN ('QUEUED', 'SENT');

-- Running sessions on chargers that show their cost (2.0.1 and later), with the cost last sent.
CREATE TABLE cost_display (
    session_id      TEXT PRIMARY KEY,
    ocpp_id         TEXT        NOT NULL,
    transaction_id  TEXT,
    organization_id TEXT,
    last_total      BIGINT,
    last_sent_at    TIMESTAMPTZ
);
