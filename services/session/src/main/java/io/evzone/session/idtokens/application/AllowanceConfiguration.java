package io.evzone.session.idtokens.application;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The charging allowance until billing offers its balance rule: a deployment's own bean replaces it. */
@Configuration(proxyBeanMethods = false)
class AllowanceConfiguration {

    @Bean
    @ConditionalOnMissingBean(ChargingAllowance.class)
    ChargingAllowance chargingAllowance() {
        return ChargingAllowance.everyone();
    }
}
