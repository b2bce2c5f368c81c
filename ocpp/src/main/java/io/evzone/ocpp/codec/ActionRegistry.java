package io.evzone.ocpp.codec;

import io.evzone.ocpp.Direction;
import io.evzone.ocpp.OcppVersion;
import io.evzone.ocpp.schema.JsonSchema;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every action of one OCPP version, by name and by message type. Built once per version (schemas compiled on
 * the way), immutable afterwards.
 *
 * @param <Q> the version's request type
 * @param <R> the version's response type
 */
public final class ActionRegistry<Q, R> {
    private final OcppVersion version;
    private final Map<String, ActionDefinition<Q, R>> byName;
    private final Map<Class<?>, ActionDefinition<Q, R>> byType;
    private final List<ActionDefinition<Q, R>> sorted;

    private ActionRegistry(OcppVersion version, Map<String, ActionDefinition<Q, R>> byName) {
        this.version = version;
        this.byName = Map.copyOf(byName);
        Map<Class<?>, ActionDefinition<Q, R>> types = new LinkedHashMap<>();
        byName.values().forEach(action -> {
            types.put(action.requestType(), action);
            types.put(action.responseType(), action);
        });
        this.byType = Map.copyOf(types);
        this.sorted = byName.values().stream()
                .sorted(Comparator.comparing(ActionDefinition::name))
                .toList();
    }

    /**
     * Starts a registry whose schemas are class-path resources {@code <schemaFolder><Action>Request.json} and
     * {@code <schemaFolder><Action>Response.json}.
     */
    public static <Q, R> Builder<Q, R> builder(OcppVersion version, Class<?> anchor, String schemaFolder) {
        return new Builder<>(version, anchor, schemaFolder);
    }

    public OcppVersion version() {
        return version;
    }

    /** The action with this (case-sensitive) name. */
    public Optional<ActionDefinition<Q, R>> find(String action) {
        return Optional.ofNullable(byName.get(action));
    }

    /**
     * The action a request or response type belongs to.
     *
     * @throws IllegalArgumentException if the type is not a message of this version
     */
    public ActionDefinition<Q, R> forMessageType(Class<?> type) {
        ActionDefinition<Q, R> action = byType.get(type);
        if (action == null) {
            throw new IllegalArgumentException(type.getName() + " is not a message of " + version.subprotocol());
        }
        return action;
    }

    /** All actions, sorted by name. */
    public List<ActionDefinition<Q, R>> all() {
        return sorted;
    }

    /** Collects the actions of a version. */
    public static final class Builder<Q, R> {
        private final OcppVersion version;
        private final Class<?> anchor;
        private final String schemaFolder;
        private final Map<String, ActionDefinition<Q, R>> actions = new LinkedHashMap<>();

        private Builder(OcppVersion version, Class<?> anchor, String schemaFolder) {
            this.version = version;
            this.anchor = anchor;
            this.schemaFolder = schemaFolder;
        }

        /** Adds an action and compiles its two schemas. */
        public Builder<Q, R> action(
                String name, Class<? extends Q> requestType, Class<? extends R> responseType, Direction direction) {
            JsonSchema request = JsonSchema.load(anchor, schemaFolder + name + "Request.json");
            JsonSchema response = JsonSchema.load(anchor, schemaFolder + name + "Response.json");
            actions.put(name, new ActionDefinition<>(name, requestType, responseType, direction, request, response));
            return this;
        }

        public ActionRegistry<Q, R> build() {
            return new ActionRegistry<>(version, actions);
        }
    }
}
