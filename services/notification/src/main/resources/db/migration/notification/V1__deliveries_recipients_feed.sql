-- The notification service's own data: what it knows of recipients (projected from auth.events.v1),
-- every send it owes or made (one row per event, recipient and channel), and each user's in-app feed.

CREATE TABLE recipient (
    user_id    TEXT PRIMARY KEY,
    email      TEXT,
    phone      TEXT,
    name       TEXT,
    language   TEXT        NOT NULL DEFAULT 'en',
    time_zone  TEXT,
    updated_at TIMESTAMPTZ NOT NULL
);

-- The key (event_id, recipient_key, channel) makes a redelivered event or a second consumer run a
-- no-op. data holds the template variables until the send succeeds, then is erased: security
-- messages carry one-time secrets that must not outlive their delivery.
CREATE TABLE delivery (
    id              UUID PRIMARY KEY,
    event_id        UUID        NOT NULL,
    recipient_key   TEXT        NOT NULL,
    user_id         TEXT,
    channel         TEXT        NOT NULL,
    address         TEXT        NOT NULL,
    template        TEXT        NOT NULL,
    language        TEXT        NOT NULL,
    data            JSONB,
    status          TEXT        NOT NULL,
    attempts        INTEGER     NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    provider        TEXT,
    provider_id     TEXT,
    failure_reason  TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    CONSTRAINT delivery_once UNIQUE (event_id, recipient_key, channel)
);

CREATE INDEX delivery_due ON delivery (next_attempt_at) WHERE status IN ('QUEUED', 'SENDING');
CREATE INDEX delivery_status_created ON delivery (status, created_at DESC);
CREATE INDEX delivery_user_created ON delivery (user_id, created_at DESC);

-- seq orders a user's feed and is the server-sent event id a reconnecting browser resumes from.
CREATE TABLE feed_item (
    seq         BIGSERIAL PRIMARY KEY,
    id          UUID        NOT NULL UNIQUE,
    delivery_id UUID        UNIQUE,
    user_id     TEXT        NOT NULL,
    type        TEXT        NOT NULL,
    title       TEXT        NOT NULL,
    message     TEXT        NOT NULL,
    metadata    JSONB       NOT NULL DEFAULT '{}',
    created_at  TIMESTAMPTZ NOT NULL,
    read_at     TIMESTAMPTZ
);

CREATE INDEX feed_item_user_seq ON feed_item (user_id, seq DESC);
