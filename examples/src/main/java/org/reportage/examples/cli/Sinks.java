package org.reportage.examples.cli;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.reportage.core.Actor;
import org.reportage.core.Article;
import org.reportage.core.Diagnostic;
import org.reportage.core.Quote;
import org.reportage.core.QuoteKind;
import org.reportage.core.Role;
import org.reportage.core.json.ReportageJson;

import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** The output formats of {@code parse} and {@code quotes}. Each sink writes to a {@link Writer} it does not close. */
final class Sinks {
    private Sinks() {
    }

    /** Snake-case JSON for the flat rows of the {@code quotes} and {@code actors} views. */
    static final JsonMapper ROWS = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    /** {@code json}: one pretty-printed JSON array holding every article, in input order. */
    static final class JsonArray implements Pipeline.Sink {
        private final Writer out;
        private boolean first = true;

        JsonArray(Writer out) {
            this.out = out;
        }

        @Override
        public void accept(Pipeline.Parsed p) throws IOException {
            out.write(first ? "[\n" : ",\n");
            first = false;
            indent(ReportageJson.pretty().write(p.article()));
        }

        private void indent(String json) throws IOException {
            int start = 0;
            while (start <= json.length()) {
                int nl = json.indexOf('\n', start);
                int end = nl < 0 ? json.length() : nl;
                out.write("  ");
                out.write(json, start, end - start);
                if (nl < 0) {
                    break;
                }
                out.write('\n');
                start = nl + 1;
            }
        }

        @Override
        public void finish() throws IOException {
            out.write(first ? "[]\n" : "\n]\n");
        }
    }

    /** {@code jsonl}: one compact article per line, the JSON Lines contract. */
    static final class JsonLines implements Pipeline.Sink {
        private final Writer out;

        JsonLines(Writer out) {
            this.out = out;
        }

        @Override
        public void accept(Pipeline.Parsed p) {
            ReportageJson.compact().writeLine(p.article(), out);
        }
    }

    /** The column layout of the who-said-what table. */
    static final class QuoteTable {
        static final int DATE = 10;
        static final int SPEAKER = 22;
        static final int KIND = 8;
        static final int CUE = 14;
        private final int quoteWidth;

        QuoteTable(int width) {
            this.quoteWidth = Math.max(20, width - DATE - SPEAKER - KIND - CUE - 8);
        }

        String header(String indent) {
            return indent + Text.fit("DATE", DATE) + "  " + Text.fit("SPEAKER", SPEAKER) + "  "
                    + Text.fit("KIND", KIND) + "  " + Text.fit("QUOTE", quoteWidth) + "  " + "CUE";
        }

        /** Direct, partial and scare quotes between marks; indirect speech, which has none, as it stands. */
        private String quoted(Quote q) {
            return q.kind() == QuoteKind.INDIRECT ? Text.cut(q.text(), quoteWidth)
                    : "“" + Text.cut(q.text(), quoteWidth - 2) + "”";
        }

        String row(String indent, Article a, Quote q) {
            String speaker = Text.speaker(a, q);
            String cue = q.cue() == null ? "" : q.cue().text();
            String line = indent + Text.fit(Text.quoteDate(a, q), DATE) + "  "
                    + Text.fit(speaker.isEmpty() ? "-" : speaker, SPEAKER) + "  " + Text.fit(Text.lower(q.kind()), KIND)
                    + "  " + Text.fit(quoted(q), quoteWidth) + "  "
                    + Text.cut(cue.isEmpty() ? "-" : cue, CUE);
            return line.stripTrailing();
        }
    }

    /** {@code table}, and the {@code quotes} view: who said what, grouped under each article's heading. */
    static final class Table implements Pipeline.Sink {
        private final Writer out;
        private final QuoteTable table;
        private final String speaker;
        private int rows;

        Table(Writer out, int width, String speaker) {
            this.out = out;
            this.table = new QuoteTable(width);
            this.speaker = speaker;
        }

        @Override
        public void accept(Pipeline.Parsed p) throws IOException {
            Article a = p.article();
            boolean headed = false;
            for (Quote q : a.quotes()) {
                if (!QuoteRow.speakerMatches(a, q, speaker)) {
                    continue;
                }
                if (rows == 0) {
                    out.write(table.header("") + "\n");
                }
                if (!headed) {
                    out.write("── " + Text.cut(heading(p), 100) + "\n");
                    headed = true;
                }
                out.write(table.row("", a, q) + "\n");
                rows++;
            }
        }

        @Override
        public void finish() throws IOException {
            if (rows == 0) {
                out.write(speaker == null ? "No quotes found.\n" : "No quotes by a speaker matching \"" + speaker
                        + "\".\n");
            }
        }
    }

    static String heading(Pipeline.Parsed p) {
        Article a = p.article();
        String title = a.headline() == null ? "" : "  " + Text.oneLine(a.headline().text());
        return source(p) + title;
    }

    /** @return the article's source id (or the input's name), with {@code #n} for the n-th article of a feed */
    static String source(Pipeline.Parsed p) {
        Article a = p.article();
        String id = a.sourceId() == null ? p.label() : a.sourceId();
        return id + (p.number() > 1 ? " #" + p.number() : "");
    }

    /** {@code csv}: one row per quote ({@link QuoteRow#COLUMNS}), for spreadsheets. */
    static final class QuoteCsv implements Pipeline.Sink {
        private final Writer out;
        private final String speaker;
        private boolean header;

        QuoteCsv(Writer out, String speaker) {
            this.out = out;
            this.speaker = speaker;
        }

