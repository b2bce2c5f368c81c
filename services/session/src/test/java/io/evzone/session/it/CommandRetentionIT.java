package io.evzone.session.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.platform.commands.IssuedCommands;
import io.evzone.platform.retention.ScheduledPurge;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/** This service's commands (remote start and stop, local lists) with their outcome go after the retention. */
class CommandRetentionIT extends SessionServiceIT {

    @Autowired
    IssuedCommands commands;

    @Autowired
    @Qualifier("chargerCommandPurge")
    ScheduledPurge scheduled;

    @Test
    void finishedCommandsPastTheRetentionAreDeletedAndWaitingOrRecentOnesKept() {
        String cp = unique("PURGE");
        UUID oldAccepted = command(cp, "ACCEPTED", "91 days");
        UUID oldTimedOut = command(cp, "TIMED_OUT", "200 days");
        UUID oldFailed = command(cp, "FAILED", "91 days");
        UUID oldQueued = command(cp, "QUEUED", "91 days");
        UUID oldSent = command(cp, "SENT", "91 days");
        UUID recentAccepted = command(cp, "ACCEPTED", "89 days");

        long deleted = new ScheduledPurge(
                        "test commands",
                        commands::deleteFinishedOlderThan,
                        Duration.ofDays(90),
                        Duration.ofMinutes(10),
                        2)
                .purge();

        assertThat(deleted).isGreaterThanOrEqualTo(3);
        assertThat(List.of(oldAccepted, oldTimedOut, oldFailed))
                .allSatisfy(id -> assertThat(commands.byId(id)).isEmpty());
        assertThat(List.of(oldQueued, oldSent, recentAccepted))
                .allSatisfy(id -> assertThat(commands.byId(id)).isPresent());
        assertThat(scheduled.isRunning()).as("the service's own purge runs").isTrue();
    }

    private UUID command(String chargePointId, String status, String age) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO charger_command (id, ocpp_id, operation, command, requested_by, status,
                                                     requested_at, deadline)
                        VALUES (:id, :cp, 'remote-start', '{}', 'test', :status, now() - CAST(:age AS interval),
                                now() - CAST(:age AS interval) + interval '60 seconds')""")
                .param("id", id)
                .param("cp", chargePointId)
                .param("status", status)
                .param("age", age)
                .update();
        return id;
    }
}
