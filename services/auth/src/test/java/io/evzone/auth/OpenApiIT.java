package io.evzone.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.auth.support.AuthIntegrationTest;
import io.evzone.platform.test.OpenApiShapes;
import io.evzone.platform.test.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@AuthIntegrationTest
class OpenApiIT {

    @LocalServerPort
    int port;

    @Test
    void everyEndpointIsDocumentedAndSwaggerUiIsServed() {
        var document = new TestHttp(port).get("/api/docs.json");

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body())
                .contains(
                        "\"/api/v1/auth/login\"",
                        "\"/api/v1/auth/refresh\"",
                        "\"/api/v1/auth/logout\"",
                        "\"/api/v1/auth/logout-all\"",
                        "\"/api/v1/auth/register\"",
                        "\"/api/v1/auth/verify-email\"",
                        "\"/api/v1/auth/resend-verification-email\"",
                        "\"/api/v1/auth/forgot-password\"",
                        "\"/api/v1/auth/reset-password\"",
                        "\"/api/v1/auth/accept-invitation\"",
                        "\"/api/v1/auth/switch-organization\"",
                        "\"/api/v1/auth/access-profile\"",
                        "\"/api/v1/auth/metrics\"",
                        "\"/api/v1/auth/audit\"",
                        "\"/api/v1/users\"",
                        "\"/api/v1/users/{id}\"",
                        "\"/api/v1/users/invite\"",
                        "\"/api/v1/users/{id}/force-logout\"",
                        "\"/api/v1/users/me\"",
                        "\"/api/v1/users/me/password\"",
                        "\"/api/v1/organizations\"",
                        "\"/api/v1/organizations/{id}/members\"",
                        "\"/api/v1/auth/invitations/accept\"",
                        "\"/api/v1/users/team\"",
                        "\"/api/v1/users/team/invite\"",
                        "\"/api/v1/users/team/{id}\"",
                        "\"/api/v1/users/team/{id}/assignments\"",
                        "\"/api/v1/users/me/station-contexts\"",
                        "\"/api/v1/users/me/station-context\"");
        assertThat(document.body()).doesNotContain("passwordHash");
        assertThat(new TestHttp(port).get("/api/docs").statusCode()).isIn(200, 302);
    }

    @Test
    void everyOperationDocumentsItsSuccessAndErrorShapes() {
        assertThat(OpenApiShapes.undocumented(port))
                .as("operations whose answers a client would have to guess")
                .isEmpty();
    }
}
