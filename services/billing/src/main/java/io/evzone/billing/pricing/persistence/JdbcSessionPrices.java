package io.evzone.billing.pricing.persistence;

import io.evzone.billing.pricing.domain.SessionPrice;
import io.evzone.billing.pricing.domain.SessionPrices;
import io.evzone.billing.tariffs.persistence.TariffJson;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Price versions in {@code session_price}, with the breakdown as JSON. */
@Repository
class JdbcSessionPrices implements SessionPrices {

    private final JdbcClient jdbc;
    private final TariffJson json;

    JdbcSessionPrices(JdbcClient jdbc, TariffJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<SessionPrice> latest(String sessionId) {
        return jdbc.sql("SELECT * FROM session_price WHERE session_id = :id ORDER BY version DESC LIMIT 1")
                .param("id", sessionId)
                .query(this::map)
                .optional();
    }

    @Override
    public List<SessionPrice> versions(String sessionId) {
        return jdbc.sql("SELECT * FROM session_price WHERE session_id = :id ORDER BY version")
                .param("id", sessionId)
                .query(this::map)
                .list();
    }

    @Override
    public void add(SessionPrice price) {
        jdbc.sql("""
                        INSERT INTO session_price (session_id, version, tariff_id, currency, net, vat, total, energy_wh,
                            breakdown, priced_at)
                        VALUES (:id, :version, :tariffId, :currency, :net, :vat, :total, :energyWh,
                            CAST(:breakdown AS jsonb), :pricedAt)""")
                .param("id", price.sessionId())
                .param("version", price.version())
                .param("tariffId", price.tariffId())
                .param("currency", price.breakdown().currency())
                .param("net", price.breakdown().net())
                .param("vat", price.breakdown().vat())
                .param("total", price.breakdown().total())
                .param("energyWh", price.breakdown().energyWh())
                .param("breakdown", json.write(price.breakdown()))
                .param("pricedAt", JdbcPricedSessions.timestamp(price.pricedAt()))
                .update();
    }

    private SessionPrice map(ResultSet rs, int row) throws SQLException {
        return new SessionPrice(
                rs.getString("session_id"),
                rs.getInt("version"),
                rs.getObject("tariff_id", UUID.class),
                json.breakdown(rs.getString("breakdown")),
                JdbcPricedSessions.instant(rs, "priced_at"));
    }
}
