-- Receipts (one per paid session) and periodic invoices, numbered without gaps per issuing
-- organization and year: the number is taken from invoice_counter in the issuing transaction.
CREATE TABLE invoice_counter (
    organization_id TEXT NOT NULL,
    year            INT  NOT NULL,
    last_number     INT  NOT NULL,
    PRIMARY KEY (organization_id, year)
);

CREATE TABLE invoice (
    id              UUID PRIMARY KEY,
    organization_id TEXT        NOT NULL,
    year            INT         NOT NULL,
    sequence        INT         NOT NULL,
    number          TEXT        NOT NULL,
    kind            TEXT        NOT NULL,
    customer_type   TEXT        NOT NULL,
    customer_id     TEXT        NOT NULL,
    currency        CHAR(3)     NOT NULL,
    net             BIGINT      NOT NULL,
    vat             BIGINT      NOT NULL,
    total           BIGINT      NOT NULL CHECK (total = net + vat),
    period_start    DATE        NOT NULL,
    period_end      DATE        NOT NULL,
    issued_at       TIMESTAMPTZ NOT NULL,
    invoiced_in     UUID REFERENCES invoice (id),
    UNIQUE (organization_id, year, sequence)
);

CREATE INDEX invoice_by_customer ON invoice (customer_id, issued_at DESC);
CREATE INDEX invoice_by_organization ON invoice (organization_id, issued_at DESC);

CREATE TABLE invoice_line (
    invoice_id  UUID   NOT NULL REFERENCES invoice (id),
    position    INT    NOT NULL,
    description TEXT   NOT NULL,
    reference   TEXT,
    net         BIGINT NOT NULL,
    vat         BIGINT NOT NULL,
    total       BIGINT NOT NULL CHECK (total = net + vat),
    PRIMARY KEY (invoice_id, position)
);
