package org.reportage.parser.internal.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;

import org.reportage.core.DateReference;
import org.reportage.core.DateReference.Precision;
import org.reportage.core.ReportDate;
import org.reportage.core.Span;
import org.reportage.parser.internal.Document;
import org.reportage.parser.internal.Workspace;

/**
 * Finds a relative date expression in a stretch of a report and resolves it against the report date.
 *
 * <p>Expressions read (case-insensitive):
 * <ul>
 *   <li>days: {@code yesterday}, {@code today}, {@code tonight}, {@code tomorrow}, {@code last night},
 *   {@code this morning|afternoon|evening}, {@code N days ago};</li>
 *   <li>weekdays: {@code Wednesday}, {@code on Wednesday}, {@code this Tuesday night}, {@code last Friday},
 *   {@code next Monday}, {@code on Tuesday night}, with an optional {@code morning|afternoon|evening|night};</li>
 *   <li>written dates: {@code on February 1}, {@code 1 Feb}, {@code Wednesday, February 1} (the report's year,
 *   moved a year back or forth when the tense asks for it);</li>
 *   <li>weeks and months: {@code last|this|next week}, {@code earlier|later this week}, {@code N weeks ago},
 *   {@code last|this|next month}, {@code in January}, {@code in early|late March}, {@code in mid-May} (the
 *   report's year, a year back for a month after the report's unless the clause speaks of the future, a year on
 *   for a future month before it), {@code in January 2022};</li>
 *   <li>loose periods ({@link Precision#VAGUE}): {@code in the next few days} and {@code in the coming days} (the
 *   next 7 days), {@code in the coming weeks} (the next 6 weeks), {@code in recent days} (the last 7 days),
 *   {@code in recent weeks} (the last 6 weeks), {@code recently} (the last 30 days), {@code last|this|next
 *   year} (that calendar year).</li>
 * </ul>
 *
 * <p><b>Tense.</b> A weekday without {@code last}/{@code next} is resolved by the tense of the clause: a past
 * verb ({@code said}, {@code met}, any {@code -ed} form) gives the most recent such weekday before the report date;
 * a future one ({@code will}, {@code 'll}, {@code shall}, {@code going to}, {@code due to}, {@code expected to},
 * {@code plans to}, {@code set to}) the next one after it; no tense marker counts as past, as in most news
 * text. A weekday that is the report's own weekday is the report day itself ({@code said on Thursday} in a
 * Thursday report is that Thursday; a week earlier would be written {@code last Thursday}). When the clause
 * holds several expressions, the one nearest a tense marker wins (else the first).
 *
 * <p>Dates are {@code null} when the report date has no year (or there is none): the kind of period is still
 * given, nothing is guessed. Stateless and thread-safe (the word table of a clause is the document's
 * {@link Workspace}'s); linear in the stretch read.
 */
public final class RelativeDates {
    private static final int NONE = 0;
    private static final int PAST = 1;
    private static final int FUTURE = 2;

