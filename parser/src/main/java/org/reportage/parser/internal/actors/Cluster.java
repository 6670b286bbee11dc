package org.reportage.parser.internal.actors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.reportage.core.ActorKind;
import org.reportage.core.Role;

/** One actor while the actor stage works on it: its mentions and what they say about it. Never shared. */
final class Cluster {
    ActorKind kind;
    String name;
    /** Lower-case name tokens of a person's fullest name. */
    String[] nameKeys;
    char gender = 'u';
    boolean plural;
    /** For a description (group or organisation noun): the head noun. */
    String head;
    String key;
    final List<Mention> mentions = new ArrayList<>();
    /** The roles stated for the actor, by lower-case title; {@code null} until the first (most actors have none). */
    private Map<String, Role> roles;
    /** Non-null once merged into another cluster. */
    Cluster into;
    int last;
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

    void add(Mention m) {
        mentions.add(m);
        m.cluster = this;
        last = Math.max(last, m.s);
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

    /** Adds a role under its key unless the key has one already. */
    void putRole(String key, Role role) {
        if (roles == null) {
            roles = new LinkedHashMap<>();
        }
        roles.putIfAbsent(key, role);
    }

    /** @return the roles in the order they were first stated (read-only use) */
    Collection<Role> roles() {
        return roles == null ? List.of() : roles.values();
    }

    /** Adds the roles of another actor that this one lacks, in their order. */
    void putRoles(Cluster from) {
        if (from.roles != null) {
            for (Map.Entry<String, Role> e : from.roles.entrySet()) {
                putRole(e.getKey(), e.getValue());
            }
        }
    }

    List<Mention> all() {
        return new ArrayList<>(mentions);
    }
}
