package io.evzone.ocpp.codegen;

import java.util.ArrayList;
import java.util.List;

/** Writes the sealed interfaces over a version's messages, and its action table. */
final class InterfaceEmitter {
    private final VersionSpec spec;
    private final List<String> actions;

    InterfaceEmitter(VersionSpec spec, List<String> actions) {
        this.spec = spec;
        this.actions = actions;
    }

    String request() {
        String doc = "A request of " + spec.title() + ". Every request is either a {@link "
                + spec.stationRequestInterface()
                + "} or a {@link " + spec.csmsRequestInterface() + "} (DataTransfer is both), so a switch over either"
                + " of those is exhaustive.";
        return sealed(
                doc, spec.requestInterface(), "", List.of(spec.stationRequestInterface(), spec.csmsRequestInterface()));
    }

    String stationRequest() {
        String doc =
                "A request the " + words(spec.stationName()) + " sends and the " + words(spec.csmsName()) + " handles.";
        return sealed(doc, spec.stationRequestInterface(), spec.requestInterface(), requestsSentBy(true));
    }

    String csmsRequest() {
        String doc =
                "A request the " + words(spec.csmsName()) + " sends and the " + words(spec.stationName()) + " handles.";
        return sealed(doc, spec.csmsRequestInterface(), spec.requestInterface(), requestsSentBy(false));
    }

    String response() {
        List<String> responses =
                actions.stream().map(action -> action + "Response").toList();
        return sealed("A response of " + spec.title() + ".", spec.responseInterface(), "", responses);
    }

    private List<String> requestsSentBy(boolean station) {
        List<String> requests = new ArrayList<>();
        for (String action : actions) {
            boolean stationSends = spec.stationInitiated().contains(action);
            if (spec.bidirectional().contains(action) || stationSends == station) {
                requests.add(action + "Request");
            }
        }
        return requests;
    }

    private String sealed(String doc, String name, String parent, List<String> permitted) {
        StringBuilder out = new StringBuilder(MessageGenerator.HEADER);
        out.append("package ").append(spec.messagesPackage()).append(";\n\n");
        out.append(Javadoc.comment("", List.of(doc)));
        out.append("public sealed interface ").append(name);
        if (!parent.isEmpty()) {
            out.append(" extends ").append(parent);
        }
        out.append("\n        permits ")
                .append(String.join(",\n                ", permitted))
                .append(" {}\n");
        return out.toString();
    }

    String actions() {
        String registry = "ActionRegistry<" + spec.requestInterface() + ", " + spec.responseInterface() + ">";
        StringBuilder out = new StringBuilder(MessageGenerator.HEADER);
        out.append("package ").append(spec.basePackage()).append(";\n\n");
        out.append("import io.evzone.ocpp.Direction;\nimport io.evzone.ocpp.OcppVersion;\n");
        out.append("import io.evzone.ocpp.codec.ActionRegistry;\n");
        List<String> imports = new ArrayList<>(List.of(spec.requestInterface(), spec.responseInterface()));
        actions.forEach(action -> imports.addAll(List.of(action + "Request", action + "Response")));
        imports.stream()
                .sorted()
                .forEach(type -> out.append("import ")
                        .append(spec.messagesPackage())
                        .append('.')
                        .append(type)
                        .append(";\n"));
        out.append('\n')
                .append(Javadoc.comment(
                        "",
                        List.of("Every action of " + spec.title()
                                + ": its messages, who sends it, and where its schemas are.")));
        out.append("final class ").append(spec.prefix()).append("Actions {\n");
        out.append("    private ").append(spec.prefix()).append("Actions() {}\n\n");
        out.append("    static ").append(registry).append(" create() {\n");
        out.append("        return ActionRegistry.<")
                .append(spec.requestInterface())
                .append(", ")
                .append(spec.responseInterface())
                .append(">builder(\n");
        out.append("                        OcppVersion.")
                .append(spec.versionConstant())
                .append(", ")
                .append(spec.prefix())
                .append("Actions.class, \"/io/evzone/ocpp/schemas/")
                .append(spec.key())
                .append("/\")\n");
        for (String action : actions) {
            out.append("                .action(\"")
                    .append(action)
                    .append("\", ")
                    .append(action)
                    .append("Request.class, ")
                    .append(action)
                    .append("Response.class, Direction.")
                    .append(direction(action))
                    .append(")\n");
        }
        out.append("                .build();\n    }\n}\n");
        return out.toString();
    }

    private String direction(String action) {
        if (spec.bidirectional().contains(action)) {
            return "BOTH";
        }
        return spec.stationInitiated().contains(action) ? "CHARGING_STATION_TO_CSMS" : "CSMS_TO_CHARGING_STATION";
    }

    /** {@code ChargePoint} to "charge point"; {@code Csms} to "CSMS". */
    private static String words(String name) {
        return name.equals("Csms")
                ? "CSMS"
                : name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
