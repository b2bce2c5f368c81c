package io.evzone.billing.payments.persistence;

import io.evzone.billing.payments.domain.ProviderEvents;
import io.evzone.billing.wallet.persistence.SqlTime;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcProviderEvents implements ProviderEvents {

    private final JdbcClient jdbc;

    JdbcProviderEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean add(String provider, String eventId, String type, UUID paymentId, String payload, Instant at) {
        return jdbc.sql("""
                        INSERT INTO provider_event (provider, event_id, event_type, payment_id, payload, received_at)
                        VALUES (:provider, :event, :type, :payment, :payload, :at) ON CONFLICT DO NOTHING""")
                        .param("provider", provider)
                        .param("event", eventId)
                        .param("type", type)
                        .param("payment", paymentId)
                        .param("payload", payload)
                        .param("at", SqlTime.timestamp(at))
                        .update()
                == 1;
    }
}
