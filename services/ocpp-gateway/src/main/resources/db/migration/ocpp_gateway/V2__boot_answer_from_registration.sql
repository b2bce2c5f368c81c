-- The heartbeat interval the station service tells accepted chargers, carried by ChargerRegistered,
-- so the gateway answers their BootNotification itself (a reconnect storm of known chargers then
-- costs the station nothing). Null for registrations received before: those boots are asked.
ALTER TABLE charger_credential ADD COLUMN heartbeat_interval_seconds INT;
