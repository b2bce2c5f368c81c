-- Commands operators send to chargers through the station API (soft reset, reboot, remote start and
-- stop, unlock, firmware update, pause and resume) and the outcomes the gateway reports for them.
CREATE TABLE charge_point_command (
    id              UUID PRIMARY KEY,
    charge_point_id UUID        NOT NULL REFERENCES charge_point (id) ON DELETE CASCADE,
    ocpp_id         TEXT        NOT NULL,
    organization_id TEXT,
    command         TEXT        NOT NULL,
    action          TEXT        NOT NULL,
    parameters      TEXT        NOT NULL,
    requested_by    TEXT        NOT NULL,
    status          TEXT        NOT NULL,
    response        TEXT,
    requested_at    TIMESTAMPTZ NOT NULL,
    deadline        TIMESTAMPTZ NOT NULL,
    completed_at    TIMESTAMPTZ
);

CREATE INDEX charge_point_command_by_charger ON charge_point_command (charge_point_id, requested_at DESC);
CREATE INDEX charge_point_command_by_time ON charge_point_command (requested_at DESC);
