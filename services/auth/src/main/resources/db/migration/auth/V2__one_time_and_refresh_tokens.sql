-- Secrets handed to users are stored only as SHA-256 digests (hex).

-- Email verification links, password reset links and codes, invitations: single use, short-lived.
CREATE TABLE one_time_token (
    id          UUID        PRIMARY KEY,
    user_id     UUID        NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    purpose     TEXT        NOT NULL CHECK (purpose IN ('EMAIL_VERIFICATION', 'PASSWORD_RESET', 'INVITATION')),
    channel     TEXT        NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
    token_hash  TEXT        NOT NULL UNIQUE,
    code_hash   TEXT        UNIQUE,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ
);

CREATE INDEX one_time_token_user ON one_time_token (user_id, purpose) WHERE used_at IS NULL;
CREATE INDEX one_time_token_expiry ON one_time_token (expires_at);

-- One family per login; every refresh rotates to a new token of the same family. Presenting a token
-- that was already used revokes the whole family (theft detection). The family row is the lock that
-- serializes rotation and revocation.
CREATE TABLE refresh_token_family (
    id             UUID        PRIMARY KEY,
    user_id        UUID        NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    created_at     TIMESTAMPTZ NOT NULL,
    revoked_at     TIMESTAMPTZ,
    revoke_reason  TEXT,
    ip             TEXT,
    user_agent     TEXT
);

CREATE INDEX refresh_token_family_user ON refresh_token_family (user_id) WHERE revoked_at IS NULL;

CREATE TABLE refresh_token (
    id               UUID        PRIMARY KEY,
    family_id        UUID        NOT NULL REFERENCES refresh_token_family (id) ON DELETE CASCADE,
    user_id          UUID        NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    organization_id  UUID,
    token_hash       TEXT        NOT NULL UNIQUE,
    issued_at        TIMESTAMPTZ NOT NULL,
    expires_at       TIMESTAMPTZ NOT NULL,
    used_at          TIMESTAMPTZ,
    revoked_at       TIMESTAMPTZ
);

CREATE INDEX refresh_token_by_family ON refresh_token (family_id);
CREATE INDEX refresh_token_expiry ON refresh_token (expires_at);
