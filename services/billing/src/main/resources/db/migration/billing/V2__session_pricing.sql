-- Stations as billing needs them to choose a tariff: their organization and site (station.events.v1).
CREATE TABLE billing_station (
    station_id      TEXT        PRIMARY KEY,
    organization_id TEXT,
    site_id         TEXT,
    changed_at      TIMESTAMPTZ NOT NULL
);

-- Sessions as learned from session.events.v1, whatever order their events arrive in.
CREATE TABLE priced_session (
    session_id      TEXT        PRIMARY KEY,
    charge_point_id TEXT        NOT NULL,
    transaction_id  TEXT,
    organization_id TEXT,
    station_id      TEXT,
    user_id         TEXT,
    started_at      TIMESTAMPTZ,
    stopped_at      TIMESTAMPTZ,
    energy_wh       BIGINT,
    corrected       BOOLEAN     NOT NULL DEFAULT FALSE
);

-- Energy delivered since the start, per reading (SessionUpdated, and the final one of SessionStopped).
CREATE TABLE session_reading (
    session_id  TEXT        NOT NULL,
    measured_at TIMESTAMPTZ NOT NULL,
    energy_wh   BIGINT      NOT NULL,
    PRIMARY KEY (session_id, measured_at)
);

-- Every price a session was given; a correction is a new version, an earlier one is never changed.
CREATE TABLE session_price (
    session_id TEXT        NOT NULL,
    version    INTEGER     NOT NULL,
    tariff_id  UUID        NOT NULL,
    currency   TEXT        NOT NULL,
    net        BIGINT      NOT NULL,
    vat        BIGINT      NOT NULL,
    total      BIGINT      NOT NULL,
    energy_wh  BIGINT      NOT NULL,
    breakdown  JSONB       NOT NULL,
    priced_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (session_id, version)
);
