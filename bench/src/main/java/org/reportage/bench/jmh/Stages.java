package org.reportage.bench.jmh;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.reportage.parser.ActorDirectory;
import org.reportage.parser.DateOrder;
import org.reportage.parser.Limits;
import org.reportage.parser.ParseResult;
import org.reportage.parser.ReportParser;
import org.reportage.parser.internal.ArticleAssembler;
import org.reportage.parser.internal.Settings;
import org.reportage.parser.internal.Workspace;
import org.reportage.parser.internal.actors.ActorAnalysis;
import org.reportage.parser.internal.actors.ActorFinder;
import org.reportage.parser.internal.structure.Layout;
import org.reportage.parser.internal.structure.StructureParser;
import org.reportage.parser.internal.text.TextView;

/**
 * The parse cut after each stage, so the stages can be measured apart: structure and dates only; then actors;
 * then the full parse (quotes and attribution) through the public API.
 *
 * <p>The parser has no public switch for stages, and gets none for the benchmarks' sake: the first two cuts
 * call the parser's {@code internal} packages directly. Its {@code module-info} does not export them, which
 * only binds on the module path; the benchmarks run on the class path (the shaded jar, Surefire), where the
 * public classes of those packages are reachable. The cut after actors builds each report's {@code Document}
 * with {@code ArticleAssembler.document}, as the full parse does, and reuses working buffers from call to call
 * as {@code ReportParser} does.
 *
 * <p>Every input is UTF-8 bytes, decoded here, as a user who reads a file would; the FLOOR decodes too.
 */
public final class Stages {
    /** The reference date every benchmark parses with, so that missing years are inferred (more work, real use). */
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 1, 1);

    private final ReportParser parser;
    private final Settings settings;
    /** The actor cut reuses working buffers from call to call as {@code ReportParser} does. */
    private final Workspace.Pool workspaces = new Workspace.Pool();

    /** A parser and internal options with the same settings: the reference date above, defaults otherwise. */
    public Stages() {
        this(Limits.DEFAULT);
    }

    /**
     * The same, with other limits.
     *
     * @param limits the limits of the parser and of the stage cuts
     */
    public Stages(Limits limits) {
        this.parser = ReportParser.builder().referenceDate(REFERENCE_DATE).limits(limits).build();
        this.settings = new Settings(REFERENCE_DATE, null, DateOrder.DAY_FIRST, null, limits,
                ActorDirectory.empty());
    }

    /** @return the shared parser (immutable, thread-safe) */
    public ReportParser parser() {
        return parser;
    }

    /**
     * Structure and dates only: normalise, find the reports, their date, headline, paragraphs.
     *
     * @param utf8 a document
     * @return the reports found
     */
    public List<Layout> structure(byte[] utf8) {
        TextView view = TextView.of(new String(utf8, StandardCharsets.UTF_8));
        Workspace workspace = workspaces.acquire();
        try {
            return StructureParser.parse(view, settings, workspace);
        } finally {
            workspaces.release(workspace);
        }
    }

    /**
     * Structure, dates and actors.
     *
     * @param utf8 a document
     * @return the actor analysis of each report found
     */
    public ActorAnalysis[] actors(byte[] utf8) {
        TextView view = TextView.of(new String(utf8, StandardCharsets.UTF_8));
        Workspace workspace = workspaces.acquire();
        try {
            List<Layout> layouts = StructureParser.parse(view, settings, workspace);
            TextView read = ArticleAssembler.unwrapped(view, layouts);
            ActorAnalysis[] out = new ActorAnalysis[layouts.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = ActorFinder.find(ArticleAssembler.document(read, layouts.get(i), settings, workspace));
            }
            return out;
        } finally {
            workspaces.release(workspace);
        }
    }

    /**
     * The full parse through the public API.
     *
     * @param utf8 a document
     * @return the parse result
     */
    public ParseResult full(byte[] utf8) {
        return parser.parse(new String(utf8, StandardCharsets.UTF_8));
    }
}
