package org.reportage.parser;

import java.util.List;

import org.reportage.core.Article;
import org.reportage.core.Diagnostic;
import org.reportage.core.LineIndex;
import org.reportage.core.Position;

/**
 * What {@link ReportParser#parse(CharSequence)} gives: the articles found in the input (one for a single
 * report, several for a feed, none for blank input) and the diagnostics that concern the input as a whole
 * (each article carries its own).
 *
 * <p>Immutable and thread-safe.
 */
public final class ParseResult {
    private final String input;
    private final List<Article> articles;
    private final List<Diagnostic> diagnostics;
    private volatile LineIndex lines;

    ParseResult(String input, List<Article> articles, List<Diagnostic> diagnostics) {
        this.input = input;
        this.articles = List.copyOf(articles);
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** @return the articles in input order; empty when the input holds no report */
    public List<Article> articles() {
        return articles;
    }

    /**
     * @return the first article
     * @throws IllegalStateException if there is none (blank input); see {@link #diagnostics()}
     */
    public Article article() {
        if (articles.isEmpty()) {
            throw new IllegalStateException("the input holds no report: " + diagnostics);
        }
        return articles.get(0);
    }

    /** @return diagnostics about the input as a whole (blank input, say), in input order */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** @return the input that was parsed */
    public String input() {
        return input;
    }

    /**
     * @param offset a 0-based UTF-16 offset into the input
     * @return its 1-based line and column (the line index is built on first use)
     */
    public Position position(int offset) {
        LineIndex l = lines;
        if (l == null) {
            l = LineIndex.of(input);
            lines = l;
        }
        return l.position(offset);
    }
}
