package org.reportage.bench.jmh;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A REFERENCE POINT, not a parser: the naive regular-expression quote extractor a developer writes in ten
 * minutes. One pattern with an alternative per mark pair, no nested quantifiers. It does not tell apostrophes
 * from single quotes, does not pair nested marks, does not join split quotes, does not close unclosed quotes
 * and attributes nothing. The full parse should beat it in speed while doing all of that.
 */
public final class RegexQuoteExtractor {
    private static final Pattern QUOTE = Pattern.compile(
            "\u201C([^\u201D\n]*)\u201D"          // “…”
            + "|\"([^\"\n]*)\""                  // "…"
            + "|\u00AB ?([^\u00BB\n]*?) ?\u00BB" // « … » with or without inner spaces
            + "|\u201E([^\u201C\u201D\n]*)[\u201C\u201D]" // „…“ and „…”
            + "|\u2018([^\u2019\n]*)\u2019");     // ‘…’ (apostrophes break it: that is the point)

    private RegexQuoteExtractor() {
    }

    /**
     * @param utf8 a document
     * @return the quoted texts, marks excluded, in text order
     */
    public static List<String> extract(byte[] utf8) {
        return extract(new String(utf8, StandardCharsets.UTF_8));
    }

    /**
     * @param text a text
     * @return the whole matches, marks included, as offset pairs {@code {start, end}} into the text, in text
     *         order (what the accuracy evaluation scores when it measures this reference point)
     */
    public static List<int[]> ranges(CharSequence text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = QUOTE.matcher(text);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    /**
     * @param text a text
     * @return the quoted texts, marks excluded, in text order
     */
    public static List<String> extract(CharSequence text) {
        List<String> out = new ArrayList<>();
        Matcher m = QUOTE.matcher(text);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                String s = m.group(g);
                if (s != null) {
                    out.add(s);
                    break;
                }
            }
        }
        return out;
    }
}
