package io.evzone.notification.unsubscribe.application;

import io.evzone.notification.delivery.application.UnsubscribeLinks;
import io.evzone.notification.delivery.domain.Channel;
import io.evzone.notification.delivery.domain.Delivery;
import io.evzone.notification.preferences.domain.Category;
import io.evzone.notification.preferences.domain.Preferences;
import io.evzone.notification.preferences.domain.UserPreferences;
import io.evzone.notification.unsubscribe.domain.UnsubscribeToken;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Links that unsubscribe a user from a category's email, and what following one does. Security messages have
 * none: a user must hear of sign-ins and password changes.
 */
public class Unsubscribe implements UnsubscribeLinks {

    /** The delivery variable naming the message's category. */
    public static final String CATEGORY = "category";

    private final UnsubscribeToken tokens;
    private final UserPreferences preferences;
    private final String endpoint;

    /** @param endpoint the public URL of {@code /api/v1/notifications/unsubscribe} */
    public Unsubscribe(UnsubscribeToken tokens, UserPreferences preferences, String endpoint) {
        this.tokens = tokens;
        this.preferences = preferences;
        this.endpoint = endpoint;
    }

    @Override
    public Optional<String> linkFor(Delivery delivery) {
        return category(delivery.data().get(CATEGORY))
                .filter(category -> category != Category.SECURITY && delivery.userId() != null)
                .map(category -> endpoint + "?token="
                        + URLEncoder.encode(tokens.sign(delivery.userId(), category), StandardCharsets.UTF_8));
    }

    /** Turns email off for the token's user and category; empty for a forged token or a security category. */
    public Optional<UnsubscribeToken.Subject> apply(String token) {
        Optional<UnsubscribeToken.Subject> subject =
                tokens.verify(token).filter(s -> s.category() != Category.SECURITY);
        subject.ifPresent(s -> {
            Preferences current = preferences.of(s.userId());
            Set<Channel> channels = EnumSet.noneOf(Channel.class);
            channels.addAll(current.channelsFor(s.category()));
            channels.remove(Channel.EMAIL);
            Map<Category, Set<Channel>> chosen = new EnumMap<>(Category.class);
            chosen.putAll(current.channels());
            chosen.put(s.category(), channels);
            preferences.save(
                    new Preferences(s.userId(), current.language(), current.timeZone(), current.quietHours(), chosen));
        });
        return subject;
    }

    private static Optional<Category> category(String name) {
        try {
            return Optional.ofNullable(name).map(Category::valueOf);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
