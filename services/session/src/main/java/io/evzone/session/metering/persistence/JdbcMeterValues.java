package io.evzone.session.metering.persistence;

import io.evzone.session.metering.application.MeterRow;
import io.evzone.session.metering.application.MeterValues;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Meter values in bulk: one {@code INSERT ... SELECT FROM unnest(arrays)} per chunk, which costs one
 * round trip and one plan however many rows it carries (no 32767-parameter limit as with
 * multi-row VALUES).
 */
@Repository
class JdbcMeterValues implements MeterValues {

    static final int CHUNK = 5_000;

    private static final String RAW_SUMMARY = """
            SELECT measurand, phase, unit, count(*) AS n, min(value) AS min, max(value) AS max,
                   (array_agg(value ORDER BY sampled_at DESC))[1] AS latest,
                   min(sampled_at) AS first_at, max(sampled_at) AS latest_at
              FROM meter_value
             WHERE session_id = :session AND sampled_at >= :from AND sampled_at <= :to
             GROUP BY measurand, phase, unit
             ORDER BY measurand, phase NULLS FIRST, unit""";

    private static final String HOURLY_SUMMARY = """
            SELECT measurand, phase, unit, sum(samples) AS n, min(min_value) AS min, max(max_value) AS max,
                   (array_agg(last_value ORDER BY last_at DESC))[1] AS latest,
                   min(first_at) AS first_at, max(last_at) AS latest_at
              FROM meter_value_hourly
             WHERE session_id = :session AND hour >= :from AND hour <= :to
             GROUP BY measurand, phase, unit
             ORDER BY measurand, phase NULLS FIRST, unit""";

    private final JdbcClient jdbc;
    private final Counter storedCounter;

    JdbcMeterValues(JdbcClient jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.storedCounter = Counter.builder("evzone.session.meter.values.stored")
                .description("Sampled meter values stored (counted once their transaction committed)")
                .register(registry);
    }

    @Override
    public int store(List<MeterRow> rows, Instant receivedAt) {
        int stored = 0;
        for (int from = 0; from < rows.size(); from += CHUNK) {
            stored += insert(rows.subList(from, Math.min(rows.size(), from + CHUNK)), receivedAt);
        }
        countAfterCommit(stored);
        return stored;
    }

    private void countAfterCommit(int stored) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            storedCounter.increment(stored);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                storedCounter.increment(stored);
            }
        });
    }

    private int insert(List<MeterRow> rows, Instant receivedAt) {
        int n = rows.size();
        String[] at = new String[n];
        String[] cp = new String[n];
        Integer[] evse = new Integer[n];
        Integer[] connector = new Integer[n];
        String[] session = new String[n];
        String[] tx = new String[n];
        String[] measurand = new String[n];
        String[] phase = new String[n];
        String[] unit = new String[n];
        String[] context = new String[n];
        String[] location = new String[n];
        Double[] value = new Double[n];
        Long[] key = new Long[n];
        for (int i = 0; i < n; i++) {
            MeterRow r = rows.get(i);
            at[i] = r.sampledAt(receivedAt).toString();
            cp[i] = r.chargePointId();
            evse[i] = r.evseId();
            connector[i] = r.connectorId();
            session[i] = r.sessionId() == null ? null : r.sessionId().toString();
            tx[i] = r.transactionId();
            measurand[i] = r.measurand();
            phase[i] = r.sample().phase();
            unit[i] = r.sample().unit();
            context[i] = r.sample().context();
            location[i] = r.sample().location();
            value[i] = r.sample().value().doubleValue();
            key[i] = r.sampleKey();
        }
        // Samples of an hour that had already ended mark it for the rollup to recompute (they may come
        // after it was rolled up); the time is the database's, as the rollup's bookkeeping is.
        return jdbc.sql("""
                        WITH stored AS (
                            INSERT INTO meter_value (sampled_at, charge_point_id, evse_id, connector_id, session_id,
                                                     transaction_id, measurand, phase, unit, context, location, value,
                                                     sample_key)
                            SELECT * FROM unnest(CAST(:at AS timestamptz[]), CAST(:cp AS text[]), CAST(:evse AS int[]),
                                                 CAST(:connector AS int[]), CAST(:session AS uuid[]), CAST(:tx AS text[]),
                                                 CAST(:measurand AS text[]), CAST(:phase AS text[]), CAST(:unit AS text[]),
                                                 CAST(:context AS text[]), CAST(:location AS text[]),
                                                 CAST(:value AS float8[]), CAST(:key AS int8[]))
                            ON CONFLICT DO NOTHING
                            RETURNING charge_point_id, sampled_at),
                        late AS (
                            INSERT INTO meter_rollup_late (hour, charge_point_id)
                            SELECT DISTINCT date_trunc('hour', sampled_at, 'UTC'), charge_point_id FROM stored
                             WHERE sampled_at < date_trunc('hour', statement_timestamp(), 'UTC')
                             ORDER BY 1, 2
                            ON CONFLICT DO NOTHING)
                        SELECT count(*) FROM stored""")
                .param("at", at)
                .param("cp", cp)
                .param("evse", evse)
                .param("connector", connector)
                .param("session", session)
                .param("tx", tx)
                .param("measurand", measurand)
                .param("phase", phase)
                .param("unit", unit)
                .param("context", context)
                .param("location", location)
                .param("value", value)
                .param("key", key)
                .query(Integer.class)
                .single();
    }

    @Override
    public List<MeasurandSummary> summaryOf(UUID sessionId, Instant from, Instant to) {
        List<MeasurandSummary> raw = summary(RAW_SUMMARY, sessionId, from, to);
        // Once the session's raw partitions have expired, its hourly rollup still has the figures.
        return raw.isEmpty() ? summary(HOURLY_SUMMARY, sessionId, from.truncatedTo(ChronoUnit.HOURS), to) : raw;
    }

    private List<MeasurandSummary> summary(String sql, UUID sessionId, Instant from, Instant to) {
        return jdbc.sql(sql)
                .param("session", sessionId)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, i) -> new MeasurandSummary(
                        rs.getString("measurand"),
                        rs.getString("phase"),
                        rs.getString("unit"),
                        rs.getLong("n"),
                        rs.getDouble("min"),
                        rs.getDouble("max"),
                        rs.getDouble("latest"),
                        rs.getTimestamp("first_at").toInstant(),
                        rs.getTimestamp("latest_at").toInstant()))
                .list();
    }
}
