package io.evzone.station.shared.domain;

import java.util.Locale;

/** Plug standards, named as operators and the web clients write them. */
public enum ConnectorType {
    TYPE2("Type2"),
    CCS2("CCS2"),
    CHADEMO("CHAdeMO"),
    GB_T("GB-T"),
    TYPE1("Type1"),
    CCS1("CCS1");

    private final String label;

    ConnectorType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** By label or constant name, ignoring case: {@code CHAdeMO}, {@code chademo}, {@code GB-T}, {@code GB_T}. */
    public static ConnectorType parse(String field, String value) {
        if (value == null) {
            return null;
        }
        String wanted = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (ConnectorType type : values()) {
            if (type.name().equals(wanted)) {
                return type;
            }
        }
        throw DomainException.invalid(field + ": must be one of Type2, CCS2, CHAdeMO, GB-T, Type1, CCS1");
    }
}
