package org.sovereign.power.planning;

/** A subproblem of the decomposition that did not reach an optimum; becomes a failed outcome. */
final class SubproblemFailed extends RuntimeException {
  private static final long serialVersionUID = 1L;

  SubproblemFailed(String message) {
    super(message);
  }
}
