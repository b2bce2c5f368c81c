-- The station service's registry: sites, stations (locations drivers see), charge points with their
-- EVSEs and connectors, and each connector's status history. Organization ids come from access
-- tokens (the auth service owns organizations), so they are stored as text without a foreign key.

CREATE TABLE site (
    id                UUID PRIMARY KEY,
    organization_id   TEXT          NOT NULL,
    name              TEXT          NOT NULL,
    address           TEXT,
    city              TEXT,
    country           TEXT,
    latitude          DOUBLE PRECISION,
    longitude         DOUBLE PRECISION,
    time_zone         TEXT,
    power_capacity_kw NUMERIC(10, 2),
    parking_bays      INTEGER,
    amenities         TEXT[]        NOT NULL DEFAULT '{}',
    photos            TEXT[]        NOT NULL DEFAULT '{}',
    opening_hours     TEXT,
    created_at        TIMESTAMPTZ   NOT NULL,
    updated_at        TIMESTAMPTZ   NOT NULL
);

CREATE INDEX site_organization_name ON site (organization_id, lower(name), id);

CREATE TABLE station (
    id              UUID PRIMARY KEY,
    organization_id TEXT             NOT NULL,
    site_id         UUID REFERENCES site (id),
    code            TEXT             NOT NULL,
    name            TEXT             NOT NULL,
    address         TEXT,
    latitude        DOUBLE PRECISION NOT NULL,
    longitude       DOUBLE PRECISION NOT NULL,
    status          TEXT             NOT NULL,
    type            TEXT             NOT NULL,
    price           TEXT,
    booking_fee     BIGINT,
    currency        TEXT             NOT NULL,
    amenities       TEXT[]           NOT NULL DEFAULT '{}',
    images          TEXT[]           NOT NULL DEFAULT '{}',
    phone           TEXT,
    open_24_7       BOOLEAN          NOT NULL DEFAULT false,
    created_at      TIMESTAMPTZ      NOT NULL,
    updated_at      TIMESTAMPTZ      NOT NULL,
    CONSTRAINT station_code_per_organization UNIQUE (organization_id, code)
);

CREATE INDEX station_site ON station (site_id);
CREATE INDEX station_listing ON station (organization_id, created_at, id);
-- Nearby and bounding-box searches narrow on latitude first, then compute the distance.
CREATE INDEX station_latitude ON station (latitude, longitude);

CREATE TABLE charge_point (
    id                         UUID PRIMARY KEY,
    ocpp_id                    TEXT        NOT NULL,
    organization_id            TEXT,
    station_id                 UUID REFERENCES station (id),
    vendor                     TEXT,
    model                      TEXT,
    serial_number              TEXT,
    firmware_version           TEXT,
    ocpp_version               TEXT        NOT NULL,
    security_profile           INTEGER     NOT NULL,
    password_hash              TEXT,
    registration_status        TEXT        NOT NULL,
    provisioned_by             TEXT        NOT NULL,
    online                     BOOLEAN     NOT NULL DEFAULT false,
    last_boot_at               TIMESTAMPTZ,
    last_heartbeat_at          TIMESTAMPTZ,
    last_seen_at               TIMESTAMPTZ,
    heartbeat_interval_seconds INTEGER,
    gateway_node               TEXT,
    connected_at               TIMESTAMPTZ,
    reported_status            TEXT,
    created_at                 TIMESTAMPTZ NOT NULL,
    updated_at                 TIMESTAMPTZ NOT NULL,
    CONSTRAINT charge_point_ocpp_id_unique UNIQUE (ocpp_id)
);

CREATE INDEX charge_point_organization ON charge_point (organization_id, ocpp_id);
CREATE INDEX charge_point_station ON charge_point (station_id);
-- The offline sweeper scans only chargers believed online.
CREATE INDEX charge_point_online_last_seen ON charge_point (last_seen_at) WHERE online;

CREATE TABLE evse (
    id              UUID PRIMARY KEY,
    charge_point_id UUID    NOT NULL REFERENCES charge_point (id) ON DELETE CASCADE,
    evse_id         INTEGER NOT NULL,
    CONSTRAINT evse_number_per_charge_point UNIQUE (charge_point_id, evse_id)
);

CREATE TABLE connector (
    id                UUID PRIMARY KEY,
    charge_point_id   UUID        NOT NULL REFERENCES charge_point (id) ON DELETE CASCADE,
    evse_ref          UUID        NOT NULL REFERENCES evse (id) ON DELETE CASCADE,
    evse_id           INTEGER     NOT NULL,
    connector_id      INTEGER     NOT NULL,
    type              TEXT,
    power_type        TEXT,
    max_power_kw      NUMERIC(8, 2),
    status            TEXT,
    error_code        TEXT,
    vendor_error_code TEXT,
    info              TEXT,
    status_changed_at TIMESTAMPTZ,
    created_at        TIMESTAMPTZ NOT NULL,
    CONSTRAINT connector_number_per_evse UNIQUE (charge_point_id, evse_id, connector_id)
);

CREATE TABLE connector_status_history (
    id                BIGSERIAL PRIMARY KEY,
    connector_ref     UUID        NOT NULL REFERENCES connector (id) ON DELETE CASCADE,
    status            TEXT        NOT NULL,
    error_code        TEXT,
    vendor_error_code TEXT,
    info              TEXT,
    reported_at       TIMESTAMPTZ NOT NULL,
    recorded_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX connector_status_history_latest ON connector_status_history (connector_ref, reported_at DESC, id DESC);

-- The unknown-charger policy when an administrator changed it at run time (one row at most);
-- without a row, evzone.station.unknown-charger-policy applies.
CREATE TABLE provisioning_policy (
    singleton        BOOLEAN PRIMARY KEY DEFAULT true CHECK (singleton),
    unknown_chargers TEXT        NOT NULL,
    changed_by       TEXT        NOT NULL,
    changed_at       TIMESTAMPTZ NOT NULL
);
