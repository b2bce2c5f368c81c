package io.evzone.auth.support;

import io.evzone.platform.test.EvzoneIntegrationTest;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The auth service on real infrastructure, one context shared by every auth IT. Forwarded headers
 * are trusted from the loopback address (as behind a reverse proxy), so each {@link AuthClient}
 * gets its own client address and rate limits per client can be tested without interfering; the
 * cookies are marked Secure as in production.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@EvzoneIntegrationTest
@TestPropertySource(properties = {"server.forward-headers-strategy=native", "evzone.auth.cookie-secure=true"})
public @interface AuthIntegrationTest {}
