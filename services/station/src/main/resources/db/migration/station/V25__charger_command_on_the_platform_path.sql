-- Operators' commands move to the platform's command path (io.evzone.platform.commands), whose table has the same
-- shape in every service that commands chargers. subject is the charge point's id; command the operation's fields.
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

INSERT INTO charger_command (id, ocpp_id, organization_id, subject, operation, command, requested_by, status,
                             response, requested_at, deadline, completed_at)
SELECT id, ocpp_id, organization_id, charge_point_id::text, command, parameters, requested_by, status, response,
       requested_at, deadline, completed_at
  FROM charge_point_command;

DROP TABLE charge_point_command;

CREATE INDEX charger_command_by_subject ON charger_command (subject, requested_at DESC);
CREATE INDEX charger_command_by_organization ON charger_command (organization_id, requested_at DESC);
CREATE INDEX charger_command_by_time ON charger_command (requested_at DESC);
CREATE INDEX charger_command_waiting ON charger_command (deadline) WHERE status IN ('QUEUED', 'SENT');
