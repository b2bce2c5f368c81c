package io.evzone.notification.push.domain;

import java.util.Map;

/** What a push shows: a title and a line of text, with data for the app. */
public record PushMessage(String title, String body, Map<String, String> data) {

    public PushMessage {
        data = data == null ? Map.of() : Map.copyOf(data);
    }
}
