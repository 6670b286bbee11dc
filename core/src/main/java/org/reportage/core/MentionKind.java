package org.reportage.core;

/** How the text refers to an actor at one {@link Mention}. Written to JSON in lower case. */
public enum MentionKind {
    /** A proper name, full or partial, possibly with a title: {@code Antony Blinken}, {@code Mr Blinken}. */
    NAME,
    /** An acronym or short form: {@code EU}, {@code U.S.}. */
    ACRONYM,
    /** A role or description standing for the actor: {@code the Russian Foreign Minister}, {@code the Alliance}. */
    ROLE,
    /** A pronoun linked to an earlier mention: {@code he}, {@code they}. */
    PRONOUN,
    /** A demonym standing for a country: {@code Russian}. */
    DEMONYM,
    /** A place standing for its government: {@code Moscow} when it acts or speaks. */
    METONYM
}
