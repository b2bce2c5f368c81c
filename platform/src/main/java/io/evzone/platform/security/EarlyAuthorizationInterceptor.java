package io.evzone.platform.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.expression.SecurityExpressionRoot;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Evaluates an endpoint's {@code @PreAuthorize} before its request body is read. Method security
 * alone runs after argument binding, so a caller without the permission would first learn that its
 * body is invalid (400) instead of being told it may not call the endpoint (403). Expressions that
 * refer to method arguments ({@code #id}) are left to method security.
 */
public class EarlyAuthorizationInterceptor implements HandlerInterceptor {

    private final SpelExpressionParser parser = new SpelExpressionParser();
    private final java.util.Map<String, Expression> expressions = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        // An async or error dispatch continues a request whose caller was checked on its first dispatch.
        if (!(handler instanceof HandlerMethod method) || request.getDispatcherType() != DispatcherType.REQUEST) {
            return true;
        }
        String rule = ruleOf(method);
        if (rule == null || rule.contains("#")) {
            return true;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return true;
        }
        if (!Boolean.TRUE.equals(
                expression(rule).getValue(new StandardEvaluationContext(new Root(authentication)), Boolean.class))) {
            throw new AccessDeniedException("Access denied");
        }
        return true;
    }

    /** The {@code @PreAuthorize} expression of an endpoint (method first, then class), or null. */
    public static String ruleOf(HandlerMethod method) {
        PreAuthorize annotation = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
        if (annotation == null) {
            annotation = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
        }
        return annotation == null ? null : annotation.value();
    }

    private Expression expression(String rule) {
        return expressions.computeIfAbsent(rule, parser::parseExpression);
    }

    private static final class Root extends SecurityExpressionRoot<Object> {
        Root(Authentication authentication) {
            super(authentication);
        }
    }
}
