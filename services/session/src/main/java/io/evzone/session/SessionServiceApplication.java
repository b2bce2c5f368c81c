package io.evzone.session;

import io.evzone.platform.EvzoneApplication;
import io.evzone.platform.EvzoneService;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The session service. */
@SpringBootApplication
@EvzoneService(name = "session", port = 3002)
public class SessionServiceApplication {

    public static void main(String[] args) {
        EvzoneApplication.run(SessionServiceApplication.class, args);
    }
}
