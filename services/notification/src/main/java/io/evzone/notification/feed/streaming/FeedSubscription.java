package io.evzone.notification.feed.streaming;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Subscribes this node to the feed's fan-out channel in the background, trying again until Redis answers: a slow or
 * absent Redis at start-up delays live streaming on this node (reconnecting browsers still catch up from the feed)
 * but never stops the service from starting.
 */
class FeedSubscription implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FeedSubscription.class);
    private static final Duration RETRY = Duration.ofSeconds(2);

    private final RedisMessageListenerContainer container;
    private volatile Thread starter;

    FeedSubscription(RedisMessageListenerContainer container) {
        this.container = container;
    }

    @Override
    public void start() {
        starter = Thread.ofPlatform()
                .daemon()
                .name("notification-feed-subscription")
                .start(this::subscribe);
    }

    private void subscribe() {
        while (starter == Thread.currentThread()) {
            try {
                container.start();
                return;
            } catch (RuntimeException e) {
                log.warn("Cannot subscribe to the feed fan-out yet; trying again in {}", RETRY, e);
                try {
                    Thread.sleep(RETRY);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    @Override
    public void stop() {
        Thread running = starter;
        starter = null;
        if (running != null) {
            running.interrupt();
        }
        container.stop();
    }

    @Override
    public boolean isRunning() {
        return starter != null;
    }
}
