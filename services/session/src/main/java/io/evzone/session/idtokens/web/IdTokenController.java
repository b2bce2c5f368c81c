package io.evzone.session.idtokens.web;

import io.evzone.platform.security.Caller;
import io.evzone.session.idtokens.application.FindIdTokens;
import io.evzone.session.idtokens.application.ManageIdTokens;
import io.evzone.session.idtokens.domain.IdToken;
import io.evzone.session.idtokens.domain.IdTokenStatus;
import io.evzone.session.idtokens.domain.IdTokenType;
import io.evzone.session.shared.web.Authorities;
import io.evzone.session.shared.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Id tokens",
        description = "RFID cards, app and fleet tokens that authorize charging. id_tokens.manage administers the"
                + " organization's tokens; drivers (sessions.own) list their own.")
class IdTokenController {

    private final FindIdTokens find;
    private final ManageIdTokens manage;

    IdTokenController(FindIdTokens find, ManageIdTokens manage) {
        this.find = find;
        this.manage = manage;
    }

    @GetMapping("/api/v1/id-tokens")
    @PreAuthorize(Authorities.READ_ID_TOKENS)
    @Operation(summary = "Id tokens: the organization's for managers, the caller's own for drivers")
    @ApiResponse(responseCode = "200", description = "The tokens")
    @ApiResponse(responseCode = "401", description = "Not authenticated")
    @ApiResponse(responseCode = "403", description = "Missing id_tokens.manage or sessions.own")
    List<IdTokenResponse> list(
            @Parameter(description = "Only this user's tokens (managers)") @RequestParam(required = false)
                    String userId,
            @Parameter(description = "ACTIVE, BLOCKED or EXPIRED") @RequestParam(required = false) IdTokenStatus status,
            @Parameter(description = "Page size, default 50, at most 200") @RequestParam(required = false)
                    Integer limit,
            @Parameter(description = "Tokens to skip") @RequestParam(required = false) Integer offset) {
        return find.list(Caller.current(), userId, status, Paging.limit(limit), Paging.offset(offset)).stream()
                .map(IdTokenResponse::of)
                .toList();
    }

    @GetMapping("/api/v1/id-tokens/{id}")
    @PreAuthorize(Authorities.READ_ID_TOKENS)
    @Operation(summary = "One id token")
    @ApiResponse(responseCode = "200", description = "The token")
    @ApiResponse(responseCode = "404", description = "No such token in the caller's scope")
    IdTokenResponse get(@PathVariable String id) {
        return IdTokenResponse.of(find.get(Caller.current(), Paging.id("Id token", id)));
    }

    @PostMapping("/api/v1/id-tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Authorities.MANAGE_ID_TOKENS)
    @Operation(summary = "Register an id token in the caller's organization")
    @ApiResponse(responseCode = "201", description = "Registered")
    @ApiResponse(responseCode = "400", description = "Invalid body")
    @ApiResponse(responseCode = "403", description = "Missing id_tokens.manage")
    @ApiResponse(
            responseCode = "409",
            description = "A token with this value exists (values compare case-insensitively)")
    IdTokenResponse create(@Valid @RequestBody CreateRequest body) {
        return IdTokenResponse.of(manage.create(
                Caller.current(),
                new ManageIdTokens.NewToken(
                        body.value(),
                        body.type(),
                        body.userId(),
                        body.status(),
                        body.expiresAt(),
                        body.groupId(),
                        body.organizationId())));
    }

    @PatchMapping("/api/v1/id-tokens/{id}")
    @PreAuthorize(Authorities.MANAGE_ID_TOKENS)
    @Operation(summary = "Change an id token: block it, give it an expiry, a group or another owner")
    @ApiResponse(responseCode = "200", description = "Changed")
    @ApiResponse(responseCode = "404", description = "No such token in the caller's organization")
    IdTokenResponse update(@PathVariable String id, @Valid @RequestBody UpdateRequest body) {
        return IdTokenResponse.of(manage.update(
                Caller.current(),
                Paging.id("Id token", id),
                new ManageIdTokens.Change(
                        body.type(), body.userId(), body.status(), body.expiresAt(), body.groupId())));
    }

    @DeleteMapping("/api/v1/id-tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Authorities.MANAGE_ID_TOKENS)
    @Operation(summary = "Remove an id token (sessions keep the value they were started with)")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "404", description = "No such token in the caller's organization")
    void delete(@PathVariable String id) {
        manage.delete(Caller.current(), Paging.id("Id token", id));
    }

    /**
     * @param value what the charger sends (1.6 idTag up to 20 characters, 2.0.1 idToken up to 36)
     * @param type RFID (default), APP, FLEET, ISO15693, EMAID, KEY_CODE, MAC_ADDRESS or LOCAL
     * @param organizationId platform admins only: the organization; others get their active one
     */
    record CreateRequest(
            @NotBlank @Size(max = 36) String value,
            IdTokenType type,
            String userId,
            IdTokenStatus status,
            Instant expiresAt,
            @Size(max = 36) String groupId,
            String organizationId) {}

    record UpdateRequest(
            IdTokenType type,
            String userId,
            IdTokenStatus status,
            Instant expiresAt,
            @Size(max = 36) String groupId) {}

    record IdTokenResponse(
            String id,
            String organizationId,
            String userId,
            String value,
            String type,
            String status,
            Instant expiresAt,
            String groupId,
            Instant createdAt) {

        static IdTokenResponse of(IdToken t) {
            return new IdTokenResponse(
                    t.id().toString(),
                    t.organizationId(),
                    t.userId(),
                    t.value(),
                    t.type().name(),
                    t.status().name(),
                    t.expiresAt(),
                    t.groupId(),
                    t.createdAt());
        }
    }
}
