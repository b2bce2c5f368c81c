-- Hourly rollup of meter values, so raw samples can be dropped after a few months while energy and
-- power history is kept for years (services/session/README.md, "Meter values").

-- One row per charge point, EVSE, connector, session (null outside one), measurand, phase, unit,
-- location and UTC hour. Recomputed from the raw rows whenever the hour is rolled up again, so
-- rolling up twice never counts a sample twice. Partitioned by month like meter_value.
CREATE TABLE meter_value_hourly (
    hour            TIMESTAMPTZ      NOT NULL,
    charge_point_id TEXT             NOT NULL,
    evse_id         INTEGER          NOT NULL,
    connector_id    INTEGER          NOT NULL,
    session_id      UUID,
    measurand       TEXT             NOT NULL,
    phase           TEXT,
    unit            TEXT,
    location        TEXT,
    samples         INTEGER          NOT NULL,
    min_value       DOUBLE PRECISION NOT NULL,
    max_value       DOUBLE PRECISION NOT NULL,
    avg_value       DOUBLE PRECISION NOT NULL,
    first_value     DOUBLE PRECISION NOT NULL,
    first_at        TIMESTAMPTZ      NOT NULL,
    last_value      DOUBLE PRECISION NOT NULL,
    last_at         TIMESTAMPTZ      NOT NULL
) PARTITION BY RANGE (hour);

CREATE TABLE meter_value_hourly_default PARTITION OF meter_value_hourly DEFAULT;

CREATE UNIQUE INDEX meter_value_hourly_group ON meter_value_hourly
    (charge_point_id, hour, evse_id, connector_id, session_id, measurand, phase, unit, location) NULLS NOT DISTINCT;
CREATE INDEX meter_value_hourly_session ON meter_value_hourly (session_id, hour) WHERE session_id IS NOT NULL;

-- The rollup reads one hour of every charger at a time: a BRIN index finds an hour's blocks in an
-- append-mostly partition at a fraction of a B-tree's size and write cost.
CREATE INDEX meter_value_sampled_at ON meter_value USING brin (sampled_at);

-- Every hour before rolled_up_to has been rolled up (null until the first run). Its row lock is the
-- rollup's mutex: a node that finds it locked (SKIP LOCKED) leaves the work to the node holding it.
CREATE TABLE meter_rollup_progress (
    name         TEXT PRIMARY KEY,
    rolled_up_to TIMESTAMPTZ
);
INSERT INTO meter_rollup_progress (name, rolled_up_to) VALUES ('hourly', NULL);

-- Charge point hours that received samples after the hour had ended (chargers queue meter values
-- while offline): the rollup recomputes each of them once more.
CREATE TABLE meter_rollup_late (
    hour            TIMESTAMPTZ NOT NULL,
    charge_point_id TEXT        NOT NULL,
    PRIMARY KEY (hour, charge_point_id)
);

-- The station a charger is at comes from other station events than ChargerRegistered
-- (ChargePointProvisioned, ChargePointStationChanged, ChargerWentOnline); newer facts win.
ALTER TABLE charger ADD COLUMN station_changed_at TIMESTAMPTZ;
