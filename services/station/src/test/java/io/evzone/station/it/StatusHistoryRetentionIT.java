package io.evzone.station.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.platform.retention.ScheduledPurge;
import io.evzone.platform.test.TestTokens;
import io.evzone.station.chargepoints.domain.Connectors;
import io.evzone.station.chargepoints.domain.StatusHistoryEntry;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@StationIntegrationTest
class StatusHistoryRetentionIT {

    private static final Duration RETENTION = Duration.ofDays(400);

    private final JdbcClient jdbc;
    private final Connectors connectors;
    private final ScheduledPurge scheduled;
    private final Api operator;
    private final Registry registry;

    @Autowired
    StatusHistoryRetentionIT(
            @LocalServerPort int port,
            JsonMapper json,
            JdbcClient jdbc,
            Connectors connectors,
            @Qualifier("statusHistoryPurge") ScheduledPurge scheduled) {
        this.jdbc = jdbc;
        this.connectors = connectors;
        this.scheduled = scheduled;
        this.operator =
                new Api(port, json, TestTokens.withPermissions("org-retention", "stations.read", "stations.write"));
        this.registry = new Registry(operator);
    }

    @Test
    void entriesPastTheRetentionAreDeletedButEachConnectorsNewestIsKept() {
        List<UUID> connectorIds = twoConnectors();
        UUID busy = connectorIds.get(0);
        UUID dormant = connectorIds.get(1);
        for (int i = 1; i <= 5; i++) {
            entry(busy, "old-" + i, "500 days", "500 days");
        }
        entry(busy, "recent-1", "10 days", "10 days");
        entry(busy, "recent-2", "0 seconds", "0 seconds");
        entry(busy, "recorded-now-by-a-charger-with-its-clock-years-off", "0 seconds", "2000 days");
        entry(dormant, "older", "500 days", "502 days");
        entry(dormant, "newest", "500 days", "501 days");
        entry(dormant, "oldest", "500 days", "503 days");

        long deleted = new ScheduledPurge(
                        "test entries", connectors::deleteHistoryOlderThan, RETENTION, Duration.ofMinutes(10), 2)
                .purge();

        assertThat(deleted).as("four chunks: 2, 2, 2 and 1").isGreaterThanOrEqualTo(7);
        assertThat(remaining(busy))
                .as("the entries recorded within the retention")
                .containsExactlyInAnyOrder(
                        "recent-1", "recent-2", "recorded-now-by-a-charger-with-its-clock-years-off");
        assertThat(remaining(dormant))
                .as("the latest status reported, however old")
                .containsExactly("newest");
    }

    @Test
    void theServicesPurgeIsScheduled() {
        assertThat(scheduled.isRunning()).isTrue();
    }

    private List<UUID> twoConnectors() {
        String stationId = registry.station(0.3476, 32.5825).path("id").asString();
        String chargePointId = registry.chargePointAt(stationId, Registry.unique("RETAIN"))
                .path("id")
                .asString();
        JsonNode connectorList = operator.get("/api/v1/charge-points/" + chargePointId + "/connectors")
                .ok();
        return Api.each(connectorList, "id").stream().map(UUID::fromString).toList();
    }

    private void entry(UUID connector, String label, String recordedAgo, String reportedAgo) {
        jdbc.sql("""
                        INSERT INTO connector_status_history (connector_ref, status, info, reported_at, recorded_at)
                        VALUES (:connector, 'AVAILABLE', :label,
                            now() - CAST(:reported AS interval), now() - CAST(:recorded AS interval))""")
                .param("connector", connector)
                .param("label", label)
                .param("reported", reportedAgo)
                .param("recorded", recordedAgo)
                .update();
    }

    private List<String> remaining(UUID connector) {
        return connectors.history(connector, 100, 0).stream()
                .map(StatusHistoryEntry::info)
                .toList();
    }
}
