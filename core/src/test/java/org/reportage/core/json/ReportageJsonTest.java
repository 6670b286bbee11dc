package org.reportage.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportage.core.Actor;
import org.reportage.core.ActorKind;
import org.reportage.core.Article;
import org.reportage.core.DateProvenance;
import org.reportage.core.DateReference;
import org.reportage.core.Diagnostic;
import org.reportage.core.Mention;
import org.reportage.core.MentionKind;
import org.reportage.core.Quote;
import org.reportage.core.QuoteKind;
import org.reportage.core.ReportDate;
import org.reportage.core.SampleArticles;
import org.reportage.core.Severity;
import org.reportage.core.Span;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Writing and reading articles with every core type, fully populated and minimal. */
class ReportageJsonTest {

    /** A plain mapper to look at the written JSON as a tree, independent of the codec under test. */
    static final JsonMapper TREE = JsonMapper.builder().build();

    static JsonNode tree(Article a) {
        return TREE.readTree(ReportageJson.compact().write(a));
    }

    @Test
    void fullArticleRoundTripsInBothLayouts() {
        Article full = SampleArticles.full();
        for (ReportageJson codec : List.of(ReportageJson.compact(), ReportageJson.pretty())) {
            String json = codec.write(full);
            Article back = codec.read(json);
            assertThat(back).isEqualTo(full);
            // Reading again gives the same text: the form is stable.
            assertThat(codec.write(back)).isEqualTo(json);
        }
        // Pretty output is the same on every platform: \n line ends (the text's own CR LF is escaped), two spaces.
        assertThat(ReportageJson.pretty().write(full)).contains("\n  \"span\" : {\n    \"start\" : 0,")
                .doesNotContain("\r");
        assertThat(ReportageJson.compact().write(full)).doesNotContain("\n", "\r");
    }

    @Test
    void minimalArticleWritesNullsAndEmptyLists() {
        JsonNode t = tree(SampleArticles.minimal());
        for (String f : List.of("source_id", "date", "headline", "dateline", "byline")) {
            assertThat(t.has(f)).as(f).isTrue();
            assertThat(t.get(f).isNull()).as(f).isTrue();
        }
        for (String f : List.of("headers", "paragraphs", "quotes", "actors", "unplaced", "diagnostics")) {
            assertThat(t.get(f).isArray()).as(f).isTrue();
            assertThat(t.get(f).size()).as(f).isZero();
        }
        assertThat(ReportageJson.compact().read(ReportageJson.compact().write(SampleArticles.minimal())))
                .isEqualTo(SampleArticles.minimal());
    }

    /**
     * Walks the article and its JSON together: every record becomes an object whose field names are exactly its
     * components in snake_case, so no derived method ({@code Span.isEmpty()}, {@code Quote.text()}) leaks out.
     */
    @Test
    void everyRecordIsWrittenAsExactlyItsComponents() throws ReflectiveOperationException {
        Set<String> seen = new TreeSet<>();
        compare(SampleArticles.full(), tree(SampleArticles.full()), "$", seen);
        assertThat(seen).contains("Article", "Span", "ReportDate", "Dateline", "HeaderField", "Quote",
                "DateReference", "Actor", "Role", "Mention", "Diagnostic");
    }

