-- Sender lanes claim due deliveries of their own channels only.
CREATE INDEX delivery_due_by_channel ON delivery (channel, next_attempt_at) WHERE status IN ('QUEUED', 'SENDING');
