-- The service's commands move to the platform's command path (io.evzone.platform.commands), whose table has the same
-- shape in every service that commands chargers: the OCPP id, the operation's name, its fields, and the subject (here
-- the session a remote stop is about).
ALTER TABLE charger_command RENAME COLUMN charge_point_id TO ocpp_id;
ALTER TABLE charger_command RENAME COLUMN action TO operation;
ALTER TABLE charger_command RENAME COLUMN session_id TO subject;
ALTER TABLE charger_command ALTER COLUMN subject TYPE TEXT USING subject::text;
ALTER TABLE charger_command ADD COLUMN command TEXT NOT NULL DEFAULT '{}';
ALTER TABLE charger_command ALTER COLUMN command DROP DEFAULT;

UPDATE charger_command SET operation = lower(replace(operation, '_', '-'));
UPDATE charger_command SET operation = 'unlock-connector' WHERE operation = 'unlock';

CREATE INDEX charger_command_by_subject ON charger_command (subject, requested_at DESC);
CREATE INDEX charger_command_by_organization ON charger_command (organization_id, requested_at DESC);
CREATE INDEX charger_command_waiting ON charger_command (deadline) WHERE status IN ('QUEUED', 'SENT');
