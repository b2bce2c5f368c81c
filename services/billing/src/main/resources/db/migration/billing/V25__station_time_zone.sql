-- The station's own IANA time zone, from StationCreated/StationUpdated (null: not given).
ALTER TABLE billing_station ADD COLUMN time_zone TEXT;
