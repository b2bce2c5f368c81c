package io.evzone.billing.tariffs.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TariffSelectionTest {

    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    static final SessionPlace PLACE = new SessionPlace("org", "site", "station", "CP-1", Set.of("fleet"));

    @Test
    void theMostSpecificAssignmentWinsAndAGroupPriceBeatsThePublicOne() {
        Tariff organization = active(new Assignment(AssignmentScope.ORGANIZATION, "org", null));
        Tariff station = active(new Assignment(AssignmentScope.STATION, "station", null));
        Tariff stationFleet = active(new Assignment(AssignmentScope.STATION, "station", "fleet"));
        Tariff otherCharger = active(new Assignment(AssignmentScope.CHARGE_POINT, "CP-2", null));

        assertThat(TariffSelection.choose(List.of(organization, station, otherCharger), PLACE, NOW))
                .contains(station);
        assertThat(TariffSelection.choose(List.of(organization, stationFleet, station), PLACE, NOW))
                .contains(stationFleet);
        assertThat(TariffSelection.choose(
                        List.of(stationFleet), new SessionPlace("org", "site", "station", "CP-1", Set.of()), NOW))
                .as("a group's price is not for the public")
                .isEmpty();
    }

    @Test
    void onlyATariffInEffectWhenTheSessionStartedApplies() {
        Tariff archived = active(new Assignment(AssignmentScope.ORGANIZATION, "org", null))
                .archive(NOW.plusSeconds(60), NOW);

        assertThat(TariffSelection.choose(List.of(archived), PLACE, NOW)).contains(archived);
        assertThat(TariffSelection.choose(List.of(archived), PLACE, NOW.plusSeconds(60)))
                .isEmpty();
        assertThat(TariffSelection.choose(List.of(archived), PLACE, NOW.minusSeconds(7200)))
                .isEmpty();
    }

    @Test
    void aDraftIsChangedAndDeletedButAnActiveTariffIsClonedAndArchived() {
        Tariff draft = draft(new Assignment(AssignmentScope.ORGANIZATION, "org", null));
        Tariff active = draft.activate(NOW);

        assertThatThrownBy(() -> active.change(draft.details(), NOW)).isInstanceOf(DomainException.class);
        assertThatThrownBy(active::requireDeletable).hasMessageContaining("only a DRAFT");
        Tariff next = active.nextVersion(UUID.randomUUID(), NOW);
        assertThat(next.version()).isEqualTo(2);
        assertThat(next.previousVersionId()).isEqualTo(active.id());
        assertThat(next.status()).isEqualTo(TariffStatus.DRAFT);
        assertThatThrownBy(() -> AssignmentConflicts.reject(
                        draft(new Assignment(AssignmentScope.ORGANIZATION, "org", null))
                                .activate(NOW),
                        List.of(active)))
                .hasMessageStartingWith("assignments[0]:");
        AssignmentConflicts.reject(next.activate(NOW), List.of(active));
    }

    private static Tariff active(Assignment assignment) {
        return draft(assignment).activate(NOW.minusSeconds(3600));
    }

    private static Tariff draft(Assignment assignment) {
        TariffDetails details = new TariffDetails(
                "t", null, Terms.in("UGX").element(Terms.energy(1_000)).build(), null, null, List.of(assignment));
        return Tariff.draft(UUID.randomUUID(), "org", details, NOW);
    }
}
