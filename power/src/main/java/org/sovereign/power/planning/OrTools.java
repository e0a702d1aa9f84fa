package org.sovereign.power.planning;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPSolver;

/** Loads OR-Tools' native library once per JVM and creates solvers. */
final class OrTools {
  private static volatile boolean loaded;

  private OrTools() {}

  static MPSolver create(LpSolver solver) {
    load();
    MPSolver created = MPSolver.createSolver(solver.orToolsId());
    if (created == null) {
      throw new IllegalStateException("OR-Tools has no " + solver + " solver on this platform");
    }
    created.suppressOutput();
    return created;
  }

  static void load() {
    if (!loaded) {
      synchronized (OrTools.class) {
        if (!loaded) {
          Loader.loadNativeLibraries();
          loaded = true;
        }
      }
    }
  }
}
