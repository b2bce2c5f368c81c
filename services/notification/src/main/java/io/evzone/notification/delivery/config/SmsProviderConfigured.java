package io.evzone.notification.delivery.config;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when the credentials of at least one SMS provider are set. */
class SmsProviderConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var environment = context.getEnvironment();
        return environment.containsProperty("evzone.notification.sms.twilio.account-sid")
                || environment.containsProperty("evzone.notification.sms.africas-talking.api-key");
    }
}
