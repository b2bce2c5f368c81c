package io.evzone.notification.recipients.domain;

import java.util.List;
import java.util.Optional;

/** The local projection of users' contact details, kept from {@code auth.events.v1}. */
public interface Recipients {

    Optional<Recipient> find(String userId);

    /** Stores the contact details, keeping the language and time zone already known. */
    void saveContact(String userId, String email, String phone, String name);

    /** Records a membership as it now is; a removed one is forgotten. */
    void saveMembership(String userId, String organizationId, String role, String status, boolean removed);

    /** The users with an active membership of the organization. */
    List<String> activeMembersOf(String organizationId);

    /** Erases what was known of a deleted account. */
    void forget(String userId);
}
