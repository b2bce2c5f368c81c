package io.evzone.gateway.rpc;

import tools.jackson.databind.node.ObjectNode;

/** A CALL about to be sent to a charger: an OCPP action of its version and a schema-valid payload. */
public record OcppCommand(String action, ObjectNode payload) {}
