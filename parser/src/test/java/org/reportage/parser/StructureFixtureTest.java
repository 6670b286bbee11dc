package org.reportage.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportage.core.Article;
import org.reportage.core.DateProvenance;
import org.reportage.core.Diagnostic;
import org.reportage.core.HeaderField;
import org.reportage.core.ReportDate;
import org.reportage.core.Span;

/**
 * Runs every report under {@code fixtures/reports/}: {@code NAME.txt} is the input, {@code NAME.expect} what a
 * careful reader gets from it. The expectation file holds {@code key: value} lines: options first
 * ({@code reference}, {@code year_hint}, {@code date_order}), the number of {@code articles}, then one
 * {@code [article N]} section per article with at least {@code date} ({@code YYYY-MM-DD}, {@code --MM-DD} for an
 * unknown year, or {@code none}), {@code provenance} (unless the date is none), {@code headline},
 * {@code dateline}, {@code byline} (text or {@code none}) and {@code paragraphs} (a count); optionally
 * {@code weekday}, {@code time}, {@code zone}, {@code dateline.place}, {@code dateline.agency},
 * {@code headers}, {@code unplaced}, {@code first_paragraph} (a prefix) and {@code diagnostic} (a code that must
 * be present; repeatable).
 *
 * <p>Every fixture is also checked for the offset contract (every span's text is the input at its offsets) and
 * read a second time through the streaming reader, which must give the same articles.
 */
class StructureFixtureTest {

