package io.evzone.ocpp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OcppVersionTest {

    @Test
    void isFoundByItsSubprotocol() {
        assertThat(OcppVersion.fromSubprotocol("ocpp1.6")).contains(OcppVersion.V16);
        assertThat(OcppVersion.fromSubprotocol("ocpp2.0.1")).contains(OcppVersion.V201);
        assertThat(OcppVersion.fromSubprotocol("ocpp2.1")).contains(OcppVersion.V21);
        assertThat(OcppVersion.fromSubprotocol("ocpp2.0")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(OcppVersion.class)
    void mapsEveryFaultToACodeTheVersionDefines(OcppVersion version) {
        for (Fault fault : Fault.values()) {
            assertThat(version.errorCode(fault).isDefinedIn(version))
                    .as(version + " " + fault)
                    .isTrue();
        }
    }

    @Test
    void spellsOccurrenceTheWayEachVersionDoes() {
        assertThat(OcppVersion.V16.errorCode(Fault.MISSING_PROPERTY).wireName())
                .isEqualTo("OccurenceConstraintViolation");
        assertThat(OcppVersion.V201.errorCode(Fault.MISSING_PROPERTY).wireName())
                .isEqualTo("OccurrenceConstraintViolation");
    }

    @Test
    void knowsWhichMessageTypesEachVersionHas() {
        assertThat(OcppVersion.V201.supportsMessageType(4)).isTrue();
        assertThat(OcppVersion.V201.supportsMessageType(6)).isFalse();
        assertThat(OcppVersion.V21.supportsMessageType(6)).isTrue();
    }

    @Test
    void readsAnInboundErrorCodeOnlyIfTheVersionDefinesIt() {
        assertThat(RpcErrorCode.fromWireName("FormationViolation", OcppVersion.V16))
                .contains(RpcErrorCode.FORMATION_VIOLATION);
        assertThat(RpcErrorCode.fromWireName("FormationViolation", OcppVersion.V201))
                .isEmpty();
    }
}
