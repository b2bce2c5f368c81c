package io.evzone.notification.preferences.domain;

/** Users' notification preferences. */
public interface UserPreferences {

    /** A user's preferences; the defaults when they chose nothing. */
    Preferences of(String userId);

    void save(Preferences preferences);
}
