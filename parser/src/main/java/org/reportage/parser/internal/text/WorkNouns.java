package org.reportage.parser.internal.text;

import java.util.List;

/**
 * Nouns of named works, read by both the quote and the actor stage: a short quotation right after one ({@code her
 * 2015 memoir, “Quiet Years.”}) is the work's title, not speech, and capitalised words right after one ({@code the
 * documentary Hope Not Fear}) are a title, not an organisation's name. Not speech events ({@code speech}, {@code
 * statement}, {@code letter}), whose quotations are what was said. Facts compiled by the Reportage authors.
 */
public final class WorkNouns {
    /** The nouns, lower case, singular and plural. */
    public static final List<String> NOUNS = List.of("book", "books", "memoir", "memoirs", "novel", "novels",
            "biography", "autobiography", "bestseller", "film", "films", "movie", "movies", "documentary", "song",
            "songs", "single", "album", "show", "shows", "series", "sitcom", "podcast", "program", "programme", "ad",
            "ads", "advert", "advertisement", "commercial", "column", "op-ed", "editorial", "essay", "article",
            "commentary", "poem", "play", "musical", "opera", "painting", "exhibit", "exhibition", "chapter", "anthem");

    private WorkNouns() {
    }
}
