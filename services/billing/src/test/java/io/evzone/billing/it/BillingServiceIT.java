package io.evzone.billing.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.platform.messaging.EventJson;
import io.evzone.platform.messaging.EventPublisher;
import io.evzone.platform.test.EvzoneIntegrationTest;
import io.evzone.platform.test.TestHttp;
import io.evzone.platform.test.TestTokens;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The billing service on real PostgreSQL and Kafka, called over HTTP. */
@EvzoneIntegrationTest
abstract class BillingServiceIT {

    static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    EventPublisher publisher;

    @Autowired
    EventJson eventJson;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    final String org = unique("org");

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    TestHttp http() {
        return new TestHttp(port);
    }

    static String[] admin(String organizationId) {
        return TestHttp.bearer(TestTokens.withPermissions(organizationId, "billing.manage", "billing.read"));
    }

    static String[] reader(String organizationId) {
        return TestHttp.bearer(TestTokens.withPermissions(organizationId, "billing.read"));
    }

    /** Creates a tariff through the API and answers its id. */
    String createTariff(String body) {
        HttpResponse<String> created = http().post("/api/v1/tariffs", body, admin(org));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return read(created.body(), "id");
    }

    String activate(String id) {
        HttpResponse<String> response = http().post("/api/v1/tariffs/" + id + "/activate", "", admin(org));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    String read(String json, String member) {
        return eventJson.mapper().readTree(json).path(member).asString();
    }

    void send(String topic, String key, Object payload) {
        try {
            publisher.publish(topic, key, payload).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A UGX tariff: 1,500 per kWh from 18:00 to 22:00, else 1,000, plus 18% VAT, assigned as given. */
    static String peakTariff(String scope, String targetId) {
        return """
                {"name":"Kampala peak","currency":"UGX",
                 "elements":[
                   {"priceComponents":[{"type":"ENERGY","price":1500,"vat":18}],
                    "restrictions":{"startTime":"18:00","endTime":"22:00"}},
                   {"priceComponents":[{"type":"ENERGY","price":"1000","vat":"18"}]}],
                 "assignments":[{"scope":"%s","targetId":"%s"}]}""".formatted(scope, targetId);
    }
}
