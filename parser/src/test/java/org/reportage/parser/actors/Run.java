package org.reportage.parser.actors;

import java.util.ArrayList;
import java.util.List;

import org.reportage.core.Actor;
import org.reportage.core.Diagnostic;
import org.reportage.parser.ActorDirectory;
import org.reportage.parser.DateOrder;
import org.reportage.parser.Limits;
import org.reportage.parser.internal.DiagnosticSink;
import org.reportage.parser.internal.Document;
import org.reportage.parser.internal.Settings;
import org.reportage.parser.internal.actors.ActorAnalysis;
import org.reportage.parser.internal.actors.ActorFinder;
import org.reportage.parser.internal.text.TextView;

/**
 * Runs the actor stage alone over a text whose blocks are separated by blank lines, so that its tests do not
 * depend on how the structure stage finds headlines.
 */
final class Run {
    final List<Actor> actors;
    final List<Diagnostic> diagnostics;
    final ActorAnalysis analysis;
    final TextView view;

    private Run(ActorAnalysis analysis, List<Diagnostic> diagnostics, TextView view) {
        this.analysis = analysis;
        this.actors = analysis.actors();
        this.diagnostics = diagnostics;
        this.view = view;
    }

    static Run of(String text, boolean headline, ActorDirectory directory) {
        return of(text, headline, directory, Limits.DEFAULT);
    }

    static Run of(String text, boolean headline, ActorDirectory directory, Limits limits) {
        TextView view = TextView.of(text);
        String v = view.text();
        List<int[]> blocks = new ArrayList<>();
        int i = 0;
        int n = v.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(v.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int s = i;
            int e = v.indexOf("\n\n", i);
            if (e < 0) {
                e = n;
            }
            int end = e;
            while (end > s && Character.isWhitespace(v.charAt(end - 1))) {
                end--;
            }
            blocks.add(new int[] {s, end});
            i = e;
        }
        int[] bs = new int[blocks.size()];
        int[] be = new int[blocks.size()];
        for (int k = 0; k < bs.length; k++) {
            bs[k] = blocks.get(k)[0];
            be[k] = blocks.get(k)[1];
        }
        Settings settings = new Settings(null, null, DateOrder.DAY_FIRST, null, limits,
                directory == null ? ActorDirectory.empty() : directory);
        DiagnosticSink sink = new DiagnosticSink(view, limits.maxDiagnostics());
        Document doc = new Document(view, bs, be, headline && bs.length > 0, null, settings, sink);
        ActorAnalysis a = ActorFinder.find(doc);
        return new Run(a, sink.toList(), view);
    }

    Actor named(String name) {
        for (Actor a : actors) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        return null;
    }

    String dump() {
        return Dump.actors(actors, diagnostics);
    }
}
