-- OCPP identities are compared ignoring case. The station service refuses a second spelling of an identity from
-- V20 of its schema on; rows here stay keyed by the spelling the station registered, and the registry looks them
-- up by the folded form (after a delete, another spelling still stored becomes the charger's record again).
CREATE INDEX charger_credential_identity_folded ON charger_credential (lower(charge_point_id));
