package io.evzone.billing.wallet.domain;

/** Why a journal entry was posted. */
public enum EntryKind {
    TOP_UP,
    DEBIT,
    REFUND,
    TRANSFER,
    HOLD,
    HOLD_RELEASE,
    SESSION_CHARGE,
    WITHDRAWAL,
    PROVIDER_FEE
}
