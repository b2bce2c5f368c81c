package io.evzone.ocpp.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.ocpp.Role;
import io.evzone.ocpp.v16.Ocpp16;
import io.evzone.ocpp.v16.messages.HeartbeatResponse;
import io.evzone.ocpp.v16.messages.MeterValuesResponse;
import io.evzone.ocpp.v16.messages.Ocpp16Request;
import io.evzone.ocpp.v16.messages.Ocpp16Response;
import io.evzone.ocpp.v16.messages.StatusNotificationResponse;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A smoke check of the gateway's hot path on one thread: decode, validate and bind a CALL, then encode and
 * validate its CALLRESULT. The gateway needs 5,000 messages a second on 2 cores; the cost measured is printed.
 */
class CodecThroughputTest {
    private static final String[] FRAMES = {"""
        [2,"m1","MeterValues",{"connectorId":1,"transactionId":42,"meterValue":[{"timestamp":"2024-05-01T10:00:00Z",
        "sampledValue":[{"value":"12345.6","measurand":"Energy.Active.Import.Register","unit":"Wh"},
        {"value":"7.2","measurand":"Power.Active.Import","unit":"kW"},
        {"value":"16.1","measurand":"Current.Import","phase":"L1","unit":"A"},
        {"value":"231.0","measurand":"Voltage","phase":"L1-N","unit":"V"}]}]}]""", """
        [2,"m2","StatusNotification",{"connectorId":1,"errorCode":"NoError","status":"Charging",
        "timestamp":"2024-05-01T10:00:00Z"}]""", """
        [2,"m3","Heartbeat",{}]"""};

    private final OcppCodec<Ocpp16Request, Ocpp16Response> csms = Ocpp16.codec(Role.CSMS);

    @Test
    void decodingAndAnsweringAMessageCostsFarLessCpuThanTheGatewaysBudget() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        run(20_000);
        int messages = 60_000;
        long cpuStart = threads.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        run(messages);
        double cpuMicros = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e3 / messages;
        double wallPerSecond = messages / ((System.nanoTime() - wallStart) / 1e9);
        System.out.printf(
                "OCPP 1.6 decode + answer: %.1f us CPU per message, %.0f messages/s wall clock on one thread%n",
                cpuMicros, wallPerSecond);
        // 5,000 messages/s on 2 cores leaves 400 us of CPU per message for everything; the codec may use a quarter.
        // CPU time rather than wall clock, so that a busy build machine does not fail the test.
        assertThat(cpuMicros).isLessThan(100);
    }

    private void run(int messages) {
        Instant now = Instant.parse("2024-05-01T10:00:00Z");
        for (int i = 0; i < messages; i++) {
            if (csms.decode(FRAMES[i % FRAMES.length]) instanceof Inbound.Call<Ocpp16Request> call) {
                Ocpp16Response response = switch (call.action()) {
                    case "MeterValues" -> new MeterValuesResponse();
                    case "StatusNotification" -> new StatusNotificationResponse();
                    default -> new HeartbeatResponse(now);
                };
                csms.encodeResult(call.messageId(), response);
            } else {
                throw new AssertionError("frame " + i % FRAMES.length + " was not accepted");
            }
        }
    }
}
