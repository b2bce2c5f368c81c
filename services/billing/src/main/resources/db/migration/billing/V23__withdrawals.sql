-- Station owners' requests to be paid out what they earned, each posted to the ledger (revenue to
-- payouts in transit) when it is made.
CREATE TABLE withdrawal (
    id              UUID PRIMARY KEY,
    organization_id TEXT        NOT NULL,
    amount          BIGINT      NOT NULL CHECK (amount > 0),
    currency        CHAR(3)     NOT NULL,
    status          TEXT        NOT NULL,
    payout_method   TEXT        NOT NULL,
    payout_account  TEXT        NOT NULL,
    payout_name     TEXT,
    entry_id        UUID        NOT NULL REFERENCES journal_entry (id),
    requested_by    TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL
);

CREATE INDEX withdrawal_by_organization ON withdrawal (organization_id, created_at DESC);