        @Override
        public void accept(Pipeline.Parsed p) throws IOException {
            writeHeader();
            for (Quote q : p.article().quotes()) {
                if (QuoteRow.speakerMatches(p.article(), q, speaker)) {
                    Csv.record(out, QuoteRow.of(p, q).fields());
                }
            }
        }

        private void writeHeader() throws IOException {
            if (!header) {
                Csv.record(out, QuoteRow.COLUMNS);
                header = true;
            }
        }

        @Override
        public void finish() throws IOException {
            writeHeader();
        }
    }

    /** The {@code quotes} view as JSON: one flat {@link QuoteRow} per line, or all of them in one array. */
    static final class QuoteJson implements Pipeline.Sink {
        private final Writer out;
        private final String speaker;
        private final boolean lines;
        private final List<QuoteRow> all = new ArrayList<>();

        QuoteJson(Writer out, String speaker, boolean lines) {
            this.out = out;
            this.speaker = speaker;
            this.lines = lines;
        }

        @Override
        public void accept(Pipeline.Parsed p) throws IOException {
            for (Quote q : p.article().quotes()) {
                if (QuoteRow.speakerMatches(p.article(), q, speaker)) {
                    QuoteRow row = QuoteRow.of(p, q);
                    if (lines) {
                        out.write(ROWS.writeValueAsString(row));
                        out.write('\n');
                    } else {
                        all.add(row);
                    }
                }
            }
        }

        @Override
        public void finish() throws IOException {
            if (!lines) {
                ObjectWriter w = ROWS.writerWithDefaultPrettyPrinter();
                out.write(w.writeValueAsString(all));
                out.write('\n');
            }
        }
    }

    /** {@code summary}: a readable account of each article — date with provenance, headline, who said what, actors. */
    static final class Summary implements Pipeline.Sink {
        private final Writer out;
        private final QuoteTable table;
        private final LocalDate reference;
        private boolean first = true;

        Summary(Writer out, int width, LocalDate reference) {
            this.out = out;
            this.table = new QuoteTable(width);
            this.reference = reference;
        }

        @Override
        public void accept(Pipeline.Parsed p) throws IOException {
            Article a = p.article();
            StringBuilder sb = new StringBuilder();
            if (!first) {
                sb.append('\n');
            }
            first = false;
            sb.append("== ").append(source(p)).append('\n');
            line(sb, "Date", Text.describeDate(a.date(), reference));
            line(sb, "Headline", a.headline() == null ? "(none found)" : Text.oneLine(a.headline().text()));
            if (a.dateline() != null) {
                line(sb, "Dateline", Text.oneLine(a.dateline().span().text()));
            }
            if (a.byline() != null) {
                line(sb, "Byline", Text.oneLine(a.byline().text()));
            }
            line(sb, "Paragraphs", Integer.toString(a.paragraphs().size()));
            line(sb, "Quotes", quoteCounts(a));
            line(sb, "Actors", Integer.toString(a.actors().size()));
            line(sb, "Diagnostics", diagnostics(a));
            sb.append("\nWho said what\n");
            if (a.quotes().isEmpty()) {
                sb.append("  (no quotes found)\n");
            } else {
                sb.append(table.header("  ")).append('\n');
                for (Quote q : a.quotes()) {
                    sb.append(table.row("  ", a, q)).append('\n');
                }
            }
            sb.append("\nActors\n");
            if (a.actors().isEmpty()) {
                sb.append("  (no actors found)\n");
            } else {
                sb.append("  ").append(Text.fit("NAME", 28)).append("  ").append(Text.fit("KIND", 12))
                        .append("  QUOTES  ROLES\n");
                for (Actor actor : a.actors()) {
                    long quotes = a.quotes().stream().filter(q -> actor.id().equals(q.speaker())).count();
                    List<String> roles = new ArrayList<>();
                    for (Role r : actor.roles()) {
                        roles.add(Text.oneLine(r.title()));
                    }
                    sb.append(("  " + Text.fit(actor.name(), 28) + "  " + Text.fit(Text.lower(actor.kind()), 12) + "  "
                            + Text.num(quotes, 6) + "  " + Text.cut(String.join("; ", roles), 40)).stripTrailing())
                            .append('\n');
                }
            }
            out.write(sb.toString());
        }

        private static void line(StringBuilder sb, String name, String value) {
            sb.append(Text.fit(name, 12)).append(' ').append(value).append('\n');
        }

        private static String quoteCounts(Article a) {
            if (a.quotes().isEmpty()) {
                return "0";
            }
            Map<QuoteKind, Integer> byKind = new EnumMap<>(QuoteKind.class);
            for (Quote q : a.quotes()) {
                byKind.merge(q.kind(), 1, Integer::sum);
            }
            List<String> parts = new ArrayList<>();
            byKind.forEach((k, n) -> parts.add(n + " " + Text.lower(k)));
            return a.quotes().size() + " (" + String.join(", ", parts) + ")";
        }

        private static String diagnostics(Article a) {
            if (a.diagnostics().isEmpty()) {
                return "none";
            }
            Map<String, Integer> codes = new TreeMap<>();
            for (Diagnostic d : a.diagnostics()) {
                codes.merge(d.code() + " (" + Text.lower(d.severity()) + ")", 1, Integer::sum);
            }
            List<String> parts = new ArrayList<>();
            codes.forEach((c, n) -> parts.add(n > 1 ? c + " ×" + n : c));
            return String.join(", ", parts);
        }

        @Override
        public void finish() throws IOException {
            if (first) {
                out.write("No articles found.\n");
            }
        }
    }
}
