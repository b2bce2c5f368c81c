package io.evzone.auth.login.application;

import io.evzone.auth.account.domain.User;
import io.evzone.auth.token.application.IssuedSession;

/** A user with a fresh pair of tokens (login, refresh, organization switch). */
public record LoggedIn(User user, IssuedSession session) {}
