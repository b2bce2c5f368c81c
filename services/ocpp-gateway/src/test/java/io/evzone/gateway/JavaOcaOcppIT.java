package io.evzone.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import eu.chargetime.ocpp.ClientEvents;
import eu.chargetime.ocpp.JSONClient;
import eu.chargetime.ocpp.feature.profile.ClientCoreEventHandler;
import eu.chargetime.ocpp.feature.profile.ClientCoreProfile;
import eu.chargetime.ocpp.model.Confirmation;
import eu.chargetime.ocpp.model.Request;
import eu.chargetime.ocpp.model.core.AuthorizationStatus;
import eu.chargetime.ocpp.model.core.AuthorizeConfirmation;
import eu.chargetime.ocpp.model.core.AvailabilityStatus;
import eu.chargetime.ocpp.model.core.BootNotificationConfirmation;
import eu.chargetime.ocpp.model.core.ChangeAvailabilityConfirmation;
import eu.chargetime.ocpp.model.core.ChangeAvailabilityRequest;
import eu.chargetime.ocpp.model.core.ChangeConfigurationConfirmation;
import eu.chargetime.ocpp.model.core.ChangeConfigurationRequest;
import eu.chargetime.ocpp.model.core.ChargePointErrorCode;
import eu.chargetime.ocpp.model.core.ChargePointStatus;
import eu.chargetime.ocpp.model.core.ClearCacheConfirmation;
import eu.chargetime.ocpp.model.core.ClearCacheRequest;
import eu.chargetime.ocpp.model.core.DataTransferConfirmation;
import eu.chargetime.ocpp.model.core.DataTransferRequest;
import eu.chargetime.ocpp.model.core.GetConfigurationConfirmation;
import eu.chargetime.ocpp.model.core.GetConfigurationRequest;
import eu.chargetime.ocpp.model.core.HeartbeatConfirmation;
import eu.chargetime.ocpp.model.core.MeterValuesRequest;
import eu.chargetime.ocpp.model.core.RegistrationStatus;
import eu.chargetime.ocpp.model.core.RemoteStartStopStatus;
import eu.chargetime.ocpp.model.core.RemoteStartTransactionConfirmation;
import eu.chargetime.ocpp.model.core.RemoteStartTransactionRequest;
import eu.chargetime.ocpp.model.core.RemoteStopTransactionConfirmation;
import eu.chargetime.ocpp.model.core.RemoteStopTransactionRequest;
import eu.chargetime.ocpp.model.core.ResetConfirmation;
import eu.chargetime.ocpp.model.core.ResetRequest;
import eu.chargetime.ocpp.model.core.ResetStatus;
import eu.chargetime.ocpp.model.core.StartTransactionConfirmation;
import eu.chargetime.ocpp.model.core.StopTransactionConfirmation;
import eu.chargetime.ocpp.model.core.StopTransactionRequest;
import eu.chargetime.ocpp.model.core.UnlockConnectorConfirmation;
import eu.chargetime.ocpp.model.core.UnlockConnectorRequest;
import eu.chargetime.ocpp.model.core.UnlockStatus;
import io.evzone.gateway.support.GatewayIntegrationTest;
import io.evzone.platform.test.TestHttp;
import io.evzone.platform.test.TestTokens;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Interoperability with the Open Charge Alliance's Java-OCA-OCPP library as a 1.6 charge point (core profile). */
class JavaOcaOcppIT extends GatewayIntegrationTest {

    private static final String ID = "JAVA_OCA_CP";

    private static ZonedDateTime now() {
        return ZonedDateTime.now(ZoneOffset.UTC);
    }

    private static <T extends Confirmation> T send(JSONClient client, Request request, Class<T> type) throws Exception {
        return type.cast(client.send(request).toCompletableFuture().get(30, TimeUnit.SECONDS));
    }

