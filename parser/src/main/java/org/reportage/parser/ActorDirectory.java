package org.reportage.parser;

import java.util.List;
import java.util.Objects;

import org.reportage.core.ActorKind;

/**
 * Actors the caller already knows, with their aliases and roles, so that the parser can merge what the text
 * never states ({@code the US Secretary of State} → Antony Blinken). The parser never needs one.
 *
 * <p>Immutable and thread-safe.
 */
public final class ActorDirectory {
    private static final ActorDirectory EMPTY = new ActorDirectory(List.of());

    private final List<Entry> entries;

    private ActorDirectory(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * One known actor.
     *
     * @param name    canonical name
     * @param kind    what it is
     * @param aliases other names it goes by
     * @param roles   roles and titles it holds ({@code US Secretary of State})
     */
    public record Entry(String name, ActorKind kind, List<String> aliases, List<String> roles) {
        /** Validates and copies. */
        public Entry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }

    /** @return a directory that knows nobody */
    public static ActorDirectory empty() {
        return EMPTY;
    }

    /**
     * @param entries the known actors
     * @return a directory of them
     */
    public static ActorDirectory of(List<Entry> entries) {
        return entries.isEmpty() ? EMPTY : new ActorDirectory(entries);
    }

    /** @return the known actors, in the order given */
    public List<Entry> entries() {
        return entries;
    }
}
