-- OCPP identities are compared ignoring case (the gateway always did): CP-1 and cp-1 are one charger.
-- Records keep their spelling; the unique index is on the folded form. Records that already clash cannot be
-- told apart safely (one of them was let in as another organization's charger), so the migration stops and
-- names them: an administrator deletes the wrong one, then the service is started again.
DO $$
DECLARE
    clashes TEXT;
BEGIN
    SELECT string_agg(ids, '; ') INTO clashes
    FROM (SELECT string_agg(ocpp_id || ' (' || coalesce(organization_id, 'no organization') || ')', ', ') AS ids
          FROM charge_point GROUP BY lower(ocpp_id) HAVING count(*) > 1) twins;
    IF clashes IS NOT NULL THEN
        RAISE EXCEPTION 'Charge points whose OCPP ids differ only in case: %', clashes;
    END IF;
END $$;

CREATE UNIQUE INDEX charge_point_ocpp_id_folded_unique ON charge_point (lower(ocpp_id));
ALTER TABLE charge_point DROP CONSTRAINT charge_point_ocpp_id_unique;
