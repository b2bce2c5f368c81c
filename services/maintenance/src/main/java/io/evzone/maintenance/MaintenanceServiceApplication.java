package io.evzone.maintenance;

import io.evzone.platform.EvzoneApplication;
import io.evzone.platform.EvzoneService;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The maintenance service. */
@SpringBootApplication
@EvzoneService(name = "maintenance", port = 3006)
public class MaintenanceServiceApplication {

    public static void main(String[] args) {
        EvzoneApplication.run(MaintenanceServiceApplication.class, args);
    }
}
