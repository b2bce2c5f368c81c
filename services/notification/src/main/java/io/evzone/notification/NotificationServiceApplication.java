package io.evzone.notification;

import io.evzone.platform.EvzoneApplication;
import io.evzone.platform.EvzoneService;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The notification service. */
@SpringBootApplication
@EvzoneService(name = "notification", port = 3007)
public class NotificationServiceApplication {

    public static void main(String[] args) {
        EvzoneApplication.run(NotificationServiceApplication.class, args);
    }
}
