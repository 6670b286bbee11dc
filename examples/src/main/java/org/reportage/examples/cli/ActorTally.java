package org.reportage.examples.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.reportage.core.Actor;
import org.reportage.core.Article;
import org.reportage.core.Quote;
import org.reportage.core.Role;

/**
 * The {@code actors} view: actors gathered across every article, merged by kind and name (case-insensitive),
 * with their roles, how many quotes they are the speaker of, and in how many articles and mentions they appear.
 * Sorted by quotes, then mentions (both descending), then name.
 */
final class ActorTally implements Pipeline.Sink {

    /** The output forms of the view. */
    enum Format {
        /** A table for a terminal. */
        TABLE,
        /** CSV, RFC 4180. */
        CSV,
        /** A pretty JSON array. */
        JSON
    }

    /**
     * One merged actor.
     *
     * @param name     canonical name (the first spelling seen)
     * @param kind     person, organisation, …
     * @param quotes   quotes it is the speaker of
     * @param articles articles it appears in
     * @param mentions mentions across all articles
     * @param roles    roles, in order of first appearance
     * @param aliases  other names, in order of first appearance
     */
    record Row(String name, String kind, int quotes, int articles, int mentions, List<String> roles,
               List<String> aliases) {
    }

    private static final class Acc {
        final String name;
        final String kind;
        int quotes;
        int articles;
        int mentions;
        final Set<String> roles = new LinkedHashSet<>();
        final Set<String> aliases = new LinkedHashSet<>();

        Acc(String name, String kind) {
            this.name = name;
            this.kind = kind;
        }
    }

    private final Writer out;
    private final Format format;
    private final Map<String, Acc> actors = new HashMap<>();

    ActorTally(Writer out, Format format) {
        this.out = out;
        this.format = format;
    }

    @Override
    public void accept(Pipeline.Parsed p) {
        Article a = p.article();
        for (Actor actor : a.actors()) {
            String kind = Text.lower(actor.kind());
            Acc acc = actors.computeIfAbsent(kind + "\u0000" + actor.name().toLowerCase(Locale.ROOT),
                    k -> new Acc(actor.name(), kind));
            acc.articles++;
            acc.mentions += actor.mentions().size();
            for (Role r : actor.roles()) {
                acc.roles.add(Text.oneLine(r.title()));
            }
            for (String alias : actor.aliases()) {
                acc.aliases.add(Text.oneLine(alias));
            }
            for (Quote q : a.quotes()) {
                if (actor.id().equals(q.speaker())) {
                    acc.quotes++;
                }
            }
        }
    }

    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Acc a : actors.values()) {
            rows.add(new Row(a.name, a.kind, a.quotes, a.articles, a.mentions, List.copyOf(a.roles),
                    List.copyOf(a.aliases)));
        }
        rows.sort(Comparator.comparingInt(Row::quotes).reversed()
                .thenComparing(Comparator.comparingInt(Row::mentions).reversed())
                .thenComparing(Row::name)
                .thenComparing(Row::kind));
        return rows;
    }

    @Override
    public void finish() throws IOException {
        List<Row> rows = rows();
        switch (format) {
            case JSON -> {
                out.write(Sinks.ROWS.writerWithDefaultPrettyPrinter().writeValueAsString(rows));
                out.write('\n');
            }
            case CSV -> {
                Csv.record(out, List.of("name", "kind", "quotes", "articles", "mentions", "roles", "aliases"));
                for (Row r : rows) {
                    Csv.record(out, List.of(r.name(), r.kind(), Integer.toString(r.quotes()),
                            Integer.toString(r.articles()), Integer.toString(r.mentions()),
                            String.join("; ", r.roles()), String.join("; ", r.aliases())));
                }
            }
            case TABLE -> {
                if (rows.isEmpty()) {
                    out.write("No actors found.\n");
                    return;
                }
                out.write(Text.fit("NAME", 28) + "  " + Text.fit("KIND", 12) + "  QUOTES  ARTICLES  MENTIONS  ROLES\n");
                for (Row r : rows) {
                    out.write((Text.fit(r.name(), 28) + "  " + Text.fit(r.kind(), 12) + "  " + Text.num(r.quotes(), 6)
                            + "  " + Text.num(r.articles(), 8) + "  " + Text.num(r.mentions(), 8) + "  "
                            + Text.cut(String.join("; ", r.roles()), 60)).stripTrailing() + "\n");
                }
            }
            default -> throw new IllegalStateException(format.toString());
        }
    }
}
