package io.evzone.billing.payments.domain;

/**
 * Which payments a finance list shows; a null member does not filter.
 *
 * @param organizationId payments into this organization's wallet only
 */
public record PaymentQuery(String organizationId, PaymentStatus status, String provider) {}
