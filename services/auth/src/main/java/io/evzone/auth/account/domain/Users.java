package io.evzone.auth.account.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The accounts (repository port). Deleted accounts keep their id but are found by id only. */
public interface Users {

    Optional<User> byId(UUID id);

    /** By normalized email; deleted accounts have none. */
    Optional<User> byEmail(String email);

    /** By E.164 phone number. */
    Optional<User> byPhone(String phone);

    /** Adds a new account. */
    void add(User user);

    /** Stores the account's current state. */
    void update(User user);

    /** Accounts matching the filter, oldest first. */
    List<User> search(UserSearch search);

    /** How many accounts exist, deleted ones included. */
    long count();

    /** How many active platform administrators exist. */
    long countPlatformAdmins();
}
