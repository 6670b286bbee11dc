package org.reportage.parser.internal.dates;

/**
 * The time that opens an entry of a live page ({@code 10:32 GMT —}, {@code 9.15am}, {@code 3:40 p.m.}): read by the
 * structure stage, which splits a live page into its entries, and by the actor and quote stages, for which the
 * entry's text, not its time, opens the entry's first sentence.
 */
public final class EntryTimes {
    private static final String[] ZONES = {"GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "WET", "MSK", "ET",
        "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "IST", "JST", "KST", "AEST",
        "AEDT", "SAST", "Z"};

    private EntryTimes() {
    }

    /**
     * A live-page entry time at the start of a line: {@code 10:32 GMT}, {@code 9.15am}, {@code 3:40 p.m.},
     * {@code 14:05 -}. A time written with a dot needs {@code am}/{@code pm} or a zone, so that {@code 10.25
     * million} is not taken.
     *
     * @param t   the text
     * @param s   where a line starts
     * @param e   where it ends
     * @param out receives hour, minute, end of the time (and zone), start of the zone or -1, and where the entry
     *            text starts (after separators); or {@code null}
     * @return whether the line starts with an entry time
     */
    public static boolean read(CharSequence t, int s, int e, int[] out) {
        return entry(t, s, e, out) >= 0;
    }

    /**
     * {@link #read}, without allocating.
     *
     * @return where the entry's text starts, or -1 when the line opens with no entry time
     */
    private static int entry(CharSequence t, int s, int e, int[] out) {
        int lim = Math.min(e, s + 32);
        int te = DateParser.clockTime(t, s, lim, out);
        if (te < 0) {
            return -1;
        }
        boolean dot = false;
        for (int i = s; i < te; i++) {
            if (t.charAt(i) == '.' && i + 1 < te && Character.isDigit(t.charAt(i + 1))) {
                dot = true;
                break;
            }
        }
        boolean meridiem = te > s && Character.isLetter(t.charAt(te - 1)) || t.charAt(te - 1) == '.';
        int end = te;
        int zoneStart = -1;
        int q = te;
        while (q < lim && t.charAt(q) == ' ') {
            q++;
        }
        int ze = knownZone(t, q, lim);
        if (ze > q) {
            zoneStart = q;
            end = ze;
        }
        if (dot && !meridiem && zoneStart < 0) {
            return -1;
        }
        int p = end;
        if (p < e && Character.isLetterOrDigit(t.charAt(p))) {
            return -1;
        }
        while (p < e) {
            char c = t.charAt(p);
            if (c == ' ' || c == ':' || c == '-' || c == '\u2013' || c == '\u2014' || c == '|') {
                p++;
            } else {
                break;
            }
        }
        if (out != null) {
            out[2] = end;
            out[3] = zoneStart;
            out[4] = p;
        }
        return p;
    }

    /** @return the end of a known zone abbreviation at p (a whole word), or p */
    private static int knownZone(CharSequence t, int p, int e) {
        for (String z : ZONES) {
            int n = z.length();
            if (p + n <= e && equalsExact(t, p, z) && (p + n == e || !Character.isLetterOrDigit(t.charAt(p + n)))) {
                return p + n;
            }
        }
        return p;
    }

    /**
     * @param t the text
     * @param s where a line starts
     * @param e where it ends (or any bound after the time)
     * @return where the entry's text starts when the line opens with an entry time ({@link #read}), else {@code s}
     */
    public static int textStart(CharSequence t, int s, int e) {
        int p = entry(t, s, e, null);
        return p >= 0 ? p : s;
    }

    private static boolean equalsExact(CharSequence t, int s, String w) {
        for (int i = 0; i < w.length(); i++) {
            if (t.charAt(s + i) != w.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
