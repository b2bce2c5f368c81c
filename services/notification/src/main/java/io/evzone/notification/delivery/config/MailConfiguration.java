package io.evzone.notification.delivery.config;

import io.evzone.notification.delivery.application.UnsubscribeLinks;
import io.evzone.notification.delivery.providers.MailCatcher;
import io.evzone.notification.delivery.providers.SmtpEmailSender;
import io.evzone.notification.delivery.providers.SmtpServer;
import io.evzone.notification.shared.config.NotificationProperties;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Email through {@code SMTP_URL}, or through a local mail catcher when none is set. */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    static final String SMTP_URL = "SMTP_URL";

    @Bean(destroyMethod = "close")
    @Conditional(NoSmtpUrl.class)
    MailCatcher mailCatcher(NotificationProperties properties) {
        return MailCatcher.start(properties.mailCatcherPort());
    }

    @Bean
    SmtpEmailSender smtpEmailSender(
            Environment environment,
            NotificationProperties properties,
            ObjectProvider<MailCatcher> catcher,
            ObjectProvider<UnsubscribeLinks> unsubscribeLinks) {
        SmtpServer server = smtpUrl(environment, properties)
                .map(SmtpServer::parse)
                .orElseGet(() -> SmtpServer.local(catcher.getObject().port()));
        return new SmtpEmailSender(
                server.sender(),
                properties.mailFrom(),
                "evzone.notification",
                unsubscribeLinks.getIfAvailable(UnsubscribeLinks::none));
    }

    static Optional<String> smtpUrl(Environment environment, NotificationProperties properties) {
        String url = environment.getProperty(SMTP_URL, properties.smtpUrl() == null ? "" : properties.smtpUrl());
        return url.isBlank() ? Optional.empty() : Optional.of(url);
    }
}
