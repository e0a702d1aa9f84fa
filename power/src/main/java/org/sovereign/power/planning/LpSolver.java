package org.sovereign.power.planning;

/**
 * The LP solvers of OR-Tools this planner drives. {@link #duals()} says whether the solver's dual
 * values can be trusted through OR-Tools 9.15: its HiGHS interface returns row activities in place
 * of duals (pinned by a test), so plans solved with HiGHS carry no shadow prices.
 */
public enum LpSolver {
  HIGHS("HIGHS", false),
  CLP("CLP", true),
  GLOP("GLOP", true),
  PDLP("PDLP", true);

  private final String orToolsId;
  private final boolean duals;

  LpSolver(String orToolsId, boolean duals) {
    this.orToolsId = orToolsId;
    this.duals = duals;
  }

  String orToolsId() {
    return orToolsId;
  }

  public boolean duals() {
    return duals;
  }

  /** Parses a solver name case-insensitively; names the accepted ones when it is unknown. */
  public static LpSolver parse(String name) {
    for (LpSolver solver : values()) {
      if (solver.name().equalsIgnoreCase(name.strip())) {
        return solver;
      }
    }
    throw new IllegalArgumentException(
        "unknown LP solver '" + name + "' (expected one of HIGHS, CLP, GLOP, PDLP)");
  }
}
