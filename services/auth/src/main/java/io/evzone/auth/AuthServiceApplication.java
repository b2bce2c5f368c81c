package io.evzone.auth;

import io.evzone.platform.EvzoneApplication;
import io.evzone.platform.EvzoneService;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The auth service. */
@SpringBootApplication
@EvzoneService(name = "auth", port = 3000)
public class AuthServiceApplication {

    public static void main(String[] args) {
        EvzoneApplication.run(AuthServiceApplication.class, args);
    }
}
