package io.evzone.notification.events.mappings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Currency;

/** How events' numbers and times read in a message: the same in every template and language. */
final class Formats {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Formats() {}

    static String kilowattHours(long wattHours) {
        return BigDecimal.valueOf(wattHours, 3)
                .setScale(2, RoundingMode.HALF_UP)
                .toPlainString();
    }

    /** Minor units as the currency writes them: {@code 1500 UGX} (no minor unit), {@code 15.00 USD}. */
    static String money(long minorUnits, String currency) {
        int digits = fractionDigits(currency);
        return BigDecimal.valueOf(minorUnits, digits).toPlainString() + " " + currency;
    }

    /** An instant on the clock of the place it concerns, such as {@code 2026-12-08 14:30 (Africa/Kampala)}. */
    static String localTime(Instant at, String timeZone) {
        ZoneId zone = zone(timeZone);
        return LOCAL.format(at.atZone(zone)) + " (" + zone.getId() + ")";
    }

    private static int fractionDigits(String currency) {
        try {
            return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException | NullPointerException e) {
            return 2;
        }
    }

    private static ZoneId zone(String timeZone) {
        try {
            return timeZone == null ? ZoneOffset.UTC : ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
