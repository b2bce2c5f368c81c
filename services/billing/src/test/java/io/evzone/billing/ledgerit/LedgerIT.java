package io.evzone.billing.ledgerit;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.evzone.contracts.Permissions;
import io.evzone.platform.test.TestTokens;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Base of the ledger's integration tests: one shared context, the provider stubs running before it. */
@LedgerIntegrationTest
abstract class LedgerIT {

    static final WireMockServer STUBS = ProviderStubs.server();

    @LocalServerPort
    int port;

    WalletApi driver(String userId) {
        return new WalletApi(port, TestTokens.token(userId, null, "driver", Set.of(Permissions.WALLET_OWN)));
    }

    WalletApi newDriver() {
        return driver(UUID.randomUUID().toString());
    }

    WalletApi admin() {
        return new WalletApi(port, TestTokens.platformAdmin());
    }
}
