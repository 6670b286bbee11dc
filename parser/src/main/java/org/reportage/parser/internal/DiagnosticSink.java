package org.reportage.parser.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.reportage.core.Diagnostic;
import org.reportage.core.Severity;
import org.reportage.core.Span;
import org.reportage.parser.internal.text.TextView;

/**
 * Collects the diagnostics of one article, up to a limit; past it, counts what it drops and adds one
 * {@code limit.diagnostics} diagnostic at the end, whose empty span sits where the earliest dropped diagnostic
 * started (so it points into the article, not at the end of a longer input). Not thread-safe: one per parse.
 */
public final class DiagnosticSink {
    private static final Comparator<Diagnostic> BY_START = Comparator.comparingInt(d -> d.span().start());

    private final TextView view;
    private final int max;
    private final List<Diagnostic> list = new ArrayList<>();
    private int dropped;
    private int droppedAt = Integer.MAX_VALUE;

    /**
     * @param view the text the offsets refer to
     * @param max  most diagnostics kept
     */
    public DiagnosticSink(TextView view, int max) {
        this.view = view;
        this.max = max;
    }

    /**
     * Records a diagnostic over a range of the view.
     *
     * @param code      stable code, {@code stage.name}
     * @param severity  how much it matters
     * @param message   for people
     * @param viewStart start in the view, inclusive
     * @param viewEnd   end in the view, exclusive
     */
    public void add(String code, Severity severity, String message, int viewStart, int viewEnd) {
        add(new Diagnostic(code, severity, message, view.span(viewStart, viewEnd)));
    }

    /**
     * Records a diagnostic already holding an input span.
     *
     * @param d the diagnostic
     */
    public void add(Diagnostic d) {
        if (list.size() < max) {
            list.add(d);
        } else {
            dropped++;
            droppedAt = Math.min(droppedAt, d.span().start());
        }
    }

    /** @return the diagnostics in input order, with a final note of how many were dropped, if any */
    public List<Diagnostic> toList() {
        if (list.isEmpty() && dropped == 0) {
            return List.of();
        }
        List<Diagnostic> out = new ArrayList<>(list);
        out.sort(BY_START);
        if (dropped > 0) {
            out.add(new Diagnostic("limit.diagnostics", Severity.WARNING,
                    dropped + " more diagnostics dropped (limit " + max + ")", new Span(droppedAt, droppedAt, "")));
        }
        return out;
    }
}
