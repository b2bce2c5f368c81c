package io.evzone.session.it;

import static io.evzone.contracts.charger.TransactionEventKind.STARTED;
import static io.evzone.session.charging.domain.Transactions.v201;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evzone.contracts.Topics;
import io.evzone.contracts.charger.ChargerRegistered;
import io.evzone.contracts.charger.OcppVersion;
import io.evzone.contracts.charger.RegistrationStatus;
import io.evzone.contracts.station.ChargePointProvisioned;
import io.evzone.contracts.station.ChargePointStationChanged;
import io.evzone.platform.test.TestHttp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The session service learns each charger's station from station.events.v1, so sessions filter by station. */
class SessionStationIT extends SessionServiceIT {

    private final String org = unique("org");
    private final Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(3600);

    @Test
    void sessionsAreFoundByTheStationTheirChargerWasAtAndKeepItWhenTheChargerMoves() {
        String cp = charger(org, OcppVersion.V201);
        String tag = idToken(org, "driver-station", "ACTIVE", null);
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String before = startSession(cp, tag, t0);

        placeAt(cp, first, null, Instant.now());
        await().atMost(WAIT).until(() -> idsAt(first).contains(before));
        String during = startSession(cp, tag, t0.plusSeconds(60));
        placeAt(cp, second, first, Instant.now());
        await().atMost(WAIT).until(() -> second.equals(stationOfCharger(cp)));
        String after = startSession(cp, tag, t0.plusSeconds(120));
        placeAt(cp, UUID.randomUUID().toString(), second, Instant.now().minusSeconds(3600));
        reRegister(cp, OcppVersion.V16);

        assertThat(idsAt(first))
                .as("recorded before the station was known, and started there")
                .containsExactlyInAnyOrder(before, during);
        assertThat(idsAt(second)).containsExactly(after);
        assertThat(stationOfCharger(cp))
                .as("an older assignment arriving late changes nothing")
                .isEqualTo(second);
        assertThat(http().get("/api/v1/sessions/history/all?stationId=" + first, TestHttp.bearer(operator("other-org")))
                        .body())
                .isEqualTo("[]");
    }

    @Test
    void aChargerProvisionedAtAStationBeforeItsRegistrationArrivesStartsSessionsThere() {
        String cp = unique("CP");
        String station = UUID.randomUUID().toString();
        Instant now = Instant.now();
        send(
                Topics.STATION_EVENTS,
                cp,
                new ChargePointProvisioned(
                        UUID.randomUUID().toString(),
                        cp,
                        org,
                        station,
                        "ABB",
                        "Terra AC",
                        null,
                        null,
                        OcppVersion.V201,
                        RegistrationStatus.ACCEPTED,
                        "OPERATOR",
                        now));
        send(
                Topics.STATION_EVENTS,
                cp,
                new ChargerRegistered(cp, org, OcppVersion.V201, 1, null, RegistrationStatus.ACCEPTED, false, now));
        await().atMost(WAIT).until(() -> OcppVersion.V201.label().equals(versionOfCharger(cp)));

        String id = startSession(cp, idToken(org, "driver-provisioned", "ACTIVE", null), t0);

        assertThat(idsAt(station)).containsExactly(id);
        assertThat(stationOfCharger(cp)).isEqualTo(station);
    }

    @Test
    void sessionsNameTheirChargePointByTheStationServicesIdBesideTheOcppIdentity() {
        String cp = charger(org, OcppVersion.V201);
        String registryId = UUID.randomUUID().toString();
        send(
                Topics.STATION_EVENTS,
                cp,
                new ChargePointStationChanged(
                        registryId, cp, org, UUID.randomUUID().toString(), null, Instant.now()));
        await().atMost(WAIT).until(() -> registryId.equals(registryIdOf(cp)));

        String id = startSession(cp, idToken(org, "driver-ids", "ACTIVE", null), t0);

        var session = eventJson
                .mapper()
                .readTree(http().get("/api/v1/sessions/" + id, TestHttp.bearer(operator(org)))
                        .body());
        assertThat(session.path("chargePointId").asString()).isEqualTo(registryId);
        assertThat(session.path("ocppId").asString()).isEqualTo(cp);
        assertThat(idsWhere("chargePointId=" + registryId)).containsExactly(id);
        assertThat(idsWhere("ocppId=" + cp)).containsExactly(id);
        assertThat(idsWhere("chargePointId=" + UUID.randomUUID())).isEmpty();
        assertThat(sessionEvents(cp, "SessionStarted"))
                .singleElement()
                .asString()
                .contains("\"chargePointId\":\"" + registryId + "\"")
                .contains("\"ocppId\":\"" + cp + "\"");
    }

    private String startSession(String cp, String tag, Instant at) {
        String tx = unique("tx");
        report(v201(cp, STARTED, tx, 0, tag, 1_000L, at));
        await().atMost(WAIT).until(() -> sessionsWith(cp, tx) == 1);
        return session(cp, tx).get("id").toString();
    }

    private void placeAt(String cp, String station, String previous, Instant at) {
        send(
                Topics.STATION_EVENTS,
                cp,
                new ChargePointStationChanged(UUID.randomUUID().toString(), cp, org, station, previous, at));
    }

    /** A later event with the same key: once applied, every event sent before it has been too. */
    private void reRegister(String cp, OcppVersion version) {
        send(
                Topics.STATION_EVENTS,
                cp,
                new ChargerRegistered(cp, org, version, 1, null, RegistrationStatus.ACCEPTED, false, Instant.now()));
        await().atMost(WAIT).until(() -> version.label().equals(versionOfCharger(cp)));
    }

    private String registryIdOf(String cp) {
        return jdbc.sql("SELECT registry_id FROM charger WHERE charge_point_id = :cp")
                .param("cp", cp)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private List<String> idsWhere(String filter) {
        var response = http().get("/api/v1/sessions/history/all?" + filter, TestHttp.bearer(operator(org)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return eventJson.mapper().readTree(response.body()).findValuesAsString("id");
    }

    private String versionOfCharger(String cp) {
        return jdbc.sql("SELECT ocpp_version FROM charger WHERE charge_point_id = :cp")
                .param("cp", cp)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private List<String> idsAt(String station) {
        return idsWhere("stationId=" + station);
    }

    private String stationOfCharger(String cp) {
        return jdbc.sql("SELECT station_id FROM charger WHERE charge_point_id = :cp")
                .param("cp", cp)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private int sessionsWith(String cp, String tx) {
        return jdbc.sql("SELECT count(*) FROM charging_session WHERE charge_point_id = :cp AND transaction_id = :tx")
                .param("cp", cp)
                .param("tx", tx)
                .query(Integer.class)
                .single();
    }
}
