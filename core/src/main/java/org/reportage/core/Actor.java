package org.reportage.core;

import java.util.List;
import java.util.Objects;

/**
 * A person, organisation, country, place or group the article talks about, with every mention of it.
 *
 * <p>{@code id} is unique within its article ({@code a1}, {@code a2}, … in order of first mention) and is what
 * {@link Quote#speaker()} refers to. {@code name} is the canonical name: the fullest proper name the text gives
 * (or the directory's name, when an {@code ActorDirectory} matched).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id       identifier within the article, never blank
 * @param name     canonical name, never blank
 * @param kind     what the actor is
 * @param aliases  other names used for it in the text (surname, acronym, …), without the canonical name
 * @param roles    roles and titles the text gives it
 * @param mentions every mention in text order
 */
public record Actor(String id, String name, ActorKind kind, List<String> aliases, List<Role> roles,
                    List<Mention> mentions) {

    /** Validates the components and copies the lists. */
    public Actor {
        Checks.requireText(id, "id");
        Checks.requireText(name, "name");
        Objects.requireNonNull(kind, "kind");
        aliases = Checks.copy(aliases, "aliases");
        roles = Checks.copy(roles, "roles");
        mentions = Checks.copy(mentions, "mentions");
    }
}
