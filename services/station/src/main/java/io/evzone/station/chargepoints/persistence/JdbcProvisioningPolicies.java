package io.evzone.station.chargepoints.persistence;

import static io.evzone.station.shared.persistence.Sql.timestamp;

import io.evzone.station.chargepoints.domain.ProvisioningPolicies;
import io.evzone.station.chargepoints.domain.UnknownChargerPolicy;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The run-time unknown-charger policy in the one-row {@code provisioning_policy} table. */
@Repository
public class JdbcProvisioningPolicies implements ProvisioningPolicies {

    private final JdbcClient jdbc;

    public JdbcProvisioningPolicies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UnknownChargerPolicy> current() {
        return jdbc.sql("SELECT unknown_chargers FROM provisioning_policy")
                .query((rs, n) -> UnknownChargerPolicy.valueOf(rs.getString(1)))
                .optional();
    }

    @Override
    public void set(UnknownChargerPolicy policy, String changedBy, Instant at) {
        jdbc.sql("""
                        INSERT INTO provisioning_policy (singleton, unknown_chargers, changed_by, changed_at)
                        VALUES (true, :policy, :by, :at)
                        ON CONFLICT (singleton) DO UPDATE SET unknown_chargers = excluded.unknown_chargers,
                            changed_by = excluded.changed_by, changed_at = excluded.changed_at""")
                .param("policy", policy.name())
                .param("by", changedBy)
                .param("at", timestamp(at))
                .update();
    }

    @Override
    public void clear() {
        jdbc.sql("DELETE FROM provisioning_policy").update();
    }
}
