-- Tariffs (OCPI 2.2.1 model). The elements, minimum and maximum price and the assignments are kept
-- as JSON: they are read and written with the tariff as a whole, and chosen among an organization's
-- tariffs in memory (docs/billing-pricing.md).
CREATE TABLE tariff (
    id                  UUID        PRIMARY KEY,
    organization_id     TEXT        NOT NULL,
    version             INTEGER     NOT NULL,
    previous_version_id UUID        REFERENCES tariff (id),
    status              TEXT        NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'ARCHIVED')),
    name                TEXT        NOT NULL,
    description         TEXT,
    currency            TEXT        NOT NULL,
    terms               JSONB       NOT NULL,
    assignments         JSONB       NOT NULL,
    effective_from      TIMESTAMPTZ,
    effective_to        TIMESTAMPTZ,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL
);

CREATE INDEX tariff_by_organization ON tariff (organization_id, status);
