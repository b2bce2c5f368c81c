package io.evzone.billing.tariffs.application;

import io.evzone.billing.tariffs.domain.AssignmentConflicts;
import io.evzone.billing.tariffs.domain.OrganizationScope;
import io.evzone.billing.tariffs.domain.Tariff;
import io.evzone.billing.tariffs.domain.TariffDetails;
import io.evzone.billing.tariffs.domain.TariffStatus;
import io.evzone.billing.tariffs.domain.Tariffs;
import io.evzone.contracts.TimeOrderedIds;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lifecycle operations on one tariff: change or delete a DRAFT, activate it (archiving the
 * version it replaces from the moment it takes effect), suspend and resume it, archive it, clone it
 * as the next version.
 */
@Service
public class TariffLifecycle {

    private final Tariffs tariffs;
    private final TariffQueries queries;
    private final Clock clock;

    public TariffLifecycle(Tariffs tariffs, TariffQueries queries, Clock clock) {
        this.tariffs = tariffs;
        this.queries = queries;
        this.clock = clock;
    }

    @Transactional
    public Tariff change(UUID id, TariffDetails details, OrganizationScope scope) {
        Tariff changed = queries.get(id, scope).change(details, now());
        tariffs.update(changed);
        return changed;
    }

    @Transactional
    public void delete(UUID id, OrganizationScope scope) {
        queries.get(id, scope).requireDeletable();
        tariffs.delete(id);
    }

    @Transactional
    public Tariff activate(UUID id, OrganizationScope scope) {
        Instant now = now();
        Tariff active = queries.get(id, scope).activate(now);
        List<Tariff> inUse = tariffs.inUse(active.organizationId());
        AssignmentConflicts.reject(
                active,
                inUse.stream().filter(t -> t.status() == TariffStatus.ACTIVE).toList());
        tariffs.update(active);
        inUse.stream()
                .filter(t -> t.id().equals(active.previousVersionId()) && t.status() == TariffStatus.ACTIVE)
                .forEach(previous -> tariffs.update(previous.archive(active.effectiveFrom(), now)));
        return active;
    }

    @Transactional
    public Tariff suspend(UUID id, OrganizationScope scope) {
        Tariff suspended = queries.get(id, scope).suspend(now());
        tariffs.update(suspended);
        return suspended;
    }

    @Transactional
    public Tariff archive(UUID id, OrganizationScope scope) {
        Instant now = now();
        Tariff archived = queries.get(id, scope).archive(now, now);
        tariffs.update(archived);
        return archived;
    }

    @Transactional
    public Tariff cloneAsNextVersion(UUID id, OrganizationScope scope) {
        Tariff next = queries.get(id, scope).nextVersion(TimeOrderedIds.next(), now());
        tariffs.add(next);
        return next;
    }

    /** Now, to the microsecond PostgreSQL keeps, so an answer shows the times a later read returns. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
