package io.evzone.platform.security;

import io.evzone.platform.web.ProblemWriter;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;

/** Refuses a request from an origin outside {@code CORS_ORIGINS} with a problem+json body that says so. */
public class ProblemCorsProcessor extends DefaultCorsProcessor {

    private final ProblemWriter problems;

    public ProblemCorsProcessor(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void rejectRequest(ServerHttpResponse response) throws IOException {
        if (response instanceof ServletServerHttpResponse servlet) {
            problems.write(servlet.getServletResponse(), HttpStatus.FORBIDDEN, "Origin not allowed by CORS_ORIGINS");
            return;
        }
        super.rejectRequest(response);
    }
}
