package io.evzone.simulator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evzone.ocpp.OcppVersion;
import io.evzone.ocpp.Role;
import io.evzone.ocpp.v16.Ocpp16;
import io.evzone.ocpp.v16.messages.RemoteStartStopStatus;
import io.evzone.ocpp.v16.messages.RemoteStartTransactionRequest;
import io.evzone.ocpp.v16.messages.ResetStatus;
import io.evzone.ocpp.v16.messages.ResetType;
import io.evzone.ocpp.v201.Ocpp201;
import io.evzone.ocpp.v201.messages.IdTokenEnumType;
import io.evzone.ocpp.v201.messages.IdTokenType;
import io.evzone.ocpp.v201.messages.RequestStartStopStatusEnumType;
import io.evzone.ocpp.v201.messages.RequestStartTransactionRequest;
import io.evzone.ocpp.v201.messages.ResetEnumType;
import io.evzone.ocpp.v201.messages.ResetStatusEnumType;
import io.evzone.simulator.run.RunningSimulation;
import io.evzone.simulator.run.Simulator;
import io.evzone.simulator.run.SimulatorOptions;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Simulated chargers over real sockets against a small CSMS written for the test. */
class SimulatorIT {
    private static final int CHARGERS = 20;
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private TestCsms csms;

    @BeforeEach
    void startCsms() throws InterruptedException {
        csms = new TestCsms(r -> CsmsAnswers.ocpp16(r, 1), r -> CsmsAnswers.ocpp201(r, 1)).startAndWait();
    }

    @AfterEach
    void stopCsms() throws InterruptedException {
        csms.stop(1000);
    }

    private RunningSimulation simulate(OcppVersion version, String prefix) {
        return Simulator.start(SimulatorOptions.builder(URI.create(csms.url()))
                .chargers(CHARGERS)
                .version(version)
                .connectors(2)
                .prefix(prefix)
                .rampPerSecond(0)
                .build());
    }

    private List<String> ids(RunningSimulation simulation) {
        return simulation.chargers().stream().map(c -> c.id()).toList();
    }

    private void awaitEach(List<String> ids, String action, int times) {
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(ids)
                        .allSatisfy(id ->
                                assertThat(csms.chargers.get(id).count(action)).isGreaterThanOrEqualTo(times)));
    }

    @Test
    void twentyOcpp16ChargersBootHeartbeatAndAnswerRemoteStartAndReset() {
        var codec = Ocpp16.codec(Role.CSMS);
        try (var simulation = simulate(OcppVersion.V16, "IT16")) {
            var ids = ids(simulation);
            await().atMost(PATIENCE).until(() -> simulation.snapshot().booted() == CHARGERS);
            awaitEach(ids, "StatusNotification", 2);
            awaitEach(ids, "Heartbeat", 1);

            var starts = ids.stream()
                    .map(id -> csms.send(id, codec, new RemoteStartTransactionRequest(1, "TAG1", null)))
                    .toList();
            assertThat(CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new))
                            .thenApply(v -> starts))
                    .succeedsWithin(PATIENCE)
                    .satisfies(all -> assertThat(all)
                            .allSatisfy(f -> assertThat(
                                            ((io.evzone.ocpp.v16.messages.RemoteStartTransactionResponse) f.join())
                                                    .status())
                                    .isEqualTo(RemoteStartStopStatus.ACCEPTED)));
            awaitEach(ids, "StartTransaction", 1);
            assertThat(simulation.snapshot().activeSessions()).isEqualTo(CHARGERS);

            for (String id : ids) {
                var reset = csms.send(id, codec, new io.evzone.ocpp.v16.messages.ResetRequest(ResetType.SOFT));
                assertThat(reset)
                        .succeedsWithin(PATIENCE)
                        .satisfies(r -> assertThat(((io.evzone.ocpp.v16.messages.ResetResponse) r).status())
                                .isEqualTo(ResetStatus.ACCEPTED));
            }
            awaitEach(ids, "StopTransaction", 1);
            awaitEach(ids, "BootNotification", 2);
            await().atMost(PATIENCE).until(() -> simulation.snapshot().booted() == CHARGERS);

            var summary = simulation.stop();
            assertThat(summary.errors()).as("%s", summary.recentErrors()).isZero();
            assertThat(summary.sessionsStarted()).isEqualTo(CHARGERS);
            assertThat(csms.errors.sum()).isZero();
        }
    }

    @Test
    void twentyOcpp201ChargersBootHeartbeatAndAnswerRequestStartAndReset() {
        var codec = Ocpp201.codec(Role.CSMS);
        try (var simulation = simulate(OcppVersion.V201, "IT201")) {
            var ids = ids(simulation);
            await().atMost(PATIENCE).until(() -> simulation.snapshot().booted() == CHARGERS);
            awaitEach(ids, "StatusNotification", 2);
            awaitEach(ids, "Heartbeat", 1);

            for (String id : ids) {
                var start = csms.send(
                        id,
                        codec,
                        RequestStartTransactionRequest.of(IdTokenType.of("TAG1", IdTokenEnumType.ISO14443), 1));
                assertThat(start)
                        .succeedsWithin(PATIENCE)
                        .satisfies(r -> assertThat(
                                        ((io.evzone.ocpp.v201.messages.RequestStartTransactionResponse) r).status())
                                .isEqualTo(RequestStartStopStatusEnumType.ACCEPTED));
            }
            awaitEach(ids, "TransactionEvent", 1);

            for (String id : ids) {
                var reset = csms.send(id, codec, io.evzone.ocpp.v201.messages.ResetRequest.of(ResetEnumType.IMMEDIATE));
                assertThat(reset)
                        .succeedsWithin(PATIENCE)
                        .satisfies(r -> assertThat(((io.evzone.ocpp.v201.messages.ResetResponse) r).status())
                                .isEqualTo(ResetStatusEnumType.ACCEPTED));
            }
            awaitEach(ids, "TransactionEvent", 2);
            awaitEach(ids, "BootNotification", 2);
            await().atMost(PATIENCE).until(() -> simulation.snapshot().booted() == CHARGERS);

            var summary = simulation.stop();
            assertThat(summary.errors()).as("%s", summary.recentErrors()).isZero();
            assertThat(csms.errors.sum()).isZero();
        }
    }
}
