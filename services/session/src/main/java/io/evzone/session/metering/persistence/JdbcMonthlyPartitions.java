package io.evzone.session.metering.persistence;

import io.evzone.session.metering.application.MonthlyPartitions;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Monthly partitions {@code <table>_yYYYYmMM} of a table range-partitioned on a timestamp column, in
 * UTC months. A new partition is built as a plain table, filled with the month's rows that had landed
 * in the default partition {@code <table>_default}, then attached, so attaching never fails on rows
 * the default partition holds.
 */
class JdbcMonthlyPartitions implements MonthlyPartitions {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final String table;
    private final String timeColumn;
    private final Pattern name;

    JdbcMonthlyPartitions(JdbcClient jdbc, TransactionTemplate transactions, String table, String timeColumn) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.table = table;
        this.timeColumn = timeColumn;
        this.name = Pattern.compile(Pattern.quote(table) + "_y(\\d{4})m(\\d{2})");
    }

    @Override
    public boolean ensure(YearMonth month) {
        String partition = nameOf(month);
        String from = start(month);
        String to = start(month.plusMonths(1));
        return Boolean.TRUE.equals(transactions.execute(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:key))")
                    .param("key", "session." + table + "_partitions")
                    .query()
                    .singleValue();
            if (existing().contains(month)) {
                return false;
            }
            jdbc.sql("CREATE TABLE " + partition + " (LIKE " + table + " INCLUDING DEFAULTS INCLUDING CONSTRAINTS)")
                    .update();
            jdbc.sql("WITH moved AS (DELETE FROM " + table + "_default WHERE " + timeColumn + " >= '" + from
                            + "' AND " + timeColumn + " < '" + to + "' RETURNING *) INSERT INTO " + partition
                            + " SELECT * FROM moved")
                    .update();
            jdbc.sql("ALTER TABLE " + table + " ATTACH PARTITION " + partition + " FOR VALUES FROM ('" + from
                            + "') TO ('" + to + "')")
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
                         WHERE p.relname = :table AND p.relnamespace = CAST(current_schema() AS regnamespace)""").param("table", table).query(String.class).list().stream()
                .map(this::monthOf)
                .filter(Objects::nonNull)
                .sorted()
                .toList();
    }

    @Override
    public void drop(YearMonth month) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("ALTER TABLE " + table + " DETACH PARTITION " + nameOf(month))
                    .update();
            jdbc.sql("DROP TABLE " + nameOf(month)).update();
        });
    }

    String nameOf(YearMonth month) {
        return "%s_y%04dm%02d".formatted(table, month.getYear(), month.getMonthValue());
    }

    private static String start(YearMonth month) {
        return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().toString();
    }

    private YearMonth monthOf(String relation) {
        Matcher m = name.matcher(relation);
        return m.matches() ? YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : null;
    }
}
