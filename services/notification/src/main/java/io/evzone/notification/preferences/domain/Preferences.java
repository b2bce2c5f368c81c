package io.evzone.notification.preferences.domain;

import io.evzone.notification.delivery.domain.Channel;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a user wants to hear from EVZone.
 *
 * @param timeZone IANA id the quiet hours are read in; UTC when unknown
 * @param quietHours when SMS and push wait, or null
 * @param channels per category, the channels chosen; a category missing here uses its defaults
 */
public record Preferences(
        String userId, String language, String timeZone, QuietHours quietHours, Map<Category, Set<Channel>> channels) {

    /** The channels that ring or buzz, which quiet hours hold back. */
    private static final Set<Channel> INTRUSIVE = EnumSet.of(Channel.SMS, Channel.PUSH);

    public Preferences {
        channels = channels == null ? Map.of() : Map.copyOf(channels);
    }

    public static Preferences defaults(String userId) {
        return new Preferences(userId, null, null, null, Map.of());
    }

    /** The channels a message of the category goes out on; security messages ignore opt-outs. */
    public Set<Channel> channelsFor(Category category) {
        if (category == Category.SECURITY) {
            return category.defaultChannels();
        }
        return channels.getOrDefault(category, category.defaultChannels());
    }

    /** When a message on the channel may go out, if not at once: the end of the quiet hours holding {@code now}. */
    public Optional<Instant> holdUntil(Channel channel, Category category, Instant now) {
        if (quietHours == null || category == Category.SECURITY || !INTRUSIVE.contains(channel)) {
            return Optional.empty();
        }
        return quietHours.endIfWithin(now, zone());
    }

    private ZoneId zone() {
        try {
            return timeZone == null ? ZoneOffset.UTC : ZoneId.of(timeZone);
        } catch (java.time.DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
