package org.reportage.parser.internal.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.reportage.core.ActorKind;
import org.reportage.core.MentionKind;
import org.reportage.core.Role;

/** A mention while the actor stage works on it: mutable, one per found mention, never shared. */
final class Mention {
    /**
     * By start, then the longer mention first. A class of its own, not {@code Comparator.comparingInt}: the
     * composed comparators call their key extractors through a shared, megamorphic lambda on this hot path.
     */
    static final Comparator<Mention> BY_POSITION = new ByPosition();
    static final int PERSON = 1;
    static final int SINGLE = 2;
    static final int NAMED = 3;
    static final int ROLE = 4;
    static final int GROUP = 5;
    static final int PRONOUN = 6;
    static final int ACRONYM = 7;
    static final int ORG = 8;

    final int type;
    final int s;
    final int e;
    final int ts;
    final int te;
    ActorKind kind;
    MentionKind mk;
    String rule;
    /** Canonical name candidate (lexicon name, person's name as written without title, group description). */
    String name;
    /** Lower-case name tokens of a person (title and honorific excluded). */
    String[] nameKeys;
    char gender = 'u';
    boolean plural;
    /** Pronoun class: m, f, p or n. */
    char pronoun;
    /** For a single capitalised word: whether a verb or cue next to it says it is a name. */
    boolean evidence;
    /** For a single capitalised word or headline word: may only join an existing actor. */
    boolean pendingOnly;
    /**
     * A lone word in apposition to a role or kinship noun ({@code his wife, Maria,}): a person of its own when no
     * name of the report takes it (decided after every full name is known).
     */
    boolean apposed;
    /** For a group description: its head noun key. */
    String head;
    /** For a group description: whether it has a modifier or affiliation (not just "the officials"). */
    boolean modified;
    /**
     * For a description: whether it is {@code the}, words in lower case that no list holds, and a business noun
     * ({@code the textile company}): the kind of business of a company named just before, if one is.
     */
    boolean kindOfBusiness;
    /**
     * For a description: whether a group of people owns it ({@code the families' lawyer}): someone known by that
     * relation, not an epithet of the person named before.
     */
    boolean groupOwned;
    /** For a lexicon name: whether it names a company (a bare surname of a person named before wins over it). */
    boolean company;
    /** Roles stated at this mention; a shared empty list until the first is added (most mentions have none). */
    private List<Role> roles = List.of();
    /** For a role: its normalised title. */
    String roleKey;
    /** Set when an apposition ties this description to a named person. */
    Mention redirect;
    /** For a nickname quoted inside a name ({@code Floyd “Money” Mayweather}): the name's mention. */
    Mention nickOf;
    /** A body named as where someone works ({@code an analyst at Nomura}), not as what the sentence is about. */
    boolean affiliation;
    Cluster cluster;
    final int sentence;
    final int block;

    /** Position in the sorted mention list, once the resolver has sorted it. */
    int index;
    /** Set when a longer mention replaced this one. */
    boolean dead;
    /** Whether the mention lies inside quotation marks. */
    boolean quoted;

    Mention(int type, int s, int e, int ts, int te, int sentence, int block) {
        this.type = type;
        this.s = s;
        this.e = e;
        this.ts = ts;
        this.te = te;
        this.sentence = sentence;
        this.block = block;
    }

    /** @return whether this is a description of one organisation ({@code the company}, {@code the state utility}) */
    boolean describesBody() {
        return type == GROUP && kind == ActorKind.ORGANISATION && !plural;
    }

    /** @return the roles stated at this mention (read-only use) */
    List<Role> roles() {
        return roles;
    }

    void addRole(Role role) {
        if (roles.isEmpty()) {
            roles = new ArrayList<>(1);
        }
        roles.add(role);
    }

    void clearRoles() {
        roles = List.of();
    }

    /**
     * Sorts mentions {@link #BY_POSITION}, stably; a list already in order (the common case) is only read.
     *
     * @param list the mentions
     */
    static void sort(List<Mention> list) {
        for (int i = 1; i < list.size(); i++) {
            if (BY_POSITION.compare(list.get(i - 1), list.get(i)) > 0) {
                list.sort(BY_POSITION);
                return;
            }
        }
    }

    String surname() {
        return nameKeys == null || nameKeys.length == 0 ? null : nameKeys[nameKeys.length - 1];
    }

    /** See {@link #BY_POSITION}. */
    private static final class ByPosition implements Comparator<Mention> {
        @Override
        public int compare(Mention a, Mention b) {
            int c = Integer.compare(a.s, b.s);
            return c != 0 ? c : Integer.compare(b.e, a.e);
        }
    }
}
