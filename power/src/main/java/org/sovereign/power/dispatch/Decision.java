package org.sovereign.power.dispatch;

import java.util.List;

/** What dispatch decided: the instructions in merit order, and what it could not find. */
public record Decision(String requestId, List<Instruction> instructions, int shortfallKw) {
  public Decision {
    instructions = List.copyOf(instructions);
  }

  public int instructedKw() {
    return instructions.stream().mapToInt(Instruction::kw).sum();
  }
}
