package io.evzone.session.charging.application;

import io.evzone.session.charging.domain.SessionState;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The read side of sessions, for the API. */
public interface SessionQueries {

    List<SessionState> find(SessionFilter filter);

    Optional<SessionState> byId(UUID id);

    SessionStats stats(SessionFilter filter);
}
