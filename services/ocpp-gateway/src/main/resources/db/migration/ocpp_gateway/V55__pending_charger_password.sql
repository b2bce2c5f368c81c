-- A new Basic-auth password sent to the charger and not yet confirmed: accepted beside password_hash
-- until the station retires the old one (docs/ocpp.md, credential rotation).
ALTER TABLE charger_credential ADD COLUMN pending_password_hash TEXT;
