package io.evzone.gateway;

import io.evzone.platform.EvzoneApplication;
import io.evzone.platform.EvzoneService;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The ocpp-gateway service. */
@SpringBootApplication
@EvzoneService(name = "ocpp-gateway", port = 3003)
public class GatewayServiceApplication {

    public static void main(String[] args) {
        EvzoneApplication.run(GatewayServiceApplication.class, args);
    }
}