    static Stream<String> fixtures() throws IOException, URISyntaxException {
        Path dir = Path.of(StructureFixtureTest.class.getResource("/fixtures/reports").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().collect(Collectors.toList());
            assertThat(names).hasSizeGreaterThanOrEqualTo(25);
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixtureParsesAsExpected(String name) throws Exception {
        Path dir = Path.of(StructureFixtureTest.class.getResource("/fixtures/reports").toURI());
        String input = Files.readString(dir.resolve(name + ".txt"), StandardCharsets.UTF_8);
        Expect expect = Expect.read(Files.readAllLines(dir.resolve(name + ".expect"), StandardCharsets.UTF_8));

        ReportParser.Builder b = ReportParser.builder();
        if (expect.options.containsKey("reference")) {
            b.referenceDate(LocalDate.parse(expect.options.get("reference").get(0)));
        }
        if (expect.options.containsKey("year_hint")) {
            b.yearHint(Integer.valueOf(expect.options.get("year_hint").get(0)));
        }
        if (expect.options.containsKey("date_order")) {
            b.dateOrder(DateOrder.valueOf(expect.options.get("date_order").get(0).toUpperCase(Locale.ROOT)));
        }
        ReportParser parser = b.build();
        List<Article> articles = parser.parse(input).articles();

        assertThat(articles).as("articles").hasSize(Integer.parseInt(expect.options.get("articles").get(0)));
        assertThat(expect.articles).as("one section per article").hasSize(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            check(input, articles.get(i), expect.articles.get(i), "article " + (i + 1));
        }
        for (Article a : articles) {
            OffsetContract.check(input, a);
        }
        try (ReportReader reader = parser.read(new StringReader(input))) {
            List<Article> streamed = new ArrayList<>();
            reader.forEach(streamed::add);
            assertThat(streamed).as("streaming gives the same articles").isEqualTo(articles);
        }
    }

    private static void check(String input, Article a, Map<String, List<String>> e, String what) {
        for (String required : List.of("date", "headline", "dateline", "byline", "paragraphs")) {
            assertThat(e).as(what + " expectation must state " + required).containsKey(required);
        }
        ReportDate d = a.date();
        String date = one(e, "date");
        if (date.equals("none")) {
            assertThat(d).as(what + " date").isNull();
        } else {
            assertThat(d).as(what + " date").isNotNull();
            assertThat(e).as(what + " expectation must state provenance").containsKey("provenance");
            if (date.startsWith("--")) {
                assertThat(d.year()).as(what + " year").isNull();
                assertThat(d.month()).as(what + " month").isEqualTo(Integer.parseInt(date.substring(2, 4)));
                assertThat(d.day()).as(what + " day").isEqualTo(Integer.parseInt(date.substring(5, 7)));
            } else {
                assertThat(d.date()).as(what + " date").contains(LocalDate.parse(date));
            }
            assertThat(d.provenance()).as(what + " provenance")
                    .isEqualTo(DateProvenance.valueOf(one(e, "provenance").toUpperCase(Locale.ROOT)));
            if (e.containsKey("weekday")) {
                assertThat(d.weekday()).as(what + " weekday").isEqualTo(DayOfWeek.valueOf(one(e, "weekday")));
            }
            if (e.containsKey("time")) {
                assertThat(d.time()).as(what + " time").isEqualTo(LocalTime.parse(one(e, "time")));
            }
            if (e.containsKey("zone")) {
                assertThat(d.zone()).as(what + " zone").isEqualTo(one(e, "zone"));
            }
        }
        assertThat(text(a.headline())).as(what + " headline").isEqualTo(one(e, "headline"));
        assertThat(a.dateline() == null ? "none" : a.dateline().span().text()).as(what + " dateline")
                .isEqualTo(one(e, "dateline"));
        if (e.containsKey("dateline.place")) {
            assertThat(a.dateline().place().text()).as(what + " place").isEqualTo(one(e, "dateline.place"));
        }
        if (e.containsKey("dateline.agency")) {
            assertThat(text(a.dateline().agency())).as(what + " agency").isEqualTo(one(e, "dateline.agency"));
        }
        assertThat(text(a.byline())).as(what + " byline").isEqualTo(one(e, "byline"));
        assertThat(a.paragraphs()).as(what + " paragraphs").hasSize(Integer.parseInt(one(e, "paragraphs")));
        if (e.containsKey("first_paragraph")) {
            assertThat(a.paragraphs().get(0).text()).as(what + " first paragraph")
                    .startsWith(one(e, "first_paragraph"));
        }
        if (e.containsKey("headers")) {
            assertThat(a.headers()).as(what + " headers").hasSize(Integer.parseInt(one(e, "headers")));
        }
        assertThat(a.unplaced()).as(what + " unplaced")
                .hasSize(e.containsKey("unplaced") ? Integer.parseInt(one(e, "unplaced")) : 0);
        List<String> codes = a.diagnostics().stream().map(Diagnostic::code).collect(Collectors.toList());
        for (String code : e.getOrDefault("diagnostic", List.of())) {
            assertThat(codes).as(what + " diagnostics").contains(code);
        }
    }

    private static String text(Span s) {
        return s == null ? "none" : s.text();
    }

    private static String one(Map<String, List<String>> e, String key) {
        return e.get(key).get(0);
    }

    /** A parsed expectation file. */
    private static final class Expect {
        final Map<String, List<String>> options = new LinkedHashMap<>();
        final List<Map<String, List<String>>> articles = new ArrayList<>();

        static Expect read(List<String> lines) {
            Expect x = new Expect();
            Map<String, List<String>> current = x.options;
            for (String line : lines) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("[article ")) {
                    current = new LinkedHashMap<>();
                    x.articles.add(current);
                    continue;
                }
                int colon = l.indexOf(':');
                if (colon < 0) {
                    throw new IllegalArgumentException("not key: value: " + line);
                }
                current.computeIfAbsent(l.substring(0, colon).strip(), k -> new ArrayList<>())
                        .add(l.substring(colon + 1).strip());
            }
            return x;
        }
    }

    /** The offset contract every article must keep. */
    static final class OffsetContract {
        private OffsetContract() {
        }

        static void check(String input, Article a) {
            List<Span> spans = new ArrayList<>();
            spans.add(a.span());
            spans.addAll(a.paragraphs());
            spans.addAll(a.unplaced());
            if (a.headline() != null) {
                spans.add(a.headline());
            }
            if (a.byline() != null) {
                spans.add(a.byline());
            }
            if (a.dateline() != null) {
                spans.add(a.dateline().span());
                spans.add(a.dateline().place());
            }
            if (a.date() != null) {
                spans.add(a.date().span());
            }
            for (HeaderField h : a.headers()) {
                spans.add(h.value());
            }
            for (Diagnostic d : a.diagnostics()) {
                spans.add(d.span());
            }
            for (Span s : spans) {
                assertThat(input.substring(s.start(), s.end())).as("span text at its offsets").isEqualTo(s.text());
            }
            for (Span p : a.paragraphs()) {
                assertThat(p.text()).as("paragraph").isNotBlank();
                assertThat(a.span().contains(p)).as("paragraph inside the article").isTrue();
            }
        }
    }
}
