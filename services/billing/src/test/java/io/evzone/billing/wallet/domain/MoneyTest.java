package io.evzone.billing.wallet.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void majorUnitsBecomeMinorUnitsOfTheCurrency() {
        assertThat(Money.ofMajor(new BigDecimal("12.50"), "usd", "amount")).isEqualTo(Money.of(1250, "USD"));
        assertThat(Money.ofMajor(new BigDecimal("5000"), "UGX", "amount")).isEqualTo(Money.of(5000, "UGX"));
        assertThat(Money.ofMajor(new BigDecimal("5000.00"), "UGX", "amount").minor())
                .isEqualTo(5000);
        assertThat(Money.of(1250, "USD").major()).isEqualByComparingTo("12.50");
    }

    @Test
    void moreDecimalsThanTheCurrencyHasIsRefusedNamingTheField() {
        assertThatThrownBy(() -> Money.ofMajor(new BigDecimal("10.5"), "UGX", "amount"))
                .isInstanceOf(BillingException.class)
                .hasMessageStartingWith("amount: has more decimals than UGX");
        assertThatThrownBy(() -> Money.ofMajor(new BigDecimal("1.234"), "USD", "price"))
                .hasMessageStartingWith("price:");
    }

    @Test
    void amountsThatMoveMoneyMustBeAboveZero() {
        assertThatThrownBy(() -> Money.positiveOfMajor(BigDecimal.ZERO, "USD", "amount"))
                .hasMessage("amount: must be greater than zero");
        assertThatThrownBy(() -> Money.positiveOfMajor(new BigDecimal("-1"), "USD", "amount"))
                .hasMessage("amount: must be greater than zero");
        assertThatThrownBy(() -> Money.positiveOfMajor(null, "USD", "amount")).hasMessage("amount: is required");
    }

    @Test
    void unknownCurrenciesAreRefused() {
        assertThatThrownBy(() -> Money.of(1, "XYZ")).hasMessageContaining("not an ISO 4217 currency");
        assertThatThrownBy(() -> Money.of(1, "XXX")).hasMessageContaining("not a currency of money");
    }

    @Test
    void sharesAreRoundedHalfUpToTheMinorUnit() {
        assertThat(Money.of(25_424, "UGX").share(1000)).isEqualTo(Money.of(2_542, "UGX"));
        assertThat(Money.of(25_425, "UGX").share(1000)).isEqualTo(Money.of(2_543, "UGX"));
        assertThat(Money.of(5, "USD").share(5000)).isEqualTo(Money.of(3, "USD"));
    }

    @Test
    void currenciesDoNotMix() {
        assertThatThrownBy(() -> Money.of(1, "USD").plus(Money.of(1, "UGX")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
