-- A tariff can be paused (SUSPENDED) and resumed; each organization keeps its tariff settings.
ALTER TABLE tariff DROP CONSTRAINT tariff_status_check;
ALTER TABLE tariff ADD CONSTRAINT tariff_status_check
    CHECK (status IN ('DRAFT', 'ACTIVE', 'SUSPENDED', 'ARCHIVED'));

CREATE TABLE tenant_settings (
    organization_id TEXT        PRIMARY KEY,
    currency        CHAR(3)     NOT NULL,
    vat_percent     NUMERIC     NOT NULL CHECK (vat_percent >= 0 AND vat_percent <= 100),
    time_zone       TEXT,
    updated_at      TIMESTAMPTZ NOT NULL
);
