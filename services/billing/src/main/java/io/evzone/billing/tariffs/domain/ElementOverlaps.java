package io.evzone.billing.tariffs.domain;

import java.util.List;

/**
 * Rejects elements whose order would silently decide a price. OCPI 2.2.1 takes the first element
 * that applies, so an element can shadow a later one. Two cases are mistakes, never intent:
 *
 * <ul>
 *   <li>an unrestricted element (a fallback) followed by another pricing the same dimension, which
 *       then never applies;
 *   <li>two time-of-use bands pricing the same dimension, otherwise restricted alike, whose hours
 *       overlap: which price holds in the shared hours would depend on their order.
 * </ul>
 *
 * Elements restricted in different ways (by time and by energy, say) overlap by design; their
 * order decides, as in OCPI.
 */
final class ElementOverlaps {

    private ElementOverlaps() {}

    static void reject(List<TariffElement> elements) {
        for (int later = 1; later < elements.size(); later++) {
            for (int earlier = 0; earlier < later; earlier++) {
                check(elements, earlier, later);
            }
        }
    }

    private static void check(List<TariffElement> elements, int earlier, int later) {
        TariffElement first = elements.get(earlier);
        TariffElement second = elements.get(later);
        if (!sharesDimension(first, second)) {
            return;
        }
        if (first.restrictions().isEmpty()) {
            throw DomainException.invalid("elements[" + later + "]: never applies, elements[" + earlier
                    + "] has no restrictions and prices the same dimension; put the unrestricted element last");
        }
        Restrictions a = first.restrictions();
        Restrictions b = second.restrictions();
        if (a.equals(b)) {
            throw DomainException.invalid("elements[" + later + "].restrictions: the same as elements[" + earlier
                    + "]'s for the same dimension");
        }
        if (a.hasTimeOfDay()
                && b.hasTimeOfDay()
                && a.sameApartFromTimeOfDay(b)
                && TimeOfDay.overlap(a.startTime(), a.endTime(), b.startTime(), b.endTime())) {
            throw DomainException.invalid("elements[" + later + "].restrictions.startTime: the band overlaps elements["
                    + earlier + "]'s band for the same dimension");
        }
    }

    private static boolean sharesDimension(TariffElement a, TariffElement b) {
        return a.priceComponents().stream().anyMatch(c -> b.prices(c.type()));
    }
}
