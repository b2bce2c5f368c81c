package io.evzone.notification.push.application;

import io.evzone.notification.delivery.application.ChannelSender;
import io.evzone.notification.delivery.domain.Channel;
import io.evzone.notification.delivery.domain.Delivery;
import io.evzone.notification.delivery.domain.SendOutcome;
import io.evzone.notification.push.domain.PushGateway;
import io.evzone.notification.push.domain.PushMessage;
import io.evzone.notification.push.domain.PushResult;
import io.evzone.notification.push.domain.PushSubscription;
import io.evzone.notification.push.domain.PushSubscriptions;
import io.evzone.notification.templates.domain.RenderedMessage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The push channel: the message goes to every browser and device the user subscribed, through the push service
 * of each. A subscription its provider declares gone is deleted. Sent when at least one accepted it.
 */
public class PushSender implements ChannelSender {

    static final String PROVIDER = "push";
    private static final int MAX_SUBSCRIPTIONS = 200;

    /** Variables never pushed: one-time secrets meant for email or SMS only. */
    private static final Set<String> SECRETS = Set.of("token", "code", "link", "name", "category");

    private final PushSubscriptions subscriptions;
    private final Map<PushSubscription.Kind, PushGateway> gateways = new EnumMap<>(PushSubscription.Kind.class);

    public PushSender(PushSubscriptions subscriptions, List<PushGateway> gateways) {
        this.subscriptions = subscriptions;
        gateways.forEach(gateway -> this.gateways.put(gateway.kind(), gateway));
    }

    @Override
    public Channel channel() {
        return Channel.PUSH;
    }

    @Override
    public SendOutcome send(Delivery delivery, RenderedMessage rendered) {
        PushMessage message = new PushMessage(rendered.subject(), rendered.brief(), data(delivery));
        List<String> accepted = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        boolean retryable = false;
        for (PushSubscription subscription : subscriptions.of(delivery.recipientKey(), MAX_SUBSCRIPTIONS, 0)) {
            PushGateway gateway = gateways.get(subscription.kind());
            if (gateway == null) {
                continue;
            }
            switch (gateway.push(subscription, message)) {
                case PushResult.Accepted ok ->
                    accepted.add(ok.providerId() == null ? subscription.id().toString() : ok.providerId());
                case PushResult.Gone gone -> subscriptions.forget(subscription.id());
                case PushResult.Failed failed -> {
                    failures.add(failed.reason());
                    retryable |= failed.retryable();
                }
            }
        }
        if (!accepted.isEmpty()) {
            return new SendOutcome.Sent(PROVIDER, String.join(" ", accepted));
        }
        if (failures.isEmpty()) {
            return new SendOutcome.Skipped("recipient: no push subscriptions");
        }
        return retryable
                ? new SendOutcome.Retryable(String.join("; ", failures))
                : new SendOutcome.Rejected(String.join("; ", failures));
    }

    private static Map<String, String> data(Delivery delivery) {
        Map<String, String> data = new HashMap<>(delivery.data());
        data.keySet().removeAll(SECRETS);
        data.put("template", delivery.template());
        data.put("deliveryId", delivery.id().toString());
        return data;
    }
}
