package org.reportage.parser.internal.actors;

import java.util.ArrayList;
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
    final Map<String, Role> roles = new LinkedHashMap<>();
    /** Non-null once merged into another cluster. */
    Cluster into;
    int last;
    int first = Integer.MAX_VALUE;
    boolean roleOnly;

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
            roles.putIfAbsent(r.title().toLowerCase(java.util.Locale.ROOT), r);
        }
    }

    List<Mention> all() {
        return new ArrayList<>(mentions);
    }
}
