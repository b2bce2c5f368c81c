package io.evzone.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service's application class. The platform derives the service's defaults from it: its
 * name, HTTP port, database schema and Flyway location. This works the same when the service runs
 * alone, inside the launcher, or in a test context, because it reads the annotation rather than a
 * classpath file (nine services share one classpath in the launcher).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EvzoneService {

    /** Short service name, such as {@code auth}; also the database schema (dashes become underscores). */
    String name();

    /** The HTTP port the service listens on by default. */
    int port();
}
