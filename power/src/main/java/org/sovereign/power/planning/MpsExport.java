package org.sovereign.power.planning;

import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPVariable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The allocation LP of a problem as a free-format MPS file (OR-Tools' exporter), with readable
 * names ({@code x.SITE.HOUR}, {@code bal.NODE.HOUR}, …) so an auditor can re-solve it with any
 * solver and match rows and columns to the plan. Not every MPS reader knows the {@code OBJSENSE}
 * section (GLPK does not), so the file states the plan as a minimisation of the negated objective:
 * its optimum is minus the plan's objective, in major currency units. Columns are MW (MWh per
 * hour).
 */
public final class MpsExport {
  private static final String HEADER =
      "* Sovereign power plan (docs/power-planning.md): minimise the negated objective;\n"
          + "* the plan's objective (value of energy - backup - excess curtailment) is minus the"
          + " optimum.\n";

  private MpsExport() {}

  /** The whole problem as one MPS text. */
  public static String mps(PlanningProblem problem) {
    try (AllocationModel model =
        AllocationModel.build(problem, problem.nodes(), 0, problem.hours(), LpSolver.GLOP, true)) {
      MPObjective objective = model.solver.objective();
      for (MPVariable column : model.solver.variables()) {
        objective.setCoefficient(column, -objective.getCoefficient(column));
      }
      objective.setMinimization();
      return HEADER + model.solver.exportModelAsMpsFormat(false, false);
    }
  }

  /** Writes {@link #mps(PlanningProblem)} to {@code file}. */
  public static void write(PlanningProblem problem, Path file) throws IOException {
    Files.writeString(file, mps(problem), StandardCharsets.US_ASCII);
  }
}
