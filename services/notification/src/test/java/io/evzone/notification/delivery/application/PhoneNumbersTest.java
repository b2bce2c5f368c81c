package io.evzone.notification.delivery.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void nationalAndFormattedNumbersBecomeE164() {
        assertThat(PhoneNumbers.e164("0772 123456", "UG")).contains("+256772123456");
        assertThat(PhoneNumbers.e164("+33 6 12 34 56 78", "UG")).contains("+33612345678");
    }

    @Test
    void invalidNumbersAreRefused() {
        assertThat(PhoneNumbers.e164("12345", "UG")).isEmpty();
        assertThat(PhoneNumbers.e164("not a number", "UG")).isEmpty();
    }
}
