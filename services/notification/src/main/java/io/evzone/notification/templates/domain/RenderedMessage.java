package io.evzone.notification.templates.domain;

/**
 * A template rendered for one recipient.
 *
 * @param subject the email subject, and the title of push and in-app messages
 * @param text the plain-text body of an email
 * @param html the HTML body of an email
 * @param brief the body of an SMS, a push or an in-app message
 */
public record RenderedMessage(String subject, String text, String html, String brief) {}
