package io.evzone.notification.preferences.persistence;

import io.evzone.notification.delivery.domain.Channel;
import io.evzone.notification.preferences.domain.Category;
import io.evzone.notification.preferences.domain.Preferences;
import io.evzone.notification.preferences.domain.QuietHours;
import io.evzone.notification.preferences.domain.UserPreferences;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcUserPreferences implements UserPreferences {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcUserPreferences(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Preferences of(String userId) {
        Map<Category, Set<Channel>> channels = new EnumMap<>(Category.class);
        jdbc.sql(
                        "SELECT category, array_to_string(channels, ',') AS channels FROM channel_preference WHERE user_id = ?")
                .param(userId)
                .query((rs, row) -> channels.put(Category.valueOf(rs.getString("category")), parse(rs.getString(2))))
                .list();
        return jdbc.sql("SELECT language, time_zone, quiet_start, quiet_end FROM recipient WHERE user_id = ?")
                .param(userId)
                .query((rs, row) -> {
                    Time start = rs.getTime("quiet_start");
                    Time end = rs.getTime("quiet_end");
                    QuietHours quiet = start == null || end == null
                            ? null
                            : new QuietHours(start.toLocalTime(), end.toLocalTime());
                    return new Preferences(
                            userId, rs.getString("language"), rs.getString("time_zone"), quiet, channels);
                })
                .optional()
                .orElse(new Preferences(userId, null, null, null, channels));
    }

    @Override
    @Transactional
    public void save(Preferences preferences) {
        QuietHours quiet = preferences.quietHours();
        jdbc.sql("""
                        INSERT INTO recipient (user_id, language, time_zone, quiet_start, quiet_end, updated_at)
                        VALUES (:userId, :language, :timeZone, :quietStart, :quietEnd, :now)
                        ON CONFLICT (user_id) DO UPDATE
                        SET language = excluded.language, time_zone = excluded.time_zone,
                            quiet_start = excluded.quiet_start, quiet_end = excluded.quiet_end,
                            updated_at = excluded.updated_at""")
                .param("userId", preferences.userId())
                .param("language", preferences.language() == null ? "en" : preferences.language())
                .param("timeZone", preferences.timeZone())
                .param("quietStart", quiet == null ? null : Time.valueOf(quiet.start()))
                .param("quietEnd", quiet == null ? null : Time.valueOf(quiet.end()))
                .param("now", Timestamp.from(clock.instant()))
                .update();
        jdbc.sql("DELETE FROM channel_preference WHERE user_id = ?")
                .param(preferences.userId())
                .update();
        preferences
                .channels()
                .forEach((category, channels) -> jdbc.sql("""
                        INSERT INTO channel_preference (user_id, category, channels)
                        VALUES (:userId, :category, string_to_array(:channels, ','))""")
                        .param("userId", preferences.userId())
                        .param("category", category.name())
                        .param(
                                "channels",
                                channels.stream().map(Channel::name).sorted().collect(Collectors.joining(",")))
                        .update());
    }

    private static Set<Channel> parse(String channels) {
        Set<Channel> parsed = EnumSet.noneOf(Channel.class);
        if (channels != null && !channels.isBlank()) {
            Arrays.stream(channels.split(",")).map(Channel::valueOf).forEach(parsed::add);
        }
        return parsed;
    }
}
