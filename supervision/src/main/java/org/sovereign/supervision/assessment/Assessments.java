package org.sovereign.supervision.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.sovereign.base.OrgId;
import org.sovereign.supervision.reporting.Snapshot;
import org.sovereign.supervision.reporting.Snapshots;
import org.sovereign.supervision.reserves.ChainReserves;
import org.sovereign.supervision.reserves.Declaration;
import org.sovereign.supervision.reserves.Declarations;
import org.sovereign.supervision.reserves.DescriptorBranches;

/** Solvency per snapshot: the BTC liabilities against reserves proven for the cut-off's month. */
public final class Assessments {
  private final Snapshots snapshots;
  private final Declarations declarations;
  private final ChainReserves reserves;
  private final java.util.function.Supplier<org.sovereign.base.Network> network;

  public Assessments(
      Snapshots snapshots,
      Declarations declarations,
      ChainReserves reserves,
      java.util.function.Supplier<org.sovereign.base.Network> network) {
    this.snapshots = snapshots;
    this.declarations = declarations;
    this.reserves = reserves;
    this.network = network;
  }

  /** Every snapshot of the VASP, oldest cut-off first (the history the chart shows). */
  public List<Assessment> history(OrgId org) {
    return snapshots.ofOrg(org).reversed().stream().map(this::assess).toList();
  }

  public Optional<Assessment> latest(OrgId org) {
    return snapshots.ofOrg(org).stream().findFirst().map(this::assess);
  }

  public Assessment assess(Snapshot snapshot) {
    long liabilities = snapshot.total("BTC");
    String period = YearMonth.from(snapshot.cutoff().atZone(ZoneOffset.UTC)).toString();
    Optional<Declaration> declaration = declarations.latest(snapshot.orgId(), period);
    if (declaration.isEmpty()) {
      return new Assessment(
          snapshot, liabilities, null, null, null, Assessment.Status.NO_RESERVE_PROOF);
    }
    List<String> watched = new java.util.ArrayList<>();
    declaration.get().addresses().forEach(a -> watched.add("addr(" + a.address() + ")"));
    for (Declaration.DeclaredDescriptor d : declaration.get().descriptors()) {
      watched.addAll(DescriptorBranches.of(d.descriptor(), network.get()));
    }
    var held = reserves.atDescriptors(watched, snapshot.cutoff());
    if (held.isEmpty()) {
      return new Assessment(
          snapshot, liabilities, null, null, null, Assessment.Status.NO_CHAIN_DATA);
    }
    if (liabilities == 0) {
      return new Assessment(
          snapshot,
          0,
          held.get().sat(),
          held.get().height(),
          null,
          Assessment.Status.NO_BTC_LIABILITIES);
    }
    BigDecimal ratio =
        BigDecimal.valueOf(held.get().sat())
            .divide(BigDecimal.valueOf(liabilities), 4, RoundingMode.DOWN);
    return new Assessment(
        snapshot,
        liabilities,
        held.get().sat(),
        held.get().height(),
        ratio,
        ratio.compareTo(BigDecimal.ONE) >= 0
            ? Assessment.Status.SOLVENT
            : Assessment.Status.UNDERCOVERED);
  }
}
