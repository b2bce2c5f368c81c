-- A new Basic-auth password sent to the charger and not yet confirmed by a connection with it: the gateway accepts
-- it beside charge_point.password_hash until then (docs/ocpp.md, credential rotation).
CREATE TABLE pending_charger_password (
    charge_point_id UUID PRIMARY KEY REFERENCES charge_point (id) ON DELETE CASCADE,
    password_hash   TEXT        NOT NULL,
    command_id      UUID        NOT NULL,
    requested_at    TIMESTAMPTZ NOT NULL
);

-- What chargers report about their configuration: 2.0.1 NotifyReport variables and 1.6 configuration keys, one row
-- per component, variable and attribute type, the latest value kept.
CREATE TABLE charger_device_variable (
    charge_point_id    UUID        NOT NULL REFERENCES charge_point (id) ON DELETE CASCADE,
    component          TEXT        NOT NULL,
    component_instance TEXT        NOT NULL,
    evse_id            INT         NOT NULL,
    connector_id       INT         NOT NULL,
    variable           TEXT        NOT NULL,
    variable_instance  TEXT        NOT NULL,
    attribute_type     TEXT        NOT NULL,
    value              TEXT,
    mutability         TEXT,
    data_type          TEXT,
    unit               TEXT,
    reported_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (charge_point_id, component, component_instance, evse_id, connector_id, variable, variable_instance,
                 attribute_type)
);

-- Chargers' reports about themselves, kept for the retention and up to a number per charger and kind: security
-- events, firmware status, diagnostics and log upload status, 2.0.1 NotifyEvent.
CREATE TABLE charger_report (
    id              UUID PRIMARY KEY,
    charge_point_id UUID        NOT NULL REFERENCES charge_point (id) ON DELETE CASCADE,
    kind            TEXT        NOT NULL,
    action          TEXT        NOT NULL,
    status          TEXT,
    details         JSONB       NOT NULL,
    reported_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX charger_report_by_charger ON charger_report (charge_point_id, kind, reported_at DESC);
CREATE INDEX charger_report_by_age ON charger_report (reported_at);
