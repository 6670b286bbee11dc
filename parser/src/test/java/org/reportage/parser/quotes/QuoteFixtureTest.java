package org.reportage.parser.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportage.core.Article;
import org.reportage.core.Diagnostic;
import org.reportage.core.Quote;
import org.reportage.core.Span;
import org.reportage.parser.ReportParser;

/**
 * Runs every report under {@code fixtures/quotes/}: {@code NAME.txt} is the input, {@code NAME.quotes} lists
 * every quote a careful reader finds, in text order, one per line:
 * {@code kind | segment + segment | speaker mention or - | cue or -}; a line {@code diagnostic: CODE} asks for
 * a diagnostic. Quotes must match exactly (none missing, none extra), and every span's text must equal the
 * input at its offsets.
 */
class QuoteFixtureTest {
    private static final String DIR = "/fixtures/quotes/";
    private static final List<String> NAMES = List.of("01-split-typographic", "02-straight-inverted",
            "03-guillemets-low-nesting", "04-apostrophes", "05-partial-scare", "06-multi-paragraph", "07-unclosed",
            "08-indirect", "09-aside-apposition-continuation", "10-stray-mark", "11-colon-paragraph-entities",
            "12-indirect-shapes",
            "13-clauses-titles-signatures", "14-digest-and-paragraph-voice",
            "15-headline-cue-so-called", "16-indirect-reported", "17-indirect-clause-ends",
            "18-titles-and-glued-marks", "19-nested-unclosed-lists-citing",
            "20-according-apposition-numbers", "21-fronted-phrases-and-time-before-cue",
            "22-short-and-cited-indirect", "23-predicates-circumstances-asides", "24-conjoined-cues",
            "25-speaker-phrases", "26-exchanges", "27-governed-cues", "28-transcript-turns", "29-asides-and-appositions",
            "30-voiced-cues", "31-marks-in-reported-speech", "32-acts-and-questions",
            "33-content-openings", "34-quoted-as-and-noun-cues", "35-writers-tails",
            "36-irregular-plural-speakers", "37-reports-rulings-acts-and-addressees",
            "38-names-with-ampersands",
            "39-quoted-names", "40-according-to-asides", "41-nicknames-and-named-terms",
            "42-particle-names-and-passive-judgements", "43-interview-turns",
            "44-media-phrases-participle-asides-and-live-entries", "45-units-imperatives-and-with-phrases",
            "46-what-a-speaker-spoke-of", "47-one-of-a-group-named-in-an-aside",
            "48-a-bare-role-before-the-name", "49-a-clause-with-its-own-speaker-before-according-to",
            "50-texts-that-speak", "51-state-outlets", "52-a-possessor-s-officer-after-the-cue",
            "53-a-circumstance-after-a-trailing-cue", "54-names-given-in-someone-s-words",
            "55-what-a-relative-clause-reports", "56-a-participle-after-a-circumstance",
            "57-a-named-apposition-before-a-colon", "58-a-bare-title-before-the-name-of-an-indirect-speaker",
            "59-how-someone-put-it", "60-answers-under-bare-questions",
            "61-names-after-a-lower-case-particle", "62-a-text-s-participle-before-a-colon",
            "63-dismissed-and-described-as", "64-prepositions-and-participles-in-subjects",
            "65-acts-and-nouns-that-look-like-cues", "66-abbreviations-that-end-sentences",
            "67-connectives-denials-and-points");

    static Stream<String> fixtures() {
        return NAMES.stream();
    }

    private static String read(String file) throws IOException {
        try (InputStream in = QuoteFixtureTest.class.getResourceAsStream(DIR + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void quotesAsACarefulReaderFindsThem(String name) throws IOException {
        String input = read(name + ".txt");
        List<String> expected = new ArrayList<>();
        List<String> diagnostics = new ArrayList<>();
        for (String line : read(name + ".quotes").split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("diagnostic:")) {
                diagnostics.add(line.substring("diagnostic:".length()).trim());
            } else {
                expected.add(line.trim());
            }
        }
        List<Article> articles = ReportParser.create().parse(input).articles();
        List<String> actual = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (Article a : articles) {
            for (Quote q : a.quotes()) {
                actual.add(describe(q));
                for (Span s : q.segments()) {
                    assertThat(input.substring(s.start(), s.end())).isEqualTo(s.text());
                }
                for (Span s : new Span[] {q.speakerMention(), q.cue()}) {
                    if (s != null) {
                        assertThat(input.substring(s.start(), s.end())).isEqualTo(s.text());
                    }
                }
                assertThat(q.confidence()).isBetween(0.0, 1.0);
                assertThat(q.rule()).isNotBlank();
            }
            for (Diagnostic d : a.diagnostics()) {
                codes.add(d.code());
            }
        }
        assertThat(actual).as(name).containsExactlyElementsOf(expected);
        assertThat(codes).as(name).containsAll(diagnostics);
    }

    private static String describe(Quote q) {
        StringBuilder segs = new StringBuilder();
        for (Span s : q.segments()) {
            if (segs.length() > 0) {
                segs.append(" + ");
            }
            segs.append(s.text());
        }
        return q.kind().name().toLowerCase(Locale.ROOT) + " | " + segs + " | "
                + (q.speakerMention() == null ? "-" : q.speakerMention().text()) + " | "
                + (q.cue() == null ? "-" : q.cue().text());
    }
}
