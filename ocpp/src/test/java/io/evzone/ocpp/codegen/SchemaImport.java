package io.evzone.ocpp.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Splits the schema bundles of the npm package {@code ocpp-rpc} ({@code lib/schemas/ocpp1_6.json},
 * {@code ocpp2_0_1.json}: arrays of the OCA's published schemas) into one resource file per message, named
 * {@code <Action>Request.json} and {@code <Action>Response.json}. The schemas themselves are not changed.
 *
 * <p>Usage: {@code SchemaImport <ocpp-rpc lib/schemas folder> <ocpp module folder>}; see {@code tools/regenerate.sh}.
 */
public final class SchemaImport {
    private static final JsonMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private SchemaImport() {}

    public static void main(String[] args) throws IOException {
        Path bundles = Path.of(args[0]);
        Path module = Path.of(args[1]);
        for (VersionSpec version : VersionSpec.all()) {
            Path target = module.resolve(VersionSpec.SCHEMA_ROOT).resolve(version.key());
            Files.createDirectories(target);
            JsonNode bundle =
                    MAPPER.readTree(bundles.resolve(version.bundleFile()).toFile());
            for (JsonNode schema : bundle) {
                Path file = target.resolve(fileName(schema.get("$id").stringValue()));
                Files.writeString(file, MAPPER.writeValueAsString(schema) + "\n");
            }
            System.out.println(bundle.size() + " schemas of " + version.key() + " written to " + target);
        }
    }

    /** {@code urn:Authorize.req} becomes {@code AuthorizeRequest.json}, {@code urn:Authorize.conf} {@code AuthorizeResponse.json}. */
    static String fileName(String id) {
        String name = id.substring(id.indexOf(':') + 1);
        if (name.endsWith(".req")) {
            return name.substring(0, name.length() - 4) + "Request.json";
        }
        if (name.endsWith(".conf")) {
            return name.substring(0, name.length() - 5) + "Response.json";
        }
        throw new IllegalArgumentException("Unexpected schema id " + id);
    }
}
