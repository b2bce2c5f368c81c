package io.evzone.auth.account.application;

import io.evzone.auth.account.domain.User;
import io.evzone.auth.shared.AuthProperties;
import io.evzone.auth.shared.application.AuthEvents;
import io.evzone.contracts.notification.NotificationRequested;
import io.evzone.contracts.notification.NotificationRequested.Channel;
import io.evzone.contracts.notification.NotificationTemplates;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The messages the auth service asks the notification service to send, with links into the web
 * portal ({@code evzone.auth.portal-url}).
 */
@Component
public class AccountNotifications {

    private final AuthEvents events;
    private final String portalUrl;

    public AccountNotifications(AuthEvents events, AuthProperties properties) {
        this.events = events;
        this.portalUrl = properties.portalUrl();
    }

    public void verifyEmail(User user, String token, Instant expiresAt) {
        Map<String, String> data = base(user);
        data.put("token", token);
        data.put("link", link("/verify-email", token));
        data.put("expiresAt", expiresAt.toString());
        send(user, Channel.EMAIL, user.email(), NotificationTemplates.AUTH_VERIFY_EMAIL, data);
    }

    /** A reset code (and, by email, a link) sent to the address or number the user named. */
    public void passwordReset(User user, Channel channel, String token, String code, Instant expiresAt) {
        Map<String, String> data = base(user);
        data.put("code", code);
        data.put("expiresAt", expiresAt.toString());
        if (channel == Channel.EMAIL) {
            data.put("token", token);
            data.put("link", link("/reset-password", token));
        }
        send(
                user,
                channel,
                channel == Channel.EMAIL ? user.email() : user.phone(),
                NotificationTemplates.AUTH_PASSWORD_RESET,
                data);
    }

    public void invitation(User user, String organizationName, String role, String token, Instant expiresAt) {
        Map<String, String> data = base(user);
        data.put("token", token);
        data.put("link", link("/accept-invitation", token));
        data.put("organizationName", organizationName);
        data.put("role", role);
        data.put("expiresAt", expiresAt.toString());
        send(user, Channel.EMAIL, user.email(), NotificationTemplates.AUTH_INVITATION, data);
    }

    public void passwordChanged(User user, Instant changedAt) {
        Map<String, String> data = base(user);
        data.put("changedAt", changedAt.toString());
        send(user, Channel.EMAIL, user.email(), NotificationTemplates.AUTH_PASSWORD_CHANGED, data);
    }

    /** Someone tried to register with the user's address: tell the owner, not the registrant. */
    public void alreadyRegistered(User user) {
        Map<String, String> data = base(user);
        data.put("link", portalUrl + "/forgot-password");
        send(user, Channel.EMAIL, user.email(), NotificationTemplates.AUTH_ALREADY_REGISTERED, data);
    }

    private void send(User user, Channel channel, String recipient, String template, Map<String, String> data) {
        if (recipient == null) {
            return; // nowhere to send it: a phone-only account has no email address
        }
        events.notify(user.id(), new NotificationRequested(user.id().toString(), channel, recipient, template, data));
    }

    private static Map<String, String> base(User user) {
        Map<String, String> data = new HashMap<>();
        data.put("name", user.name());
        return data;
    }

    private String link(String path, String token) {
        return portalUrl + path + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
