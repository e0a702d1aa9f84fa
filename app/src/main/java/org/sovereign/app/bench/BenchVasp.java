package org.sovereign.app.bench;

import java.util.List;
import org.sovereign.base.OrgId;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.module.PlatformServices;
import org.sovereign.supervision.register.Application;
import org.sovereign.supervision.register.Register;

/** The exchange the supervision benchmarks report as: one VASP on a fresh register. */
final class BenchVasp {
  private BenchVasp() {}

  static OrgId register(PlatformServices s) {
    return new Register(s.tx(), s.audit(), s.clock(), s.organisations())
        .apply(
            Actor.SYSTEM,
            new Application(
                "Bench Exchange",
                "B-1",
                null,
                "exchange",
                List.of("Spot"),
                null,
                null,
                null,
                null,
                null))
        .orgId();
  }
}
