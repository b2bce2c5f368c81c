package io.evzone.session.metering.persistence;

import io.evzone.session.metering.application.MeterValuePartitions;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Monthly partitions {@code meter_value_yYYYYmMM} of {@code meter_value}, in UTC months. A new
 * partition is built as a plain table, filled with the month's rows that had landed in the default
 * partition, then attached, so attaching never fails on rows the default partition holds.
 */
@Repository
class JdbcMeterValuePartitions implements MeterValuePartitions {

    private static final Pattern NAME = Pattern.compile("meter_value_y(\\d{4})m(\\d{2})");

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    JdbcMeterValuePartitions(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public boolean ensure(YearMonth month) {
        String name = nameOf(month);
        String from = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().toString();
        String to = month.plusMonths(1)
                .atDay(1)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant()
                .toString();
        return Boolean.TRUE.equals(transactions.execute(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('session.meter_value_partitions'))")
                    .query()
                    .singleValue();
            if (existing().contains(month)) {
                return false;
            }
            jdbc.sql("CREATE TABLE " + name + " (LIKE meter_value INCLUDING DEFAULTS INCLUDING CONSTRAINTS)")
                    .update();
            jdbc.sql("WITH moved AS (DELETE FROM meter_value_default WHERE sampled_at >= '" + from
                            + "' AND sampled_at < '" + to + "' RETURNING *) INSERT INTO " + name
                            + " SELECT * FROM moved")
                    .update();
            jdbc.sql("ALTER TABLE meter_value ATTACH PARTITION " + name + " FOR VALUES FROM ('" + from + "') TO ('" + to
                            + "')")
                    .update();
            return true;
        }));
    }

    @Override
    public List<YearMonth> existing() {
        return jdbc.sql("""
                        SELECT c.relname FROM pg_inherits i
                          JOIN pg_class c ON c.oid = i.inhrelid
                          JOIN pg_class p ON p.oid = i.inhparent
                         WHERE p.relname = 'meter_value' AND p.relnamespace = CAST(current_schema() AS regnamespace)""").query(String.class).list().stream()
                .map(JdbcMeterValuePartitions::monthOf)
                .filter(Objects::nonNull)
                .sorted()
                .toList();
    }

    @Override
    public void drop(YearMonth month) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("ALTER TABLE meter_value DETACH PARTITION " + nameOf(month))
                    .update();
            jdbc.sql("DROP TABLE " + nameOf(month)).update();
        });
    }

    static String nameOf(YearMonth month) {
        return "meter_value_y%04dm%02d".formatted(month.getYear(), month.getMonthValue());
    }

    private static YearMonth monthOf(String name) {
        Matcher m = NAME.matcher(name);
        return m.matches() ? YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : null;
    }
}
