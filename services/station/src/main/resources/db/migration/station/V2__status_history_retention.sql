-- The status history purge (evzone.station.status-history-retention) finds expired entries by the
-- time they were recorded; without this index every run would scan the whole table.
-- Not CONCURRENTLY: Flyway runs such a statement outside a transaction while it holds its own
-- transactional lock, and the build then waits for that lock's transaction forever. A plain build
-- blocks new history rows for as long as it takes (status notifications wait in Kafka meanwhile).
CREATE INDEX connector_status_history_recorded ON connector_status_history (recorded_at);
