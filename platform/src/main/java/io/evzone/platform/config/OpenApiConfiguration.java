package io.evzone.platform.config;

import io.evzone.platform.security.PublicEndpoints;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service's OpenAPI document: served at /api/docs.json, browsable at /api/docs. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static final String BEARER = "bearer";
    static final String COOKIE = "cookie";

    @Bean
    OpenApiAccessCustomizer openApiAccessCustomizer(ObjectProvider<PublicEndpoints> publicEndpoints) {
        return new OpenApiAccessCustomizer(publicEndpoints.orderedStream().toList());
    }

    @Bean
    OpenAPI evzoneOpenApi(@Value("${evzone.service.name:evzone}") String service) {
        return new OpenAPI()
                .info(
                        new Info()
                                .title("EVZone " + service + " API")
                                .version("v1")
                                .description(
                                        "Errors are RFC 9457 application/problem+json with statusCode, message and error members."))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT"))
                        .addSecuritySchemes(
                                COOKIE,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.COOKIE)
                                        .name("evzone_access_token")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .addSecurityItem(new SecurityRequirement().addList(COOKIE));
    }
}
