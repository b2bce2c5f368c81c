package io.evzone.notification.templates.config;

import io.evzone.notification.templates.domain.MessageTemplates;
import io.evzone.notification.templates.rendering.MustacheTemplates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TemplateConfiguration {

    @Bean
    MessageTemplates messageTemplates() {
        return MustacheTemplates.fromClasspath();
    }
}
