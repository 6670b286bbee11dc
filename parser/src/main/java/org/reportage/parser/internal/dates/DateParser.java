package org.reportage.parser.internal.dates;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * Reads date expressions written the ways news text writes them: {@code Thursday, February 2},
 * {@code Thursday 3 February 2022 14.05 GMT}, {@code Feb. 3}, {@code 3 Feb}, {@code February 3rd, 2022},
 * {@code 2022-02-03}, {@code 2022-02-03T09:30:00Z}, {@code 03/02/2022}, {@code Feb 3, 2022 10:45 AM ET}.
 *
 * <p>Hand-written scanner, optimised on purpose (it runs on the first line of every block): index loops over the
 * text, no regex, no allocation except for the result and a stated zone. Every entry point reads at most a
 * bounded number of characters, so a 50 MB line costs nothing here. Stateless and thread-safe.
 */
public final class DateParser {
    /** Longest line that can be a date line; longer lines are rejected without being read. */
    public static final int MAX_DATE_LINE = 80;

    /** Month names in lower case, January first (read, never written, by {@link RelativeDates}). */
    static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};
    /** Weekday names in lower case, Monday first (read, never written, by {@link RelativeDates}). */
    static final String[] WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday"};

    private DateParser() {
    }

    /**
     * Parses a whole line as a date line: the trimmed line must be a date expression and nothing else (a final
     * full stop is allowed).
     *
     * @param t the text
     * @param s start of the line, inclusive
     * @param e end of the line, exclusive
     * @return the parts, or {@code null} when the line is not a date line
     */
    public static DateParts parseLine(CharSequence t, int s, int e) {
        while (s < e && t.charAt(s) == ' ') {
            s++;
        }
        while (e > s && (t.charAt(e - 1) == ' ' || t.charAt(e - 1) == '.')) {
            e--;
        }
        if (e - s > MAX_DATE_LINE || e - s < 3) {
            return null;
        }
        DateParts p = parse(t, s, e);
        return p != null && p.end() == e ? p : null;
    }

    /**
     * Parses the date expression that starts at {@code s}, as long as it goes.
     *
     * @param t the text
     * @param s where the expression starts
     * @param e how far it may go, exclusive
     * @return the parts (their {@code end} says how far it went), or {@code null} when no date starts here
     */
    public static DateParts parse(CharSequence t, int s, int e) {
        e = Math.min(e, s + MAX_DATE_LINE);
        int p = s;
        DayOfWeek weekday = null;
        int w = wordEnd(t, p, e);
        if (w > p) {
            weekday = weekday(t, p, w);
            if (weekday != null) {
                p = w;
                if (p < e && t.charAt(p) == '.') {
                    p++;
                }
                p = skip(t, p, e, true);
                w = wordEnd(t, p, e);
            }
        }
        int year = -1;
        int first;
        int second;
        int end;
        int month = w > p ? month(t, p, w) : 0;
        if (month > 0) {
            // Month Day[ordinal][,] [Year]
            p = w;
            if (p < e && t.charAt(p) == '.') {
                p++;
            }
            p = skip(t, p, e, false);
            int d = digits(t, p, e);
            if (d == 0 || d > 2) {
                return null;
            }
            second = number(t, p, p + d);
            first = month;
            end = ordinal(t, p + d, e);
        } else if (p < e && isDigit(t.charAt(p))) {
            int d = digits(t, p, e);
            if (d == 4 && p + 4 < e && t.charAt(p + 4) == '-') {
                // ISO 8601: YYYY-MM-DD[Thh:mm[:ss[.fff]]][Z|±hh:mm]
                if (p + 10 > e || t.charAt(p + 7) != '-' || digits(t, p + 5, e) != 2 || digits(t, p + 8, e) != 2) {
                    return null;
                }
                year = number(t, p, p + 4);
                first = number(t, p + 5, p + 7);
                second = number(t, p + 8, p + 10);
                end = p + 10;
                LocalTime time = null;
                String zone = null;
                if (end + 1 < e && (t.charAt(end) == 'T' || t.charAt(end) == ' ') && isDigit(t.charAt(end + 1))) {
                    int[] tm = new int[2];
                    int te = time(t, end + 1, e, tm, t.charAt(end) == ' ');
                    if (te > 0) {
                        time = LocalTime.of(tm[0], tm[1]);
                        end = te;
                        int ze = isoZone(t, te, e);
                        int zs = te;
                        if (ze == te) {
                            zs = skip(t, te, e, false);
                            ze = zone(t, zs, e);
                        }
                        if (ze > zs) {
                            zone = t.subSequence(zs, ze).toString();
                            end = ze;
                        }
                    }
                }
                if (time == null) {
                    return withTimeParts(t, s, end, year, first, second, false, weekday, e);
                }
                return new DateParts(s, end, year, first, second, false, weekday, time, zone);
            }
            if (d <= 2 && p + d < e && (t.charAt(p + d) == '/' || t.charAt(p + d) == '.' || t.charAt(p + d) == '-')
                    && p + d + 1 < e && isDigit(t.charAt(p + d + 1))) {
                // all-numeric: a/b/yyyy with one separator
                char sep = t.charAt(p + d);
                int q = p + d + 1;
                int d2 = digits(t, q, e);
                if (d2 > 2 || q + d2 >= e || t.charAt(q + d2) != sep) {
                    return null;
                }
                int r = q + d2 + 1;
                if (digits(t, r, e) != 4) {
                    return null;
                }
                first = number(t, p, p + d);
                second = number(t, q, q + d2);
                year = number(t, r, r + 4);
                return withTimeParts(t, s, r + 4, year, first, second, true, weekday, e);
            }
            if (d == 0 || d > 2) {
                return null;
            }
            // Day[ordinal] [of] Month[.][,] [Year]
            second = number(t, p, p + d);
            p = ordinal(t, p + d, e);
            p = skip(t, p, e, false);
            w = wordEnd(t, p, e);
            if (w - p == 2 && (t.charAt(p) | 0x20) == 'o' && (t.charAt(p + 1) | 0x20) == 'f') {
                p = skip(t, w, e, false);
                w = wordEnd(t, p, e);
            }
            month = w > p ? month(t, p, w) : 0;
            if (month == 0) {
                return null;
            }
            first = month;
            end = w < e && t.charAt(w) == '.' ? w + 1 : w;
        } else {
            return null;
        }
        // either written form: [,] [Year]
        int q = skip(t, end, e, true);
        if (digits(t, q, e) == 4) {
            year = number(t, q, q + 4);
            end = q + 4;
        }
        return withTimeParts(t, s, end, year, first, second, false, weekday, e);
    }

    // Reads an optional time and zone after a date ending at `end`: [,| at | - | – | — | |] time [zone].
    private static DateParts withTimeParts(CharSequence t, int s, int end, int year, int first, int second,
                                           boolean numeric, DayOfWeek weekday, int e) {
        int p = end;
        while (p < e) {
            char c = t.charAt(p);
            if (c == ' ' || c == ',' || c == '-' || c == '\u2013' || c == '\u2014' || c == '|') {
                p++;
            } else if ((c == 'a' || c == 'A') && p + 2 < e && (t.charAt(p + 1) | 0x20) == 't'
                    && t.charAt(p + 2) == ' ') {
                p += 3;
            } else {
                break;
            }
        }
        if (p < e && isDigit(t.charAt(p))) {
            int[] tm = new int[2];
            int te = time(t, p, e, tm, true);
            if (te >= 0) {
                int q = skip(t, te, e, false);
                int ze = zone(t, q, e);
                String zone = ze > q ? t.subSequence(q, ze).toString() : null;
                return new DateParts(s, ze > q ? ze : te, year, first, second, numeric, weekday,
                        LocalTime.of(tm[0], tm[1]), zone);
            }
        }
        return new DateParts(s, end, year, first, second, numeric, weekday, null, null);
    }

    /**
     * @param t the text
     * @param s start of a word
     * @param e end of the word
     * @return whether the word names a weekday or a month
     */
    public static boolean isCalendarWord(CharSequence t, int s, int e) {
        return weekday(t, s, e) != null || month(t, s, e) > 0;
    }

    /**
     * Reads a clock time with optional {@code am}/{@code pm}: {@code 10:32}, {@code 9.15am}, {@code 3:40 p.m.}.
     *
     * @param t   the text
     * @param p   where it starts
     * @param e   bound, exclusive
     * @param out receives hour (0–23) and minute, or {@code null}
     * @return the end of the time, or -1 when none starts at {@code p}
     */
    public static int clockTime(CharSequence t, int p, int e, int[] out) {
        return time(t, p, e, out, true);
    }

    /**
     * Reads a clock time: {@code 14:05}, {@code 14.05}, {@code 9.15am}, {@code 3:40 p.m.}, {@code 09:30:00.5}.
     *
     * @param t      the text
     * @param p      where the time starts
     * @param e      bound, exclusive
     * @param out    receives hour (0–23) and minute, or {@code null}
     * @param meridiem whether {@code am}/{@code pm} may follow
     * @return the end of the time, or -1 when none starts here
     */
    static int time(CharSequence t, int p, int e, int[] out, boolean meridiem) {
        int h = digits(t, p, e);
        if (h == 0 || h > 2 || p + h >= e) {
            return -1;
        }
        char sep = t.charAt(p + h);
        if (sep != ':' && sep != '.') {
            return -1;
        }
        int m = p + h + 1;
        if (digits(t, m, e) != 2) {
            return -1;
        }
        int hour = number(t, p, p + h);
        int minute = number(t, m, m + 2);
        int end = m + 2;
        if (end + 2 < e && t.charAt(end) == ':' && digits(t, end + 1, e) == 2) {
            end += 3;
            if (end + 1 < e && t.charAt(end) == '.' && isDigit(t.charAt(end + 1))) {
                end += 1 + digits(t, end + 1, e);
            }
        }
        int q = end < e && t.charAt(end) == ' ' ? end + 1 : end;
        int mer = meridiem ? meridiem(t, q, e) : 0;
        if (mer != 0) {
            if (hour < 1 || hour > 12) {
                return -1;
            }
            boolean pm = mer > 0;
            hour = hour % 12 + (pm ? 12 : 0);
            end = q + Math.abs(mer);
        }
        if (hour > 23 || minute > 59) {
            return -1;
        }
        if (out != null) {
            out[0] = hour;
            out[1] = minute;
        }
        return end;
    }

    /**
     * @return the length of an {@code am}/{@code pm}/{@code a.m.}/{@code p.m.} at p, positive for pm, negative
     *         for am, 0 for none; it must end at a word boundary
     */
    static int meridiem(CharSequence t, int p, int e) {
        if (p + 1 >= e) {
            return 0;
        }
        char c = (char) (t.charAt(p) | 0x20);
        if (c != 'a' && c != 'p') {
            return 0;
        }
        int len;
        if ((t.charAt(p + 1) | 0x20) == 'm') {
            len = 2;
        } else if (t.charAt(p + 1) == '.' && p + 3 < e && (t.charAt(p + 2) | 0x20) == 'm' && t.charAt(p + 3) == '.') {
            len = 4;
        } else {
            return 0;
        }
        if (p + len < e && Character.isLetterOrDigit(t.charAt(p + len))) {
            return 0;
        }
        return c == 'p' ? len : -len;
    }

    /**
     * A zone after a time: {@code GMT}, {@code UTC}, {@code ET}, {@code CEST}, {@code Z}, {@code +01:00},
     * {@code GMT+1}. Upper-case letters only, so ordinary words are not taken.
     *
     * @return the end of the zone, or {@code p} when there is none
     */
    static int zone(CharSequence t, int p, int e) {
        int q = p;
        while (q < e && q - p < 5 && t.charAt(q) >= 'A' && t.charAt(q) <= 'Z') {
            q++;
        }
        if (q == p) {
            return isoZone(t, p, e);
        }
        if (q + 1 < e && (t.charAt(q) == '+' || t.charAt(q) == '-') && isDigit(t.charAt(q + 1))) {
            int d = digits(t, q + 1, e);
            if (d > 4) {
                return p;
            }
            q = q + 1 + d;
            if (q + 2 < e && t.charAt(q) == ':' && digits(t, q + 1, e) == 2) {
                q += 3;
            }
            return q;
        }
        return q < e && Character.isLetterOrDigit(t.charAt(q)) ? p : q;
    }

    private static int isoZone(CharSequence t, int p, int e) {
        if (p < e && t.charAt(p) == 'Z' && (p + 1 == e || !Character.isLetterOrDigit(t.charAt(p + 1)))) {
            return p + 1;
        }
        if (p < e && (t.charAt(p) == '+' || t.charAt(p) == '-')) {
            int d = digits(t, p + 1, e);
            if (d == 4) {
                return p + 5; // +0100
            }
            if (d == 2) {
                int q = p + 3;
                return q + 2 < e && t.charAt(q) == ':' && digits(t, q + 1, e) == 2 ? q + 3 : q;
            }
        }
        return p;
    }

    // Skips spaces, and commas when allowed.
    private static int skip(CharSequence t, int p, int e, boolean commas) {
        while (p < e && (t.charAt(p) == ' ' || t.charAt(p) == '\u00A0' || commas && t.charAt(p) == ',')) {
            p++;
        }
        return p;
    }

    private static int ordinal(CharSequence t, int p, int e) {
        if (p + 1 < e) {
            char a = (char) (t.charAt(p) | 0x20);
            char b = (char) (t.charAt(p + 1) | 0x20);
            if ((a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h')
                    && (p + 2 == e || !Character.isLetter(t.charAt(p + 2)))) {
                return p + 2;
            }
        }
        return p;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** @return how many ASCII digits start at p (at most 9), 0 when none */
    static int digits(CharSequence t, int p, int e) {
        int q = p;
        while (q < e && q - p < 9 && isDigit(t.charAt(q))) {
            q++;
        }
        return q - p;
    }

    static int number(CharSequence t, int s, int e) {
        int n = 0;
        for (int i = s; i < e; i++) {
            n = n * 10 + (t.charAt(i) - '0');
        }
        return n;
    }

    /** @return the end of the run of ASCII letters starting at p (p itself when none) */
    static int wordEnd(CharSequence t, int p, int e) {
        int q = p;
        while (q < e && isAsciiLetter(t.charAt(q))) {
            q++;
        }
        return q;
    }

    static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * @return the month (1–12) named by the word {@code [s, e)}: full name, three-letter abbreviation or
     *         {@code Sept}; 0 when it names none
     */
    static int month(CharSequence t, int s, int e) {
        int len = e - s;
        if (len < 3) {
            return 0;
        }
        for (int m = 0; m < 12; m++) {
            String name = MONTHS[m];
            if (len == name.length() || len == 3 || m == 8 && len == 4) {
                if (len <= name.length() && regionEqualsIgnoreCase(t, s, name, len)) {
                    return m + 1;
                }
            }
        }
        return 0;
    }

    /**
     * @return the weekday named by the word {@code [s, e)}: full name or abbreviation ({@code Thu}, {@code Thur},
     *         {@code Thurs}, {@code Tues}, {@code Weds}); {@code null} when it names none
     */
    static DayOfWeek weekday(CharSequence t, int s, int e) {
        int len = e - s;
        if (len < 3) {
            return null;
        }
        for (int d = 0; d < 7; d++) {
            String name = WEEKDAYS[d];
            if (len == name.length() || len == 3
                    || len == 4 && (d == 1 || d == 3) || len == 5 && d == 3) {
                if (len <= name.length() && regionEqualsIgnoreCase(t, s, name, len)) {
                    return DayOfWeek.of(d + 1);
                }
            }
        }
        if (len == 4 && regionEqualsIgnoreCase(t, s, "weds", 4)) {
            return DayOfWeek.WEDNESDAY;
        }
        return null;
    }

    /** @return whether {@code t[s, s+len)} equals the lower-case ASCII {@code lower[0, len)}, ignoring case */
    static boolean regionEqualsIgnoreCase(CharSequence t, int s, String lower, int len) {
        for (int i = 0; i < len; i++) {
            char c = t.charAt(s + i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c | 0x20);
            }
            if (c != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
