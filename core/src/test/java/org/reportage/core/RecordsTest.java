package org.reportage.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The checks and copies in the records' constructors, and their derived methods. */
class RecordsTest {

    private static final Span AB = new Span(0, 2, "ab");
    private static final Span CD = new Span(3, 5, "cd");

    @Nested
    class SpanTest {
        @Test
        void rejectsBadOffsetsAndTextOfTheWrongLength() {
            assertThatThrownBy(() -> new Span(-1, 1, "ab")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("[-1, 1)");
            assertThatThrownBy(() -> new Span(3, 2, "")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Span(0, 3, "ab")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("length 2").hasMessageContaining("span 3");
            assertThatThrownBy(() -> new Span(0, 1, "ab")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Span(0, 0, null)).isInstanceOf(NullPointerException.class);
            assertThatNoException().isThrownBy(() -> new Span(7, 7, ""));
        }

        @Test
        void ofCopiesTheInputAndChecksBounds() {
            StringBuilder input = new StringBuilder("Harbour \uD83D\uDEA2 quay");
            Span s = Span.of(input, 8, 10);
            assertThat(s.text()).isEqualTo("\uD83D\uDEA2");
            assertThat(s.length()).isEqualTo(2); // UTF-16 units, not code points
            input.setLength(0);
            assertThat(s.text()).isEqualTo("\uD83D\uDEA2");
            assertThatThrownBy(() -> Span.of("abc", 2, 4)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> Span.of("abc", -1, 1)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> Span.of("abc", 2, 1)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThat(Span.of("abc", 3, 3).isEmpty()).isTrue();
        }

        @Test
        void geometry() {
            Span bc = new Span(1, 3, "bc");
            assertThat(AB.overlaps(bc)).isTrue();
            assertThat(AB.overlaps(CD)).isFalse();
            assertThat(new Span(2, 3, "x").overlaps(AB)).isFalse(); // end-exclusive
            assertThat(new Span(0, 5, "abxcd").contains(CD)).isTrue();
            assertThat(AB.contains(bc)).isFalse();
            assertThat(AB.contains(new Span(2, 2, ""))).isTrue();
            List<Span> sorted = new ArrayList<>(List.of(CD, new Span(0, 1, "a"), bc, AB));
            sorted.sort(null);
            assertThat(sorted).containsExactly(new Span(0, 1, "a"), AB, bc, CD);
            assertThat(AB.isEmpty()).isFalse();
        }
    }

    @Test
    void mentionValidatesLikeASpanAndNeedsKindAndRule() {
        Mention m = new Mention(0, 2, "ab", MentionKind.NAME, "name");
        assertThat(m.span()).isEqualTo(AB);
        assertThatThrownBy(() -> new Mention(0, 2, "abc", MentionKind.NAME, "name"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Mention(-2, 0, "ab", MentionKind.NAME, "name"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Mention(0, 2, "ab", null, "name")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Mention(0, 2, "ab", MentionKind.NAME, " \t"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Mention(0, 2, "ab", MentionKind.NAME, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Nested
    class QuoteTest {
        private Quote quote(List<Span> segments, double confidence) {
            return new Quote(QuoteKind.DIRECT, segments, null, null, null, null, confidence, "r");
        }

        @Test
        void needsOrderedNonOverlappingSegments() {
            assertThatThrownBy(() -> quote(List.of(), 1)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("at least one segment");
            assertThatThrownBy(() -> quote(null, 1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> quote(List.of(CD, AB), 1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> quote(List.of(AB, new Span(1, 3, "bc")), 1))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> quote(Arrays.asList(AB, null), 1)).isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("segments");
            assertThatNoException().isThrownBy(() -> quote(List.of(AB, new Span(2, 3, "x")), 1)); // adjacent
        }

        @Test
        void confidenceIsBetweenZeroAndOne() {
            for (double bad : new double[] {-0.01, 1.01, Double.NaN, Double.POSITIVE_INFINITY}) {
                assertThatThrownBy(() -> quote(List.of(AB), bad)).as("%s", bad)
                        .isInstanceOf(IllegalArgumentException.class);
            }
            assertThatNoException().isThrownBy(() -> quote(List.of(AB), 0));
            assertThatNoException().isThrownBy(() -> quote(List.of(AB), 1));
        }

        @Test
        void needsKindAndRule() {
            assertThatThrownBy(() -> new Quote(null, List.of(AB), null, null, null, null, 1, "r"))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new Quote(QuoteKind.SCARE, List.of(AB), null, null, null, null, 1, ""))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void derivedTextAndBounds() {
            Quote q = quote(List.of(AB, CD), 0.5);
            assertThat(q.text()).isEqualTo("ab cd");
            assertThat(q.start()).isEqualTo(0);
            assertThat(q.end()).isEqualTo(5);
            assertThat(quote(List.of(CD), 0.5).text()).isEqualTo("cd");
        }

        @Test
        void segmentsAreCopied() {
            List<Span> segments = new ArrayList<>(List.of(AB));
            Quote q = quote(segments, 1);
            segments.add(CD);
            assertThat(q.segments()).containsExactly(AB);
            assertThatThrownBy(() -> q.segments().add(CD)).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void actorValidatesAndCopies() {
        List<String> aliases = new ArrayList<>(List.of("Okafor"));
        Actor a = new Actor("a1", "Maria Okafor", ActorKind.PERSON, aliases, null, null);
        aliases.add("Maria");
        assertThat(a.aliases()).containsExactly("Okafor");
        assertThat(a.roles()).isEmpty();
        assertThat(a.mentions()).isEmpty();
        assertThatThrownBy(() -> a.aliases().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new Actor(" ", "n", ActorKind.GROUP, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> new Actor("a1", "", ActorKind.GROUP, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> new Actor("a1", "n", null, null, null, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Actor("a1", "n", ActorKind.GROUP, Arrays.asList("x", null), null, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("aliases");
    }

    @Nested
    class ArticleTest {
        @Test
        void nullListsBecomeEmptyAndOnlyTheSpanIsRequired() {
            Article a = SampleArticles.minimal();
            assertThat(a.headers()).isEmpty();
            assertThat(a.paragraphs()).isEmpty();
            assertThat(a.quotes()).isEmpty();
            assertThat(a.actors()).isEmpty();
            assertThat(a.unplaced()).isEmpty();
            assertThat(a.diagnostics()).isEmpty();
            assertThatThrownBy(() -> new Article(null, null, null, null, null, null, null, null, null, null, null,
                    null)).isInstanceOf(NullPointerException.class).hasMessage("span");
        }

        @Test
        void listsAreDefensiveImmutableCopies() {
            List<Span> paragraphs = new ArrayList<>(List.of(AB));
            List<Diagnostic> diagnostics = new ArrayList<>();
            Article a = new Article(null, AB, null, null, null, null, null, paragraphs, null, null, null,
                    diagnostics);
            paragraphs.clear();
            diagnostics.add(new Diagnostic("x.y", Severity.INFO, "m", AB));
            assertThat(a.paragraphs()).containsExactly(AB);
            assertThat(a.diagnostics()).isEmpty();
            Article full = SampleArticles.full();
            assertThatThrownBy(() -> full.quotes().remove(0)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> full.actors().set(0, null)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> full.headers().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> full.unplaced().add(AB)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> new Article(null, AB, null, null, null, null, null, Arrays.asList(AB, null),
                    null, null, null, null)).isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("paragraphs");
        }

        @Test
        void withSourceIdAndActorLookup() {
            Article full = SampleArticles.full();
            Article renamed = full.withSourceId("other");
            assertThat(renamed.sourceId()).isEqualTo("other");
            assertThat(renamed.withSourceId(full.sourceId())).isEqualTo(full);
            assertThat(full.withSourceId(null).sourceId()).isNull();
            assertThat(full.actor("a2").name()).isEqualTo("Coastline News");
            assertThat(full.actor("a9")).isNull();
            // Every quote's speaker names an actor of the article, and every span's text is the input's.
            for (Quote q : full.quotes()) {
                if (q.speaker() != null) {
                    assertThat(full.actor(q.speaker())).isNotNull();
                }
                for (Span s : q.segments()) {
                    assertThat(SampleArticles.TEXT.substring(s.start(), s.end())).isEqualTo(s.text());
                }
            }
        }
    }

    @Nested
    class ReportDateTest {
        private ReportDate date(Integer year, int month, int day) {
            return new ReportDate(year, month, day, null, null, null, DateProvenance.STATED, AB);
        }

        @Test
        void monthAndDayAreCheckedAgainstTheYearWhenKnown() {
            assertThatThrownBy(() -> date(2023, 0, 1)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("month");
            assertThatThrownBy(() -> date(2023, 13, 1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> date(2023, 1, 0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> date(2023, 1, 32)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> date(2023, 4, 31)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("invalid day 31 for month 4 of 2023");
            assertThatThrownBy(() -> date(null, 2, 30)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("invalid day 30 for month 2");
            assertThatThrownBy(() -> date(2023, 2, 29)).isInstanceOf(IllegalArgumentException.class);
            assertThat(date(2024, 2, 29).date()).contains(LocalDate.of(2024, 2, 29));
            assertThat(date(null, 2, 29).date()).isEmpty();
        }

        @Test
        void needsProvenanceAndSpanButNotWeekdayTimeOrZone() {
            assertThatThrownBy(() -> new ReportDate(2023, 3, 14, null, null, null, null, AB))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new ReportDate(2023, 3, 14, null, null, null, DateProvenance.STATED, null))
                    .isInstanceOf(NullPointerException.class);
            // A stated weekday that disagrees is kept: the contradiction stays visible.
            ReportDate d = new ReportDate(2023, 3, 14, DayOfWeek.FRIDAY, LocalTime.NOON, "ET",
                    DateProvenance.CONTRADICTED, AB);
            assertThat(d.weekday()).isEqualTo(DayOfWeek.FRIDAY);
            assertThat(d.date().orElseThrow().getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
        }
    }

    @Test
    void dateReferenceNeedsBothEndsOrNeitherInOrder() {
        LocalDate mon = LocalDate.of(2023, 3, 13);
        assertThatThrownBy(() -> new DateReference(AB, mon, null, DateReference.Precision.DAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DateReference(AB, null, mon, DateReference.Precision.DAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DateReference(AB, mon.plusDays(1), mon, DateReference.Precision.WEEK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after");
        assertThatThrownBy(() -> new DateReference(null, mon, mon, DateReference.Precision.DAY))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new DateReference(AB, mon, mon, null)).isInstanceOf(NullPointerException.class);
        assertThatNoException().isThrownBy(() -> new DateReference(AB, null, null, DateReference.Precision.VAGUE));
        assertThatNoException().isThrownBy(() -> new DateReference(AB, mon, mon, DateReference.Precision.DAY));
    }

    @Test
    void datelinePartsLieInsideIt() {
        String text = "OSLO (Nordwire) - ";
        Span all = Span.of(text, 0, text.length());
        Span place = Span.of(text, 0, 4);
        Span agency = Span.of(text, 6, 14);
        assertThat(new Dateline(all, place, agency).agency().text()).isEqualTo("Nordwire");
        assertThat(new Dateline(all, place, null).agency()).isNull();
        Span outside = new Span(30, 34, "OSLO");
        assertThatThrownBy(() -> new Dateline(all, outside, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Dateline(all, place, outside)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Dateline(all, null, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Dateline(null, place, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void headerFieldRoleAndDiagnosticNeedTheirParts() {
        assertThatThrownBy(() -> new HeaderField(" ", AB)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HeaderField("Title", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Role("", AB)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Role.known("chair")).isEqualTo(new Role("chair", null));
        assertThatThrownBy(() -> new Diagnostic("", Severity.INFO, "m", AB))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Diagnostic("a.b", null, "m", AB)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Diagnostic("a.b", Severity.INFO, null, AB))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Diagnostic("a.b", Severity.INFO, "m", null))
                .isInstanceOf(NullPointerException.class);
        assertThatNoException().isThrownBy(() -> new Diagnostic("a.b", Severity.INFO, "", AB));
    }

    @Test
    void diagnosticPositionIsLineAndColumnOfItsStart() {
        String input = "first line\r\nsecond\rthird \uD83D\uDEA2 word";
        int at = input.indexOf("word");
        Diagnostic d = new Diagnostic("quote.unclosed", Severity.WARNING, "m", Span.of(input, at, at + 4));
        assertThat(d.position(input)).isEqualTo(new Position(at, 3, 10)); // the emoji counts two columns
        assertThat(d.position(input).toString()).isEqualTo("3:10");
        Diagnostic atEnd = new Diagnostic("x.y", Severity.INFO, "m", new Span(input.length(), input.length(), ""));
        assertThat(atEnd.position(input).line()).isEqualTo(3);
        assertThatThrownBy(() -> atEnd.position("short")).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
