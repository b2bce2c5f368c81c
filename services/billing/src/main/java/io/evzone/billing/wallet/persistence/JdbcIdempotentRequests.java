package io.evzone.billing.wallet.persistence;

import io.evzone.billing.wallet.domain.IdempotentRequests;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcIdempotentRequests implements IdempotentRequests {

    private final JdbcClient jdbc;

    JdbcIdempotentRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(String callerId, String key, String operation, String requestHash) {
        return jdbc.sql("""
                        INSERT INTO idempotent_request (caller_id, key, operation, request_hash)
                        VALUES (:caller, :key, :operation, :hash) ON CONFLICT DO NOTHING""")
                        .param("caller", callerId)
                        .param("key", key)
                        .param("operation", operation)
                        .param("hash", requestHash)
                        .update()
                == 1;
    }

    @Override
    public Optional<Stored> find(String callerId, String key) {
        return jdbc.sql(
                        "SELECT operation, request_hash, response FROM idempotent_request WHERE caller_id = :caller AND key = :key")
                .param("caller", callerId)
                .param("key", key)
                .query((rs, row) ->
                        new Stored(rs.getString("operation"), rs.getString("request_hash"), rs.getString("response")))
                .optional();
    }

    @Override
    public void complete(String callerId, String key, String response) {
        jdbc.sql("UPDATE idempotent_request SET response = :response WHERE caller_id = :caller AND key = :key")
                .param("response", response)
                .param("caller", callerId)
                .param("key", key)
                .update();
    }
}
