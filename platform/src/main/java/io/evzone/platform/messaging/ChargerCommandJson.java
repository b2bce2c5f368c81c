package io.evzone.platform.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.evzone.contracts.charger.command.ChargerCommand;
import io.evzone.contracts.charger.command.SetChargerPassword;
import java.util.Map;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.NamedType;
import tools.jackson.databind.module.SimpleModule;

/**
 * How a {@link ChargerCommand} travels as JSON: the record's fields plus {@code operation}, its name
 * ({@code "operation": "remote-stop"}), which picks the record on the way back. The contracts stay free of Jackson;
 * every record the sealed interface permits is registered, so a new operation needs nothing here.
 */
public final class ChargerCommandJson {

    /** The property naming the operation. */
    public static final String OPERATION = "operation";

    private ChargerCommandJson() {}

    public static JacksonModule module() {
        SimpleModule module = new SimpleModule("evzone-charger-commands");
        module.setMixInAnnotation(ChargerCommand.class, TypedByOperation.class);
        ChargerCommand.OPERATIONS.forEach((name, type) -> module.registerSubtypes(new NamedType(type, name)));
        return module;
    }

    /** The command as the command logs keep it: a new password is never written down. */
    public static String forLog(JsonMapper json, ChargerCommand command) {
        if (command instanceof SetChargerPassword) {
            return json.writeValueAsString(Map.of(OPERATION, command.operation(), "password", "(hidden)"));
        }
        return json.writerFor(ChargerCommand.class).writeValueAsString(command);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = OPERATION)
    private interface TypedByOperation {}
}
