package io.evzone.billing;

import io.evzone.platform.EvzoneApplication;
import io.evzone.platform.EvzoneService;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The billing service. */
@SpringBootApplication
@EvzoneService(name = "billing", port = 3004)
public class BillingServiceApplication {

    public static void main(String[] args) {
        EvzoneApplication.run(BillingServiceApplication.class, args);
    }
}
