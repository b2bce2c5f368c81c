package io.evzone.station;

import io.evzone.platform.EvzoneApplication;
import io.evzone.platform.EvzoneService;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The station service. */
@SpringBootApplication
@EvzoneService(name = "station", port = 3001)
public class StationServiceApplication {

    public static void main(String[] args) {
        EvzoneApplication.run(StationServiceApplication.class, args);
    }
}
