package io.evzone.notification.feed.domain;

/** Carries a new feed item to every node, each of which hands it to the recipient's open streams it holds. */
public interface FeedBroadcast {

    void publish(FeedItem item);
}
