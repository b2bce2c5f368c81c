-- Operators' announcements to their organization; each one's id is the event id of the deliveries it caused.
CREATE TABLE notice (
    id              UUID PRIMARY KEY,
    organization_id TEXT        NOT NULL,
    title           TEXT        NOT NULL,
    message         TEXT        NOT NULL,
    created_by      TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL
);

CREATE INDEX notice_organization_created ON notice (organization_id, created_at DESC);
