package io.evzone.notification.preferences.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.notification.delivery.domain.Channel;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PreferencesTest {

    private static final QuietHours NIGHT = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));

    @Test
    void aCategoryWithoutAChoiceUsesItsDefaults() {
        assertThat(Preferences.defaults("u").channelsFor(Category.CHARGING))
                .isEqualTo(Category.CHARGING.defaultChannels());
    }

    @Test
    void securityMessagesIgnoreOptOuts() {
        var optedOut =
                new Preferences("u", null, null, null, Map.of(Category.SECURITY, Set.of(), Category.BILLING, Set.of()));

        assertThat(optedOut.channelsFor(Category.BILLING)).isEmpty();
        assertThat(optedOut.channelsFor(Category.SECURITY)).isEqualTo(Category.SECURITY.defaultChannels());
    }

    @Test
    void quietHoursPastMidnightHoldSmsAndPushInTheRecipientsTimeZoneUntilTheyEnd() {
        var kampala = new Preferences("u", null, "Africa/Kampala", NIGHT, Map.of());
        Instant lateEvening = Instant.parse("2026-12-07T20:30:00Z"); // 23:30 in Kampala (UTC+3)

        assertThat(kampala.holdUntil(Channel.SMS, Category.CHARGING, lateEvening))
                .contains(Instant.parse("2026-12-08T04:00:00Z"));
        assertThat(kampala.holdUntil(Channel.PUSH, Category.CHARGING, Instant.parse("2026-12-08T02:00:00Z")))
                .contains(Instant.parse("2026-12-08T04:00:00Z"));
        assertThat(kampala.holdUntil(Channel.IN_APP, Category.CHARGING, lateEvening))
                .isEmpty();
        assertThat(kampala.holdUntil(Channel.SMS, Category.SECURITY, lateEvening))
                .isEmpty();
        assertThat(kampala.holdUntil(Channel.SMS, Category.CHARGING, Instant.parse("2026-12-08T09:00:00Z")))
                .isEmpty();
    }

    @Test
    void quietHoursWithinOneDayEndTheSameDay() {
        var nap = new QuietHours(LocalTime.of(13, 0), LocalTime.of(15, 0));

        assertThat(nap.endIfWithin(Instant.parse("2026-12-07T14:00:00Z"), java.time.ZoneOffset.UTC))
                .contains(Instant.parse("2026-12-07T15:00:00Z"));
        assertThat(nap.endIfWithin(Instant.parse("2026-12-07T15:00:00Z"), java.time.ZoneOffset.UTC))
                .isEmpty();
    }
}
