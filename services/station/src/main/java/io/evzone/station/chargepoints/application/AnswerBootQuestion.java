package io.evzone.station.chargepoints.application;

import io.evzone.contracts.charger.ChargerQuestion;
import io.evzone.contracts.charger.OcppVersion;
import io.evzone.contracts.charger.RegistrationStatus;
import io.evzone.station.chargepoints.config.ChargerProperties;
import io.evzone.station.chargepoints.domain.ChargePoint;
import io.evzone.station.chargepoints.domain.ChargePoints;
import io.evzone.station.chargepoints.domain.Hardware;
import io.evzone.station.shared.domain.OrganizationScope;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers a charger's BootNotification (asked by the gateway): known chargers get their record's
 * registration and their boot data recorded; unknown ones are provisioned (or not) by the
 * unknown-charger policy. The answer goes out through the outbox in the same transaction.
 */
@Service
public class AnswerBootQuestion {

    private static final Logger log = LoggerFactory.getLogger(AnswerBootQuestion.class);

    private final ChargePoints chargePoints;
    private final ProvisionUnknownCharger newCharger;
    private final ChargerEvents events;
    private final ChargerProperties properties;
    private final Clock clock;

    public AnswerBootQuestion(
            ChargePoints chargePoints,
            ProvisionUnknownCharger newCharger,
            ChargerEvents events,
            ChargerProperties properties,
            Clock clock) {
        this.chargePoints = chargePoints;
        this.newCharger = newCharger;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public RegistrationStatus handle(ChargerQuestion.BootQuestion question) {
        ChargerQuestion.Boot boot = question.boot();
        Hardware hardware = new Hardware(boot.vendor(), boot.model(), boot.serialNumber(), boot.firmwareVersion());
        OcppVersion version = boot.ocppVersion() == null ? OcppVersion.V16 : boot.ocppVersion();
        Instant now = clock.instant();
        if (expired(question, now)) {
            return provisionIfUnknown(question, hardware, version, now);
        }
        RegistrationStatus answer = chargePoints
                .lockByOcppId(question.ocppId())
                .map(known -> rebooted(known, hardware, version, now))
                .orElseGet(() -> newCharger.provision(question.ocppId(), hardware, version, now));
        events.answerBoot(question, answer, properties.intervalFor(answer));
        return answer;
    }

    /**
     * The gateway has already answered with its fallback (Pending), so no answer is sent. An unknown
     * charger is still provisioned: its next boot then finds a record, and the gateway can answer it
     * from the registration alone. A known charger's boot is recorded from ChargerBooted if it is
     * answered later, so nothing is done.
     */
    private RegistrationStatus provisionIfUnknown(
            ChargerQuestion.BootQuestion question, Hardware hardware, OcppVersion version, Instant now) {
        return chargePoints
                        .byOcppId(question.ocppId(), OrganizationScope.platform())
                        .isPresent()
                ? RegistrationStatus.PENDING
                : newCharger.provision(question.ocppId(), hardware, version, now);
    }

    private static boolean expired(ChargerQuestion.BootQuestion question, Instant now) {
        return question.deadline() != null && now.isAfter(question.deadline());
    }

    private RegistrationStatus rebooted(ChargePoint known, Hardware hardware, OcppVersion version, Instant now) {
        ChargePoint booted = known.booted(hardware, version, now, properties.intervalFor(known.registration()));
        chargePoints.update(booted);
        if (!known.presence().online()) {
            events.wentOnline(booted, now);
        }
        log.info(
                "Charger {} booted ({} {}, firmware {}): {}",
                booted.ocppId(),
                booted.hardware().vendor(),
                booted.hardware().model(),
                booted.hardware().firmwareVersion(),
                booted.registration());
        return booted.registration();
    }
}
