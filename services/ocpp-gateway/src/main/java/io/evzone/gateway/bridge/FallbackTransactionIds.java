package io.evzone.gateway.bridge;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Transaction ids the gateway allocates itself when the session service does not answer a 1.6
 * StartTransaction in time (OCPP 1.6 §6.46: the answer must carry a transactionId). They come from
 * the gateway's own sequence, starting at 1,500,000,000 so they never meet the session service's ids;
 * the TransactionReported event carries the id so the session service adopts it.
 */
@Component
public class FallbackTransactionIds {

    private final JdbcClient jdbc;
    private final ExecutorService virtualThreads = Executors.newVirtualThreadPerTaskExecutor();

    public FallbackTransactionIds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next id, fetched off the caller's thread (the database may be slow; the charger's thread must not wait). */
    public CompletableFuture<Long> next() {
        return CompletableFuture.supplyAsync(this::nextNow, virtualThreads);
    }

    long nextNow() {
        return jdbc.sql("SELECT nextval('fallback_transaction_id')")
                .query(Long.class)
                .single();
    }
}
