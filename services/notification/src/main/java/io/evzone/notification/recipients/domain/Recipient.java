package io.evzone.notification.recipients.domain;

import java.util.Optional;

/**
 * What the service knows of a user to reach them, as the auth service last announced it.
 *
 * @param language ISO 639-1 code of the language messages are written in
 * @param timeZone IANA time zone id, or null when unknown
 */
public record Recipient(String userId, String email, String phone, String name, String language, String timeZone) {

    public static final String DEFAULT_LANGUAGE = "en";

    public Recipient {
        language = language == null || language.isBlank() ? DEFAULT_LANGUAGE : language;
    }

    public Optional<String> emailAddress() {
        return Optional.ofNullable(email);
    }

    public Optional<String> phoneNumber() {
        return Optional.ofNullable(phone);
    }

    /** The display name for templates; empty when unknown so greetings read "Hello,". */
    public String displayName() {
        return name == null ? "" : name;
    }
}