    // PAST_IRREGULAR, NOT_PAST and FUTURE_BEFORE_TO are hash tables (see set): a word is looked up, not compared
    // with every entry
    private static final String[] PAST_IRREGULAR = set("said", "told", "met", "spoke", "went", "gave", "made", "held",
        "came", "took", "saw", "wrote", "was", "were", "had", "did", "left", "sent", "got", "began", "brought",
        "thought", "felt", "kept", "led", "paid", "ran", "won", "lost", "spent", "stood", "heard", "knew", "meant",
        "sought", "fought", "struck", "chose", "rose", "fell", "flew", "drove", "broke", "became", "found",
        "laid", "hit", "swore", "shot", "fled", "sold", "bought", "taught", "caught", "forgot", "ago");
    private static final String[] NOT_PAST = set("indeed", "hundred", "speed", "proceed", "exceed", "succeed",
        "breed", "greed", "embed", "need", "seed", "feed", "shed", "bed", "red", "united", "based",
        "expected", "scheduled", "supposed", "concerned", "interested", "detailed", "limited", "advanced",
        "armed", "related", "alleged");
    private static final String[] FUTURE_BEFORE_TO = set("going", "due", "expected", "scheduled", "set", "plans",
        "plan", "planning", "poised", "slated", "likely", "intends", "hopes", "aims");
    private static final String[] NUMBERS = {"a", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten"};

    /**
     * Every word (lower case) that {@link Clause#expression} can start with, besides numbers in digits: an
     * open-addressing table, so that the many words of a clause that start nothing are passed over with one
     * hash and no allocation.
     */
    private static final String[] STARTERS = table("yesterday", "today", "tonight", "tomorrow", "recently", "in",
            "next", "coming", "recent", "past", "last", "earlier", "later", "this", "on", "sept");

    /** The word table each call fills afresh: one per workspace, so a parse allocates it once. */
    private static final Workspace.Key<Clause> CLAUSE = new Workspace.Key<>(Clause::new);

    private RelativeDates() {
    }

    /**
     * @param words lower-case ASCII words
     * @return them in an open-addressing table (slot: {@link String#hashCode}), for {@link Clause#isAny}
     */
    private static String[] set(String... words) {
        int cap = 16;
        while (cap < words.length * 3) {
            cap <<= 1;
        }
        String[] table = new String[cap];
        for (String w : words) {
            int slot = w.hashCode() & (cap - 1);
            while (table[slot] != null && !table[slot].equals(w)) {
                slot = (slot + 1) & (cap - 1);
            }
            table[slot] = w;
        }
        return table;
    }

    /** The words of a {@link #set} of starters: these, the number words, weekdays, months and their abbreviations. */
    private static String[] table(String... words) {
        java.util.List<String> all = new java.util.ArrayList<>(Arrays.asList(words));
        all.addAll(Arrays.asList(NUMBERS));
        all.addAll(Arrays.asList(DateParser.WEEKDAYS));
        for (String m : DateParser.MONTHS) {
            all.add(m);
            all.add(m.substring(0, 3));
        }
        return set(all.toArray(new String[0]));
    }

    /**
     * Looks for the date expression of a clause (the one nearest its verb when there are several).
     *
     * @param doc       the report (its date and text)
     * @param viewStart start of the clause, view offset
     * @param viewEnd   end of the clause, view offset, exclusive
     * @return the expression found and resolved (dates {@code null} when the report year is unknown), or
     *         {@code null} when the clause has none
     */
    public static DateReference find(Document doc, int viewStart, int viewEnd) {
        String t = doc.text();
        int s = Math.max(0, viewStart);
        int e = Math.min(t.length(), viewEnd);
        int block = doc.blockAt(s);
        if (block >= 0) {
            e = Math.min(e, doc.blockEnd(block)); // a clause never reaches past its paragraph (or report)
        }
        if (s >= e) {
            return null;
        }
        Clause c = doc.workspace().get(CLAUSE);
        c.read(t, s, e);
        try {
            return find(doc, c);
        } finally {
            c.t = null; // a pooled workspace keeps no report text
        }
    }

    private static DateReference find(Document doc, Clause c) {
        // "Frey, who joined on Monday, said": a relative aside dates what it tells, not the saying; one that tells of
        // the speaking ("The mayor, who spoke Sunday at a church, said") does when the clause has no date of its own
        c.speakingAside = false;
        Found best = best(c, false);
        if (best == null && c.speakingAside) {
            best = best(c, true); // only when such an aside was passed over: most clauses have no date at all
        }
        if (best == null) {
            return null;
        }
        ReportDate rd = doc.date();
        LocalDate ref = rd == null ? null : rd.date().orElse(null);
        Span span = doc.view().span(c.ws[best.first], c.we[best.last]);
        LocalDate[] range = ref == null ? null : best.resolve(ref, rd);
        if (range == null) {
            return new DateReference(span, null, null, best.precision);
        }
        return new DateReference(span, range[0], range[1], best.precision);
    }

    /**
     * @param speakingAsides whether to read the relative asides that tell of the speaking (the others never)
     * @return the expression of the clause nearest a tense marker, or {@code null}
     */
    private static Found best(Clause c, boolean speakingAsides) {
        Found best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < c.count; i++) {
            if (c.relativeAfterComma(i)) {
                int next = c.nextAfterComma(i);
                boolean speaking = c.speakingIn(i + 1, next);
                c.speakingAside |= speaking;
                if (!speakingAsides || !speaking) {
                    i = next - 1;
                    continue;
                }
            }
            Found f = c.expression(i);
            if (f == null) {
                continue;
            }
            c.nearestTense(f.first, f.last);
            int d = c.tenseDistance;
            if (best == null || d < bestDistance) {
                best = f;
                best.tense = c.tense;
                bestDistance = d;
            }
            i = f.last;
        }
        return best;
    }

