package io.evzone.billing.tariffs.domain;

import java.time.Instant;
import java.util.List;

/**
 * Two ACTIVE tariffs with the same assignment in effect at the same time would leave the choice to
 * chance; activating the second is refused (its predecessor, which it replaces, excepted).
 */
public final class AssignmentConflicts {

    private AssignmentConflicts() {}

    public static void reject(Tariff activating, List<Tariff> active) {
        List<Assignment> assignments = activating.assignments();
        for (int i = 0; i < assignments.size(); i++) {
            Assignment assignment = assignments.get(i);
            for (Tariff other : active) {
                if (other.id().equals(activating.id()) || other.id().equals(activating.previousVersionId())) {
                    continue;
                }
                if (other.assignments().contains(assignment) && overlap(activating, other)) {
                    throw DomainException.conflict("assignments[" + i + "]: tariff " + other.id()
                            + " is already in effect for the same place and drivers; archive it or clone it");
                }
            }
        }
    }

    private static boolean overlap(Tariff a, Tariff b) {
        return before(a.effectiveFrom(), b.details().effectiveTo())
                && before(b.effectiveFrom(), a.details().effectiveTo());
    }

    private static boolean before(Instant from, Instant to) {
        return to == null || from.isBefore(to);
    }
}
