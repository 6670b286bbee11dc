package org.reportage.bench.tools;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a deterministic feed of invented raw dated reports in every shape of {@code shared/formats.md}: date
 * lines of every form (with and without weekday, year, time and zone), wire copy with datelines and bylines,
 * header blocks, daily digests, live pages, separators, and quotations of every convention (typographic,
 * straight, guillemets, low-high, single, nested, split by the cue, partial, multi-paragraph, unclosed, scare
 * quotes), with the noise that scraped text carries (CRLF, non-breaking spaces, HTML entities, a BOM).
 *
 * <p>Every sentence and name is invented here from a small vocabulary; countries and a few international
 * organisations are facts. The same seed gives the same bytes on every run and every JVM: the generator uses
 * its own SplitMix64 sequence, never {@link java.util.Random} defaults, the clock or the default locale.
 *
 * <p>Not thread-safe: one generator per thread. Blocks are joined by separator lines ({@code ---},
 * {@code ***}, {@code ###}), so every block is one report, or one digest of several, or one live page.
 */
public final class FeedGenerator {

    /** The seed every benchmark uses, so that every run reads the same bytes. */
    public static final long DEFAULT_SEED = 0x5EED_2026_0207L;

    /**
     * One generated block of a feed, with what a correct parse of it gives.
     *
     * @param text          the raw text of the block (no separator)
     * @param shape         which shape of formats.md it has ({@code day-heading}, {@code wire}, {@code header},
     *                      {@code digest}, {@code live}, {@code undated})
     * @param minArticles   the fewest articles a correct parser makes of it
     * @param maxArticles   the most (they differ only for a live page: one article, or one per entry)
     * @param simpleQuotes  the words of the closed, single-segment direct quotes with an explicit cue that the
     *                      block holds (each must be found by any quote extractor worth the name)
     * @param speakers      the full names of the people quoted in the block
     */
    public record Block(String text, String shape, int minArticles, int maxArticles, List<String> simpleQuotes,
                        List<String> speakers) {
        /** Copies the lists. */
        public Block {
            simpleQuotes = List.copyOf(simpleQuotes);
            speakers = List.copyOf(speakers);
        }
    }

    private static final String[] GIVEN = {"Ilse", "Tomasz", "Amara", "Joaquim", "Leena", "Oskar", "Priya",
        "Henrik", "Sofia", "Mateus", "Yara", "Dmitri", "Nadia", "Emeka", "Greta", "Ruben", "Farah", "Lukas",
        "Ines", "Kofi", "Maren", "Teodor", "Selin", "Aurelio"};
    private static final String[] FAMILY = {"Varga", "Reinholt", "Okonkwo", "Lindqvist", "Marchetti", "Duarte",
        "Halvorsen", "Achterberg", "Petrescu", "Moreau", "Kowalczyk", "Saarinen", "Brennan", "Castellanos",
        "Vasquez", "Nakamura", "Ferreira", "Oyelaran", "Szabo", "Everaert", "Kristiansen", "Delacroix"};
    private static final String[] TITLE = {"President", "Prime Minister", "Foreign Minister", "Mr", "Ms", "Dr",
        "Secretary-General", "Senator", "Governor", "Mayor"};
    private static final String[] ROLE = {"the foreign minister of %s", "the defence minister of %s",
        "the finance minister of %s", "the ambassador of %s to the United Nations", "the prime minister of %s",
        "a senior adviser to the government of %s"};
    private static final String[] COUNTRY = {"Finland", "Portugal", "Ghana", "Chile", "Norway", "Romania",
        "Canada", "Japan", "Kenya", "Poland", "Ireland", "Brazil", "Estonia", "Morocco", "Vietnam", "Austria"};
    private static final String[] DEMONYM = {"Finnish", "Portuguese", "Ghanaian", "Chilean", "Norwegian",
        "Romanian", "Canadian", "Japanese", "Kenyan", "Polish", "Irish", "Brazilian", "Estonian", "Moroccan",
        "Vietnamese", "Austrian"};
    private static final String[] CITY = {"HELSINKI", "LISBON", "ACCRA", "SANTIAGO", "OSLO", "BUCHAREST",
        "OTTAWA", "TOKYO", "NAIROBI", "WARSAW", "DUBLIN", "BRASILIA", "TALLINN", "RABAT", "HANOI", "VIENNA"};
    private static final String[] ORG = {"NATO", "the European Union", "the United Nations", "the World Bank",
        "the Ministry of Transport", "the central bank", "the Harbour Workers' Union", "Norvale Shipping",
        "the Kestrel Energy Group", "the Coastal Rail Authority", "the Institute for Grain Studies"};
    private static final String[] AGENCY = {"Reuters", "AP", "AFP", "Harbour Wire", "Northern Press"};
    private static final String[] TOPIC = {"the grain corridor", "the port strike", "the new rail link",
        "the fishing quotas", "the energy tariff", "the border crossings", "the water treaty",
        "the vaccine programme", "the election timetable", "the budget talks", "the pension reform",
        "the bridge repairs"};
    private static final String[] ACTION = {"agreed to extend", "refused to discuss", "promised to review",
        "voted to suspend", "moved to expand", "declined to comment on", "called for an inquiry into",
        "set a deadline for", "postponed a decision on", "welcomed progress on"};
    private static final String[] WHEN = {"on Wednesday", "last week", "on Tuesday night", "yesterday",
        "earlier this month", "on Monday", "this Friday", "late on Sunday"};
    private static final String[] CLAIM = {"we will not accept any delay", "the talks have reached a turning point",
        "nobody expected the costs to rise so fast", "our workers deserve a fair settlement",
        "the ships will sail as soon as the weather allows", "this is only the first step",
        "the numbers speak for themselves", "we have kept every promise we made",
        "there is still time to find a compromise", "our door stays open to every partner",
        "the plan protects the most exposed families", "we need more than words from our partners"};
    private static final String[] TAIL = {"the coming fortnight", "a workable compromise", "real guarantees",
        "a fair price", "a clear timetable", "serious consequences", "fresh safety assurances"};
    private static final String[] SCARE = {"reforms", "deals", "guarantees", "experts", "consultation"};
    private static final String[] CUE = {"said", "told reporters", "explained", "insisted", "warned", "added",
        "announced", "concluded"};
    private static final String[] HEAD_VERB = {"extends", "suspends", "reviews", "rejects", "backs", "delays"};
    private static final String[] FILLER = {"Officials gave no figure for the cost.",
        "The decision follows months of talks between the two sides.",
        "Traders said prices had barely moved after the announcement.",
        "Local newspapers reported long queues at the main crossing.",
        "The committee is due to meet again before the end of the month.",
        "Opposition lawmakers said they would study the text in detail.",
        "The ’90s-era rules have not been changed since they were written.",
        "Nobody from the company’s board was available for comment.",
        "Rock ’n’ roll played from the speakers as delegates arrived.",
        "Analysts at Ames &amp; Rook expect the market to settle by spring."};
    private static final String[] SEPARATOR = {"---", "***", "###"};

    private long state;

    /**
     * @param seed the seed; the same seed gives the same blocks
     */
    public FeedGenerator(long seed) {
        this.state = seed;
    }

    // ---- randomness (SplitMix64: specified here, so the bytes never depend on the JDK) ----

    private long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private int nextInt(int bound) {
        return (int) Math.floorMod(nextLong(), (long) bound);
    }

    private String pick(String[] words) {
        return words[nextInt(words.length)];
    }

    private boolean chance(int percent) {
        return nextInt(100) < percent;
    }

    // ---- feed level ----

    /**
     * Generates a whole feed in memory.
     *
     * @param seed   the seed
     * @param blocks how many blocks
     * @return the feed text: the blocks joined by separator lines
     */
    public static Feed feed(long seed, int blocks) {
        FeedGenerator g = new FeedGenerator(seed);
        StringBuilder sb = new StringBuilder();
        List<Block> list = new ArrayList<>(blocks);
        for (int i = 0; i < blocks; i++) {
            if (i > 0) {
                sb.append(g.separator());
            }
            Block b = g.next(i == 0);
            list.add(b);
            sb.append(b.text());
        }
        return new Feed(sb.toString(), list);
    }

    /**
     * A generated feed and its blocks.
     *
     * @param text   the whole feed
     * @param blocks the blocks in order
     */
    public record Feed(String text, List<Block> blocks) {
        /** Copies the list. */
        public Feed {
            blocks = List.copyOf(blocks);
        }

        /** @return the fewest articles a correct parse gives */
        public int minArticles() {
            return blocks.stream().mapToInt(Block::minArticles).sum();
        }

        /** @return the most articles a correct parse gives */
        public int maxArticles() {
            return blocks.stream().mapToInt(Block::maxArticles).sum();
        }
    }

    /** @return the text that goes between two blocks: a separator line between blank lines */
    public String separator() {
        return "\n\n" + pick(SEPARATOR) + "\n\n";
    }

    /**
     * @param first whether this is the first block of a feed (only it may start with a byte-order mark)
     * @return the next block
     */
    public Block next(boolean first) {
        int kind = nextInt(100);
        Block b;
        if (kind < 30) {
            b = dayHeadingReport();
        } else if (kind < 50) {
            b = wireReport();
        } else if (kind < 65) {
            b = headerReport();
        } else if (kind < 77) {
            b = digest();
        } else if (kind < 89) {
            b = livePage();
        } else {
            b = undatedReport();
        }
        String text = b.text();
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        text = text.substring(0, end);
        if (chance(8)) {
            text = text.replace("\n", "\r\n");
        }
        if (first && chance(50)) {
            text = "\uFEFF" + text;
        }
        return new Block(text, b.shape(), b.minArticles(), b.maxArticles(), b.simpleQuotes(), b.speakers());
    }

    /**
     * Grows one report (day heading, headline, paragraphs of every quote convention) to exactly {@code bytes}
     * bytes of UTF-8.
     *
     * @param seed  the seed
     * @param bytes the size wanted, at least 256
     * @return the report
     */
    public static String grow(long seed, int bytes) {
        if (bytes < 256) {
            throw new IllegalArgumentException("a grown report has at least 256 bytes: " + bytes);
        }
        FeedGenerator g = new FeedGenerator(seed);
        Ctx ctx = g.new Ctx();
        StringBuilder sb = new StringBuilder(bytes + 64);
        LocalDate d = g.date();
        sb.append(g.dayHeading(d)).append("\n\n").append(g.headline(ctx)).append("\n\n");
        long size = Utf8.length(sb);
        while (true) {
            String p = g.paragraph(ctx);
            long len = Utf8.length(p) + 2;
            if (size + len > bytes - 2) {
                break;
            }
            sb.append(p).append("\n\n");
            size += len;
        }
        // fill the rest exactly with plain ASCII words and a final full stop
        int rest = (int) (bytes - size);
        StringBuilder tail = new StringBuilder(rest);
        while (tail.length() < rest - 1) {
            tail.append(tail.length() == 0 ? "More" : " more");
        }
        tail.setLength(rest - 1);
        if (tail.charAt(tail.length() - 1) == ' ') {
            tail.setCharAt(tail.length() - 1, 's');
        }
        tail.append('.');
        sb.append(tail);
        return sb.toString();
    }

    // ---- shapes ----

    /** The people and places of one block, so that later paragraphs refer back to earlier ones. */
    private final class Ctx {
        final List<String> simpleQuotes = new ArrayList<>();
        final List<String> speakers = new ArrayList<>();
        final int country = nextInt(COUNTRY.length);
        String lastSpeaker;

        String person() {
            String name = pick(GIVEN) + " " + pick(FAMILY);
            speakers.add(name);
            lastSpeaker = name;
            return name;
        }

        String surname() {
            if (lastSpeaker == null) {
                return person();
            }
            return lastSpeaker.substring(lastSpeaker.indexOf(' ') + 1);
        }
    }

    private Block dayHeadingReport() {
        Ctx ctx = new Ctx();
        StringBuilder sb = new StringBuilder();
        sb.append(dateLine(date())).append("\n\n").append(headline(ctx)).append("\n\n");
        body(sb, ctx, 3 + nextInt(6));
        return new Block(sb.toString(), "day-heading", 1, 1, ctx.simpleQuotes, ctx.speakers);
    }

    private Block undatedReport() {
        Ctx ctx = new Ctx();
        StringBuilder sb = new StringBuilder();
        sb.append(headline(ctx)).append("\n\n");
        body(sb, ctx, 2 + nextInt(4));
        return new Block(sb.toString(), "undated", 1, 1, ctx.simpleQuotes, ctx.speakers);
    }

    private Block wireReport() {
        Ctx ctx = new Ctx();
        StringBuilder sb = new StringBuilder();
        LocalDate d = date();
        sb.append(headline(ctx)).append('\n');
        if (chance(70)) {
            sb.append("By ").append(pick(GIVEN)).append(' ').append(pick(FAMILY)).append('\n');
        }
        sb.append('\n');
        String city = CITY[ctx.country];
        String agency = pick(AGENCY);
        switch (nextInt(4)) {
            case 0:
                sb.append(city).append(", ").append(COUNTRY[ctx.country]).append(", ").append(shortMonth(d))
                        .append(' ').append(d.getDayOfMonth()).append(", ").append(d.getYear()).append(" (")
                        .append(agency).append(") - ");
                break;
            case 1:
                sb.append(city).append(" (").append(agency).append(") \u2014 ");
                break;
            case 2:
                sb.append(city).append(", ").append(shortMonth(d)).append(' ').append(d.getDayOfMonth())
                        .append(" (").append(agency).append(") - ");
                break;
            default:
                sb.append(titleCase(city)).append(", ").append(d.getDayOfMonth()).append(' ')
                        .append(month(d)).append(' ').append(d.getYear()).append(" \u2013 ");
                break;
        }
        sb.append(leadSentence(ctx)).append("\n\n");
        body(sb, ctx, 2 + nextInt(5));
        return new Block(sb.toString(), "wire", 1, 1, ctx.simpleQuotes, ctx.speakers);
    }

    private Block headerReport() {
        Ctx ctx = new Ctx();
        StringBuilder sb = new StringBuilder();
        LocalDate d = date();
        sb.append("Title: ").append(headline(ctx)).append('\n');
        switch (nextInt(4)) {
            case 0:
                sb.append("Date: ").append(d).append('T').append(time24(':')).append(":00Z\n");
                break;
            case 1:
                sb.append("Published: ").append(d.getDayOfMonth()).append(' ').append(month(d)).append(' ')
                        .append(d.getYear()).append('\n');
                break;
            case 2:
                sb.append("Updated: ").append(shortMonth(d)).append(' ').append(d.getDayOfMonth()).append(", ")
                        .append(d.getYear()).append(' ').append(1 + nextInt(12)).append(':')
                        .append(two(nextInt(60))).append(chance(50) ? " AM ET\n" : " PM ET\n");
                break;
            default:
                sb.append("Date: ").append(weekday(d)).append(' ').append(d.getDayOfMonth()).append(' ')
                        .append(month(d)).append(' ').append(d.getYear()).append(' ').append(time24('.'))
                        .append(" GMT\n");
                break;
        }
        sb.append("Source: ").append(pick(AGENCY)).append("\n\n");
        body(sb, ctx, 2 + nextInt(5));
        return new Block(sb.toString(), "header", 1, 1, ctx.simpleQuotes, ctx.speakers);
    }

    private Block digest() {
        StringBuilder sb = new StringBuilder();
        List<String> quotes = new ArrayList<>();
        List<String> speakers = new ArrayList<>();
        sb.append(dayHeading(date()));
        int stories = 2 + nextInt(3);
        for (int i = 0; i < stories; i++) {
            Ctx ctx = new Ctx();
            sb.append("\n\n").append(headline(ctx)).append("\n\n");
            body(sb, ctx, 1 + nextInt(3));
            sb.setLength(sb.length() - 2); // body() ends with a blank line
            quotes.addAll(ctx.simpleQuotes);
            speakers.addAll(ctx.speakers);
        }
        return new Block(sb.toString(), "digest", stories, stories, quotes, speakers);
    }

    private Block livePage() {
        Ctx ctx = new Ctx();
        StringBuilder sb = new StringBuilder();
        sb.append(dayHeading(date())).append("\n\n").append("Live: ").append(headline(ctx)).append("\n\n");
        int entries = 3 + nextInt(5);
        int minute = 8 * 60 + nextInt(120);
        for (int i = 0; i < entries; i++) {
            int h = minute / 60;
            int m = minute % 60;
            if (chance(50)) {
                sb.append(two(h)).append(':').append(two(m)).append(" GMT\n");
            } else {
                sb.append(h > 12 ? h - 12 : h).append('.').append(two(m)).append(h >= 12 ? "pm\n" : "am\n");
            }
            sb.append(paragraph(ctx)).append("\n\n");
            minute += 5 + nextInt(40);
        }
        sb.setLength(sb.length() - 2);
        return new Block(sb.toString(), "live", 1, entries, ctx.simpleQuotes, ctx.speakers);
    }

    private void body(StringBuilder sb, Ctx ctx, int paragraphs) {
        sb.append(leadSentence(ctx)).append(' ').append(pick(FILLER)).append("\n\n");
        for (int i = 0; i < paragraphs; i++) {
            sb.append(paragraph(ctx)).append("\n\n");
        }
    }

    // ---- dates ----

    private LocalDate date() {
        return LocalDate.of(2015, 1, 1).plusDays(nextInt(11 * 365));
    }

    private String dateLine(LocalDate d) {
        switch (nextInt(10)) {
            case 0:
                return dayHeading(d);
            case 1:
                return month(d) + " " + d.getDayOfMonth() + ", " + d.getYear();
            case 2:
                return d.getDayOfMonth() + " " + month(d) + " " + d.getYear();
            case 3:
                return d.toString();
            case 4:
                return shortMonth(d) + ". " + d.getDayOfMonth();
            case 5:
                return d.getDayOfMonth() + " " + shortMonth(d);
            case 6:
                return two(d.getDayOfMonth()) + "/" + two(d.getMonthValue()) + "/" + d.getYear();
            case 7:
                return weekday(d) + " " + d.getDayOfMonth() + " " + month(d) + " " + d.getYear() + " "
                        + time24('.') + " GMT";
            case 8:
                return month(d) + " " + d.getDayOfMonth() + ", " + d.getYear() + " " + (1 + nextInt(12)) + ":"
                        + two(nextInt(60)) + (chance(50) ? " AM ET" : " PM ET");
            default:
                return weekday(d) + ", " + month(d) + " " + d.getDayOfMonth() + ", " + d.getYear();
        }
    }

    private String dayHeading(LocalDate d) {
        // one in forty states a weekday that contradicts the date (a warning, not a silent fix)
        DayOfWeek wd = chance(2) ? d.getDayOfWeek().plus(1 + nextInt(6)) : d.getDayOfWeek();
        return wd.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", " + month(d) + " " + d.getDayOfMonth();
    }

    private static String weekday(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String month(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String shortMonth(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    private String time24(char sep) {
        return two(nextInt(24)) + sep + two(nextInt(60));
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static String titleCase(String upper) {
        return upper.charAt(0) + upper.substring(1).toLowerCase(Locale.ROOT);
    }

    // ---- sentences ----

    private String headline(Ctx ctx) {
        String org = pick(ORG);
        String h = Character.toUpperCase(org.charAt(0)) + org.substring(1) + " " + pick(HEAD_VERB) + " "
                + pick(TOPIC).substring(4) + " as " + COUNTRY[ctx.country] + " waits";
        return chance(10) ? h.replace(" as ", " as\u00A0") : h;
    }

    private String leadSentence(Ctx ctx) {
        String org = pick(ORG);
        return Character.toUpperCase(org.charAt(0)) + org.substring(1) + " " + pick(ACTION) + " " + pick(TOPIC)
                + " " + pick(WHEN) + ", officials in " + titleCase(CITY[ctx.country]) + " said.";
    }

    private String claim() {
        String c = pick(CLAIM);
        return Character.toUpperCase(c.charAt(0)) + c.substring(1);
    }

    private String named(Ctx ctx) {
        switch (nextInt(4)) {
            case 0:
                return pick(TITLE) + (chance(15) ? "\u00A0" : " ") + ctx.person();
            case 1:
                String name = ctx.person();
                return name + ", " + String.format(Locale.ROOT, pick(ROLE), COUNTRY[ctx.country]) + ",";
            default:
                return ctx.person();
        }
    }

    /** One body paragraph, most of them with a quotation in one of the conventions of formats.md §6. */
    private String paragraph(Ctx ctx) {
        String q = claim();
        switch (nextInt(20)) {
            case 0: { // typographic, cue after, inverted: the simple case
                String who = ctx.person();
                ctx.simpleQuotes.add(q);
                return "\u201C" + q + ",\u201D " + pick(CUE) + " " + who + ".";
            }
            case 1: { // straight quotes, cue before with a colon
                String who = ctx.person();
                ctx.simpleQuotes.add(q);
                return who + " " + pick(CUE) + ": \"" + q + ".\"";
            }
            case 2: // HTML entities for the marks, left over from scraping
                return "&#8220;" + q + ",&#8221; " + named(ctx) + " " + pick(CUE) + " " + pick(WHEN) + ".";
            case 3: // guillemets with inner spaces
                return named(ctx) + " " + pick(CUE) + ": \u00AB " + q + " \u00BB.";
            case 4: // guillemets without spaces, and single guillemets
                return (chance(50) ? "\u00AB" + q + ",\u00BB " : "\u2039" + q + ",\u203A ") + pick(CUE) + " "
                        + ctx.person() + ".";
            case 5: // low-high quotes
                return "\u201E" + q + (chance(50) ? ",\u201C " : ",\u201D ") + ctx.person() + " " + pick(CUE) + ".";
            case 6: // split by the cue
                return "\u201C" + q + ",\u201D " + ctx.person() + " " + pick(CUE) + ", \u201C" + claim().toLowerCase(
                        Locale.ROOT) + ".\u201D";
            case 7: // partial quote inside indirect speech
                return ctx.person() + " " + pick(CUE) + " that " + pick(ORG) + " would seek \u201C" + pick(TAIL)
                        + "\u201D before " + pick(TOPIC) + " resumed.";
            case 8: // nested quotes
                return "\u201C" + q + " when they told us \u2018" + claim().toLowerCase(Locale.ROOT)
                        + "\u2019,\u201D " + pick(CUE) + " " + ctx.person() + ".";
            case 9: // straight quotes nested
                return "\"" + q + " and they said 'no' twice,\" " + ctx.person() + " " + pick(CUE) + ".";
            case 10: // typographic single quotes and an apostrophe nearby
                return "\u2018" + q + ",\u2019 " + ctx.person() + " " + pick(CUE) + " " + pick(WHEN) + ". "
                        + COUNTRY[ctx.country] + "\u2019s envoy agreed.";
            case 11: // multi-paragraph quote: the first paragraph stays open, the second reopens and closes
                return ctx.person() + " " + pick(CUE) + ": \u201C" + q + ".\n\n\u201C" + claim() + ".\u201D";
            case 12: // an unclosed quote, closed by the paragraph end
                return "\u201C" + q + ", " + claim().toLowerCase(Locale.ROOT) + ".";
            case 13: // scare quotes: a term, not speech
                return "Critics called the " + DEMONYM[ctx.country] + " proposals mere \u201C" + pick(SCARE)
                        + "\u201D and asked for " + pick(TAIL) + ".";
            case 14: // according to
                return "According to " + pick(ORG) + ", \u201C" + q + ".\u201D";
            case 15: // indirect speech, no marks
                return named(ctx) + " " + pick(CUE) + " " + pick(WHEN) + " that " + pick(CLAIM) + ".";
            case 16: // a quote alone in its paragraph: the last named speaker says it
                return "\u201C" + q + ".\u201D";
            case 17: // in a statement, with a surname reference back
                return "In a statement, " + ctx.surname() + " " + pick(CUE) + " that " + pick(ORG) + " had "
                        + pick(ACTION) + " " + pick(TOPIC) + ".";
            default: // narrative with actors and a demonym
                return "The " + DEMONYM[ctx.country] + " delegation met representatives of " + pick(ORG) + " "
                        + pick(WHEN) + ". " + pick(FILLER);
        }
    }
}