    /** One expression found: token range, what it means, how to resolve it. */
    private static final class Found {
        final int first;
        final int last;
        final Precision precision;
        final Kind kind;
        final int amount;
        final DayOfWeek weekday;
        final DateParts parts;
        int tense;

        Found(int first, int last, Precision precision, Kind kind, int amount, DayOfWeek weekday, DateParts parts) {
            this.first = first;
            this.last = last;
            this.precision = precision;
            this.kind = kind;
            this.amount = amount;
            this.weekday = weekday;
            this.parts = parts;
        }

        LocalDate[] resolve(LocalDate ref, ReportDate rd) {
            switch (kind) {
                case DAY_OFFSET:
                    return day(ref.plusDays(amount));
                case WEEKDAY: {
                    int mode = amount; // -1 last, +1 next, 0 by tense
                    DayOfWeek w = weekday;
                    if (mode < 0) {
                        return day(ref.with(TemporalAdjusters.previous(w)));
                    }
                    if (mode > 0) {
                        return day(ref.with(TemporalAdjusters.next(w)));
                    }
                    return day(tense == FUTURE ? ref.with(TemporalAdjusters.nextOrSame(w))
                            : ref.with(TemporalAdjusters.previousOrSame(w)));
                }
                case WEEK: {
                    LocalDate monday = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(amount);
                    return new LocalDate[] {monday, monday.plusDays(6)};
                }
                case MONTH: {
                    LocalDate first1 = ref.withDayOfMonth(1).plusMonths(amount);
                    return new LocalDate[] {first1, first1.with(TemporalAdjusters.lastDayOfMonth())};
                }
                case NAMED_MONTH: {
                    // amount: the year written (or 0) times 100, plus the month; without a year, the month
                    // before or of the report date, or after it when the clause speaks of the future
                    int month = amount % 100;
                    int y = amount / 100;
                    if (y == 0) {
                        y = ref.getYear();
                        int now = ref.getMonthValue();
                        if (tense == FUTURE ? month < now : month > now) {
                            y += tense == FUTURE ? 1 : -1;
                        }
                    }
                    LocalDate first1 = LocalDate.of(y, month, 1);
                    return new LocalDate[] {first1, first1.with(TemporalAdjusters.lastDayOfMonth())};
                }
                case YEAR: {
                    LocalDate jan = LocalDate.of(ref.getYear() + amount, 1, 1);
                    return new LocalDate[] {jan, jan.withMonth(12).withDayOfMonth(31)};
                }
                case SPAN_AFTER:
                    return new LocalDate[] {ref.plusDays(1), ref.plusDays(amount)};
                case SPAN_BEFORE:
                    return new LocalDate[] {ref.minusDays(amount), ref.minusDays(1)};
                case ABSOLUTE: {
                    int y = parts.hasYear() ? parts.year() : ref.getYear();
                    if (!DateResolver.valid(y, parts.first(), parts.second())) {
                        return null;
                    }
                    LocalDate d = LocalDate.of(y, parts.first(), parts.second());
                    if (!parts.hasYear()) {
                        if (tense != FUTURE && d.isAfter(ref) && DateResolver.valid(y - 1, d.getMonthValue(),
                                d.getDayOfMonth())) {
                            d = LocalDate.of(y - 1, d.getMonthValue(), d.getDayOfMonth());
                        } else if (tense == FUTURE && d.isBefore(ref) && DateResolver.valid(y + 1,
                                d.getMonthValue(), d.getDayOfMonth())) {
                            d = LocalDate.of(y + 1, d.getMonthValue(), d.getDayOfMonth());
                        }
                    }
                    return day(d);
                }
                default:
                    return null;
            }
        }

        private static LocalDate[] day(LocalDate d) {
            return new LocalDate[] {d, d};
        }
    }

    private enum Kind { DAY_OFFSET, WEEKDAY, WEEK, MONTH, NAMED_MONTH, YEAR, SPAN_AFTER, SPAN_BEFORE, ABSOLUTE }

    /** Verbs of an aside that tell of the speaking itself, so that its date is the saying's. */
    private static final List<String> SPEAKING = List.of("spoke", "speaking", "testified", "testifying");

