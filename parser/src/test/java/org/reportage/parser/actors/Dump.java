package org.reportage.parser.actors;

import java.util.List;

import org.reportage.core.Actor;
import org.reportage.core.Article;
import org.reportage.core.Diagnostic;
import org.reportage.core.Mention;

/** Formats actors for failure messages and manual inspection. */
final class Dump {
    private Dump() {
    }

    static String actors(Article a) {
        return actors(a.actors(), a.diagnostics());
    }

    static String actors(List<Actor> actors, List<Diagnostic> diagnostics) {
        StringBuilder sb = new StringBuilder();
        for (Actor x : actors) {
            sb.append(x.id()).append(' ').append(x.kind()).append(" \"").append(x.name()).append("\" aliases=")
                    .append(x.aliases()).append(" roles=");
            x.roles().forEach(r -> sb.append('[').append(r.title()).append(']'));
            sb.append('\n');
            for (Mention m : x.mentions()) {
                sb.append("    ").append(m.start()).append(' ').append(m.kind()).append(" \"").append(m.text())
                        .append("\" ").append(m.rule()).append('\n');
            }
        }
        diagnostics.forEach(d -> sb.append("  diag ").append(d.code()).append(' ').append(d.message())
                .append('\n'));
        return sb.toString();
    }
}
