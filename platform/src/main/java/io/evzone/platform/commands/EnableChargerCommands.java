package io.evzone.platform.commands;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;

/** Gives the service the command path: recording, publishing, outcomes, deadlines, retention, read model. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(ChargerCommandsConfiguration.class)
public @interface EnableChargerCommands {}
