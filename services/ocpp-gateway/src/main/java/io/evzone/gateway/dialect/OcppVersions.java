package io.evzone.gateway.dialect;

import io.evzone.gateway.dialect.v16.Ocpp16Handler;
import io.evzone.gateway.dialect.v16.Ocpp16Operations;
import io.evzone.gateway.dialect.v201.Ocpp201Handler;
import io.evzone.gateway.dialect.v201.Ocpp201Operations;
import io.evzone.gateway.rpc.OcppDialect;
import io.evzone.ocpp.Role;
import io.evzone.ocpp.v16.Ocpp16;
import io.evzone.ocpp.v16.messages.Ocpp16ChargePointRequest;
import io.evzone.ocpp.v201.Ocpp201;
import io.evzone.ocpp.v201.messages.Ocpp201ChargingStationRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OCPP versions this gateway speaks: 1.6J with the security extension ({@code ocpp1.6}) and {@code ocpp2.0.1}. */
@Configuration(proxyBeanMethods = false)
class OcppVersions {

    @Bean
    OcppDialect ocpp16(Ocpp16Handler handler) {
        return new CodecDialect<>(
                Ocpp16.codec(Role.CSMS), Ocpp16ChargePointRequest.class, handler::handle, Ocpp16Operations::translator);
    }

    @Bean
    OcppDialect ocpp201(Ocpp201Handler handler) {
        return new CodecDialect<>(
                Ocpp201.codec(Role.CSMS),
                Ocpp201ChargingStationRequest.class,
                handler::handle,
                Ocpp201Operations::translator);
    }
}
