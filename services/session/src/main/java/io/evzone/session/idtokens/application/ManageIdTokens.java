package io.evzone.session.idtokens.application;

import io.evzone.contracts.Topics;
import io.evzone.contracts.session.IdTokenChanged;
import io.evzone.platform.outbox.Outbox;
import io.evzone.platform.security.AccessTokenClaims;
import io.evzone.platform.web.ApiException;
import io.evzone.session.idtokens.domain.IdToken;
import io.evzone.session.idtokens.domain.IdTokenStatus;
import io.evzone.session.idtokens.domain.IdTokenType;
import io.evzone.session.idtokens.domain.IdTokens;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers, changes and removes id tokens of the caller's organization. */
@Service
public class ManageIdTokens {

    private final IdTokens tokens;
    private final Outbox outbox;
    private final Clock clock;

    public ManageIdTokens(IdTokens tokens, Outbox outbox, Clock clock) {
        this.tokens = tokens;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A new token; the value must be unused (case-insensitively). */
    public record NewToken(
            String value,
            IdTokenType type,
            String userId,
            IdTokenStatus status,
            Instant expiresAt,
            String groupId,
            String organizationId) {}

    /** Fields to change; null leaves a field as it is. */
    public record Change(IdTokenType type, String userId, IdTokenStatus status, Instant expiresAt, String groupId) {}

    @Transactional
    public IdToken create(AccessTokenClaims caller, NewToken request) {
        IdToken token = build(() -> new IdToken(
                UUID.randomUUID(),
                IdTokenScope.organizationFor(caller, request.organizationId()),
                blankToNull(request.userId()),
                request.value() == null ? null : request.value().trim(),
                request.type() == null ? IdTokenType.RFID : request.type(),
                request.status() == null ? IdTokenStatus.ACTIVE : request.status(),
                request.expiresAt(),
                blankToNull(request.groupId()),
                clock.instant()));
        if (!tokens.insert(token)) {
            throw ApiException.conflict("An id token with value " + token.value() + " already exists");
        }
        changed(token, false);
        return token;
    }

    @Transactional
    public IdToken update(AccessTokenClaims caller, UUID id, Change change) {
        IdToken current = managed(caller, id);
        IdToken changed = new IdToken(
                current.id(),
                current.organizationId(),
                change.userId() == null ? current.userId() : blankToNull(change.userId()),
                current.value(),
                change.type() == null ? current.type() : change.type(),
                change.status() == null ? current.status() : change.status(),
                change.expiresAt() == null ? current.expiresAt() : change.expiresAt(),
                change.groupId() == null ? current.groupId() : blankToNull(change.groupId()),
                current.createdAt());
        tokens.update(changed);
        changed(changed, false);
        return changed;
    }

    @Transactional
    public void delete(AccessTokenClaims caller, UUID id) {
        IdToken removed = managed(caller, id);
        tokens.delete(removed.id());
        changed(removed, true);
    }

    private void changed(IdToken token, boolean removed) {
        outbox.append(
                Topics.SESSION_EVENTS,
                token.id().toString(),
                new IdTokenChanged(
                        token.id().toString(),
                        token.organizationId(),
                        token.value(),
                        token.type().ocppType(),
                        removed,
                        clock.instant()));
    }

    private IdToken managed(AccessTokenClaims caller, UUID id) {
        return tokens.byId(id)
                .filter(t -> IdTokenScope.manages(caller, t))
                .orElseThrow(() -> ApiException.notFound("Id token", id));
    }

    private static IdToken build(java.util.function.Supplier<IdToken> factory) {
        try {
            return factory.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
