package org.sovereign.supervision.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditsTest {

  @Test
  void distance_shouldCountSubstitutionsInsertionsDeletionsAndTranspositions() {
    assertThat(Edits.distance("teresa", "tesesa", 2)).isEqualTo(1);
    assertThat(Edits.distance("cheng", "chneg", 2)).isEqualTo(1);
    assertThat(Edits.distance("mahmud", "mahmoud", 2)).isEqualTo(1);
    assertThat(Edits.distance("karadzic", "kcradzic", 2)).isEqualTo(1);
    assertThat(Edits.distance("same", "same", 2)).isZero();
  }

  @Test
  void distance_shouldStopPastTheBound() {
    assertThat(Edits.distance("hassan", "hussein", 1)).isEqualTo(2);
    assertThat(Edits.distance("ab", "abcdef", 2)).isEqualTo(3);
  }
}
