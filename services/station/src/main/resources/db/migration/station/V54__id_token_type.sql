-- The OCPP type of each id token the session service registered (IdTokenChanged on session.events.v1),
-- so a remote start sends a registered token with its own type (ISO14443, ISO15693, eMAID, ...).
CREATE TABLE id_token_type (
    value_folded TEXT PRIMARY KEY,
    ocpp_type    TEXT        NOT NULL,
    removed      BOOLEAN     NOT NULL,
    changed_at   TIMESTAMPTZ NOT NULL
);
