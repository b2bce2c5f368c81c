-- What the gateway knows about each charger to accept its connection, copied from the station
-- service's ChargerRegistered events (station.events.v1). Never read from the station schema.
CREATE TABLE charger_credential (
    charge_point_id  TEXT PRIMARY KEY,
    organization_id  TEXT,
    ocpp_version     TEXT,
    security_profile INT         NOT NULL,
    password_hash    TEXT,
    registration     TEXT        NOT NULL,
    changed_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Every command sent (or meant to be sent) to a charger, with where it stands.
CREATE TABLE command (
    id              UUID PRIMARY KEY,
    charge_point_id TEXT        NOT NULL,
    action          TEXT        NOT NULL,
    ocpp_action     TEXT,
    parameters      TEXT        NOT NULL,
    status          TEXT        NOT NULL,
    response        TEXT,
    requested_by    TEXT,
    gateway_node    TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX command_by_charger ON command (charge_point_id, created_at DESC);

-- OCPP 1.6 StartTransaction must be answered with a transactionId even when the session service
-- does not answer in time. The gateway then allocates one from this range, far above the session
-- service's own ids, and reports it in TransactionReported so the session service adopts it.
CREATE SEQUENCE fallback_transaction_id START WITH 1500000000 MINVALUE 1500000000 MAXVALUE 2147483647 NO CYCLE;
