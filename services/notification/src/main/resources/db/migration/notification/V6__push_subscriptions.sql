-- Browsers (Web Push: endpoint and the browser's keys) and devices (FCM registration token) a user's push
-- messages go to. A target is one user's at a time: subscribing it again returns the existing row.
CREATE TABLE push_subscription (
    id         UUID PRIMARY KEY,
    user_id    TEXT        NOT NULL,
    kind       TEXT        NOT NULL,
    target     TEXT        NOT NULL,
    p256dh     TEXT,
    auth       TEXT,
    created_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT push_subscription_target UNIQUE (user_id, target)
);

CREATE INDEX push_subscription_user ON push_subscription (user_id, created_at);
