package io.evzone.analytics;

import io.evzone.platform.EvzoneApplication;
import io.evzone.platform.EvzoneService;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The analytics service. */
@SpringBootApplication
@EvzoneService(name = "analytics", port = 3008)
public class AnalyticsServiceApplication {

    public static void main(String[] args) {
        EvzoneApplication.run(AnalyticsServiceApplication.class, args);
    }
}
