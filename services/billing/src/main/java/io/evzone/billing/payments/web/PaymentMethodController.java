package io.evzone.billing.payments.web;

import io.evzone.billing.payments.application.ManagePaymentMethods;
import io.evzone.billing.payments.domain.PaymentMethod;
import io.evzone.billing.wallet.web.Paging;
import io.evzone.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/payment-methods")
@PreAuthorize("hasAnyAuthority('wallet.own','platform.admin')")
@Tag(
        name = "Payment methods",
        description = "The caller's saved payment methods: a provider's token with its brand and last four digits, or a"
                + " mobile money number. Card numbers are refused and never stored.")
class PaymentMethodController {

    private final ManagePaymentMethods methods;

    PaymentMethodController(ManagePaymentMethods methods) {
        this.methods = methods;
    }

    record MethodResponse(
            String id,
            String provider,
            String type,
            String label,
            String brand,
            String last4,
            String phone,
            boolean isDefault,
            Instant createdAt) {

        static MethodResponse of(PaymentMethod m) {
            return new MethodResponse(
                    m.id().toString(),
                    m.provider(),
                    m.type(),
                    m.label(),
                    m.brand(),
                    m.last4(),
                    m.phone(),
                    m.isDefault(),
                    m.createdAt());
        }
    }

    record Relabel(String label) {}

    @GetMapping
    @Operation(summary = "The caller's payment methods, the default first")
    List<MethodResponse> list(
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer offset) {
        return methods.list(Caller.current().userId(), Paging.limit(limit), Paging.offset(offset)).stream()
                .map(MethodResponse::of)
                .toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Save a payment method (a provider token; the first becomes the default)")
    @ApiResponse(responseCode = "400", description = "Unknown provider, missing token, a card number, bad last4")
    MethodResponse add(@RequestBody ManagePaymentMethods.NewMethod body) {
        return MethodResponse.of(methods.add(Caller.current().userId(), body));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Rename a payment method")
    @ApiResponse(responseCode = "404", description = "No such method of the caller")
    MethodResponse relabel(@PathVariable UUID id, @RequestBody Relabel body) {
        return MethodResponse.of(methods.relabel(Caller.current().userId(), id, body.label()));
    }

    @PostMapping("/{id}/set-default")
    @Operation(summary = "Make a payment method the caller's default")
    @ApiResponse(responseCode = "404", description = "No such method of the caller")
    MethodResponse makeDefault(@PathVariable UUID id) {
        return MethodResponse.of(methods.makeDefault(Caller.current().userId(), id));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a payment method")
    @ApiResponse(responseCode = "404", description = "No such method of the caller")
    void delete(@PathVariable UUID id) {
        methods.delete(Caller.current().userId(), id);
    }
}
