package org.reportage.core;

/**
 * A role or title the text gives an actor: {@code President}, {@code the Russian Foreign Minister},
 * {@code head of European diplomacy}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title the role as a noun phrase, without a leading article ({@code Russian Foreign Minister})
 * @param span  where the text states it, or {@code null} when it comes from an {@code ActorDirectory}
 */
public record Role(String title, Span span) {

    /** Validates that the title is given. */
    public Role {
        Checks.requireText(title, "title");
    }

    /**
     * @param title the role
     * @return a role known from outside the text (no span)
     */
    public static Role known(String title) {
        return new Role(title, null);
    }
}
