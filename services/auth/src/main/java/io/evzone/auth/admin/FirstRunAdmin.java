package io.evzone.auth.admin;

import io.evzone.auth.shared.AuthProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * On the embedded database only (local development, {@code evzone.embedded=true}), and only while
 * no account exists, creates {@code admin@test.com} / {@code pass} so a fresh checkout can log in.
 * Never outside the embedded mode: a real deployment creates its first administrator with
 * {@link CreateAdminCommand}. Off with {@code evzone.auth.first-run-admin=false}.
 */
@Component
@ConditionalOnProperty(name = "evzone.embedded", havingValue = "true")
class FirstRunAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstRunAdmin.class);

    private final CreatePlatformAdmin create;
    private final AuthProperties properties;

    FirstRunAdmin(CreatePlatformAdmin create, AuthProperties properties) {
        this.create = create;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.firstRunAdmin()) {
            return;
        }
        create.seedFirstRun()
                .ifPresent(admin -> log.warn(
                        "Created the first-run platform administrator {} with the password '{}' because no account existed"
                                + " (embedded mode only). Log in and change this password now.",
                        admin.email(),
                        CreatePlatformAdmin.FIRST_RUN_PASSWORD));
    }
}
