package io.evzone.billing.ledgerit;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.billing.wallet.application.LedgerAudit;
import io.evzone.billing.wallet.domain.Journal;
import io.evzone.contracts.Permissions;
import io.evzone.platform.test.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 1,000 debits, top-ups and transfers at once over HTTP against five wallets, a tenth of them sent
 * twice at the same moment under the same Idempotency-Key: every wallet ends equal to its journal and
 * to what the accepted requests say, none below zero, and the ledger sums to zero.
 */
class ConcurrentPostingsIT extends LedgerIT {

    private static final int WALLETS = 5;
    private static final int OPERATIONS = 1_000;
    private static final long START = 100_000;

    @Autowired
    LedgerAudit audit;

    @Autowired
    JdbcClient jdbc;

    record Call(String path, String body, String key, String kind, long amount) {}

    @Test
    void concurrentPostingsKeepEveryBalanceEqualToItsJournal() throws Exception {
        List<String> users = new ArrayList<>();
        List<WalletApi> apis = new ArrayList<>();
        for (int i = 0; i < WALLETS; i++) {
            String user = UUID.randomUUID().toString();
            users.add(user);
            apis.add(new WalletApi(port, TestTokens.token(user, null, "driver", Set.of(Permissions.WALLET_OWN))));
            apis.get(i).topUp(String.valueOf(START), "UGX");
        }
        Random random = new Random(17);
        List<Future<?>> results = new ArrayList<>();
        AtomicLong moneyIn = new AtomicLong();
        AtomicLong moneyOut = new AtomicLong();
        ConcurrentHashMap<Integer, Integer> statuses = new ConcurrentHashMap<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < OPERATIONS; i++) {
                int from = random.nextInt(WALLETS);
                Call call = call(random, users, from);
                int copies = i % 10 == 0 ? 2 : 1;
                for (int copy = 0; copy < copies; copy++) {
                    boolean counts = copy == 0;
                    results.add(pool.submit(() -> {
                        WalletApi.Response response = apis.get(from).post(call.path(), call.body(), call.key());
                        statuses.merge(response.status(), 1, Integer::sum);
                        if (response.status() == 200 && counts) {
                            if (call.kind().equals("topup")) {
                                moneyIn.addAndGet(call.amount());
                            } else if (call.kind().equals("debit")) {
                                moneyOut.addAndGet(call.amount());
                            }
                        }
                    }));
                }
            }
            for (Future<?> result : results) {
                result.get();
            }
        }

        assertThat(statuses.keySet()).as("statuses %s", statuses).isSubsetOf(200, 422);
        assertThat(statuses.get(200)).isGreaterThan(OPERATIONS / 2);
        Journal.LedgerCheck check = audit.check();
        assertThat(check.mismatched()).isEmpty();
        assertThat(check.totalPerCurrency())
                .allSatisfy((currency, total) -> assertThat(total).isZero());
        assertThat(admin().get("/api/v1/finance/ledger/check")
                        .ok()
                        .path("exact")
                        .asBoolean())
                .isTrue();
        assertThat(apis.getFirst().get("/api/v1/finance/ledger/check").status()).isEqualTo(403);
        long sum = 0;
        for (WalletApi api : apis) {
            long balance = api.balanceMinor();
            assertThat(balance).isNotNegative();
            sum += balance;
        }
        assertThat(sum).isEqualTo(WALLETS * START + moneyIn.get() - moneyOut.get());
        long replays = jdbc.sql("SELECT count(*) FROM idempotent_request WHERE response IS NULL")
                .query(Long.class)
                .single();
        assertThat(replays).isZero();
    }

    private static Call call(Random random, List<String> users, int from) {
        long amount = 1 + random.nextInt(5_000);
        String key = UUID.randomUUID().toString();
        return switch (random.nextInt(3)) {
            case 0 -> new Call("/api/v1/wallet/topup", "{\"amount\": " + amount + "}", key, "topup", amount);
            case 1 -> new Call("/api/v1/wallet/debit", "{\"amount\": " + amount + "}", key, "debit", amount);
            default -> {
                String target = users.get((from + 1 + random.nextInt(users.size() - 1)) % users.size());
                yield new Call(
                        "/api/v1/wallet/transfer",
                        "{\"targetUserId\": \"" + target + "\", \"amount\": " + amount + "}",
                        key,
                        "transfer",
                        amount);
            }
        };
    }
}
