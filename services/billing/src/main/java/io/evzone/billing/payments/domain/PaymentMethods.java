package io.evzone.billing.payments.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Users' saved payment methods. */
public interface PaymentMethods {

    void add(PaymentMethod method);

    Optional<PaymentMethod> find(String userId, UUID id);

    Optional<PaymentMethod> defaultOf(String userId);

    List<PaymentMethod> of(String userId, int limit, int offset);

    void updateLabel(UUID id, String label);

    /** Makes this method the user's only default. */
    void makeDefault(String userId, UUID id);

    boolean delete(String userId, UUID id);
}
