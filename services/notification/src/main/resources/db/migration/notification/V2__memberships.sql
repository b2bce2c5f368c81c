-- Who belongs to which organization (from auth.events.v1 MembershipChanged), so organization-wide messages such as a
-- charger going offline reach its members.
CREATE TABLE membership (
    user_id         TEXT        NOT NULL,
    organization_id TEXT        NOT NULL,
    role            TEXT        NOT NULL,
    status          TEXT        NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (organization_id, user_id)
);
