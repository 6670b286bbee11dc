package org.reportage.parser.internal;

import java.util.ArrayList;
import java.util.List;

import org.reportage.core.Article;
import org.reportage.core.Diagnostic;
import org.reportage.core.Quote;
import org.reportage.core.Severity;
import org.reportage.core.Span;
import org.reportage.parser.internal.actors.ActorAnalysis;
import org.reportage.parser.internal.actors.ActorFinder;
import org.reportage.parser.internal.quotes.QuoteFinder;
import org.reportage.parser.internal.structure.Layout;
import org.reportage.parser.internal.structure.StructureParser;
import org.reportage.parser.internal.text.TextView;

/**
 * Runs the stages over one text in order — structure and dates, actors, quotes — and assembles the articles.
 * Stateless; the stages' reusable buffers come from the caller's {@link Workspace}.
 */
public final class ArticleAssembler {
    private ArticleAssembler() {
    }

    /**
     * @param view      the text (a whole input, or one report of a stream)
     * @param settings  the options
     * @param workspace buffers the stages reuse from report to report, used by this call alone
     * @return the articles of the text, in order
     */
    public static List<Article> parse(TextView view, Settings settings, Workspace workspace) {
        List<Layout> layouts = StructureParser.parse(view, settings, workspace);
        TextView read = unwrapped(view, layouts);
        List<Article> out = new ArrayList<>(layouts.size());
        for (Layout layout : layouts) {
            out.add(assemble(read, layout, settings, workspace));
        }
        return out;
    }

    /**
     * The text the analysis stages read: the view with the line breaks that only wrap a paragraph of hard-wrapped
     * text ({@link Layout#wrapBreaks()}) read as spaces, so that a name or a sentence broken over two lines is read
     * whole. One copy of the text for all the reports, and none when no report is wrapped.
     *
     * @param view    the text
     * @param layouts the reports the structure stage found in it, in order
     * @return the view to read them in
     */
    public static TextView unwrapped(TextView view, List<Layout> layouts) {
        int count = 0;
        for (Layout layout : layouts) {
            count += layout.wrapBreaks().length;
        }
        if (count == 0) {
            return view;
        }
        int[] breaks = new int[count];
        int k = 0;
        for (Layout layout : layouts) {
            System.arraycopy(layout.wrapBreaks(), 0, breaks, k, layout.wrapBreaks().length);
            k += layout.wrapBreaks().length;
        }
        return view.unwrap(breaks);
    }

    /**
     * The document the analysis stages read for one report: the headline block (when there is one) followed by
     * the paragraphs, the report date, and a fresh diagnostics sink holding the structure stage's diagnostics.
     *
     * @param view      the text
     * @param layout    the structure of one report in it
     * @param settings  the options
     * @param workspace buffers the stages may reuse while they work on this report
     * @return the document
     */
    public static Document document(TextView view, Layout layout, Settings settings, Workspace workspace) {
        DiagnosticSink sink = new DiagnosticSink(view, settings.limits().maxDiagnostics());
        List<Diagnostic> found = layout.diagnostics();
        for (int i = 0; i < found.size(); i++) {
            sink.add(found.get(i));
        }
        int paragraphs = layout.paragraphStart().length;
        int offset = layout.hasHeadline() ? 1 : 0;
        int[] bs = new int[paragraphs + offset];
        int[] be = new int[paragraphs + offset];
        if (layout.hasHeadline()) {
            bs[0] = layout.headlineStart();
            be[0] = layout.headlineEnd();
        }
        System.arraycopy(layout.paragraphStart(), 0, bs, offset, paragraphs);
        System.arraycopy(layout.paragraphEnd(), 0, be, offset, paragraphs);
        return new Document(view, bs, be, layout.hasHeadline(), layout.date(), settings, sink, workspace);
    }

    /**
     * @param view      the text
     * @param layout    the structure of one report in it
     * @param settings  the options
     * @param workspace buffers the stages may reuse while they work on this report
     * @return the article
     */
    public static Article assemble(TextView view, Layout layout, Settings settings, Workspace workspace) {
        Document doc = document(view, layout, settings, workspace);
        DiagnosticSink sink = doc.diagnostics();
        int paragraphs = layout.paragraphStart().length;

        ActorAnalysis actors = ActorFinder.find(doc);
        List<Quote> quotes = QuoteFinder.find(doc, actors);

        List<Span> paragraphSpans = new ArrayList<>(paragraphs);
        for (int i = 0; i < paragraphs; i++) {
            paragraphSpans.add(view.span(layout.paragraphStart()[i], layout.paragraphEnd()[i]));
        }
        Span headline = layout.hasHeadline() ? view.span(layout.headlineStart(), layout.headlineEnd()) : null;
        if (layout.date() == null) {
            sink.add("date.missing", Severity.INFO, "the report states no date", layout.start(), layout.start());
        }
        return new Article(null, view.span(layout.start(), layout.end()), layout.date(), headline,
                layout.dateline(), layout.byline(), layout.headers(), paragraphSpans, quotes, actors.actors(),
                layout.unplaced(), sink.toList());
    }
}
