package io.evzone.gateway.certificate.application;

import io.evzone.gateway.certificate.domain.LocalPki;
import io.evzone.gateway.config.GatewayProperties;
import io.evzone.gateway.config.LocalTls;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Opens (on first start: creates) the local CA when {@code evzone.gateway.tls.local-ca.directory} is set. */
@Configuration(proxyBeanMethods = false)
@Conditional(LocalPkiConfiguration.DirectorySet.class)
class LocalPkiConfiguration {

    static final class DirectorySet implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String directory = context.getEnvironment().getProperty("evzone.gateway.tls.local-ca.directory");
            return directory != null && !directory.isBlank();
        }
    }

    @Bean
    LocalPki localPki(GatewayProperties properties) {
        GatewayProperties.LocalCertificateAuthority settings = properties.tls().localCa();
        return LocalPki.open(
                new LocalPki.Settings(
                        Path.of(settings.directory()),
                        settings.hostnames(),
                        settings.caValidity(),
                        settings.serverValidity(),
                        settings.chargerValidity()),
                Instant.now());
    }

    @Bean
    LocalTls localTls(LocalPki pki) {
        // The key store never leaves memory; its password only satisfies the KeyStore API.
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        char[] password = Base64.getEncoder().encodeToString(random).toCharArray();
        return new LocalTls(
                pki.server().keyStore(LocalTls.ALIAS, password),
                password,
                pki.ca().certificate(),
                pki.caCertificateFile());
    }
}
