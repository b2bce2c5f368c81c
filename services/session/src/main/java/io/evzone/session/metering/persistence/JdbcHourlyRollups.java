package io.evzone.session.metering.persistence;

import io.evzone.session.metering.application.HourlyMeterValue;
import io.evzone.session.metering.application.HourlyRollups;
import io.evzone.session.metering.application.HourlySeriesQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rolls raw meter values up into {@code meter_value_hourly}. The row of {@code meter_rollup_progress}
 * is the lock: taken with SKIP LOCKED by the rollup, so a second node skips instead of queueing.
 * Marks of late samples are deleted before (or in the same statement as) the rollup that reads
 * their samples, so a mark is never lost without its samples having been read.
 */
@Repository
class JdbcHourlyRollups implements HourlyRollups {

    private static final String COLUMNS = """
            hour, charge_point_id, evse_id, connector_id, session_id, measurand, phase, unit, location, samples,
            min_value, max_value, avg_value, first_value, first_at, last_value, last_at""";

    private static final String ROLL_UP = "INSERT INTO meter_value_hourly (" + COLUMNS + """
            )
            SELECT date_trunc('hour', m.sampled_at, 'UTC'), m.charge_point_id, m.evse_id, m.connector_id, m.session_id,
                   m.measurand, m.phase, m.unit, m.location, count(*), min(m.value), max(m.value), avg(m.value),
                   (array_agg(m.value ORDER BY m.sampled_at, m.sample_key))[1], min(m.sampled_at),
                   (array_agg(m.value ORDER BY m.sampled_at DESC, m.sample_key DESC))[1], max(m.sampled_at)
              FROM %s
             GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
            ON CONFLICT (charge_point_id, hour, evse_id, connector_id, session_id, measurand, phase, unit, location)
            DO UPDATE SET samples = EXCLUDED.samples, min_value = EXCLUDED.min_value, max_value = EXCLUDED.max_value,
                          avg_value = EXCLUDED.avg_value, first_value = EXCLUDED.first_value,
                          first_at = EXCLUDED.first_at, last_value = EXCLUDED.last_value, last_at = EXCLUDED.last_at""";

