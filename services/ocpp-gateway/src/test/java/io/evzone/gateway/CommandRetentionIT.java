package io.evzone.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.contracts.charger.CommandStatus;
import io.evzone.gateway.command.JdbcCommands;
import io.evzone.gateway.support.GatewayIntegrationTest;
import io.evzone.platform.retention.ScheduledPurge;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

class CommandRetentionIT extends GatewayIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcCommands commands;

    @Autowired
    @Qualifier("commandPurge")
    ScheduledPurge scheduled;

    @Test
    void finishedCommandsPastTheRetentionAreDeletedAndUnfinishedOnesKeptHoweverOld() {
        String charger = "RETAIN-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> kept = new ArrayList<>();
        for (CommandStatus status : CommandStatus.values()) {
            command(charger, status, "old", "100 days");
            if (!status.isFinal()) {
                kept.add(status + " old");
            }
        }
        command(charger, CommandStatus.ACCEPTED, "recent", "89 days");
        command(charger, CommandStatus.TIMED_OUT, "recent", "0 seconds");
        kept.addAll(List.of("ACCEPTED recent", "TIMED_OUT recent"));

        long deleted = new ScheduledPurge(
                        "test commands",
                        commands::deleteFinishedOlderThan,
                        Duration.ofDays(90),
                        Duration.ofMinutes(10),
                        2)
                .purge();

        assertThat(deleted).as("the five finished statuses, in chunks of two").isGreaterThanOrEqualTo(5);
        assertThat(remaining(charger)).containsExactlyInAnyOrderElementsOf(kept);
    }

    @Test
    void theGatewaysPurgeIsScheduled() {
        assertThat(scheduled.isRunning()).isTrue();
    }

    private void command(String charger, CommandStatus status, String label, String ago) {
        jdbc.sql("""
                        INSERT INTO command (id, charge_point_id, action, parameters, status, requested_by,
                            created_at, updated_at)
                        VALUES (:id, :cp, 'Reset', '{}', :status, :label,
                            now() - CAST(:ago AS interval), now() - CAST(:ago AS interval))""")
                .param("id", UUID.randomUUID())
                .param("cp", charger)
                .param("status", status.name())
                .param("label", label)
                .param("ago", ago)
                .update();
    }

    private List<String> remaining(String charger) {
        return commands.list(charger, 100, 0).stream()
                .map(command -> command.status() + " " + command.requestedBy())
                .toList();
    }
}
