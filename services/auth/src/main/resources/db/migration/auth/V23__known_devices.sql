-- The devices each user has signed in from, so a sign-in from a device not seen before can be told to
-- the user (NewDeviceSignedIn). A device is a fingerprint of the user agent and network address,
-- hashed: the row keeps the readable values only for the user's own security screens.
CREATE TABLE known_device (
    user_id       UUID        NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    fingerprint   TEXT        NOT NULL,
    user_agent    TEXT,
    ip            TEXT        NOT NULL,
    first_seen_at TIMESTAMPTZ NOT NULL,
    last_seen_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, fingerprint)
);
