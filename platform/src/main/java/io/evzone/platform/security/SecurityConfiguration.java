package io.evzone.platform.security;

import io.evzone.platform.web.ProblemWriter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * One stateless security setup for every service: access tokens from Bearer or cookie, origin
 * checks for cookie-authenticated writes, CORS with credentials for the configured origins, 401 and
 * 403 as problem+json, and permission checks on each endpoint through {@code @PreAuthorize}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {

    @Bean
    AccessTokenCodec accessTokenCodec(SecurityProperties properties, ObjectProvider<Clock> clock) {
        return new AccessTokenCodec(properties.jwtSecret(), clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    SecurityFilterChain evzoneSecurityFilterChain(
            HttpSecurity http,
            AccessTokenCodec codec,
            SecurityProperties properties,
            ProblemWriter problems,
            ObjectProvider<PublicEndpoints> publicEndpoints)
            throws Exception {
        http.csrf(AbstractHttpConfigurer::disable)
                .cors(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .addFilterBefore(new AccessTokenFilter(codec), AnonymousAuthenticationFilter.class)
                .addFilterBefore(corsFilter(properties.corsOrigins(), problems), AccessTokenFilter.class)
                .addFilterBefore(
                        new OriginCheckFilter(new LinkedHashSet<>(properties.corsOrigins()), problems),
                        CorsFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> unauthorized(
                                problems, response, (String) request.getAttribute(AccessTokenFilter.FAILURE_ATTRIBUTE)))
                        .accessDeniedHandler((request, response, ex) -> problems.write(
                                response, HttpStatus.FORBIDDEN, "You do not have permission to do this")))
                .authorizeHttpRequests(authorize -> {
                    // An async or error dispatch continues a request that was already authorized.
                    authorize
                            .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR)
                            .permitAll();
                    authorize
                            .requestMatchers(PublicEndpoints.PLATFORM.toArray(String[]::new))
                            .permitAll();
                    publicEndpoints
                            .orderedStream()
                            .flatMap(p -> p.endpoints().stream())
                            .forEach(endpoint -> authorize
                                    .requestMatchers(endpoint.method(), endpoint.pattern())
                                    .permitAll());
                    authorize.anyRequest().authenticated();
                });
        return http.build();
    }

    private static void unauthorized(ProblemWriter problems, HttpServletResponse response, String reason)
            throws java.io.IOException {
        problems.write(response, HttpStatus.UNAUTHORIZED, reason == null ? "Authentication required" : reason);
    }

    private static CorsFilter corsFilter(List<String> origins, ProblemWriter problems) {
        CorsFilter filter = new CorsFilter(corsSource(origins));
        filter.setCorsProcessor(new ProblemCorsProcessor(problems));
        return filter;
    }

    private static CorsConfigurationSource corsSource(List<String> origins) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(origins);
        cors.setAllowCredentials(true);
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-Correlation-Id", "Idempotency-Key"));
        cors.setExposedHeaders(List.of("X-Correlation-Id", "Retry-After", "Location"));
        cors.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }
}
