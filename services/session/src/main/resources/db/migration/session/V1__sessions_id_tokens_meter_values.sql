-- The session service's schema: id tokens, charging sessions, meter values, commands it issued,
-- and its projection of which organization owns each charge point (learned from station.events.v1).

-- Which organization (and station) owns a charge point: a local projection of ChargerRegistered.
CREATE TABLE charger (
    charge_point_id TEXT PRIMARY KEY,
    organization_id TEXT,
    station_id      TEXT,
    ocpp_version    TEXT,
    deleted         BOOLEAN     NOT NULL DEFAULT FALSE,
    changed_at      TIMESTAMPTZ NOT NULL
);

CREATE TABLE id_token (
    id              UUID PRIMARY KEY,
    organization_id TEXT        NOT NULL,
    user_id         TEXT,
    value           TEXT        NOT NULL,
    type            TEXT        NOT NULL,
    status          TEXT        NOT NULL,
    expires_at      TIMESTAMPTZ,
    group_id        TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- OCPP 1.6 idTag is a CiString (case-insensitive): one token per value whatever its case.
CREATE UNIQUE INDEX id_token_value ON id_token (upper(value));
CREATE INDEX id_token_organization ON id_token (organization_id, created_at);
CREATE INDEX id_token_user ON id_token (user_id) WHERE user_id IS NOT NULL;

-- OCPP 1.6 transaction ids are allocated here: unique across nodes and restarts. 1.6 transactionId
-- is a 32-bit integer; the gateway's fallback ids come from its own high range.
CREATE SEQUENCE ocpp16_transaction_id AS INTEGER START WITH 1 MAXVALUE 1073741823;

-- 2.0.1 RequestStartTransaction needs an integer remoteStartId.
CREATE SEQUENCE remote_start_id AS INTEGER START WITH 1 CYCLE;

CREATE TABLE charging_session (
    id                        UUID PRIMARY KEY,
    charge_point_id           TEXT        NOT NULL,
    organization_id           TEXT,
    station_id                TEXT,
    ocpp_version              TEXT        NOT NULL,
    evse_id                   INTEGER     NOT NULL,
    connector_id              INTEGER     NOT NULL,
    transaction_id            TEXT        NOT NULL,
    start_key                 TEXT,
    id_tag                    TEXT,
    user_id                   TEXT,
    authorization_status      TEXT,
    status                    TEXT        NOT NULL,
    started_at                TIMESTAMPTZ,
    stopped_at                TIMESTAMPTZ,
    meter_start_wh            BIGINT,
    meter_stop_wh             BIGINT,
    first_register_wh         BIGINT,
    first_register_at         TIMESTAMPTZ,
    last_register_wh          BIGINT,
    last_register_at          TIMESTAMPTZ,
    energy_wh                 BIGINT      NOT NULL DEFAULT 0,
    power_w                   BIGINT,
    power_at                  TIMESTAMPTZ,
    stop_reason               TEXT,
    closed_by_csms            BOOLEAN     NOT NULL DEFAULT FALSE,
    seen_seq_nos              INTEGER[]   NOT NULL DEFAULT '{}',
    last_update_published_at  TIMESTAMPTZ,
    created_at                TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at                TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- One session per charger transaction; a resent 1.6 StartTransaction finds its session by start_key.
CREATE UNIQUE INDEX charging_session_transaction ON charging_session (charge_point_id, transaction_id);
CREATE UNIQUE INDEX charging_session_start_key ON charging_session (charge_point_id, start_key)
    WHERE start_key IS NOT NULL;
CREATE INDEX charging_session_active ON charging_session (charge_point_id, evse_id) WHERE status = 'ACTIVE';
CREATE INDEX charging_session_active_id_tag ON charging_session (upper(id_tag)) WHERE status = 'ACTIVE';
CREATE INDEX charging_session_organization ON charging_session (organization_id, started_at DESC);
CREATE INDEX charging_session_user ON charging_session (user_id, started_at DESC);
CREATE INDEX charging_session_station ON charging_session (station_id, started_at DESC) WHERE station_id IS NOT NULL;

-- Every sampled value. Partitioned by month on sampled_at (partitions are created ahead by
-- MeterValuePartitions); a default partition catches samples whose clock is far off, and the
-- maintenance job moves them out when their month's partition is created.
CREATE TABLE meter_value (
    sampled_at      TIMESTAMPTZ      NOT NULL,
    charge_point_id TEXT             NOT NULL,
    evse_id         INTEGER          NOT NULL,
    connector_id    INTEGER          NOT NULL,
    session_id      UUID,
    transaction_id  TEXT,
    measurand       TEXT             NOT NULL,
    phase           TEXT,
    unit            TEXT,
    context         TEXT,
    location        TEXT,
    value           DOUBLE PRECISION NOT NULL,
    sample_key      BIGINT           NOT NULL
) PARTITION BY RANGE (sampled_at);

CREATE TABLE meter_value_default PARTITION OF meter_value DEFAULT;

-- A charger resending the same sample (same instant, connector, measurand, phase, location, context:
-- hashed into sample_key) stores it once.
CREATE UNIQUE INDEX meter_value_unique ON meter_value (charge_point_id, sampled_at, sample_key);
CREATE INDEX meter_value_session ON meter_value (session_id, sampled_at) WHERE session_id IS NOT NULL;

CREATE TABLE charger_command (
    id              UUID PRIMARY KEY,
    charge_point_id TEXT        NOT NULL,
    organization_id TEXT,
    action          TEXT        NOT NULL,
    session_id      UUID,
    requested_by    TEXT        NOT NULL,
    status          TEXT        NOT NULL,
    response        TEXT,
    requested_at    TIMESTAMPTZ NOT NULL,
    deadline        TIMESTAMPTZ NOT NULL,
    completed_at    TIMESTAMPTZ
);

CREATE INDEX charger_command_charge_point ON charger_command (charge_point_id, requested_at DESC);

-- The local authorization list version each charger was sent (OCPP 1.6 §5.15, 2.0.1 D01).
CREATE TABLE local_list (
    charge_point_id TEXT PRIMARY KEY,
    version         INTEGER     NOT NULL,
    command_id      UUID,
    entries         INTEGER     NOT NULL,
    status          TEXT        NOT NULL,
    pushed_at       TIMESTAMPTZ NOT NULL
);
