-- Organizations (tenants), user accounts and memberships. Roles are the built-in role codes of the
-- auth service (io.evzone.auth.organization.domain.Roles); permission codes live in the contracts.

CREATE TABLE organization (
    id          UUID        PRIMARY KEY,
    name        TEXT        NOT NULL,
    type        TEXT        NOT NULL CHECK (type IN ('CPO', 'SITE_HOST', 'FLEET', 'OTHER')),
    status      TEXT        NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);

CREATE UNIQUE INDEX organization_name_unique ON organization (lower(name));

CREATE TABLE user_account (
    id                    UUID        PRIMARY KEY,
    email                 TEXT,
    phone                 TEXT,
    name                  TEXT        NOT NULL,
    country               TEXT,
    status                TEXT        NOT NULL CHECK (status IN ('PENDING', 'ACTIVE', 'INVITED', 'SUSPENDED', 'INACTIVE')),
    -- Encoded hash with its algorithm prefix ({argon2}$argon2id$...); never the password, never returned by the API.
    password_hash         TEXT,
    platform_admin        BOOLEAN     NOT NULL DEFAULT false,
    must_change_password  BOOLEAN     NOT NULL DEFAULT false,
    two_factor_enabled    BOOLEAN     NOT NULL DEFAULT false,
    email_verified_at     TIMESTAMPTZ,
    last_organization_id  UUID        REFERENCES organization (id) ON DELETE SET NULL,
    created_at            TIMESTAMPTZ NOT NULL,
    updated_at            TIMESTAMPTZ NOT NULL,
    last_login_at         TIMESTAMPTZ,
    CONSTRAINT user_account_email_lower CHECK (email = lower(email))
);

CREATE UNIQUE INDEX user_account_email_unique ON user_account (email) WHERE email IS NOT NULL;
CREATE UNIQUE INDEX user_account_phone_unique ON user_account (phone) WHERE phone IS NOT NULL;
CREATE INDEX user_account_created ON user_account (created_at, id);

CREATE TABLE membership (
    user_id          UUID        NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    organization_id  UUID        NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    role             TEXT        NOT NULL,
    status           TEXT        NOT NULL CHECK (status IN ('ACTIVE', 'INVITED', 'SUSPENDED')),
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, organization_id)
);

CREATE INDEX membership_organization ON membership (organization_id, role);
