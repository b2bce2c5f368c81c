package io.evzone.session.charging.application;

import io.evzone.platform.commands.IssuedCommand;
import io.evzone.platform.commands.IssuedCommands;
import io.evzone.platform.security.AccessTokenClaims;
import io.evzone.platform.web.ApiException;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** A remote start or stop command's state, for callers that got 202 and poll. */
@Service
public class FindCommand {

    private final IssuedCommands commands;

    FindCommand(IssuedCommands commands) {
        this.commands = commands;
    }

    public IssuedCommand handle(AccessTokenClaims caller, UUID id) {
        return commands.byId(id)
                .filter(c -> caller.isPlatformAdmin()
                        || caller.userId().equals(c.requestedBy())
                        || (SessionAccess.operates(caller)
                                && caller.organizationId().equals(c.organizationId())))
                .orElseThrow(() -> ApiException.notFound("Command", id));
    }
}
