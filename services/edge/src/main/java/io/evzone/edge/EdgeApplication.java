package io.evzone.edge;

import io.evzone.platform.EvzoneApplication;
import io.evzone.platform.EvzoneService;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The edge. */
@SpringBootApplication
@EvzoneService(name = "edge", port = 8080)
public class EdgeApplication {

    public static void main(String[] args) {
        EvzoneApplication.run(EdgeApplication.class, args);
    }
}
