package io.evzone.billing.ledgerit;

import io.evzone.platform.test.EvzoneIntegrationTest;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The billing service on the embedded infrastructure, its sandbox provider completing payments at
 * once (so a top-up is credited before its answer), the real providers' adapters pointed at
 * {@link ProviderStubs}. Every ledger IT extends {@link LedgerIT} and shares this one context.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@EvzoneIntegrationTest
@TestPropertySource(
        properties = {
            "evzone.billing.payments.sandbox.complete-after=0s",
            "evzone.billing.ledger.hold-expiry-interval=500ms",
            "evzone.billing.ledger.hold-ttl=45s",
            "spring.datasource.hikari.maximum-pool-size=20",
            "spring.datasource.hikari.connection-timeout=180000",
            "evzone.billing.payments.stripe.api-key=sk_test_evzone",
            "evzone.billing.payments.stripe.webhook-secret=whsec_evzone_test",
            "evzone.billing.payments.stripe.base-url=${evzone.test.provider-stubs}",
            "evzone.billing.payments.stripe.timeout=2s",
            "evzone.billing.payments.flutterwave.secret-key=FLWSECK_TEST-evzone",
            "evzone.billing.payments.flutterwave.secret-hash=evzone-flutterwave-hash",
            "evzone.billing.payments.flutterwave.base-url=${evzone.test.provider-stubs}",
            "evzone.billing.payments.flutterwave.redirect-url=http://localhost:5173/wallet",
            "evzone.billing.payments.momo.api-user=momo-user",
            "evzone.billing.payments.momo.api-key=momo-key",
            "evzone.billing.payments.momo.subscription-key=momo-subscription",
            "evzone.billing.payments.momo.base-url=${evzone.test.provider-stubs}",
            "evzone.billing.payments.momo.timeout=2s",
            "evzone.billing.payments.reconcile-after=0s",
            "evzone.billing.payments.reconcile-interval=1h"
        })
public @interface LedgerIntegrationTest {}
