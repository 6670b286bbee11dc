package org.reportage.examples.cli;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

import org.reportage.core.Actor;
import org.reportage.core.Article;
import org.reportage.core.DateReference;
import org.reportage.core.Quote;
import org.reportage.core.ReportDate;

/** Small text helpers shared by the output formats. All output is in English, whatever the default locale. */
final class Text {
    private Text() {
    }

    /** @return {@code s} with every run of white space (newlines included) made one space, trimmed */
    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** @return {@code s} on one line, cut to {@code width} with an ellipsis when longer, not padded */
    static String cut(String s, int width) {
        String t = oneLine(s);
        if (t.length() <= width) {
            return t;
        }
        int end = width - 1;
        if (end > 0 && Character.isHighSurrogate(t.charAt(end - 1))) {
            end--;
        }
        return t.substring(0, end) + "…";
    }

    /** @return {@code s} cut to {@code width} and padded with spaces to exactly {@code width} */
    static String fit(String s, int width) {
        String t = cut(s, width);
        return t.length() >= width ? t : t + " ".repeat(width - t.length());
    }

    /** @return a right-aligned number in {@code width} */
    static String num(long n, int width) {
        String t = Long.toString(n);
        return t.length() >= width ? t : " ".repeat(width - t.length()) + t;
    }

    /** @return ISO {@code 2024-03-12}, {@code ????-03-12} when the year is unknown, "" when there is no date */
    static String isoDate(ReportDate d) {
        if (d == null) {
            return "";
        }
        return (d.year() == null ? "????" : String.format(Locale.ROOT, "%04d", d.year()))
                + String.format(Locale.ROOT, "-%02d-%02d", d.month(), d.day());
    }

    /** @return when the quote was said: its resolved {@code said_on} (ISO, or an ISO interval), else "" */
    static String saidOn(Quote q) {
        DateReference r = q.saidOn();
        if (r == null || r.from() == null) {
            return "";
        }
        return r.from().equals(r.to()) ? r.from().toString() : r.from() + "/" + r.to();
    }

    /** @return the best date for a quote in a table: when it was said, else the report date */
    static String quoteDate(Article a, Quote q) {
        DateReference r = q.saidOn();
        if (r != null && r.from() != null) {
            return r.from().toString();
        }
        return isoDate(a.date());
    }

    /** @return who said it: the actor's name, else the words the text used, else "" */
    static String speaker(Article a, Quote q) {
        if (q.speaker() != null) {
            Actor actor = a.actor(q.speaker());
            if (actor != null) {
                return actor.name();
            }
        }
        return q.speakerMention() == null ? "" : oneLine(q.speakerMention().text());
    }

    /** @return the lower-case name of an enum constant, as in the JSON */
    static String lower(Enum<?> e) {
        return e == null ? "" : e.name().toLowerCase(Locale.ROOT);
    }

    /** @return a readable account of the report date and how it was found */
    static String describeDate(ReportDate d, LocalDate reference) {
        if (d == null) {
            return "not stated";
        }
        StringBuilder sb = new StringBuilder();
        if (d.weekday() != null) {
            sb.append(d.weekday().getDisplayName(TextStyle.FULL, Locale.ENGLISH)).append(", ");
        }
        sb.append(java.time.Month.of(d.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH)).append(' ')
                .append(d.day());
        if (d.year() != null) {
            sb.append(", ").append(d.year());
        }
        if (d.time() != null) {
            sb.append(' ').append(d.time());
        }
        if (d.zone() != null) {
            sb.append(' ').append(d.zone());
        }
        sb.append("  (").append(isoDate(d)).append("; ");
        sb.append(switch (d.provenance()) {
            case STATED -> "stated in the text";
            case HEADER -> "from a header field";
            case YEAR_INFERRED -> "year inferred from the weekday"
                    + (reference == null ? "" : ", reference date " + reference);
            case YEAR_UNKNOWN -> reference == null ? "year unknown: no reference date" : "year unknown";
            case AMBIGUOUS -> "ambiguous numeric date, read in the configured order";
            case CONTRADICTED -> "the stated weekday does not fall on this date";
            case INHERITED -> "from the feed's day heading";
        });
        return sb.append(')').toString();
    }
}
