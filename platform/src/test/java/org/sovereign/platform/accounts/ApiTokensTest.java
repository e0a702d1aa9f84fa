package org.sovereign.platform.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.testing.MutableClock;
import org.sovereign.platform.testing.PlatformFixture;

class ApiTokensTest {
  private PlatformFixture fixture;
  private ApiTokens tokens;
  private Organisation vasp;
  private Organisation site;

  @BeforeEach
  void start() {
    fixture = PlatformFixture.start(MutableClock.startingNow());
    tokens = fixture.services().tokens();
    vasp =
        fixture
            .services()
            .organisations()
            .create(Actor.SYSTEM, OrganisationKind.VASP, "Exchange One");
    site =
        fixture
            .services()
            .organisations()
            .create(Actor.SYSTEM, OrganisationKind.POWER_SITE, "Site One");
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void issue_shouldStoreOnlyAHashAndAuthenticateTheSecret() {
    var issued = tokens.issue(Actor.SYSTEM, ClientKind.VASP_REPORTER, vasp.id(), "daily upload");
    assertThat(issued.secret()).startsWith("sov_").hasSizeGreaterThan(40);
    long rowsWithSecret =
        fixture
            .services()
            .tx()
            .read(
                h ->
                    h.createQuery(
                            "SELECT count(*) FROM api_tokens WHERE encode(token_hash, 'escape') LIKE :s OR token_prefix = :s")
                        .bind("s", "%" + issued.secret() + "%")
                        .mapTo(Long.class)
                        .one());
    assertThat(rowsWithSecret).isZero();
    assertThat(tokens.authenticate(issued.secret()).orElseThrow().orgId()).isEqualTo(vasp.id());
    assertThat(tokens.authenticate(issued.secret() + "x")).isEmpty();
  }

  @Test
  void revoke_shouldStopTheTokenAtOnce() {
    var issued = tokens.issue(Actor.SYSTEM, ClientKind.SITE_OPERATOR, site.id(), "meter feed");
    tokens.revoke(Actor.SYSTEM, issued.token().id());
    assertThat(tokens.authenticate(issued.secret())).isEmpty();
  }

  @Test
  void issue_shouldRequireTheRightKindOfOrganisation() {
    assertThatThrownBy(() -> tokens.issue(Actor.SYSTEM, ClientKind.VASP_REPORTER, site.id(), "x"))
        .hasMessageContaining("is a POWER_SITE, not a VASP");
    assertThatThrownBy(() -> tokens.issue(Actor.SYSTEM, ClientKind.VASP_REPORTER, null, "x"))
        .hasMessageContaining("must be scoped");
    assertThatThrownBy(() -> tokens.issue(Actor.SYSTEM, ClientKind.MONITORING, vasp.id(), "x"))
        .hasMessageContaining("not scoped");
    assertThat(tokens.all()).isEmpty();
  }
}
