package io.evzone.platform.config;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents the success answer of an operation that declares only its errors: springdoc leaves out
 * the answer it would derive from the return type as soon as any response is declared by hand (a
 * controller's class-level error responses, for one), and a client would have to guess it.
 */
final class SuccessResponses {

    private static final List<Class<?>> WRAPPERS = List.of(ResponseEntity.class, DeferredResult.class);

    private SuccessResponses() {}

    static void document(Operation operation, HandlerMethod method) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        if (responses.keySet().stream().anyMatch(code -> code.startsWith("2"))) {
            return;
        }
        ApiResponse success = new ApiResponse().description("Success");
        Type body = unwrapped(method.getReturnType().getGenericParameterType());
        if (body != void.class && body != Void.class) {
            ResolvedSchema schema =
                    ModelConverters.getInstance().resolveAsResolvedSchema(new AnnotatedType(body).resolveAsRef(true));
            if (schema != null && schema.schema != null) {
                success.content(new Content().addMediaType("application/json", new MediaType().schema(schema.schema)));
            }
        }
        responses.addApiResponse(String.valueOf(status(method).value()), success);
        operation.setResponses(responses);
    }

    private static Type unwrapped(Type type) {
        if (type instanceof ParameterizedType parameterized
                && WRAPPERS.contains(parameterized.getRawType())
                && parameterized.getActualTypeArguments().length == 1) {
            return parameterized.getActualTypeArguments()[0];
        }
        return type;
    }

    private static HttpStatus status(HandlerMethod method) {
        ResponseStatus declared = method.getMethodAnnotation(ResponseStatus.class);
        if (declared == null) {
            return HttpStatus.OK;
        }
        return declared.code() != HttpStatus.INTERNAL_SERVER_ERROR ? declared.code() : declared.value();
    }
}
