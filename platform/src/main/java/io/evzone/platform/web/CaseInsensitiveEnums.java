package io.evzone.platform.web;

import java.util.Locale;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;

/**
 * Enum values in query and path parameters in any case ({@code ?status=active} as {@code ACTIVE}),
 * as request bodies accept them: the web clients send some values in another case than EVZone
 * answers with. An unknown value still fails, as a 400.
 */
public final class CaseInsensitiveEnums implements ConverterFactory<String, Enum<?>> {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"}) // the target is an enum type known only at run time
    public <T extends Enum<?>> Converter<String, T> getConverter(Class<T> targetType) {
        return source -> {
            String value = source.trim();
            if (value.isEmpty()) {
                return null;
            }
            for (T constant : targetType.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(value)) {
                    return constant;
                }
            }
            return (T) Enum.valueOf((Class) targetType, value.toUpperCase(Locale.ROOT));
        };
    }
}
