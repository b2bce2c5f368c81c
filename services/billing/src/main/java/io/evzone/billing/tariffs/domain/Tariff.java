package io.evzone.billing.tariffs.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A versioned tariff of an organization. A DRAFT is edited freely; activating it puts it in effect
 * from its {@code effectiveFrom} (now when unset); archiving ends its effect but keeps it, so
 * sessions it priced can be re-priced with it. A change to a tariff in use is a clone (the next
 * version, a new DRAFT) activated in its place.
 */
public record Tariff(
        UUID id,
        String organizationId,
        int version,
        UUID previousVersionId,
        TariffStatus status,
        TariffDetails details,
        Instant createdAt,
        Instant updatedAt) {

    public static Tariff draft(UUID id, String organizationId, TariffDetails details, Instant now) {
        return new Tariff(id, organizationId, 1, null, TariffStatus.DRAFT, details, now, now);
    }

    public TariffTerms terms() {
        return details.terms();
    }

    public List<Assignment> assignments() {
        return details.assignments();
    }

    public Instant effectiveFrom() {
        return details.effectiveFrom();
    }

    public boolean inEffectAt(Instant at) {
        return status != TariffStatus.DRAFT
                && status != TariffStatus.SUSPENDED
                && details.effectiveFrom() != null
                && !at.isBefore(details.effectiveFrom())
                && (details.effectiveTo() == null || at.isBefore(details.effectiveTo()));
    }

    public Tariff change(TariffDetails changed, Instant now) {
        requireDraft("changed");
        return new Tariff(id, organizationId, version, previousVersionId, status, changed, createdAt, now);
    }

    public Tariff activate(Instant now) {
        if (status == TariffStatus.SUSPENDED) {
            return withStatus(TariffStatus.ACTIVE, details.effectiveFrom(), details.effectiveTo(), now);
        }
        requireDraft("activated");
        Instant from = details.effectiveFrom() == null ? now : details.effectiveFrom();
        if (details.effectiveTo() != null && !details.effectiveTo().isAfter(from)) {
            throw DomainException.invalid("effectiveTo: must be after effectiveFrom");
        }
        return withStatus(TariffStatus.ACTIVE, from, details.effectiveTo(), now);
    }

    /** Pauses an ACTIVE tariff: no session is priced with it until it is activated again. */
    public Tariff suspend(Instant now) {
        if (status != TariffStatus.ACTIVE) {
            throw DomainException.conflict("tariff " + id + " is " + status + "; only an ACTIVE tariff is suspended");
        }
        return withStatus(TariffStatus.SUSPENDED, details.effectiveFrom(), details.effectiveTo(), now);
    }

    /** Ends the tariff's effect at {@code until} (now, or when a successor takes over). */
    public Tariff archive(Instant until, Instant now) {
        if (status != TariffStatus.ACTIVE && status != TariffStatus.SUSPENDED) {
            throw DomainException.conflict(
                    "tariff " + id + " is " + status + "; only an ACTIVE or SUSPENDED tariff is archived");
        }
        Instant end =
                details.effectiveTo() != null && details.effectiveTo().isBefore(until) ? details.effectiveTo() : until;
        Instant from = details.effectiveFrom().isAfter(end) ? end : details.effectiveFrom();
        return withStatus(TariffStatus.ARCHIVED, from, end, now);
    }

    public Tariff nextVersion(UUID newId, Instant now) {
        TariffDetails copy = new TariffDetails(
                details.name(), details.description(), details.terms(), null, null, details.assignments());
        return new Tariff(newId, organizationId, version + 1, id, TariffStatus.DRAFT, copy, now, now);
    }

    public void requireDeletable() {
        requireDraft("deleted; archive it instead");
    }

    private Tariff withStatus(TariffStatus next, Instant from, Instant to, Instant now) {
        TariffDetails effective = new TariffDetails(
                details.name(), details.description(), details.terms(), from, to, details.assignments());
        return new Tariff(id, organizationId, version, previousVersionId, next, effective, createdAt, now);
    }

    private void requireDraft(String action) {
        if (status != TariffStatus.DRAFT) {
            throw DomainException.conflict("tariff " + id + " is " + status + "; only a DRAFT can be " + action);
        }
    }
}
