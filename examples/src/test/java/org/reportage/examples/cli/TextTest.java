package org.reportage.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void fitCutsWithAnEllipsisAndPads() {
        assertThat(Text.fit("abcdef", 4)).isEqualTo("abc…");
        assertThat(Text.fit("ab", 4)).isEqualTo("ab  ");
        assertThat(Text.fit("a\n  b", 4)).isEqualTo("a b ");
    }

    @Test
    void cutNeverSplitsASurrogatePair() {
        String s = "ab\uD83D\uDE00cd";
        assertThat(Text.cut(s, 4)).isEqualTo("ab…");
    }
}
