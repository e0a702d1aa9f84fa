package org.sovereign.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sovereign.platform.accounts.OrganisationKind;
import org.sovereign.platform.accounts.Role;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.audit.AuditLog;
import org.sovereign.platform.audit.AuditVerifier;
import org.sovereign.platform.config.SovereignConfig;

/** The embedded default keeps its data in the data directory across restarts. */
class RestartTest {

  @Test
  void restart_shouldKeepUsersOrganisationsAndTheAuditChain(@TempDir Path dataDir) {
    SovereignConfig config = SovereignConfig.defaults().withHttpPort(0).withDataDirectory(dataDir);
    long headSeq;
    String headHash;
    try (SovereignRuntime first = SovereignRuntime.open(config, Pillars.all(), Clock.systemUTC())) {
      assertThat(Bootstrap.firstAdmin(first.services().accounts())).isPresent();
      first
          .services()
          .accounts()
          .create(Actor.SYSTEM, "keeper", "Keeper", EnumSet.of(Role.AUDITOR));
      first
          .services()
          .organisations()
          .create(Actor.SYSTEM, OrganisationKind.VASP, "Durable Exchange");
      first.startServer();
      awaitStartupScreening(first);
      var head = first.services().tx().read(AuditLog::head);
      headSeq = head.seq();
      headHash = head.hashHex();
    }
    try (SovereignRuntime second =
        SovereignRuntime.open(config, Pillars.all(), Clock.systemUTC())) {
      assertThat(second.services().accounts().byUsername("keeper")).isPresent();
      assertThat(second.services().organisations().all())
          .extracting(o -> o.name())
          .contains("Durable Exchange");
      var head = second.services().tx().read(AuditLog::head);
      assertThat(head.seq()).isEqualTo(headSeq);
      assertThat(head.hashHex()).isEqualTo(headHash);
      assertThat(second.services().tx().read(h -> AuditVerifier.verify(h, n -> {})).intact())
          .isTrue();
      assertThat(second.services().accounts().count()).isEqualTo(2);
    }
  }

  /** The first start screens the (empty) lists once in the background and audits it. */
  private static void awaitStartupScreening(SovereignRuntime runtime) {
    long deadline = System.currentTimeMillis() + 30_000;
    while (System.currentTimeMillis() < deadline
        && runtime
                .services()
                .tx()
                .read(
                    h ->
                        h.createQuery("SELECT count(*) FROM supervision.screening_state")
                            .mapTo(Long.class)
                            .one())
            == 0) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
