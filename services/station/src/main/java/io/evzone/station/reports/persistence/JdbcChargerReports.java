package io.evzone.station.reports.persistence;

import static io.evzone.station.shared.persistence.Sql.instant;
import static io.evzone.station.shared.persistence.Sql.timestamp;
import static io.evzone.station.shared.persistence.Sql.uuid;

import io.evzone.station.reports.domain.ChargerReport;
import io.evzone.station.reports.domain.ChargerReports;
import io.evzone.station.reports.domain.ReportKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcChargerReports implements ChargerReports {

    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcChargerReports(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void add(ChargerReport report, int keep) {
        jdbc.sql("""
                        INSERT INTO charger_report (id, charge_point_id, kind, action, status, details, reported_at)
                        VALUES (:id, :chargePoint, :kind, :action, :status, CAST(:details AS JSONB), :at)""")
                .param("id", report.id())
                .param("chargePoint", report.chargePointId())
                .param("kind", report.kind().name())
                .param("action", report.action())
                .param("status", report.status())
                .param("details", json.writeValueAsString(report.details()))
                .param("at", timestamp(report.reportedAt()))
                .update();
        jdbc.sql("""
                        DELETE FROM charger_report WHERE id IN (
                            SELECT id FROM charger_report WHERE charge_point_id = :chargePoint AND kind = :kind
                            ORDER BY reported_at DESC, id DESC OFFSET :keep)""")
                .param("chargePoint", report.chargePointId())
                .param("kind", report.kind().name())
                .param("keep", keep)
                .update();
    }

    @Override
    public List<ChargerReport> of(UUID chargePointId, ReportKind kind, int limit, int offset) {
        return jdbc.sql("""
                        SELECT * FROM charger_report WHERE charge_point_id = :chargePoint AND kind = :kind
                        ORDER BY reported_at DESC, id DESC LIMIT :limit OFFSET :offset""")
                .param("chargePoint", chargePointId)
                .param("kind", kind.name())
                .param("limit", limit)
                .param("offset", offset)
                .query(this::map)
                .list();
    }

    @Override
    public int deleteOlderThan(Duration retention, int limit) {
        return jdbc.sql("""
                        DELETE FROM charger_report WHERE id = ANY(ARRAY(
                            SELECT id FROM charger_report WHERE reported_at < now() - make_interval(secs => :seconds)
                            LIMIT :limit FOR UPDATE SKIP LOCKED))""")
                .param("seconds", retention.toSeconds())
                .param("limit", limit)
                .update();
    }

    private ChargerReport map(ResultSet rs, int row) throws SQLException {
        return new ChargerReport(
                uuid(rs, "id"),
                uuid(rs, "charge_point_id"),
                ReportKind.valueOf(rs.getString("kind")),
                rs.getString("action"),
                rs.getString("status"),
                json.readValue(rs.getString("details"), DETAILS),
                instant(rs, "reported_at"));
    }
}
