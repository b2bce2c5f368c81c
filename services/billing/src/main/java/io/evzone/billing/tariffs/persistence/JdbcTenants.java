package io.evzone.billing.tariffs.persistence;

import io.evzone.billing.tariffs.domain.CurrencyCode;
import io.evzone.billing.tariffs.domain.TenantSettings;
import io.evzone.billing.tariffs.domain.Tenants;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tenant settings in the {@code tenant_settings} table. */
@Repository
class JdbcTenants implements Tenants {

    private final JdbcClient jdbc;

    JdbcTenants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<TenantSettings> settingsOf(String organizationId) {
        return jdbc.sql("SELECT * FROM tenant_settings WHERE organization_id = :org")
                .param("org", organizationId)
                .query(JdbcTenants::settings)
                .optional();
    }

    @Override
    public void save(TenantSettings settings) {
        jdbc.sql("""
                        INSERT INTO tenant_settings (organization_id, currency, vat_percent, time_zone, updated_at)
                        VALUES (:org, :currency, :vat, :zone, :updatedAt)
                        ON CONFLICT (organization_id) DO UPDATE SET currency = EXCLUDED.currency,
                            vat_percent = EXCLUDED.vat_percent, time_zone = EXCLUDED.time_zone,
                            updated_at = EXCLUDED.updated_at""")
                .param("org", settings.organizationId())
                .param("currency", settings.currency().code())
                .param("vat", settings.vatPercent())
                .param(
                        "zone",
                        settings.timeZone() == null ? null : settings.timeZone().getId())
                .param("updatedAt", Timestamp.from(settings.updatedAt()))
                .update();
    }

    private static TenantSettings settings(ResultSet rs, int row) throws SQLException {
        String zone = rs.getString("time_zone");
        return new TenantSettings(
                rs.getString("organization_id"),
                CurrencyCode.of("currency", rs.getString("currency")),
                rs.getBigDecimal("vat_percent"),
                zone == null ? null : ZoneId.of(zone),
                rs.getTimestamp("updated_at").toInstant());
    }
}
