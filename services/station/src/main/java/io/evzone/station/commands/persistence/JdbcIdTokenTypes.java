package io.evzone.station.commands.persistence;

import io.evzone.station.commands.domain.IdTokenTypes;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcIdTokenTypes implements IdTokenTypes {

    private final JdbcClient jdbc;

    JdbcIdTokenTypes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> ocppTypeOf(String value) {
        return jdbc.sql("SELECT ocpp_type FROM id_token_type WHERE value_folded = :value AND NOT removed")
                .param("value", fold(value))
                .query(String.class)
                .optional();
    }

    @Override
    public void record(String value, String ocppType, boolean removed, Instant changedAt) {
        jdbc.sql("""
                        INSERT INTO id_token_type (value_folded, ocpp_type, removed, changed_at)
                        VALUES (:value, :type, :removed, :at)
                        ON CONFLICT (value_folded) DO UPDATE
                           SET ocpp_type = EXCLUDED.ocpp_type, removed = EXCLUDED.removed,
                               changed_at = EXCLUDED.changed_at
                         WHERE id_token_type.changed_at <= EXCLUDED.changed_at""")
                .param("value", fold(value))
                .param("type", ocppType)
                .param("removed", removed)
                .param("at", Timestamp.from(changedAt))
                .update();
    }

    private static String fold(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
