package io.evzone.notification.delivery.config;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when neither {@code SMTP_URL} nor {@code evzone.notification.smtp-url} names a mail server. */
class NoSmtpUrl implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String url = context.getEnvironment().getProperty(MailConfiguration.SMTP_URL);
        if (url == null || url.isBlank()) {
            url = context.getEnvironment().getProperty("evzone.notification.smtp-url");
        }
        return url == null || url.isBlank();
    }
}
