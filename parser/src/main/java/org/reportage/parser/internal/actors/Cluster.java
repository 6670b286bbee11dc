package org.reportage.parser.internal.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.reportage.core.ActorKind;
import org.reportage.core.Role;

/** One actor while the actor stage works on it: its mentions and what they say about it. Never shared. */
final class Cluster {
    /** Roles up to this many are told apart by a scan of their keys; past it a set beside them answers. */
    private static final int FEW_ROLES = 8;

    ActorKind kind;
    String name;
    /** Lower-case name tokens of a person's fullest name. */
    String[] nameKeys;
    char gender = 'u';
    boolean plural;
    /** For a description (group or organisation noun): the head noun. */
    String head;
    String key;
    /**
     * The mentions, {@link #size} of them, in the order added: an array that starts with room for one (most actors
     * are mentioned once) and doubles.
     */
    private Mention[] mentions = new Mention[1];
    private int size;
    /** The roles stated for the actor, in the order first stated; {@code null} until the first (most have none). */
    private List<Role> roles;
    /** The lower-case title of each role, at the role's index. */
    private List<String> roleKeys;
    /** The same keys once there are more than {@link #FEW_ROLES}, so that adding stays linear. */
    private Set<String> manyRoleKeys;
    /** Non-null once merged into another cluster. */
    Cluster into;
    /** Where its last mention starts, and where its mention that ends last ends. */
    int last;
    int lastEnd;
    int first = Integer.MAX_VALUE;
    boolean roleOnly;
    /** The index of the actor in the output, once the resolver has ordered the actors; -1 before (or never). */
    int out = -1;

    Cluster(ActorKind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    Cluster root() {
        Cluster c = this;
        while (c.into != null) {
            c = c.into;
        }
        return c;
    }

    String surname() {
        return nameKeys == null || nameKeys.length == 0 ? null : nameKeys[nameKeys.length - 1];
    }

    String first() {
        return nameKeys == null || nameKeys.length < 2 ? null : nameKeys[0];
    }

    /** @return how many mentions the actor has */
    int size() {
        return size;
    }

    /** @return whether the actor has no mention (never had one, or was merged into another) */
    boolean isEmpty() {
        return size == 0;
    }

    /**
     * @param i an index below {@link #size}
     * @return the mention at that index
     */
    Mention mention(int i) {
        return mentions[i];
    }

    void add(Mention m) {
        if (size == mentions.length) {
            mentions = Arrays.copyOf(mentions, size * 2);
        }
        mentions[size++] = m;
        m.cluster = this;
        last = Math.max(last, m.s);
        lastEnd = Math.max(lastEnd, m.e);
        first = Math.min(first, m.s);
        if (gender == 'u' && m.gender != 'u') {
            gender = m.gender;
        }
        List<Role> stated = m.roles();
        for (int i = 0; i < stated.size(); i++) {
            Role r = stated.get(i);
            putRole(r.title().toLowerCase(java.util.Locale.ROOT), r);
        }
    }

    /** Sorts the mentions {@link Mention#BY_POSITION}, stably; mentions already in order (the common case) are only read. */
    void sortMentions() {
        for (int i = 1; i < size; i++) {
            if (Mention.BY_POSITION.compare(mentions[i - 1], mentions[i]) > 0) {
                Arrays.sort(mentions, 0, size, Mention.BY_POSITION);
                return;
            }
        }
    }

    /** Adds a role under its key unless the key has one already. */
    void putRole(String key, Role role) {
        if (roles == null) {
            roles = new ArrayList<>(2);
            roleKeys = new ArrayList<>(2);
        }
        if (manyRoleKeys != null ? !manyRoleKeys.add(key) : roleKeys.contains(key)) {
            return;
        }
        roles.add(role);
        roleKeys.add(key);
        if (manyRoleKeys == null && roleKeys.size() > FEW_ROLES) {
            manyRoleKeys = new HashSet<>(roleKeys);
        }
    }

    /** @return the roles in the order they were first stated (read-only use) */
    List<Role> roles() {
        return roles == null ? List.of() : roles;
    }

    /**
     * Moves the mentions and the roles of another actor into this one (the roles it lacks, in their order) and
     * marks the other merged; nothing when the other is this one.
     *
     * @param from the other actor
     * @param rule the rule of the link, set on each mention moved; {@code null} to keep theirs
     */
    void merge(Cluster from, String rule) {
        if (from == this) {
            return;
        }
        for (int i = 0; i < from.size; i++) {
            Mention m = from.mentions[i];
            if (rule != null) {
                m.rule = rule;
            }
            add(m);
        }
        if (from.roles != null) {
            for (int i = 0; i < from.roles.size(); i++) {
                putRole(from.roleKeys.get(i), from.roles.get(i));
            }
        }
        if (gender == 'u') {
            gender = from.gender;
        }
        Arrays.fill(from.mentions, 0, from.size, null);
        from.size = 0;
        from.into = this;
    }
}
