-- Providers' delivery receipts name the message by the id the provider gave it.
CREATE INDEX delivery_provider_id ON delivery (provider, provider_id) WHERE provider_id IS NOT NULL;
