package io.evzone.auth.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evzone.auth.shared.domain.DomainException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private final User registered = User.register(UUID.randomUUID(), "amina@example.com", null, "Amina", "hash", NOW);

    @Test
    void aRegisteredAccountIsPendingAndCannotLogInUntilVerified() {
        assertThat(registered.status()).isEqualTo(UserStatus.PENDING);
        assertThat(registered.canLogIn()).isFalse();

        User verified = registered.verifyEmail(NOW);

        assertThat(verified.status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(verified.emailVerifiedAt()).isEqualTo(NOW);
        assertThat(verified.canLogIn()).isTrue();
    }

    @Test
    void suspensionBlocksLoginAndReactivationRestoresTheFormerState() {
        User active = registered.verifyEmail(NOW);

        assertThat(active.suspend().canLogIn()).isFalse();
        assertThat(active.suspend().reactivate().status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(registered.suspend().reactivate().status())
                .as("never verified: back to pending")
                .isEqualTo(UserStatus.PENDING);
    }

    @Test
    void onlyASuspendedAccountCanBeReactivated() {
        assertThatThrownBy(registered::reactivate).isInstanceOf(DomainException.class);
    }

    @Test
    void deletionErasesPersonalDataButKeepsTheId() {
        User deleted = registered.verifyEmail(NOW).withPlatformAdmin(true).delete();

        assertThat(deleted.id()).isEqualTo(registered.id());
        assertThat(deleted.email()).isNull();
        assertThat(deleted.phone()).isNull();
        assertThat(deleted.passwordHash()).isNull();
        assertThat(deleted.platformAdmin()).isFalse();
        assertThat(deleted.status()).isEqualTo(UserStatus.INACTIVE);
        assertThat(deleted.canLogIn()).isFalse();
    }

    @Test
    void anInvitedAccountHasNoPasswordUntilItAcceptsTheInvitation() {
        User invited = User.invite(UUID.randomUUID(), "new@example.com", null, NOW);

        assertThat(invited.canLogIn()).isFalse();
        User accepted = invited.acceptInvitation("hash", "Brian", NOW);
        assertThat(accepted.canLogIn()).isTrue();
        assertThat(accepted.name()).isEqualTo("Brian");
        assertThatThrownBy(() -> accepted.acceptInvitation("other", null, NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    void choosingAPasswordClearsTheMustChangeFlagButARehashKeepsIt() {
        User admin = User.platformAdministrator(UUID.randomUUID(), "admin@test.com", "Admin", "old", true, NOW);

        assertThat(admin.withRehashedPassword("new").mustChangePassword()).isTrue();
        assertThat(admin.withPassword("new").mustChangePassword()).isFalse();
    }

    @Test
    void emailsAreStoredLowerCaseAndPhonesAsE164() {
        assertThat(Emails.normalize("  Amina@Example.COM ")).isEqualTo("amina@example.com");
        assertThat(Phones.normalize("+256 (700) 123-456")).isEqualTo("+256700123456");
        assertThat(Phones.normalize("00256700123456")).isEqualTo("+256700123456");
        assertThatThrownBy(() -> Phones.normalize("0700 123 456")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Emails.normalize("not-an-email")).isInstanceOf(DomainException.class);
    }
}
