package org.reportage.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Offsets to 1-based lines and columns, for every line end. */
class LineIndexTest {

    /** Slow and obviously correct: walk from the start, counting line ends. */
    private static Position reference(String input, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = input.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= input.length() || input.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(offset, line, offset - lineStart + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void everyLineEndStartsALine(String eol) {
        String input = "alpha" + eol + "beta" + eol + eol + "gamma" + eol;
        LineIndex index = LineIndex.of(input);
        assertThat(index.lineCount()).isEqualTo(5); // the empty line after the last line end counts
        assertThat(index.position(0)).isEqualTo(new Position(0, 1, 1));
        int beta = input.indexOf("beta");
        assertThat(index.position(beta)).isEqualTo(new Position(beta, 2, 1));
        assertThat(index.position(beta + 2).toString()).isEqualTo("2:3");
        int gamma = input.indexOf("gamma");
        assertThat(index.position(gamma)).isEqualTo(new Position(gamma, 4, 1));
        assertThat(index.position(input.length())).isEqualTo(new Position(input.length(), 5, 1));
        for (int i = 0; i <= input.length(); i++) {
            assertThat(index.position(i)).as("offset %d", i).isEqualTo(reference(input, i));
            assertThat(Position.of(input, i)).isEqualTo(index.position(i));
        }
    }

    @Test
    void crlfIsOneLineEndAndItsLfBelongsToTheLineItEnds() {
        String input = "ab\r\ncd";
        LineIndex index = LineIndex.of(input);
        assertThat(index.lineCount()).isEqualTo(2);
        assertThat(index.position(2)).isEqualTo(new Position(2, 1, 3)); // the \r
        assertThat(index.position(3)).isEqualTo(new Position(3, 1, 4)); // the \n of the same line end
        assertThat(index.position(4)).isEqualTo(new Position(4, 2, 1));
        // \n\r is two line ends, \r\r\n is two as well.
        assertThat(LineIndex.of("a\n\rb").lineCount()).isEqualTo(3);
        assertThat(LineIndex.of("a\r\r\nb").lineCount()).isEqualTo(3);
    }

    @Test
    void mixedLineEndsAgreeWithTheReference() {
        String input = "one\ntwo\r\nthree\rfour\n\r\n\r\rfive \u2028 six\u0085seven";
        LineIndex index = LineIndex.of(input);
        for (int i = 0; i <= input.length(); i++) {
            assertThat(index.position(i)).as("offset %d", i).isEqualTo(reference(input, i));
        }
        // Only \n, \r\n and \r end lines; U+2028 and NEL do not.
        assertThat(index.lineCount()).isEqualTo(8);
    }

    @Test
    void emptyInputHasOneLine() {
        LineIndex index = LineIndex.of("");
        assertThat(index.lineCount()).isEqualTo(1);
        assertThat(index.position(0)).isEqualTo(new Position(0, 1, 1));
    }

    @Test
    void offsetsOutsideTheInputAreRejected() {
        LineIndex index = LineIndex.of("abc");
        assertThatThrownBy(() -> index.position(4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> index.position(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> LineIndex.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void positionRejectsImpossibleValues() {
        assertThatThrownBy(() -> new Position(-1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Position(0, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Position(0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aMillionLinesIndexAndAnswerQuickly() {
        String input = "x\r\n".repeat(1_000_000) + "last";
        LineIndex index = LineIndex.of(input);
        assertThat(index.lineCount()).isEqualTo(1_000_001);
        assertThat(index.position(input.length() - 1)).isEqualTo(new Position(input.length() - 1, 1_000_001, 4));
        for (int i = 0; i < 1_000_000; i += 997) {
            assertThat(index.position(3 * i + 1).line()).isEqualTo(i + 1);
        }
        // A single 10-million-character line.
        String line = "y".repeat(10_000_000);
        assertThat(LineIndex.of(line).position(line.length())).isEqualTo(new Position(line.length(), 1, 10_000_001));
    }
}
