package io.evzone.contracts.charger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void minorUnitsBecomeMajorUnitsWithTheCurrencysDecimals() {
        assertThat(new Money(1250, "EUR").inMajorUnits()).isEqualTo(new BigDecimal("12.50"));
        assertThat(new Money(1500, "UGX").inMajorUnits()).isEqualTo(new BigDecimal("1500"));
        assertThat(new Money(5, "KWD").inMajorUnits()).isEqualTo(new BigDecimal("0.005"));
    }

    @Test
    void refusesACurrencyThatIsNoIso4217Code() {
        assertThatThrownBy(() -> new Money(1, "EURO")).hasMessageContaining("currency");
    }
}
