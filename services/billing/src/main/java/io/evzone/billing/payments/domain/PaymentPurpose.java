package io.evzone.billing.payments.domain;

/** What a payment pays for: a wallet top-up, an invoice, or a session paid directly. */
public enum PaymentPurpose {
    TOP_UP,
    INVOICE,
    SESSION
}
