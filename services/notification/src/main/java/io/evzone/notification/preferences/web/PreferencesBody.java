package io.evzone.notification.preferences.web;

import io.evzone.notification.delivery.domain.Channel;
import io.evzone.notification.preferences.domain.Category;
import io.evzone.notification.preferences.domain.Preferences;
import io.evzone.notification.preferences.domain.QuietHours;
import io.evzone.platform.web.ApiException;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A user's notification preferences as the apps read and write them.
 *
 * @param language ISO 639-1 code, such as {@code en} or {@code fr}
 * @param timeZone IANA time zone id, such as {@code Africa/Kampala}
 * @param quietHours local times between which SMS and push wait (security messages do not), or null
 * @param channels per category (SECURITY, CHARGING, BILLING, BOOKING, MAINTENANCE, OPERATIONS), the channels
 *     wanted; an empty list opts out; security messages go out whatever is chosen
 */
record PreferencesBody(
        String language, String timeZone, QuietHoursBody quietHours, Map<Category, Set<Channel>> channels) {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    /** @param start {@code HH:mm} @param end {@code HH:mm}, may be earlier than start (past midnight) */
    record QuietHoursBody(String start, String end) {}

    static PreferencesBody of(Preferences preferences) {
        QuietHours quiet = preferences.quietHours();
        return new PreferencesBody(
                preferences.language() == null ? "en" : preferences.language(),
                preferences.timeZone(),
                quiet == null
                        ? null
                        : new QuietHoursBody(
                                quiet.start().toString(), quiet.end().toString()),
                effectiveChannels(preferences));
    }

    private static Map<Category, Set<Channel>> effectiveChannels(Preferences preferences) {
        var all = new java.util.EnumMap<Category, Set<Channel>>(Category.class);
        for (Category category : Category.values()) {
            all.put(category, preferences.channelsFor(category));
        }
        return all;
    }

    Preferences toPreferences(String userId) {
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            throw ApiException.badRequest("language: '" + language + "' is not an ISO 639-1 code such as en or fr");
        }
        if (timeZone != null) {
            try {
                ZoneId.of(timeZone);
            } catch (DateTimeException e) {
                throw ApiException.badRequest("timeZone: '" + timeZone + "' is not an IANA time zone");
            }
        }
        return new Preferences(userId, language, timeZone, quiet(), channels);
    }

    private QuietHours quiet() {
        if (quietHours == null) {
            return null;
        }
        try {
            return new QuietHours(LocalTime.parse(quietHours.start()), LocalTime.parse(quietHours.end()));
        } catch (DateTimeParseException | NullPointerException | IllegalArgumentException e) {
            throw ApiException.badRequest("quietHours: start and end are two different HH:mm times");
        }
    }
}
