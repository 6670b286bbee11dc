package org.reportage.parser.internal.structure;

import java.util.ArrayList;
import java.util.List;

import org.reportage.parser.internal.Settings;
import org.reportage.parser.internal.text.TextView;

/**
 * Finds the reports in a text and the structure of each: date line, header block, headline, dateline, byline,
 * paragraphs.
 *
 * <p>First version: one report, every blank-line separated block a paragraph. The structure issue replaces it.
 */
public final class StructureParser {
    private StructureParser() {
    }

    /**
     * @param view     the text
     * @param settings the options
     * @return the reports found, in order; empty when the text is blank
     */
    public static List<Layout> parse(TextView view, Settings settings) {
        String t = view.text();
        int n = t.length();
        List<int[]> blocks = new ArrayList<>();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(t.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int s = i;
            int lastNonSpace = i;
            while (i < n) {
                char c = t.charAt(i);
                if (c == '\n') {
                    int j = i + 1;
                    while (j < n && t.charAt(j) == ' ') {
                        j++;
                    }
                    if (j >= n || t.charAt(j) == '\n') {
                        break;
                    }
                } else if (c != ' ') {
                    lastNonSpace = i;
                }
                i++;
            }
            blocks.add(new int[] {s, lastNonSpace + 1});
        }
        if (blocks.isEmpty()) {
            return List.of();
        }
        int[] ps = new int[blocks.size()];
        int[] pe = new int[blocks.size()];
        for (int k = 0; k < ps.length; k++) {
            ps[k] = blocks.get(k)[0];
            pe[k] = blocks.get(k)[1];
        }
        return List.of(new Layout(0, n, null, -1, -1, null, null, List.of(), ps, pe, List.of(), List.of()));
    }
}
