package io.evzone.session.idtokens.web;

import io.evzone.platform.security.Caller;
import io.evzone.session.chargers.application.ChargePointIds;
import io.evzone.session.idtokens.application.PushLocalList;
import io.evzone.session.shared.web.Authorities;
import io.evzone.session.shared.web.CommandResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Id tokens")
class LocalListController {

    private final PushLocalList push;
    private final ChargePointIds ids;

    LocalListController(PushLocalList push, ChargePointIds ids) {
        this.push = push;
        this.ids = ids;
    }

    @PostMapping("/api/v1/charge-points/{ocppId}/local-list")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(Authorities.MANAGE_ID_TOKENS)
    @Operation(
            summary = "Send the charger its organization's id tokens as a full local authorization list",
            description = "Publishes SEND_LOCAL_LIST with the charger's next list version; the charger's answer is"
                    + " recorded when the gateway reports it.")
    @ApiResponse(responseCode = "202", description = "Sent")
    @ApiResponse(responseCode = "404", description = "No such charge point in the caller's organization")
    LocalListResponse pushLocalList(@PathVariable String ocppId) {
        var pushed = push.handle(Caller.current(), ocppId);
        String charger = pushed.command().ocppId();
        return new LocalListResponse(
                CommandResponse.of(
                        pushed.command(), ids.registryIds(List.of(charger)).get(charger)),
                pushed.version(),
                pushed.entries());
    }

    /**
     * @param version the list version the charger was sent
     * @param entries how many tokens the list holds
     */
    record LocalListResponse(CommandResponse command, int version, int entries) {}
}
