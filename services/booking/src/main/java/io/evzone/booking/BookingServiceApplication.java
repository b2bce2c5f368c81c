package io.evzone.booking;

import io.evzone.platform.EvzoneApplication;
import io.evzone.platform.EvzoneService;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The booking service. */
@SpringBootApplication
@EvzoneService(name = "booking", port = 3005)
public class BookingServiceApplication {

    public static void main(String[] args) {
        EvzoneApplication.run(BookingServiceApplication.class, args);
    }
}
