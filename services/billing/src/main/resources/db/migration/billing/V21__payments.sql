-- Payments through providers (sandbox, Stripe, Flutterwave, MTN MoMo). A payment is applied to the
-- ledger once, when its provider confirms it; the status only moves forward (a success is final).
CREATE TABLE payment_intent (
    id                  UUID PRIMARY KEY,
    user_id             TEXT        NOT NULL,
    owner_kind          TEXT        NOT NULL,
    owner_id            TEXT        NOT NULL,
    purpose             TEXT        NOT NULL,
    amount              BIGINT      NOT NULL CHECK (amount > 0),
    currency            CHAR(3)     NOT NULL,
    provider            TEXT        NOT NULL,
    provider_payment_id TEXT,
    status              TEXT        NOT NULL,
    checkout_url        TEXT,
    failure_reason      TEXT,
    payment_method_id   UUID,
    invoice_id          TEXT,
    session_id          TEXT,
    entry_id            UUID,
    expires_at          TIMESTAMPTZ NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    UNIQUE (provider, provider_payment_id)
);

CREATE INDEX payment_intent_pending ON payment_intent (provider, created_at) WHERE status = 'PENDING';
CREATE INDEX payment_intent_by_user ON payment_intent (user_id, created_at DESC);

-- Each provider event is stored once (its id as the provider gives it), whatever it changed.
CREATE TABLE provider_event (
    provider    TEXT        NOT NULL,
    event_id    TEXT        NOT NULL,
    event_type  TEXT        NOT NULL,
    payment_id  UUID,
    payload     TEXT        NOT NULL,
    received_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (provider, event_id)
);

-- Saved payment methods: the provider's token and what can be shown, never a card number.
CREATE TABLE payment_method (
    id            UUID PRIMARY KEY,
    user_id       TEXT        NOT NULL,
    provider      TEXT        NOT NULL,
    type          TEXT        NOT NULL,
    token         TEXT        NOT NULL,
    label         TEXT,
    brand         TEXT,
    last4         TEXT CHECK (last4 IS NULL OR last4 ~ '^[0-9]{4}$'),
    phone         TEXT,
    is_default    BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at    TIMESTAMPTZ NOT NULL
);

CREATE INDEX payment_method_by_user ON payment_method (user_id);
CREATE UNIQUE INDEX one_default_payment_method ON payment_method (user_id) WHERE is_default;
