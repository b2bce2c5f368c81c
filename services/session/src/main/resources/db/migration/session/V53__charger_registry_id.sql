-- The station service's registry id (UUID) of each charger, learned from ChargePointProvisioned,
-- ChargePointStationChanged and ChargerWentOnline: the REST API and session events give it as
-- chargePointId beside the OCPP identity (ocppId). Null until one of those events arrives.
ALTER TABLE charger ADD COLUMN registry_id TEXT;
CREATE UNIQUE INDEX charger_registry_id ON charger (registry_id);
