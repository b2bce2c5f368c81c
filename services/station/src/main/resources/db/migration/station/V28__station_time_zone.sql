-- A station's own IANA time zone: billing reads its tariff bands and daylight-saving switches in it.
ALTER TABLE station ADD COLUMN time_zone TEXT;
