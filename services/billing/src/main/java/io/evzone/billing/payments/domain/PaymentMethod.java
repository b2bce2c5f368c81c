package io.evzone.billing.payments.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A saved way to pay: the provider's token for a card or mobile-money account, and what can be shown
 * about it (brand and last four digits, or the phone number). Never a card number.
 */
public record PaymentMethod(
        UUID id,
        String userId,
        String provider,
        String type,
        String token,
        String label,
        String brand,
        String last4,
        String phone,
        boolean isDefault,
        Instant createdAt) {

    public PaymentMethod withLabel(String newLabel) {
        return new PaymentMethod(
                id, userId, provider, type, token, newLabel, brand, last4, phone, isDefault, createdAt);
    }
}