    private static void compare(Object value, JsonNode node, String path, Set<String> seen)
            throws ReflectiveOperationException {
        if (value == null) {
            assertThat(node.isNull()).as(path).isTrue();
        } else if (value.getClass().isRecord()) {
            seen.add(value.getClass().getSimpleName());
            List<String> expected = new ArrayList<>();
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                expected.add(snake(c.getName()));
            }
            assertThat(node.propertyNames()).as(path).containsExactlyElementsOf(expected);
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                compare(c.getAccessor().invoke(value), node.get(snake(c.getName())), path + "." + snake(c.getName()),
                        seen);
            }
        } else if (value instanceof Collection<?> list) {
            assertThat(node.isArray()).as(path).isTrue();
            assertThat(node.size()).as(path).isEqualTo(list.size());
            int i = 0;
            for (Object o : list) {
                compare(o, node.get(i), path + "[" + i + "]", seen);
                i++;
            }
        } else if (value instanceof Enum<?> e) {
            assertThat(node.stringValue()).as(path).isEqualTo(e.name().toLowerCase(java.util.Locale.ROOT));
        } else if (value instanceof java.time.LocalTime time) {
            assertThat(java.time.LocalTime.parse(node.stringValue())).as(path).isEqualTo(time);
        } else if (value instanceof Number n) {
            assertThat(node.isNumber()).as(path).isTrue();
            assertThat(node.numberValue().doubleValue()).as(path).isEqualTo(n.doubleValue());
        } else {
            assertThat(node.isString()).as(path).isTrue();
            assertThat(node.stringValue()).as(path).isEqualTo(value.toString());
        }
    }

    static String snake(String camel) {
        StringBuilder sb = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                sb.append('_').append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @Test
    void writesTheDocumentedValueForms() {
        JsonNode t = tree(SampleArticles.full());
        assertThat(t.get("source_id").stringValue()).isEqualTo("wire-0001.txt");
        JsonNode date = t.get("date");
        assertThat(date.get("year").intValue()).isEqualTo(2023);
        assertThat(date.get("weekday").stringValue()).isEqualTo("tuesday");
        assertThat(date.get("time").stringValue()).isEqualTo("09:30:00");
        assertThat(date.get("provenance").stringValue()).isEqualTo("year_inferred");
        JsonNode quote = t.get("quotes").get(0);
        assertThat(quote.propertyNames()).containsExactly("kind", "segments", "speaker", "speaker_mention", "cue",
                "said_on", "confidence", "rule");
        assertThat(quote.get("said_on").get("from").stringValue()).isEqualTo("2023-03-13");
        assertThat(quote.get("said_on").get("precision").stringValue()).isEqualTo("day");
        assertThat(quote.get("segments").get(1).propertyNames()).containsExactly("start", "end", "text");
        JsonNode actor = t.get("actors").get(0);
        assertThat(actor.propertyNames()).containsExactly("id", "name", "kind", "aliases", "roles", "mentions");
        assertThat(actor.get("mentions").get(0).propertyNames())
                .containsExactly("start", "end", "text", "kind", "rule");
        assertThat(t.get("diagnostics").get(0).get("severity").stringValue()).isEqualTo("info");
    }

    @Test
    void offsetsAreUtf16AndTextSurvivesEscaping() {
        // The sample holds a non-BMP character (two UTF-16 units), typographic quotes and CRLF line ends.
        Article full = SampleArticles.full();
        Article back = ReportageJson.compact().read(ReportageJson.compact().write(full));
        assertThat(back.span().text()).isEqualTo(SampleArticles.TEXT).contains("\uD83D\uDEA2", "\r\n");
        for (Span p : back.paragraphs()) {
            assertThat(SampleArticles.TEXT.substring(p.start(), p.end())).isEqualTo(p.text());
        }
        String awkward = "tab\there \"quoted\" back\\slash \u0000 \u2028 \uFEFF end";
        Article a = new Article(null, Span.of(awkward, 0, awkward.length()), null, null, null, null, null, null,
                null, null, null, null);
        String json = ReportageJson.compact().write(a);
        assertThat(json).doesNotContain("\n", "\r", "\t");
        assertThat(ReportageJson.compact().read(json)).isEqualTo(a);
    }

    static Stream<Article> variants() {
        Article full = SampleArticles.full();
        Span d = full.date().span();
        List<Article> out = new ArrayList<>();
        // Every provenance, with and without year, weekday, time and zone.
        for (DateProvenance p : DateProvenance.values()) {
            out.add(withDate(full, new ReportDate(null, 2, 29, null, null, null, p, d)));
            out.add(withDate(full, new ReportDate(2024, 12, 31, DayOfWeek.SUNDAY, LocalTime.of(23, 59, 58), "+01:00",
                    p, d)));
        }
        out.add(withDate(full, new ReportDate(1999, 1, 1, null, LocalTime.MIDNIGHT, "Z", DateProvenance.STATED, d)));
        out.add(withDate(full, new ReportDate(2023, 3, 14, null, LocalTime.of(7, 5, 0, 120_000_000), null,
                DateProvenance.HEADER, d)));
        return out.stream();
    }

    private static Article withDate(Article a, ReportDate date) {
        return new Article(a.sourceId(), a.span(), date, a.headline(), a.dateline(), a.byline(), a.headers(),
                a.paragraphs(), a.quotes(), a.actors(), a.unplaced(), a.diagnostics());
    }

    @ParameterizedTest
    @MethodSource("variants")
    void reportDatesRoundTrip(Article a) {
        assertThat(ReportageJson.compact().read(ReportageJson.compact().write(a))).isEqualTo(a);
    }

    @ParameterizedTest
    @EnumSource(DayOfWeek.class)
    void everyWeekdayRoundTrips(DayOfWeek day) {
        LocalDate date = LocalDate.of(2023, 3, 13).with(java.time.temporal.TemporalAdjusters.nextOrSame(day));
        Article a = withDate(SampleArticles.full(), new ReportDate(date.getYear(), date.getMonthValue(),
                date.getDayOfMonth(), day, null, null, DateProvenance.STATED, SampleArticles.full().date().span()));
        assertThat(tree(a).get("date").get("weekday").stringValue()).isEqualTo(day.name().toLowerCase(java.util.Locale.ROOT));
        assertThat(ReportageJson.compact().read(ReportageJson.compact().write(a))).isEqualTo(a);
    }

    @ParameterizedTest
    @EnumSource(QuoteKind.class)
    void everyQuoteKindAndPrecisionRoundTrips(QuoteKind kind) {
        Span seg = SampleArticles.span("fresh start");
        List<Quote> quotes = new ArrayList<>();
        for (DateReference.Precision p : DateReference.Precision.values()) {
            quotes.add(new Quote(kind, List.of(seg), null, null, null,
                    new DateReference(SampleArticles.span("next week"), LocalDate.of(2023, 3, 1),
                            LocalDate.of(2023, 3, 31), p), 1.0, "rule." + p));
        }
        Article a = SampleArticles.full();
        a = new Article(a.sourceId(), a.span(), a.date(), a.headline(), a.dateline(), a.byline(), a.headers(),
                a.paragraphs(), quotes, a.actors(), a.unplaced(), a.diagnostics());
        assertThat(ReportageJson.compact().read(ReportageJson.compact().write(a))).isEqualTo(a);
    }

    @ParameterizedTest
    @EnumSource(ActorKind.class)
    void everyActorKindMentionKindAndSeverityRoundTrips(ActorKind kind) {
        Span name = SampleArticles.span("Maria Okafor");
        List<Mention> mentions = new ArrayList<>();
        for (MentionKind mk : MentionKind.values()) {
            mentions.add(new Mention(name.start(), name.end(), name.text(), mk, "rule." + mk));
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Severity s : Severity.values()) {
            diagnostics.add(new Diagnostic("test." + s, s, "message " + s, name));
        }
        Article a = SampleArticles.full();
        a = new Article(a.sourceId(), a.span(), a.date(), a.headline(), a.dateline(), a.byline(), a.headers(),
                a.paragraphs(), List.of(), List.of(new Actor("a1", "Maria Okafor", kind, null, null, mentions)),
                a.unplaced(), diagnostics);
        assertThat(ReportageJson.compact().read(ReportageJson.compact().write(a))).isEqualTo(a);
    }

    @Test
    void explicitNullListsReadAsEmpty() {
        ObjectNode t = (ObjectNode) tree(SampleArticles.minimal());
        t.putNull("paragraphs");
        t.putNull("diagnostics");
        Article a = ReportageJson.compact().read(TREE.writeValueAsString(t));
        assertThat(a.paragraphs()).isEmpty();
        assertThat(a.diagnostics()).isEmpty();
    }

    @Test
    void readingRunsTheRecordsChecks() {
        String good = ReportageJson.compact().write(SampleArticles.full());
        // The headline's text no longer has the length of its offsets.
        String shorter = good.replace("\"Harbour board approves", "\"Harbour approves");
        assertThatThrownBy(() -> ReportageJson.compact().read(shorter)).isInstanceOf(JacksonException.class)
                .hasRootCauseInstanceOf(IllegalArgumentException.class).rootCause().hasMessageContaining("length");
        // February 30 does not exist.
        String feb30 = good.replace("\"month\":3,\"day\":14", "\"month\":2,\"day\":30");
        assertThat(feb30).isNotEqualTo(good);
        assertThatThrownBy(() -> ReportageJson.compact().read(feb30)).isInstanceOf(JacksonException.class)
                .hasStackTraceContaining("invalid day 30 for month 2 of 2023");
        String sure = good.replace("\"confidence\":0.95", "\"confidence\":1.5");
        assertThatThrownBy(() -> ReportageJson.compact().read(sure)).isInstanceOf(JacksonException.class)
                .rootCause().hasMessageContaining("confidence");
        String noSegments = good.replaceFirst("\"segments\":\\[[^\\]]*\\]", "\"segments\":[]");
        assertThatThrownBy(() -> ReportageJson.compact().read(noSegments)).isInstanceOf(JacksonException.class)
                .rootCause().hasMessageContaining("at least one segment");
    }

    @Test
    void readingIsStrictAboutValues() {
        ObjectNode base = (ObjectNode) tree(SampleArticles.full());
        List<String> bad = new ArrayList<>();
        // A missing field is not silently defaulted (a missing confidence must not read as 0).
        ObjectNode t = base.deepCopy();
        ((ObjectNode) t.get("quotes").get(0)).remove("confidence");
        bad.add(TREE.writeValueAsString(t));
        t = base.deepCopy();
        t.remove("byline");
        bad.add(TREE.writeValueAsString(t));
        // No coercion: a float is not an offset, a string is not a number, a number is not an enum.
        t = base.deepCopy();
        ((ObjectNode) t.get("headline")).put("start", 79.5);
        bad.add(TREE.writeValueAsString(t));
        t = base.deepCopy();
        ((ObjectNode) t.get("date")).put("year", "2023");
        bad.add(TREE.writeValueAsString(t));
        t = base.deepCopy();
        ((ObjectNode) t.get("date")).put("provenance", 0);
        bad.add(TREE.writeValueAsString(t));
        t = base.deepCopy();
        ((ObjectNode) t.get("quotes").get(0)).putNull("confidence");
        bad.add(TREE.writeValueAsString(t));
        t = base.deepCopy();
        ((ObjectNode) t.get("date")).put("provenance", "guessed");
        bad.add(TREE.writeValueAsString(t));
        String good = ReportageJson.compact().write(SampleArticles.full());
        // Duplicate fields and trailing content.
        bad.add(good.replaceFirst("\\{", "{\"source_id\":\"other\","));
        bad.add(good + " {}");
        bad.add(good + " x");
        bad.add("null");
        bad.add("[]");
        bad.add("");
        for (String json : bad) {
            assertThatThrownBy(() -> ReportageJson.compact().read(json)).as(json.length() > 200
                    ? json.substring(0, 200) : json).isInstanceOf(JacksonException.class);
        }
    }

    @Test
    void enumsAreReadInAnyCaseAndUnknownFieldsIgnored() {
        ObjectNode t = (ObjectNode) tree(SampleArticles.full());
        ((ObjectNode) t.get("date")).put("provenance", "YEAR_INFERRED");
        t.put("schema_version", 7);
        ((ObjectNode) t.get("quotes").get(0)).putObject("extra").put("x", 1);
        assertThat(ReportageJson.compact().read(TREE.writeValueAsString(t))).isEqualTo(SampleArticles.full());
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        String json = "{\n  \"source_id\": \"x\",\n  \"span\": {\"start\": 0 \"end\": 0}\n}";
        assertThatThrownBy(() -> ReportageJson.pretty().read(json)).isInstanceOfSatisfying(JacksonException.class,
                e -> {
                    assertThat(e.getLocation().getLineNr()).isEqualTo(3);
                    assertThat(e.getLocation().getColumnNr()).isEqualTo(23);
                });
    }

    @Test
    void schemaIsShipped() {
        assertThat(ReportageJson.schema()).contains("\"$schema\"", "2020-12");
    }
}
