package io.evzone.notification.events.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.notification.delivery.application.ChannelSender;
import io.evzone.notification.delivery.application.QueueDelivery;
import io.evzone.notification.delivery.domain.Channel;
import io.evzone.notification.delivery.domain.Deliveries;
import io.evzone.notification.delivery.domain.Delivery;
import io.evzone.notification.delivery.domain.DeliveryFilter;
import io.evzone.notification.delivery.domain.DeliveryStatus;
import io.evzone.notification.delivery.domain.SendOutcome;
import io.evzone.notification.events.domain.Intent;
import io.evzone.notification.preferences.domain.Category;
import io.evzone.notification.preferences.domain.Preferences;
import io.evzone.notification.preferences.domain.QuietHours;
import io.evzone.notification.preferences.domain.UserPreferences;
import io.evzone.notification.recipients.domain.Recipient;
import io.evzone.notification.recipients.domain.Recipients;
import io.evzone.notification.shared.config.NotificationProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Channels, quiet hours and the per-recipient cap, with in-memory ports. */
class NotifyOnEventTest {

    private static final Instant NOW = Instant.parse("2026-12-07T23:00:00Z");
    private static final String USER = "u1";

    private final Map<UUID, Instant> dueAt = new HashMap<>();
    private final List<Delivery> queued = new ArrayList<>();
    private final Map<String, Preferences> preferences = new HashMap<>();
    private int smsAllowed = Integer.MAX_VALUE;

    @Test
    void smsAndPushPastTheCapFailWithTheReasonWhileInAppStillGoesOut() {
        preferences.put(USER, prefs(null, Set.of(Channel.SMS, Channel.IN_APP)));
        smsAllowed = 1;

        notifier().handle(UUID.randomUUID(), List.of(charging()));
        notifier().handle(UUID.randomUUID(), List.of(charging()));

        assertThat(queued)
                .filteredOn(d -> d.channel() == Channel.SMS)
                .extracting(Delivery::status, Delivery::failureReason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DeliveryStatus.QUEUED, null),
                        org.assertj.core.groups.Tuple.tuple(DeliveryStatus.FAILED, "rate limit: over"));
        assertThat(queued)
                .filteredOn(d -> d.channel() == Channel.IN_APP)
                .allMatch(d -> d.status() == DeliveryStatus.QUEUED)
                .hasSize(2);
    }

    @Test
    void duringQuietHoursSmsIsDueAtTheirEndAndInAppAtOnce() {
        preferences.put(
                USER,
                prefs(new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0)), Set.of(Channel.SMS, Channel.IN_APP)));

        notifier().handle(UUID.randomUUID(), List.of(charging()));

        Delivery sms = queued.stream()
                .filter(d -> d.channel() == Channel.SMS)
                .findFirst()
                .orElseThrow();
        Delivery inApp = queued.stream()
                .filter(d -> d.channel() == Channel.IN_APP)
                .findFirst()
                .orElseThrow();
        assertThat(dueAt.get(sms.id())).isEqualTo(Instant.parse("2026-12-08T07:00:00Z"));
        assertThat(dueAt.get(inApp.id())).isEqualTo(NOW);
    }

    @Test
    void aCategoryOptedOutOfSendsNothingButSecurityMessagesStillGo() {
        preferences.put(
                USER,
                new Preferences(
                        USER, null, "UTC", null, Map.of(Category.CHARGING, Set.of(), Category.SECURITY, Set.of())));

        notifier().handle(UUID.randomUUID(), List.of(charging()));
        notifier()
                .handle(
                        UUID.randomUUID(),
                        List.of(Intent.toUser(
                                USER, "auth.password-changed", Category.SECURITY, Map.of("changedAt", "now"))));

        assertThat(queued).extracting(Delivery::template).containsOnly("auth.password-changed");
        assertThat(queued)
                .extracting(Delivery::channel)
                .containsExactlyInAnyOrderElementsOf(Category.SECURITY.defaultChannels());
    }

    private static Intent charging() {
        return Intent.toUser(USER, "session.started", Category.CHARGING, Map.of("ocppId", "CP-1"));
    }

    private static Preferences prefs(QuietHours quiet, Set<Channel> charging) {
        return new Preferences(USER, "en", "UTC", quiet, Map.of(Category.CHARGING, charging));
    }

    private NotifyOnEvent notifier() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        var properties = new NotificationProperties(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        var queue = new QueueDelivery(new RecordingDeliveries(), () -> {}, clock, properties);
        List<ChannelSender> senders = List.of(sender(Channel.SMS), sender(Channel.IN_APP), sender(Channel.EMAIL));
        RecipientRateLimit cap =
                (userId, channel) -> smsAllowed-- > 0 ? Optional.empty() : Optional.of("rate limit: over");
        return new NotifyOnEvent(new OneRecipient(), new FixedPreferences(), cap, queue, senders, clock);
    }

    private static ChannelSender sender(Channel channel) {
        return new ChannelSender() {
            @Override
            public Channel channel() {
                return channel;
            }

            @Override
            public SendOutcome send(Delivery delivery, io.evzone.notification.templates.domain.RenderedMessage m) {
                throw new UnsupportedOperationException("queueing only");
            }
        };
    }

    private final class FixedPreferences implements UserPreferences {
        @Override
        public Preferences of(String userId) {
            return preferences.getOrDefault(userId, Preferences.defaults(userId));
        }

        @Override
        public void save(Preferences saved) {
            preferences.put(saved.userId(), saved);
        }
    }

    private static final class OneRecipient implements Recipients {
        @Override
        public Optional<Recipient> find(String userId) {
            return Optional.of(new Recipient(userId, "u1@example.test", "+256772123456", "Ada", "en", "UTC"));
        }

        @Override
        public void saveContact(String userId, String email, String phone, String name) {}

        @Override
        public void saveMembership(String userId, String organizationId, String role, String status, boolean removed) {}

        @Override
        public List<String> activeMembersOf(String organizationId) {
            return List.of();
        }

        @Override
        public void forget(String userId) {}
    }

    private final class RecordingDeliveries implements Deliveries {
        @Override
        public boolean add(Delivery delivery, Instant due) {
            queued.add(delivery);
            dueAt.put(delivery.id(), due);
            return true;
        }

        @Override
        public List<Delivery> claimDue(int limit, Instant now, Duration lease) {
            return List.of();
        }

        @Override
        public void markSent(UUID id, String provider, String providerId, Instant at) {}

        @Override
        public void retryAt(UUID id, Instant nextAttempt, String reason, Instant at) {}

        @Override
        public void markFailed(UUID id, String reason, Instant at) {}

        @Override
        public Optional<Delivery> requeue(UUID id, Instant at) {
            return Optional.empty();
        }

        @Override
        public boolean recordReceipt(String p, String id, DeliveryStatus status, String reason, Instant at) {
            return false;
        }

        @Override
        public Optional<Delivery> find(UUID id) {
            return Optional.empty();
        }

        @Override
        public List<Delivery> list(DeliveryFilter filter, int limit, int offset) {
            return List.of();
        }
    }
}
