package io.evzone.billing.ledgerit;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/**
 * One local WireMock server standing in for the payment providers' APIs (Stripe, Flutterwave, MTN MoMo),
 * started before the shared context so its address can be configured as each provider's base URL.
 */
final class ProviderStubs {

    static final String URL_PROPERTY = "evzone.test.provider-stubs";

    private static WireMockServer server;

    private ProviderStubs() {}

    static synchronized WireMockServer server() {
        if (server == null) {
            server = new WireMockServer(
                    WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
            server.start();
            System.setProperty(URL_PROPERTY, "http://127.0.0.1:" + server.port());
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }
}
