package io.evzone.billing.tariffs.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the tariff of a session among those in effect when it started: the most specific
 * assignment covering its place wins (charger, then station, site, organization); at the same level
 * a driver group's price wins over the public one; then the most recently effective.
 */
public final class TariffSelection {

    private TariffSelection() {}

    public static Optional<Tariff> choose(List<Tariff> candidates, SessionPlace place, Instant startedAt) {
        return candidates.stream()
                .filter(t -> t.inEffectAt(startedAt))
                .filter(t -> bestCover(t, place) != null)
                .max(Comparator.<Tariff>comparingInt(t -> rank(bestCover(t, place)))
                        .thenComparing(Tariff::effectiveFrom));
    }

    private static Assignment bestCover(Tariff tariff, SessionPlace place) {
        return tariff.assignments().stream()
                .filter(place::covers)
                .max(Comparator.comparingInt(TariffSelection::rank))
                .orElse(null);
    }

    private static int rank(Assignment assignment) {
        return assignment.scope().specificity() * 2 + (assignment.isPublic() ? 0 : 1);
    }
}
