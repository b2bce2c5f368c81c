package io.evzone.billing.tariffs.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyRulesTest {

    static final CurrencyCode UGX = CurrencyCode.of("currency", "UGX");
    static final CurrencyCode USD = CurrencyCode.of("currency", "usd");

    @Test
    void knowsTheMinorUnitsOfTheCurrenciesInUse() {
        assertThat(UGX.decimals()).isZero();
        assertThat(USD.decimals()).isEqualTo(2);
        assertThat(USD.code()).isEqualTo("USD");
    }

    @Test
    void convertsMajorUnitsExactlyAndBack() {
        assertThat(MoneyRules.toMinor("price", new BigDecimal("1500"), UGX)).isEqualTo(1_500);
        assertThat(MoneyRules.toMinor("price", new BigDecimal("0.25"), USD)).isEqualTo(25);
        assertThat(MoneyRules.toMinor("price", new BigDecimal("1.50000"), USD)).isEqualTo(150);
        assertThat(MoneyRules.toMajor(150, USD)).isEqualByComparingTo("1.50");
        assertThat(MoneyRules.toMajor(150, USD).toPlainString()).isEqualTo("1.50");
        assertThat(MoneyRules.toMajor(1_500, UGX).toPlainString()).isEqualTo("1500");
    }

    @Test
    void rejectsMoreDecimalsThanTheCurrencyHasNamingTheField() {
        assertThatThrownBy(() -> MoneyRules.toMinor("elements[0].price", new BigDecimal("1500.5"), UGX))
                .hasMessageStartingWith("elements[0].price: UGX has 0 decimals");
        assertThatThrownBy(() -> MoneyRules.toMinor("minPrice", new BigDecimal("0.255"), USD))
                .hasMessageStartingWith("minPrice: USD has 2 decimals");
    }

    @Test
    void rejectsNegativeAmountsAndUnknownCurrencies() {
        assertThatThrownBy(() -> MoneyRules.toMinor("price", new BigDecimal("-1"), USD))
                .hasMessage("price: must not be negative");
        assertThatThrownBy(() -> CurrencyCode.of("currency", "ABC")).hasMessageStartingWith("currency:");
        assertThatThrownBy(() -> CurrencyCode.of("currency", "XXX")).hasMessageStartingWith("currency:");
    }

    @Test
    void roundsLinesAndVatHalfUpAtTheBoundary() {
        assertThat(MoneyRules.lineAmount(1, 500, 1_000)).as("0.5 up").isEqualTo(1);
        assertThat(MoneyRules.lineAmount(1, 499, 1_000)).as("0.499 down").isZero();
        assertThat(MoneyRules.lineAmount(3_000, 1_800, 3_600)).isEqualTo(1_500);
        assertThat(MoneyRules.vat(25, new BigDecimal("18"))).as("4.5 up").isEqualTo(5);
        assertThat(MoneyRules.vat(-25, new BigDecimal("18")))
                .as("-4.5 away from zero")
                .isEqualTo(-5);
        assertThat(MoneyRules.vat(24, new BigDecimal("18"))).as("4.32 down").isEqualTo(4);
    }

    @Test
    void acceptsVatRatesFromZeroToAHundredWithTwoDecimals() {
        assertThat(MoneyRules.vatRate("vat", new BigDecimal("18.00"))).isEqualByComparingTo("18");
        assertThatThrownBy(() -> MoneyRules.vatRate("vat", new BigDecimal("100.5")))
                .hasMessageStartingWith("vat:");
        assertThatThrownBy(() -> MoneyRules.vatRate("vat", new BigDecimal("7.125")))
                .hasMessageStartingWith("vat:");
    }
}
