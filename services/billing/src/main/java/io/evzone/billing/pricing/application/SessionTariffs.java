package io.evzone.billing.pricing.application;

import io.evzone.billing.config.BillingProperties;
import io.evzone.billing.pricing.domain.BillingStation;
import io.evzone.billing.pricing.domain.BillingStations;
import io.evzone.billing.pricing.domain.PricedSession;
import io.evzone.billing.tariffs.domain.ChargingProfile;
import io.evzone.billing.tariffs.domain.MeterSample;
import io.evzone.billing.tariffs.domain.SessionPlace;
import io.evzone.billing.tariffs.domain.Tariff;
import io.evzone.billing.tariffs.domain.TariffSelection;
import io.evzone.billing.tariffs.domain.Tariffs;
import io.evzone.billing.tariffs.domain.TenantSettings;
import io.evzone.billing.tariffs.domain.Tenants;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The tariff of a session and its charging profile: the tariff in effect at the start at the most
 * specific place covering the station; local times in the station's zone (its organization's, or the
 * configured default, when the station service gave none). Drivers are priced as the public until billing learns driver groups.
 */
@Component
class SessionTariffs {

    private final Tariffs tariffs;
    private final BillingStations stations;
    private final Tenants tenants;
    private final BillingProperties properties;

    SessionTariffs(Tariffs tariffs, BillingStations stations, Tenants tenants, BillingProperties properties) {
        this.tariffs = tariffs;
        this.stations = stations;
        this.tenants = tenants;
        this.properties = properties;
    }

    Optional<Tariff> tariffOf(PricedSession session) {
        if (session.organizationId() == null || session.startedAt() == null) {
            return Optional.empty();
        }
        String site = session.stationId() == null
                ? null
                : stations.byId(session.stationId()).map(BillingStation::siteId).orElse(null);
        SessionPlace place = new SessionPlace(
                session.organizationId(), site, session.stationId(), session.chargePointId(), Set.of());
        return TariffSelection.choose(tariffs.inUse(session.organizationId()), place, session.startedAt());
    }

    /**
     * The profile up to {@code end}, with the readings up to it and, when given, the final one. A stop
     * stamped before the start (a charger's clock stepping back) makes a session of no duration.
     */
    ChargingProfile profile(PricedSession session, Instant stop, List<MeterSample> readings, Long finalWh) {
        Instant end = stop.isBefore(session.startedAt()) ? session.startedAt() : stop;
        List<MeterSample> samples = new ArrayList<>(
                readings.stream().filter(r -> !r.at().isAfter(end)).toList());
        if (finalWh != null) {
            samples.add(new MeterSample(end, finalWh));
        }
        return new ChargingProfile(session.startedAt(), end, zone(session), samples);
    }

    /** The station's own zone, else its organization's, else the deployment's default. */
    ZoneId zone(PricedSession session) {
        Optional<ZoneId> station = session.stationId() == null
                ? Optional.empty()
                : stations.byId(session.stationId()).map(BillingStation::timeZone);
        return station.or(() -> Optional.ofNullable(session.organizationId())
                        .flatMap(tenants::settingsOf)
                        .map(TenantSettings::timeZone))
                .orElse(properties.defaultTimeZone());
    }
}
