package io.evzone.simulator.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import tools.jackson.databind.JsonNode;

/**
 * N clients post to the billing ledger at once, as fast as it answers, spread over W organization wallets:
 * each repeats a cycle of a top-up, a transfer to a driver and a debit on a wallet chosen at random.
 * Measures postings per second and latency, then asks billing to check the ledger is exact (every balance
 * equals its journal, each currency sums to zero). Needs a platform administrator's token.
 */
final class LedgerWorkload {
    private LedgerWorkload() {}

    static void run(BenchRun bench, String token) throws InterruptedException {
        var options = bench.options;
        if (token == null || options.billingApi() == null) {
            bench.notes.add(
                    "ledger needs --billing-api and a platform administrator's --token (or --email/--password)");
            return;
        }
        var api = new LedgerApi(options.billingApi(), token);
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<String> wallets = new ArrayList<>();
        for (int i = 0; i < options.wallets(); i++) {
            wallets.add("bench-" + run + "-org-" + i);
        }
        try {
            load(bench, api, wallets, run);
            JsonNode check = api.get("/api/v1/finance/ledger/check");
            bench.metrics.put("ledger exact after the run", check.path("exact").asBoolean());
            bench.metrics.put("ledger accounts", check.path("accounts").asLong());
            bench.metrics.put("ledger entries", check.path("entries").asLong());
            bench.metrics.put(
                    "accounts whose balance differs from the journal",
                    check.path("mismatched").size());
            bench.metrics.put(
                    "journal totals per currency",
                    check.path("totalPerCurrency").toString());
        } catch (IOException e) {
            bench.notes.add("billing: " + e.getMessage());
        }
    }

    /**
     * One client's cycle on a wallet, three postings: a top-up of 2 (the sandbox provider, crediting at once),
     * a transfer of 1 to a driver and a debit of 1. Each cycle adds before it takes, so no wallet needs funding
     * first and none goes below zero.
     */
    private static List<String[]> cycle(String wallet, String driver) {
        String owner = "\"organizationId\": \"" + wallet + "\"";
        return List.of(
                new String[] {"/api/v1/wallet/topup", "{\"amount\": 2, \"currency\": \"UGX\", " + owner + "}"},
                new String[] {
                    "/api/v1/wallet/transfer", "{\"amount\": 1, \"targetUserId\": \"" + driver + "\", " + owner + "}"
                },
                new String[] {"/api/v1/wallet/debit", "{\"amount\": 1, \"reference\": \"bench\", " + owner + "}"});
    }

    private static void load(BenchRun bench, LedgerApi api, List<String> wallets, String run)
            throws InterruptedException {
        var options = bench.options;
        var latency = new ConcurrentHistogram(60_000_000L, 3);
        var statuses = new ConcurrentHashMap<Integer, LongAdder>();
        var postings = new LongAdder();
        long end = System.nanoTime() + options.duration().toNanos();
        bench.cpu.coresSinceLast();
        long start = System.nanoTime();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < options.chargers(); c++) {
            clients.add(Thread.ofVirtual().start(() -> {
                var random = ThreadLocalRandom.current();
                while (System.nanoTime() < end) {
                    String wallet = wallets.get(random.nextInt(wallets.size()));
                    String driver = "bench-" + run + "-driver-" + random.nextInt(1_000);
                    for (String[] call : cycle(wallet, driver)) {
                        long sent = System.nanoTime();
                        int status;
                        try {
                            status = api.post(call[0], call[1]);
                        } catch (IOException e) {
                            status = -1;
                        } catch (InterruptedException e) {
                            return;
                        }
                        latency.recordValue(Math.min((System.nanoTime() - sent) / 1_000, 60_000_000L));
                        statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
                        if (status == 200) {
                            postings.increment();
                        }
                    }
                }
            }));
        }
        for (Thread client : clients) {
            client.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cores = bench.cpu.coresSinceLast();
        var metrics = bench.metrics;
        metrics.put("concurrent clients", options.chargers());
        metrics.put("wallets", wallets.size());
        metrics.put("postings (HTTP 200)", postings.sum());
        metrics.put("postings/s", BenchRun.round(postings.sum() / seconds, 1));
        metrics.put("answers by status", new java.util.TreeMap<>(statuses).toString());
        metrics.put("latency p50 ms", BenchRun.round(latency.getValueAtPercentile(50) / 1000.0, 1));
        metrics.put("latency p99 ms", BenchRun.round(latency.getValueAtPercentile(99) / 1000.0, 1));
        metrics.put("latency max ms", BenchRun.round(latency.getMaxValue() / 1000.0, 1));
        bench.generator(cores);
    }
}
