-- The command purge (evzone.gateway.command-retention) deletes finished commands by the time they
-- finished; commands still QUEUED or SENT are never purged, so they are left out of the index.
CREATE INDEX command_finished ON command (updated_at) WHERE status NOT IN ('QUEUED', 'SENT');