    private static final Duration HOUR = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    JdbcHourlyRollups(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public Optional<Instant> rolledUpTo() {
        return jdbc.sql("SELECT rolled_up_to FROM meter_rollup_progress WHERE name = 'hourly'")
                .query((rs, n) -> Optional.ofNullable(instant(rs, "rolled_up_to")))
                .single();
    }

    @Override
    public Step rollUpNextHour(Instant closedBefore, Instant start) {
        return transactions.execute(status -> {
            Optional<Progress> progress = lock(true);
            if (progress.isEmpty()) {
                return Step.BUSY;
            }
            Instant hour =
                    progress.get().rolledUpTo() == null ? start : progress.get().rolledUpTo();
            Instant next = hour.plus(HOUR);
            if (next.isAfter(closedBefore)) {
                return Step.UP_TO_DATE;
            }
            jdbc.sql("DELETE FROM meter_rollup_late WHERE hour = :hour")
                    .param("hour", Timestamp.from(hour))
                    .update();
            jdbc.sql(ROLL_UP.formatted("meter_value m WHERE m.sampled_at >= :from AND m.sampled_at < :to"))
                    .param("from", Timestamp.from(hour))
                    .param("to", Timestamp.from(next))
                    .update();
            jdbc.sql("UPDATE meter_rollup_progress SET rolled_up_to = :next WHERE name = 'hourly'")
                    .param("next", Timestamp.from(next))
                    .update();
            return Step.ROLLED_UP;
        });
    }

    @Override
    public int rollUpLate(Instant horizon, int limit) {
        return transactions.execute(status -> {
            Optional<Progress> progress = lock(true);
            if (progress.isEmpty()) {
                return -1;
            }
            if (progress.get().rolledUpTo() == null) {
                return 0;
            }
            // One statement: the marks it claims and the raw rows it reads share one snapshot.
            return jdbc.sql("WITH claimed AS (DELETE FROM meter_rollup_late l USING (SELECT hour, charge_point_id"
                            + " FROM meter_rollup_late WHERE hour < :rolledUpTo ORDER BY hour, charge_point_id"
                            + " LIMIT :limit) c WHERE l.hour = c.hour AND l.charge_point_id = c.charge_point_id"
                            + " RETURNING l.hour, l.charge_point_id), rolled AS ("
                            + ROLL_UP.formatted("claimed c JOIN meter_value m ON m.charge_point_id = c.charge_point_id"
                                    + " AND m.sampled_at >= c.hour AND m.sampled_at < c.hour + interval '1 hour'"
                                    + " WHERE c.hour >= :horizon")
                            + ") SELECT count(*) FROM claimed")
                    .param("rolledUpTo", Timestamp.from(progress.get().rolledUpTo()))
                    .param("limit", limit)
                    .param("horizon", Timestamp.from(horizon))
                    .query(Integer.class)
                    .single();
        });
    }

    @Override
    public boolean whenRolledUp(YearMonth month, Runnable action) {
        Instant from = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return Boolean.TRUE.equals(transactions.execute(status -> {
            Instant rolledUpTo = lock(false).orElseThrow().rolledUpTo();
            boolean lateMarks = jdbc.sql(
                            "SELECT EXISTS (SELECT 1 FROM meter_rollup_late WHERE hour >= :from AND hour < :to)")
                    .param("from", Timestamp.from(from))
                    .param("to", Timestamp.from(to))
                    .query(Boolean.class)
                    .single();
            if (rolledUpTo == null || rolledUpTo.isBefore(to) || lateMarks) {
                return false;
            }
            action.run();
            return true;
        }));
    }

    @Override
    public List<HourlyMeterValue> series(HourlySeriesQuery q) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM meter_value_hourly
                        WHERE charge_point_id = :cp AND hour >= :from AND hour < :to
                          AND (CAST(:measurand AS TEXT) IS NULL OR measurand = :measurand)
                          AND (CAST(:evse AS INTEGER) IS NULL OR evse_id = :evse)
                        ORDER BY hour, evse_id, connector_id, measurand, phase NULLS FIRST, location NULLS FIRST,
                                 unit NULLS FIRST, session_id NULLS FIRST
                        LIMIT :limit OFFSET :offset""")
                .param("cp", q.chargePointId())
                .param("from", Timestamp.from(q.from()))
                .param("to", Timestamp.from(q.to()))
                .param("measurand", q.measurand())
                .param("evse", q.evseId())
                .param("limit", q.limit())
                .param("offset", q.offset())
                .query(JdbcHourlyRollups::map)
                .list();
    }

    /** The end of the hours rolled up so far: null before the first run. */
    private record Progress(Instant rolledUpTo) {}

    /** Locks the progress row; empty when {@code skipLocked} and another transaction holds it. */
    private Optional<Progress> lock(boolean skipLocked) {
        return jdbc.sql("SELECT rolled_up_to FROM meter_rollup_progress WHERE name = 'hourly' FOR UPDATE"
                        + (skipLocked ? " SKIP LOCKED" : ""))
                .query((rs, n) -> new Progress(instant(rs, "rolled_up_to")))
                .optional();
    }

    private static HourlyMeterValue map(ResultSet rs, int n) throws SQLException {
        String session = rs.getString("session_id");
        return new HourlyMeterValue(
                instant(rs, "hour"),
                rs.getString("charge_point_id"),
                rs.getInt("evse_id"),
                rs.getInt("connector_id"),
                session == null ? null : UUID.fromString(session),
                rs.getString("measurand"),
                rs.getString("phase"),
                rs.getString("unit"),
                rs.getString("location"),
                rs.getInt("samples"),
                rs.getDouble("min_value"),
                rs.getDouble("max_value"),
                rs.getDouble("avg_value"),
                rs.getDouble("first_value"),
                instant(rs, "first_at"),
                rs.getDouble("last_value"),
                instant(rs, "last_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
