package io.evzone.simulator.charger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The charging profiles a charger holds, reduced to what the simulation needs: a power limit per connector (the
 * first period of the schedule). Mutable, guarded by its charger.
 */
public final class ChargingLimits {
    private static final double VOLTS = 230;
    private final Map<Integer, Profile> profiles = new LinkedHashMap<>();

    /**
     * One installed profile.
     *
     * @param id the profile id
     * @param connectorId 0 for the whole charger
     * @param purpose the purpose as written in OCPP
     * @param stackLevel its stack level
     * @param limitW the first period's limit in watts
     */
    public record Profile(int id, int connectorId, String purpose, int stackLevel, double limitW) {}

    /** Converts a schedule limit to watts: amperes count per phase at 230 V. */
    public static double watts(boolean amperes, double limit, Integer phases) {
        return amperes ? limit * VOLTS * (phases == null ? 3 : phases) : limit;
    }

    public void install(Profile profile, List<Connector> connectors) {
        // OCPP 1.6 §5.16: a profile with the same id, or the same stack level and purpose, replaces the old one.
        profiles.values()
                .removeIf(p -> p.id() == profile.id()
                        || (p.stackLevel() == profile.stackLevel()
                                && p.purpose().equals(profile.purpose())
                                && p.connectorId() == profile.connectorId()));
        profiles.put(profile.id(), profile);
        apply(connectors);
    }

    /** Removes matching profiles; false when none matched. */
    public boolean clear(Predicate<Profile> matching, List<Connector> connectors) {
        boolean removed = profiles.values().removeIf(matching);
        apply(connectors);
        return removed;
    }

    public List<Profile> all() {
        return List.copyOf(profiles.values());
    }

    private void apply(List<Connector> connectors) {
        for (Connector connector : connectors) {
            Double limit = null;
            for (Profile profile : profiles.values()) {
                if (profile.connectorId() == 0 || profile.connectorId() == connector.id()) {
                    limit = limit == null ? profile.limitW() : Math.min(limit, profile.limitW());
                }
            }
            connector.limitW(limit);
        }
    }
}
