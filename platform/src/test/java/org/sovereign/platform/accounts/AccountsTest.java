package org.sovereign.platform.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.audit.AuditLog;
import org.sovereign.platform.errors.DomainException;
import org.sovereign.platform.testing.MutableClock;
import org.sovereign.platform.testing.PlatformFixture;

class AccountsTest {
  private MutableClock clock;
  private PlatformFixture fixture;
  private Accounts accounts;

  @BeforeEach
  void start() {
    clock = MutableClock.startingNow();
    fixture = PlatformFixture.start(clock);
    accounts = fixture.services().accounts();
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void create_shouldIssueAOneTimePasswordThatMustBeChanged() {
    var created = accounts.create(Actor.SYSTEM, "Alice", "Alice A.", EnumSet.of(Role.AUDITOR));
    assertThat(created.user().username()).isEqualTo("alice");
    assertThat(created.user().mustChangePassword()).isTrue();
    assertThat(accounts.signIn("alice", created.oneTimePassword(), "test"))
        .isInstanceOf(Accounts.SignIn.Success.class);
    String stored =
        fixture
            .services()
            .tx()
            .read(h -> h.createQuery("SELECT password_hash FROM users").mapTo(String.class).one());
    assertThat(stored)
        .startsWith("$argon2id$v=19$m=19456,t=2,p=1$")
        .doesNotContain(created.oneTimePassword());
  }

  @Test
  void create_shouldRejectDuplicatesBadNamesAndNoRolesWithoutWriting() {
    accounts.create(Actor.SYSTEM, "bob", "Bob", EnumSet.of(Role.ANALYST));
    long auditBefore = fixture.services().tx().read(AuditLog::head).seq();
    assertThatThrownBy(
            () -> accounts.create(Actor.SYSTEM, "BOB", "Bob 2", EnumSet.of(Role.ANALYST)))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("already exists");
    assertThatThrownBy(() -> accounts.create(Actor.SYSTEM, "b ob", "x", EnumSet.of(Role.ANALYST)))
        .hasMessageContaining("username");
    assertThatThrownBy(
            () -> accounts.create(Actor.SYSTEM, "carol", "Carol", EnumSet.noneOf(Role.class)))
        .hasMessageContaining("roles");
    assertThat(accounts.count()).isEqualTo(1);
    assertThat(fixture.services().tx().read(AuditLog::head).seq()).isEqualTo(auditBefore);
  }

  @Test
  void signIn_shouldLockTheAccountAfterFiveFailuresEvenForTheRightPassword() {
    var created = accounts.create(Actor.SYSTEM, "dave", "Dave", EnumSet.of(Role.SUPERVISOR));
    for (int i = 1; i <= 4; i++) {
      assertThat(accounts.signIn("dave", "wrong-" + i, "test"))
          .isEqualTo(new Accounts.SignIn.Rejected(false));
    }
    assertThat(accounts.signIn("dave", "wrong-5", "test"))
        .isEqualTo(new Accounts.SignIn.Rejected(true));
    assertThat(accounts.signIn("dave", created.oneTimePassword(), "test"))
        .isInstanceOf(Accounts.SignIn.Locked.class);

    clock.advance(Duration.ofMinutes(16));
    assertThat(accounts.signIn("dave", created.oneTimePassword(), "test"))
        .isInstanceOf(Accounts.SignIn.Success.class);
  }

  @Test
  void signIn_shouldRejectUnknownUsersLikeWrongPasswords() {
    assertThat(accounts.signIn("nobody", "whatever-password", "test"))
        .isEqualTo(new Accounts.SignIn.Rejected(false));
    assertThat(accounts.signIn(null, null, "test")).isEqualTo(new Accounts.SignIn.Rejected(false));
  }

  @Test
  void changePassword_shouldEnforceTheRulesAndClearTheOneTimeFlag() {
    var created = accounts.create(Actor.SYSTEM, "erin", "Erin", EnumSet.of(Role.GRID_OPERATOR));
    User erin = created.user();
    assertThatThrownBy(() -> accounts.changePassword(erin, "not-it", "a-long-enough-password"))
        .hasMessageContaining("current_password");
    assertThatThrownBy(() -> accounts.changePassword(erin, created.oneTimePassword(), "short"))
        .hasMessageContaining("at least 12");
    accounts.changePassword(erin, created.oneTimePassword(), "correct horse battery");
    assertThat(accounts.byUsername("erin").orElseThrow().mustChangePassword()).isFalse();
    assertThat(accounts.signIn("erin", created.oneTimePassword(), "test"))
        .isInstanceOf(Accounts.SignIn.Rejected.class);
    assertThat(accounts.signIn("erin", "correct horse battery", "test"))
        .isInstanceOf(Accounts.SignIn.Success.class);
  }

  @Test
  void parseRoles_shouldNameTheUnknownRole() {
    assertThat(Accounts.parseRoles(List.of("reserve-officer", "AUDITOR")))
        .containsExactlyInAnyOrder(Role.RESERVE_OFFICER, Role.AUDITOR);
    assertThatThrownBy(() -> Accounts.parseRoles(List.of("king"))).hasMessageContaining("'king'");
  }

  @Test
  void sessions_shouldExpireWhenIdleAndOnClose() {
    var created = accounts.create(Actor.SYSTEM, "fay", "Fay", EnumSet.of(Role.ANALYST));
    Sessions sessions = fixture.services().sessions();
    var session = sessions.open(created.user().id());
    assertThat(sessions.find(session.cookieValue())).isPresent();
    clock.advance(Duration.ofMinutes(31));
    assertThat(sessions.find(session.cookieValue())).isEmpty();
    var second = sessions.open(created.user().id());
    sessions.close(second.cookieValue());
    assertThat(sessions.find(second.cookieValue())).isEmpty();
    assertThat(sessions.find("not-a-session")).isEmpty();
  }
}
