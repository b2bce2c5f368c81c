package io.evzone.notification.feed.application;

import io.evzone.notification.delivery.application.ChannelSender;
import io.evzone.notification.delivery.domain.Channel;
import io.evzone.notification.delivery.domain.Delivery;
import io.evzone.notification.delivery.domain.SendOutcome;
import io.evzone.notification.feed.domain.Feed;
import io.evzone.notification.feed.domain.FeedBroadcast;
import io.evzone.notification.feed.domain.FeedItem;
import io.evzone.notification.templates.domain.RenderedMessage;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The in-app channel: the message joins the user's feed and goes out on their open streams, wherever they are. A
 * repeated send finds the item already there and streams nothing twice.
 */
@Component
public class InAppSender implements ChannelSender {

    static final String PROVIDER = "in-app";

    /** Variables never shown in a feed: one-time secrets meant for email or SMS only. */
    private static final Set<String> SECRETS = Set.of("token", "code", "link");

    private final Feed feed;
    private final FeedBroadcast broadcast;

    public InAppSender(Feed feed, FeedBroadcast broadcast) {
        this.feed = feed;
        this.broadcast = broadcast;
    }

    @Override
    public Channel channel() {
        return Channel.IN_APP;
    }

    @Override
    public SendOutcome send(Delivery delivery, RenderedMessage message) {
        Optional<FeedItem> item = feed.post(
                delivery.id(),
                delivery.userId() != null ? delivery.userId() : delivery.address(),
                delivery.template(),
                message.subject(),
                message.brief(),
                metadata(delivery.data()));
        item.ifPresent(broadcast::publish);
        return new SendOutcome.Sent(PROVIDER, item.map(i -> i.id().toString()).orElse(null));
    }

    private static Map<String, String> metadata(Map<String, String> data) {
        Map<String, String> shown = new HashMap<>(data);
        shown.keySet().removeAll(SECRETS);
        shown.remove("name");
        return shown;
    }
}