    /**
     * The words of a clause (letter or digit runs) with the hash of their ASCII lower-case form; refilled by
     * {@link #read} for each clause.
     */
    private static final class Clause {
        String t;
        int end;
        int[] ws = new int[64];
        int[] we = new int[64];
        /** {@link String#hashCode} of each word with ASCII capitals lowered (only ASCII words are looked up). */
        int[] hash = new int[64];
        int count;
        /** Set by {@link #nearestTense}: the tense marker nearest the expression and its distance in words. */
        int tense;
        int tenseDistance;
        /** Set by {@link #best}: whether a relative aside that tells of the speaking was passed over. */
        boolean speakingAside;

        /** @return whether word i is "who", "which" or "whose" right after a comma */
        boolean relativeAfterComma(int i) {
            int len = we[i] - ws[i];
            if (!(len == 3 && t.regionMatches(true, ws[i], "who", 0, 3) || len == 5
                    && (t.regionMatches(true, ws[i], "whose", 0, 5) || t.regionMatches(true, ws[i], "which", 0, 5)))) {
                return false;
            }
            int p = ws[i] - 1;
            while (p >= 0 && Character.isWhitespace(t.charAt(p))) {
                p--;
            }
            return p >= 0 && t.charAt(p) == ',';
        }

        /** @return whether a word of [from, to) is a verb of the speaking itself ("who spoke Sunday") */
        boolean speakingIn(int from, int to) {
            for (int j = from; j < to; j++) {
                for (String w : SPEAKING) {
                    if (we[j] - ws[j] == w.length() && t.regionMatches(true, ws[j], w, 0, w.length())) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** @return the first word after word i that a comma separates from the word before it, or the count */
        int nextAfterComma(int i) {
            for (int j = i + 1; j < count; j++) {
                for (int p = we[j - 1]; p < ws[j]; p++) {
                    if (t.charAt(p) == ',') {
                        return j;
                    }
                }
            }
            return count;
        }

        void read(String t, int s, int e) {
            this.t = t;
            this.end = e;
            count = 0;
            int p = s;
            while (p < e) {
                char ch = t.charAt(p);
                if (ch < 128 ? isAsciiLetter(ch) || isAsciiDigit(ch) : Character.isLetterOrDigit(ch)) {
                    int q = p + 1;
                    int h = ch | 0x20; // lower case for ASCII letters, the same for digits
                    boolean digit = ch < 128 ? isAsciiDigit(ch) : Character.isDigit(ch);
                    while (q < e) {
                        char d = t.charAt(q);
                        if (!(digit ? isDigit(d) : isLetter(d))) {
                            break;
                        }
                        h = 31 * h + (d | 0x20);
                        q++;
                    }
                    add(p, q, h);
                    p = q;
                } else {
                    p++;
                }
            }
        }

        private static boolean isAsciiLetter(char c) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        }

        private static boolean isAsciiDigit(char c) {
            return c >= '0' && c <= '9';
        }

        /** {@link Character#isLetter}, with the ASCII answer first. */
        private static boolean isLetter(char c) {
            return c < 128 ? isAsciiLetter(c) : Character.isLetter(c);
        }

        /** {@link Character#isDigit}, with the ASCII answer first. */
        private static boolean isDigit(char c) {
            return c < 128 ? isAsciiDigit(c) : Character.isDigit(c);
        }

        private void add(int s, int e, int h) {
            if (count == ws.length) {
                ws = Arrays.copyOf(ws, count * 2);
                we = Arrays.copyOf(we, count * 2);
                hash = Arrays.copyOf(hash, count * 2);
            }
            ws[count] = s;
            we[count] = e;
            hash[count] = h;
            count++;
        }

        /** @return whether word i, in ASCII lower case, is {@code w} (a lower-case ASCII word); no allocation */
        boolean is(int i, String w) {
            if (i < 0 || i >= count || we[i] - ws[i] != w.length()) {
                return false;
            }
            for (int k = 0, p = ws[i]; k < w.length(); k++, p++) {
                char c = t.charAt(p);
                if (c >= 'A' && c <= 'Z') {
                    c += 'a' - 'A';
                }
                if (c != w.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * @param words a table made by {@link RelativeDates#set}
         * @return whether word i, in ASCII lower case, is one of the words; no allocation
         */
        boolean isAny(int i, String[] words) {
            if (i < 0 || i >= count) {
                return false;
            }
            int mask = words.length - 1;
            for (int slot = hash[i] & mask; words[slot] != null; slot = (slot + 1) & mask) {
                if (is(i, words[slot])) {
                    return true;
                }
            }
            return false;
        }

        /** Adjacent in the text: only spaces (or nothing) between words i and i+1. */
        boolean adjacent(int i) {
            if (i + 1 >= count) {
                return false;
            }
            for (int k = we[i]; k < ws[i + 1]; k++) {
                if (t.charAt(k) != ' ') {
                    return false;
                }
            }
            return true;
        }

        private int number(int i) {
            if (i < 0 || i >= count) {
                return -1;
            }
            if (Character.isDigit(t.charAt(ws[i]))) {
                return digits(i, 3);
            }
            for (int k = 0; k < NUMBERS.length; k++) {
                if (is(i, NUMBERS[k])) {
                    return Math.max(k, 1);
                }
            }
            return -1;
        }

        /**
         * @return whether an expression may start at word i: a number in digits or a word of {@link #STARTERS}
         *         (a cheap test, so that {@link #expression} reads only the words that can start one)
         */
        private boolean mayStart(int i) {
            int s = ws[i];
            int len = we[i] - s;
            if (Character.isDigit(t.charAt(s))) {
                return true;
            }
            // longer than "yesterday", "wednesday", "september": starts nothing, no need to hash it
            return len <= 9 && isAny(i, STARTERS);
        }

        /** @return the expression that starts at word i, or {@code null} */
        Found expression(int i) {
            if (!mayStart(i)) {
                return null;
            }
            if (is(i, "yesterday")) {
                return new Found(i, i, Precision.DAY, Kind.DAY_OFFSET, -1, null, null);
            }
            if (is(i, "today") || is(i, "tonight")) {
                // (not a name: "told the Today programme", "on the Tonight Show")
                return is(i - 1, "the") && Character.isUpperCase(t.charAt(ws[i])) ? null
                        : new Found(i, i, Precision.DAY, Kind.DAY_OFFSET, 0, null, null);
            }
            if (is(i, "tomorrow")) {
                return new Found(i, i, Precision.DAY, Kind.DAY_OFFSET, 1, null, null);
            }
            if (is(i, "recently")) {
                return new Found(i, i, Precision.VAGUE, Kind.SPAN_BEFORE, 30, null, null);
            }
            int in = is(i, "in") && adjacent(i) ? 1 : 0;
            int the = in == 1 && is(i + 1, "the") && adjacent(i + 1) ? 1 : 0;
            int j = i + in + the;
            // in the next few days / coming days / coming weeks / recent days / past few weeks / days ahead
            if (j < count) {
                int k = j;
                boolean ahead = false;
                boolean behind = false;
                if (is(k, "next") || is(k, "coming")) {
                    ahead = true;
                    k++;
                } else if (is(k, "recent")) {
                    behind = true;
                    k++;
                } else if ((is(k, "past") || is(k, "last")) && is(k + 1, "few")) {
                    behind = true;
                    k++;
                }
                if ((ahead || behind) && is(k, "few")) {
                    k++;
                }
                if ((ahead || behind) && (is(k, "days") || is(k, "weeks"))) {
                    boolean days = is(k, "days");
                    int amount = days ? 7 : 42;
                    return new Found(i, k, Precision.VAGUE, ahead ? Kind.SPAN_AFTER : Kind.SPAN_BEFORE, amount,
                            null, null);
                }
                if (in == 1 && the == 1 && (is(j, "days") || is(j, "weeks")) && is(j + 1, "ahead")) {
                    return new Found(i, j + 1, Precision.VAGUE, Kind.SPAN_AFTER, is(j, "days") ? 7 : 42, null,
                            null);
                }
            }
            // in January, in early March, in mid-January, in late May 2022
            if (in == 1 && the == 0 && adjacent(i)) {
                int m = i + 1;
                if ((is(m, "early") || is(m, "late")) && adjacent(m)) {
                    m++;
                } else if (is(m, "mid") && m + 1 < count && ws[m + 1] == we[m] + 1 && t.charAt(we[m]) == '-') {
                    m++;
                }
                int month = monthAt(m);
                if (month > 0 && !(m + 1 < count && adjacent(m) && dayAt(m + 1))) { // "in March 15": a day, below
                    int year = m + 1 < count && adjacent(m) ? yearAt(m + 1) : 0;
                    return new Found(i, year > 0 ? m + 1 : m, Precision.MONTH, Kind.NAMED_MONTH,
                            year * 100 + month, null, null);
                }
            }
            // N days|weeks ago
            int num = is(i + 2, "ago") ? number(i) : -1; // the number read only where "ago" follows
            if (num > 0) {
                if (is(i + 1, "days") || is(i + 1, "day")) {
                    return new Found(i, i + 2, Precision.DAY, Kind.DAY_OFFSET, -num, null, null);
                }
                if (is(i + 1, "weeks") || is(i + 1, "week")) {
                    return new Found(i, i + 2, Precision.WEEK, Kind.WEEK, -num, null, null);
                }
            }
            // last night, this morning
            if (is(i, "last") && is(i + 1, "night") && adjacent(i)) {
                return new Found(i, i + 1, Precision.DAY, Kind.DAY_OFFSET, -1, null, null);
            }
            if (is(i, "this") && adjacent(i) && (is(i + 1, "morning") || is(i + 1, "afternoon")
                    || is(i + 1, "evening"))) {
                return new Found(i, i + 1, Precision.DAY, Kind.DAY_OFFSET, 0, null, null);
            }
            // earlier/later this week
            if ((is(i, "earlier") || is(i, "later")) && is(i + 1, "this") && (is(i + 2, "week")
                    || is(i + 2, "month"))) {
                return new Found(i, i + 2, is(i + 2, "week") ? Precision.WEEK : Precision.MONTH,
                        is(i + 2, "week") ? Kind.WEEK : Kind.MONTH, 0, null, null);
            }
            int modifier = is(i, "last") || is(i, "past") ? -1 : is(i, "next") || is(i, "coming") ? 1
                    : is(i, "this") ? 0 : Integer.MIN_VALUE;
            if (modifier != Integer.MIN_VALUE && adjacent(i)) {
                if (is(i + 1, "week")) {
                    return new Found(i, i + 1, Precision.WEEK, Kind.WEEK, modifier, null, null);
                }
                if (is(i + 1, "month")) {
                    return new Found(i, i + 1, Precision.MONTH, Kind.MONTH, modifier, null, null);
                }
                if (is(i + 1, "year")) {
                    return new Found(i, i + 1, Precision.VAGUE, Kind.YEAR, modifier, null, null);
                }
                DayOfWeek wd = weekdayAt(i + 1);
                if (wd != null) {
                    int m = is(i, "this") ? 0 : is(i, "coming") ? 1 : modifier;
                    return new Found(i, partOfDay(i + 1), Precision.DAY, Kind.WEEKDAY, m, wd, null);
                }
            }
            // on Wednesday, Wednesday, Wednesday night, on Wednesday, February 1, on February 1
            int start = i;
            int k = i;
            if (is(i, "on") && adjacent(i)) {
                k = i + 1;
                if (is(k, "the") && adjacent(k)) {
                    k++;
                }
            }
            if (k < count) {
                DateParts dp = written(k);
                if (dp != null) {
                    int last = k;
                    while (last + 1 < count && ws[last + 1] < dp.end()) {
                        last++;
                    }
                    return new Found(start, last, Precision.DAY, Kind.ABSOLUTE, 0, null, dp);
                }
                DayOfWeek wd = weekdayAt(k);
                if (wd != null) {
                    return new Found(start, partOfDay(k), Precision.DAY, Kind.WEEKDAY, 0, wd, null);
                }
            }
            return null;
        }

        /** A written month-day date ({@code February 1}, {@code 1 Feb}, {@code Wednesday, February 1}) at word k. */
        private DateParts written(int k) {
            boolean digit = Character.isDigit(t.charAt(ws[k]));
            boolean monthWord = !digit && DateParser.month(t, ws[k], we[k]) > 0
                    && Character.isUpperCase(t.charAt(ws[k]));
            boolean weekdayWord = !digit && DateParser.weekday(t, ws[k], we[k]) != null
                    && we[k] - ws[k] >= 6;
            if (!(digit && we[k] - ws[k] <= 2 || monthWord || weekdayWord)) {
                return null;
            }
            DateParts dp = DateParser.parse(t, ws[k], end);
            return dp != null && !dp.numeric() ? dp : null;
        }

        /**
         * A month's full name at word k, capitalised, not a possessive ({@code in May's cabinet}: a person).
         *
         * @return the month (1–12), or 0
         */
        private int monthAt(int k) {
            if (k >= count || we[k] - ws[k] < 3 || !Character.isUpperCase(t.charAt(ws[k]))
                    || we[k] < end && isApostrophe(t.charAt(we[k]))) {
                return 0;
            }
            int m = DateParser.month(t, ws[k], we[k]);
            return m > 0 && we[k] - ws[k] == DateParser.MONTHS[m - 1].length() ? m : 0;
        }

        /** @return whether word k is a day of the month in digits (1–31) */
        private boolean dayAt(int k) {
            int d = digits(k, 2);
            return d >= 1 && d <= 31;
        }

        /** @return the year written at word k (four digits, 1900–2099), or 0 */
        private int yearAt(int k) {
            int y = we[k] - ws[k] == 4 ? digits(k, 4) : -1;
            return y >= 1900 && y <= 2099 ? y : 0;
        }

        /**
         * @return the number word k writes in at most {@code max} digits (a word that starts with a digit is all
         *         digits, in any script), or -1
         */
        private int digits(int k, int max) {
            if (k >= count || we[k] - ws[k] > max || !Character.isDigit(t.charAt(ws[k]))) {
                return -1;
            }
            int n = 0;
            for (int c = ws[k]; c < we[k]; c++) {
                n = 10 * n + Character.digit(t.charAt(c), 10);
            }
            return n;
        }

        /** A full weekday name at word k (abbreviations are too ambiguous in running text). */
        private DayOfWeek weekdayAt(int k) {
            if (k >= count || we[k] - ws[k] < 6) {
                return null;
            }
            return DateParser.weekday(t, ws[k], we[k]); // six letters or more: only a full name (no month)
        }

        /** @return k, or k+1 when a part of the day follows ({@code Tuesday night}) */
        private int partOfDay(int k) {
            if (adjacent(k) && (is(k + 1, "morning") || is(k + 1, "afternoon") || is(k + 1, "evening")
                    || is(k + 1, "night"))) {
                return k + 1;
            }
            return k;
        }

        /**
         * Sets {@link #tense} and {@link #tenseDistance}: the tense marker nearest the words [first, last] and its
         * distance in words ({@code NONE} and {@link Integer#MAX_VALUE} when the clause has none).
         */
        void nearestTense(int first, int last) {
            int best = NONE;
            int dist = Integer.MAX_VALUE;
            for (int i = 0; i < count; i++) {
                if (i >= first && i <= last) {
                    continue;
                }
                int tense = tense(i);
                if (tense != NONE) {
                    int d = i < first ? first - i : i - last;
                    if (d < dist) {
                        dist = d;
                        best = tense;
                    }
                }
            }
            tense = best;
            tenseDistance = dist;
        }

        private int tense(int i) {
            // read in place, no lower-case copy: for these ASCII words without a k, is() answers as the lower-case
            // form would (only İ and the Kelvin sign lower-case outside Latin-1 into ASCII letters, and İ into two
            // characters)
            int e = we[i];
            if (e - ws[i] > 12) {
                return NONE; // a long word marks no tense
            }
            if (is(i, "will") || is(i, "shall")) {
                return FUTURE;
            }
            if (is(i, "ll") && i > 0 && we[i - 1] < ws[i] && isApostrophe(t.charAt(ws[i] - 1))) {
                return FUTURE;
            }
            if (is(i, "won") && i + 1 < count && is(i + 1, "t") && isApostrophe(t.charAt(we[i]))) {
                return FUTURE;
            }
            if (is(i, "to") && isAny(i - 1, FUTURE_BEFORE_TO)) {
                return FUTURE;
            }
            if (isAny(i, FUTURE_BEFORE_TO) && is(i + 1, "to")) {
                return NONE; // counted at "to"
            }
            if (isAny(i, PAST_IRREGULAR)) {
                return is(i, "ago") ? NONE : PAST;
            }
            if (e - ws[i] >= 4 && (t.charAt(e - 2) | 0x20) == 'e' && (t.charAt(e - 1) | 0x20) == 'd'
                    && !isAny(i, NOT_PAST) && Character.isLowerCase(t.charAt(ws[i]))) {
                return PAST;
            }
            return NONE;
        }

        private static boolean isApostrophe(char c) {
            return c == '\'' || c == '\u2019';
        }
    }
}
