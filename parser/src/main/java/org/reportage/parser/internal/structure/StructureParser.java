package org.reportage.parser.internal.structure;

import java.util.ArrayList;
import java.util.List;

import org.reportage.parser.internal.Settings;
import org.reportage.parser.internal.Workspace;
import org.reportage.parser.internal.text.TextView;

/**
 * Finds the reports in a text and the structure of each: date line, header block, headline, dateline, byline,
 * paragraphs; for feeds, the stories of a daily digest and the entries of a live page.
 *
 * <p>Two steps, both linear in the text: {@link ReportSplitter} cuts the text into report chunks line by line
 * (the same splitter the streaming reader uses), then {@link ChunkParser} reads the structure of each chunk.
 * Stateless and thread-safe (its line table is the caller's workspace's, or its own).
 */
public final class StructureParser {
    /** The line table, reused from text to text (it holds offsets only). */
    private static final Workspace.Key<LineTable> LINES = new Workspace.Key<>(LineTable::new);

    private StructureParser() {
    }

    /**
     * @param view      the text
     * @param settings  the options
     * @param workspace buffers reused from text to text, used by this call alone
     * @return the reports found, in order; empty when the text is blank
     */
    public static List<Layout> parse(TextView view, Settings settings, Workspace workspace) {
        LineTable lines = workspace.get(LINES);
        lines.clear();
        return parse(view, settings, lines);
    }

    private static List<Layout> parse(TextView view, Settings settings, LineTable lines) {
        String t = view.text();
        int n = t.length();
        ReportSplitter splitter = new ReportSplitter();
        List<Layout> out = new ArrayList<>();
        int chunkStart = 0; // index into lines
        int maybe = -1;
        int p = 0;
        while (p < n) {
            int nl = t.indexOf('\n', p);
            int lineEnd = nl < 0 ? n : nl;
            int r = splitter.line(t, p, lineEnd);
            if (r == ReportSplitter.MAYBE) {
                maybe = lines.count;
            } else if (r == ReportSplitter.BOUNDARY_AT_MAYBE) {
                ChunkParser.parse(view, lines, chunkStart, maybe, settings, out);
                chunkStart = maybe;
            } else if (r == ReportSplitter.BOUNDARY) {
                ChunkParser.parse(view, lines, chunkStart, lines.count, settings, out);
                chunkStart = lines.count;
            } else if (r == ReportSplitter.SEPARATOR) {
                ChunkParser.parse(view, lines, chunkStart, lines.count, settings, out);
                chunkStart = lines.count;
                p = nl < 0 ? n : nl + 1;
                continue; // the separator belongs to no report
            }
            lines.line(t, p, lineEnd);
            p = nl < 0 ? n : nl + 1;
        }
        ChunkParser.parse(view, lines, chunkStart, lines.count, settings, out);
        return out;
    }
}
