package io.evzone.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.gateway.support.GatewayIntegrationTest;
import io.evzone.gateway.support.RawCharger;
import org.junit.jupiter.api.Test;

/** A 2.0.1 NotifyReport becomes a {@code DeviceModelReported} with one variable per reported attribute. */
class DeviceModelReportIT extends GatewayIntegrationTest {

    @Test
    void notifyReportIsPublishedAsTheDeviceModel() {
        try (RawCharger charger = RawCharger.connect(ws("DM_REPORT"), "ocpp2.0.1")) {
            charger.send("""
                    [2,"report-1","NotifyReport",{"requestId":7,"generatedAt":"2026-12-08T00:00:00Z","seqNo":0,\
                    "tbc":true,"reportData":[{"component":{"name":"EVSE","evse":{"id":1}},\
                    "variable":{"name":"Power"},"variableAttribute":[{"value":"22000","mutability":"ReadOnly"},\
                    {"type":"MaxSet","value":"11000","mutability":"ReadWrite"}],\
                    "variableCharacteristics":{"dataType":"decimal","unit":"W","supportsMonitoring":true}}]}]""");

            assertThat(charger.answerTo("report-1")).startsWith("[3,");
            String json = events.await("DM_REPORT", "DeviceModelReported").json();
            assertThat(json)
                    .contains("\"requestId\":7", "\"toBeContinued\":true", "\"component\":\"EVSE\"", "\"evseId\":1")
                    .contains("\"attributeType\":\"Actual\"", "\"value\":\"22000\"")
                    .contains("\"attributeType\":\"MaxSet\"", "\"value\":\"11000\"", "\"unit\":\"W\"");
        }
    }
}
