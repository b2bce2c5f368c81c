package io.evzone.station.commands.web;

import io.evzone.contracts.charger.command.ChargerCommand;
import io.evzone.contracts.charger.command.RawOcpp;
import io.evzone.station.commands.domain.ClientCommand;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Lists every operation of {@link ChargerCommand} in the OpenAPI document as its own path with its body's schema (the
 * record's fields), so a new operation is documented as soon as its record exists.
 */
@Component
class CommandOperationsDocumentation implements OpenApiCustomizer {

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
        ChargerCommand.OPERATIONS.forEach((operation, type) -> {
            // The consoles' names (remote-start, ...) keep their own body, documented on the generic operation.
            if (type == RawOcpp.class || ClientCommand.byPathName(operation).isPresent()) {
                return;
            }
            ResolvedSchema resolved = ModelConverters.getInstance()
                    .resolveAsResolvedSchema(new io.swagger.v3.core.converter.AnnotatedType(type).resolveAsRef(true));
            if (resolved.referencedSchemas != null) {
                resolved.referencedSchemas.forEach(openApi.getComponents()::addSchemas);
            }
            openApi.path(
                    "/api/v1/charge-points/{id}/commands/" + operation, new PathItem().post(post(operation, resolved)));
        });
    }

    private static Operation post(String operation, ResolvedSchema body) {
        Schema<?> schema = body.schema;
        return new Operation()
                .addTagsItem("Charge point commands")
                .operationId("command-" + operation)
                .summary("Send " + operation + " to a charge point")
                .description("Needs charge_points.command; the caller's organization's charge points only. The"
                        + " outcome shows at /api/v1/commands/{commandId}; see docs/ocpp.md for each OCPP version.")
                .addParametersItem(new Parameter()
                        .in("path")
                        .name("id")
                        .required(true)
                        .description("The charge point's id")
                        .schema(new Schema<String>().type("string").format("uuid")))
                .requestBody(new RequestBody()
                        .required(false)
                        .content(new Content().addMediaType("application/json", new MediaType().schema(schema))))
                .responses(new ApiResponses()
                        .addApiResponse("202", problemFree("Queued; the command with status QUEUED"))
                        .addApiResponse("400", problem("A missing or invalid field, named"))
                        .addApiResponse("403", problem("Without charge_points.command"))
                        .addApiResponse("404", problem("No such charge point in the caller's organization")));
    }

    private static ApiResponse problemFree(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                "application/json",
                                new MediaType()
                                        .schema(new Schema<Map<String, Object>>()
                                                .$ref("#/components/schemas/CommandResponse"))));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                "application/problem+json",
                                new MediaType()
                                        .schema(new Schema<Map<String, Object>>()
                                                .type("object")
                                                .description("RFC 9457 problem"))));
    }
}
