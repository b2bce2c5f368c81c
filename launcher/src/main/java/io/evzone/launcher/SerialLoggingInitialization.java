package io.evzone.launcher;

import java.util.concurrent.locks.ReentrantLock;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.Ordered;

/**
 * Nine contexts share one logging system in the launcher, and Spring Boot (re)configures it while
 * each context starts. Done from several threads at once, the configurations interleave and every
 * line is printed several times. This listener lets one context at a time through the stretch in
 * which Boot configures logging: from the prepared environment to the prepared context.
 */
final class SerialLoggingInitialization implements SmartApplicationListener {

    private static final ReentrantLock LOCK = new ReentrantLock();

    @Override
    public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
        return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(eventType)
                || ApplicationPreparedEvent.class.isAssignableFrom(eventType)
                || ApplicationFailedEvent.class.isAssignableFrom(eventType);
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent) {
            LOCK.lock();
        } else if (LOCK.isHeldByCurrentThread()) {
            LOCK.unlock();
        }
    }

    @Override
    public int getOrder() {
        // Before Boot's LoggingApplicationListener (HIGHEST_PRECEDENCE + 20) configures logging.
        return Ordered.HIGHEST_PRECEDENCE + 15;
    }
}
