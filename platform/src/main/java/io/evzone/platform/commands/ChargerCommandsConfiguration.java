package io.evzone.platform.commands;

import io.evzone.platform.messaging.IdempotentConsumer;
import io.evzone.platform.outbox.Outbox;
import io.evzone.platform.retention.ScheduledPurge;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The command path's beans, imported by {@link EnableChargerCommands}. */
@Configuration(proxyBeanMethods = false)
class ChargerCommandsConfiguration {

    @Bean
    IssuedCommands issuedCommands(JdbcClient jdbc, JsonMapper json) {
        return new IssuedCommands(jdbc, json);
    }

    @Bean
    CommandOutcomes commandOutcomes(IssuedCommands commands) {
        return new CommandOutcomes(commands);
    }

    @Bean
    IssueCommand issueCommand(
            IssuedCommands commands,
            CommandOutcomes outcomes,
            Outbox outbox,
            CommandSettings settings,
            ObjectProvider<Clock> clock) {
        return new IssueCommand(commands, outcomes, outbox, settings, clockOf(clock));
    }

    @Bean
    RecordOutcome recordOutcome(
            IssuedCommands commands,
            CommandOutcomes outcomes,
            ApplicationEventPublisher events,
            ObjectProvider<Clock> clock) {
        return new RecordOutcome(commands, outcomes, events, clockOf(clock));
    }

    @Bean
    CommandResultsListener commandResultsListener(
            IdempotentConsumer consumer, RecordOutcome record, @Value("${evzone.service.name}") String service) {
        return new CommandResultsListener(consumer, record, service);
    }

    @Bean
    CommandDeadlines commandDeadlines(
            IssuedCommands commands,
            RecordOutcome record,
            TransactionTemplate transactions,
            CommandSettings settings,
            ObjectProvider<Clock> clock) {
        return new CommandDeadlines(commands, record, transactions, settings, clockOf(clock));
    }

    @Bean
    ScheduledPurge chargerCommandPurge(IssuedCommands commands, CommandSettings settings) {
        return new ScheduledPurge("finished charger commands", commands::deleteFinishedOlderThan, settings.retention());
    }

    private static Clock clockOf(ObjectProvider<Clock> clock) {
        return clock.getIfAvailable(Clock::systemUTC);
    }
}
