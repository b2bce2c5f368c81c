package io.evzone.ocpp.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.evzone.ocpp.json.OcppJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every constant of every generated enum survives JSON both ways under its wire value. */
class GeneratedEnumsTest {

    @Test
    void everyConstantReadsBackFromItsWireValue() throws ReflectiveOperationException {
        List<Class<?>> enums = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.evzone.ocpp.v16.messages", "io.evzone.ocpp.v201.messages")
                        .stream()
                        .filter(JavaClass::isEnum)
                        .<Class<?>>map(JavaClass::reflect)
                        .toList();
        assertThat(enums).hasSizeGreaterThan(100);

        for (Class<?> type : enums) {
            for (Object constant : type.getEnumConstants()) {
                String wire = (String) type.getMethod("value").invoke(constant);
                String json = OcppJson.mapper().writeValueAsString(constant);
                assertThat(json).isEqualTo("\"" + wire + "\"");
                assertThat(OcppJson.mapper().readValue(json, type)).isSameAs(constant);
                assertThat(type.getMethod("fromValue", String.class).invoke(null, wire))
                        .isSameAs(constant);
            }
        }
    }
}
