-- The command purge looks for finished commands by request time (evzone.session.command-retention).
CREATE INDEX charger_command_requested_at ON charger_command (requested_at);