    @Test
    void aJavaOcaOcppChargePointBootsAuthorizesAndRunsATransaction() throws Exception {
        ClientCoreProfile core = new ClientCoreProfile(new Handler());
        JSONClient client = new JSONClient(core, ID);
        CompletableFuture<Void> opened = new CompletableFuture<>();
        client.connect("ws://localhost:" + port + "/ocpp", new ClientEvents() {
            @Override
            public void connectionOpened() {
                opened.complete(null);
            }

            @Override
            public void connectionClosed() {}
        });
        try {
            opened.get(30, TimeUnit.SECONDS);

            var boot = send(
                    client,
                    core.createBootNotificationRequest("EVZone", "Java-OCA-OCPP"),
                    BootNotificationConfirmation.class);
            assertThat(boot.getStatus()).isEqualTo(RegistrationStatus.Accepted);
            assertThat(boot.getInterval()).isEqualTo(300);

            assertThat(send(client, core.createHeartbeatRequest(), HeartbeatConfirmation.class)
                            .getCurrentTime())
                    .isNotNull();
            send(
                    client,
                    core.createStatusNotificationRequest(1, ChargePointErrorCode.NoError, ChargePointStatus.Available),
                    Confirmation.class);

            var authorize = send(client, core.createAuthorizeRequest("OCA-TAG"), AuthorizeConfirmation.class);
            assertThat(authorize.getIdTagInfo().getStatus()).isEqualTo(AuthorizationStatus.Accepted);
            var blocked = send(client, core.createAuthorizeRequest("BLOCKED-OCA"), AuthorizeConfirmation.class);
            assertThat(blocked.getIdTagInfo().getStatus()).isEqualTo(AuthorizationStatus.Blocked);

            var start = send(
                    client,
                    core.createStartTransactionRequest(1, "OCA-TAG", 100, now()),
                    StartTransactionConfirmation.class);
            assertThat(start.getIdTagInfo().getStatus()).isEqualTo(AuthorizationStatus.Accepted);
            int transactionId = start.getTransactionId();
            assertThat(transactionId).isGreaterThan(1000);

            MeterValuesRequest meter = core.createMeterValuesRequest(1, now(), "1600");
            meter.setTransactionId(transactionId);
            send(client, meter, Confirmation.class);

            StopTransactionRequest stop = core.createStopTransactionRequest(2100, now(), transactionId);
            stop.setIdTag("OCA-TAG");
            send(client, stop, StopTransactionConfirmation.class);

            events.await(ID, "ChargerBooted", "ACCEPTED");
            events.await(ID, "TransactionReported", "STARTED");
            events.await(ID, "MeterValuesReported", "1600");
            events.await(ID, "TransactionReported", "ENDED");

            var reset = http().post(
                            "/api/v1/ocpp/charge-points/" + ID + "/commands/reset",
                            "{\"type\":\"SOFT\"}",
                            TestHttp.bearer(TestTokens.platformAdmin()));
            assertThat(reset.statusCode()).isEqualTo(200);
            assertThat(reset.body()).contains("\"status\":\"ACCEPTED\"");
        } finally {
            client.disconnect();
        }
    }

    /** The charge point's side of the core profile's CSMS-initiated calls. */
    private static final class Handler implements ClientCoreEventHandler {
        @Override
        public ChangeAvailabilityConfirmation handleChangeAvailabilityRequest(ChangeAvailabilityRequest request) {
            return new ChangeAvailabilityConfirmation(AvailabilityStatus.Accepted);
        }

        @Override
        public GetConfigurationConfirmation handleGetConfigurationRequest(GetConfigurationRequest request) {
            return new GetConfigurationConfirmation();
        }

        @Override
        public ChangeConfigurationConfirmation handleChangeConfigurationRequest(ChangeConfigurationRequest request) {
            return null;
        }

        @Override
        public ClearCacheConfirmation handleClearCacheRequest(ClearCacheRequest request) {
            return null;
        }

        @Override
        public DataTransferConfirmation handleDataTransferRequest(DataTransferRequest request) {
            return null;
        }

        @Override
        public RemoteStartTransactionConfirmation handleRemoteStartTransactionRequest(
                RemoteStartTransactionRequest request) {
            return new RemoteStartTransactionConfirmation(RemoteStartStopStatus.Accepted);
        }

        @Override
        public RemoteStopTransactionConfirmation handleRemoteStopTransactionRequest(
                RemoteStopTransactionRequest request) {
            return new RemoteStopTransactionConfirmation(RemoteStartStopStatus.Accepted);
        }

        @Override
        public ResetConfirmation handleResetRequest(ResetRequest request) {
            return new ResetConfirmation(ResetStatus.Accepted);
        }

        @Override
        public UnlockConnectorConfirmation handleUnlockConnectorRequest(UnlockConnectorRequest request) {
            return new UnlockConnectorConfirmation(UnlockStatus.Unlocked);
        }
    }
}
