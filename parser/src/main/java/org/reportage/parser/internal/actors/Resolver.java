package org.reportage.parser.internal.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.reportage.core.Actor;
import org.reportage.core.ActorKind;
import org.reportage.core.MentionKind;
import org.reportage.core.Role;
import org.reportage.core.Severity;
import org.reportage.parser.ActorDirectory;
import org.reportage.parser.internal.Document;
import org.reportage.parser.internal.Workspace;
import org.reportage.parser.internal.text.TextView;

/**
 * Groups the mentions found by {@link Finder} into actors: names by full name, surname, first name and
 * similarity; lexicon names by canonical name; acronyms by expansion and initials; roles by title, apposition,
 * directory or the previous sentence; descriptions by wording and head noun; pronouns by the nearest compatible
 * subject. Each link records its rule on the mention. Not thread-safe; one per parse.
 *
 * <p>Optimised on purpose: no regex on the hot path, role titles normalised once per parse, Jaro-Winkler only
 * when the lengths and the characters in common allow the threshold, shared comparators.
 */
final class Resolver {
    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();
    /** By first mention (its mentions sorted): start, then the longer first. */
    private static final Comparator<Cluster> BY_FIRST_MENTION = (a, b) -> Mention.BY_POSITION
            .compare(a.mention(0), b.mention(0));
    /** How far back (in mentions) a pronoun looks for its antecedent. */
    private static final int PRONOUN_WINDOW = 128;
    private static final int PRONOUN_SENTENCES = 4;
    /** How many of the most recent actors a look-up by title or initials scans, so that time stays linear. */
    private static final int SCAN = 256;
    private static final int MAX_PHRASE_TOKENS = 16;
    private static final Set<String> ORG_NOUNS = Set.of("company", "firm", "group", "organisation",
            "organization", "agency");
    /**
     * Nouns of bodies whose names seldom say what they are ({@code Save the Children} … {@code the charity}): like a
     * business noun, one describes the only organisation named in its sentence or the one before. Not courts,
     * agencies or governments, which a company named nearby is not, nor a party, a campaign or a union, as often a
     * person's or a country's ({@code the campaign} after {@code AARP}, {@code the union} after {@code Senate}).
     */
    private static final Set<String> NAMELESS_KINDS = Set.of("charity", "club", "team", "foundation",
            "band", "orchestra", "nonprofit");

    /** The {@link #ORG_NOUNS} that a lone name right before may be the name of ("the group" is often people's). */
    private static final Set<String> COMPANY_NOUNS = Set.of("company", "firm");

    private final Finder f;
    private final Document doc;
    private final ActorDirectory dir;
    private final List<Mention> mentions;
    /** Where this report's tables come from and go back to, for the next report of the parse. */
    private final Kept kept;
    private final Tables tables;
    private final List<Cluster> clusters;
    /** Named actors by kind and lower-case name. */
    private final Keyed named;
    private final Map<FullName, Cluster> fullNames;
    private final Map<String, List<Cluster>> bySurname;
    private final Map<String, List<Cluster>> byFirst;
    private final Map<String, Cluster> acronyms;
    /** Descriptions by kind and wording. */
    private final Keyed descriptions;
    /** The last description by kind, number and head noun. */
    private final Keyed lastByHead;
    private final Map<String, Cluster> roles;
    /** Normalised role titles, by title: the role links compare them many times. */
    private final Map<String, String> titleKeys;
    /** Lower-case names, by name: a report names the same lexicon actor many times. */
    private final Map<String, String> lowerNames;
    /** The actors a surname or first name could stand for (one list, cleared for each look-up). */
    private final List<Cluster> candidates;
    /** The bare names that may only join an actor found later in the report. */
    private final List<Mention> pending;
    /** The short names {@link #shortOrganisation} has read, to the organisation each stands for (made when needed). */
    private Map<String, Cluster> shortNames;
    /** Per character's low six bits, a count {@link #inCommon} uses (all zero between its calls). */
    private final int[] charCounts;

    /**
     * A person's full name: the lower-case name tokens (no String joined per mention to key a map). Hash and
     * equality written out: a record's generated ones compare arrays by reference.
     */
    private record FullName(String[] keys) {
        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(keys);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof FullName && java.util.Arrays.equals(((FullName) o).keys, keys);
        }
    }

    /**
     * Actors by kind, a yes or no (a description's number) and a string: a map per kind and yes or no, so that a
     * look-up makes no key object.
     */
    private static final class Keyed {
        private final List<Map<String, Cluster>> maps = new ArrayList<>();

        private static int slot(ActorKind kind, boolean yes) {
            return (kind == null ? 0 : kind.ordinal() + 1) * 2 + (yes ? 1 : 0);
        }

        Cluster get(ActorKind kind, boolean yes, String key) {
            int i = slot(kind, yes);
            Map<String, Cluster> map = i < maps.size() ? maps.get(i) : null;
            return map == null ? null : map.get(key);
        }

        void put(ActorKind kind, boolean yes, String key, Cluster c) {
            int i = slot(kind, yes);
            while (maps.size() <= i) {
                maps.add(null);
            }
            Map<String, Cluster> map = maps.get(i);
            if (map == null) {
                map = new HashMap<>();
                maps.set(i, map);
            }
            map.put(key, c);
        }

        void clear() {
            for (int i = 0; i < maps.size(); i++) {
                if (maps.get(i) != null) {
                    maps.get(i).clear();
                }
            }
        }
    }

    /**
     * The lists and maps of one report's actors (the finder's mentions and the lexicon names it saw, the
     * resolver's indexes), kept in the parse's {@link Workspace} for the next report so that each report does not
     * make them and grow them again. Taken out while in use and given back cleared (they hold the report's names,
     * which a parser must not keep between calls), so that a report abandoned half-way leaves none behind; those
     * of a report with more than {@link #KEEP_MENTIONS} mentions are not kept: a cleared map keeps its capacity and
     * {@code HashMap.clear} costs as much as that capacity, which every later small report would pay.
     */
    static final class Tables {
        static final int KEEP_MENTIONS = 1 << 9;

        final List<Mention> mentions = new ArrayList<>();
        final Map<String, Integer> seen = new HashMap<>();
        final List<Cluster> clusters = new ArrayList<>();
        final Keyed named = new Keyed();
        final Map<FullName, Cluster> fullNames = new HashMap<>();
        final Map<String, List<Cluster>> bySurname = new HashMap<>();
        final Map<String, List<Cluster>> byFirst = new HashMap<>();
        final Map<String, Cluster> acronyms = new HashMap<>();
        final Keyed descriptions = new Keyed();
        final Keyed lastByHead = new Keyed();
        final Map<String, Cluster> roles = new LinkedHashMap<>();
        final Map<String, String> titleKeys = new HashMap<>();
        final Map<String, String> lowerNames = new HashMap<>();
        final List<Cluster> candidates = new ArrayList<>();
        final List<Mention> pending = new ArrayList<>();
        final int[] charCounts = new int[64];

        void clear() {
            mentions.clear();
            seen.clear();
            clusters.clear();
            named.clear();
            fullNames.clear();
            bySurname.clear();
            byFirst.clear();
            acronyms.clear();
            descriptions.clear();
            lastByHead.clear();
            roles.clear();
            titleKeys.clear();
            lowerNames.clear();
            candidates.clear();
            pending.clear();
        }
    }

    /** Where a parse keeps the {@link Tables} between reports. */
    private static final class Kept {
        static final Workspace.Key<Kept> KEY = new Workspace.Key<>(Kept::new);

        private Tables tables;

        /** @return the kept tables (empty), or new ones */
        Tables take() {
            Tables t = tables != null ? tables : new Tables();
            tables = null;
            return t;
        }

        /** Clears the tables and keeps them for the next report, unless they may have grown too large. */
        void recycle(Tables t) {
            if (t.mentions.size() <= Tables.KEEP_MENTIONS) {
                t.clear();
                tables = t;
            }
        }
    }

    /**
     * @param w the parse's workspace
     * @return the tables for one report, empty: taken out of the workspace until {@link #resolve} gives them back
     */
    static Tables tables(Workspace w) {
        return w.get(Kept.KEY).take();
    }

    /** @param f the finder of the report, whose {@link Finder#tables} the resolver fills and then gives back */
    Resolver(Finder f) {
        this.f = f;
        this.doc = f.doc;
        this.dir = f.dir;
        this.mentions = f.mentions;
        this.kept = doc.workspace().get(Kept.KEY);
        Tables t = f.tables;
        this.tables = t;
        this.clusters = t.clusters;
        this.named = t.named;
        this.fullNames = t.fullNames;
        this.bySurname = t.bySurname;
        this.byFirst = t.byFirst;
        this.acronyms = t.acronyms;
        this.descriptions = t.descriptions;
        this.lastByHead = t.lastByHead;
        this.roles = t.roles;
        this.titleKeys = t.titleKeys;
        this.lowerNames = t.lowerNames;
        this.candidates = t.candidates;
        this.pending = t.pending;
        this.charCounts = t.charCounts;
    }

    /** @return the analysis of the report; the resolver's tables go back to the parse's workspace, cleared */
    ActorAnalysis resolve() {
        ActorAnalysis analysis = link();
        kept.recycle(tables);
        return analysis;
    }

    private ActorAnalysis link() {
        Mention.sort(mentions);
        mentions.removeIf(m -> m.dead);
        for (int i = 0; i < mentions.size(); i++) {
            mentions.get(i).index = i;
        }
        for (Mention m : mentions) {
            if (m.redirect != null) {
                continue;
            }
            if (m.nickOf != null && m.nickOf.cluster != null) {
                // a nickname, inside the name or used again alone: the person of that name (linked before: the
                // name's mention starts first)
                m.nickOf.cluster.root().add(m);
                continue;
            }
            switch (m.type) {
                case Mention.PERSON:
                    person(m);
                    break;
                case Mention.SINGLE:
                    if ((m.pendingOnly || !single(m, false)) && !shortOrganisation(m)) {
                        if (m.evidence && !m.pendingOnly) {
                            newPerson(m);
                        } else {
                            pending.add(m);
                        }
                    }
                    break;
                case Mention.NAMED:
                case Mention.ORG:
                    named(m);
                    break;
                case Mention.ACRONYM:
                    acronym(m);
                    break;
                case Mention.ROLE:
                    role(m);
                    break;
                case Mention.GROUP:
                    group(m);
                    break;
                default:
                    break;
            }
        }
        for (Mention m : pending) {
            if (!single(m, true) && !shortOrganisation(m) && m.apposed) {
                newPerson(m);
            }
        }
        for (Mention m : mentions) {
            if (m.redirect != null && m.redirect.cluster != null) {
                Cluster named = m.redirect.cluster.root();
                named.add(m);
                if (m.type == Mention.GROUP && m.kind == ActorKind.ORGANISATION) {
                    // "the security firm G4S … The security firm also …": the description names it from then on
                    Cluster same = descriptions.get(m.kind, false, m.roleKey);
                    if (same != null && same.root() != named) {
                        named.merge(same.root(), "description.same_head");
                    }
                } else if (m.type == Mention.GROUP && m.kind == ActorKind.GROUP && !m.plural && sameOne(m)) {
                    // "asked the minister whether … The minister, Nigel Carrow, said": the one described just before
                    Cluster same = descriptions.get(m.kind, false, m.roleKey);
                    if (same != null && same.root() != named && describedJustBefore(same.root(), m)) {
                        named.merge(same.root(), "description.named_later");
                    }
                }
            }
        }
        namesOfPeopleNamedOtherwise();
        linkRoles();
        directory();
        pronouns();
        return output();
    }

    /**
     * Whether a description may be the one described before with the same words: it opens with "the" or "a" (not
     * "another student", nor "her husband", whose owner may be another "her"; "the other student" has other words).
     */
    private boolean sameOne(Mention m) {
        return f.article(m.ts);
    }

    /**
     * Whether an actor is only described (no name, only descriptions and pronouns: two named people never merge
     * here), all of it in the three sentences before the description m of the same words, which a name follows
     * (not after it: "a protester" three paragraphs on is seldom the one named).
     */
    private static boolean describedJustBefore(Cluster c, Mention m) {
        for (int i = 0; i < c.size(); i++) {
            Mention x = c.mention(i);
            if (x.type != Mention.GROUP && x.type != Mention.PRONOUN || x.e > m.s || x.sentence < m.sentence - 3) {
                return false;
            }
        }
        return c.size() > 0;
    }

    /**
     * A person that only capitalised words name (no first name, role or gender) is an organisation when a company's
     * description took it ({@code Kering said on Tuesday … The company said}), or else the place or organisation of
     * the same name elsewhere in the report: {@code After San Bernardino Shooting} in a headline, {@code in San
     * Bernardino} in the text; {@code the group WikiLeaks}, then {@code by WikiLeaks}. Decided once every name of
     * the report has joined its actor (a headline's {@code Kering} joins a person, not an organisation).
     */
    private void namesOfPeopleNamedOtherwise() {
        for (int i = 0; i < clusters.size(); i++) {
            Cluster c = clusters.get(i);
            if (c.into != null || c.isEmpty() || !namedOnly(c)) {
                continue;
            }
            if (describedAsOrganisation(c)) {
                asOrganisation(c);
                continue;
            }
            String lowered = lowered(c.name);
            Cluster same = named.get(ActorKind.PLACE, false, lowered);
            if (same == null) {
                same = named.get(ActorKind.ORGANISATION, false, lowered);
            }
            if (same != null && same.root() != c) {
                same.root().merge(c, "name.same_name");
            }
        }
    }

    private static boolean describedAsOrganisation(Cluster c) {
        for (int i = 0; i < c.size(); i++) {
            if (c.mention(i).describesBody()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every mention of the actor is a capitalised name that no list knows (no first name, no pronoun) or an
     * organisation's description that took it.
     */
    private static boolean capitalisedOnly(Cluster c) {
        for (int i = 0; i < c.size(); i++) {
            Mention m = c.mention(i);
            String rule = m.rule;
            if (!rule.equals("name.capitalised") && !rule.equals("name.acts") && !rule.startsWith("surname")
                    && !m.describesBody()) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- people

    private void person(Mention m) {
        String[] keys = m.nameKeys;
        if (keys.length < 2) {
            if (!single(m, false)) {
                newPerson(m);
            }
            return;
        }
        FullName full = new FullName(keys);
        Cluster c = fullNames.get(full);
        if (c != null) {
            c.root().add(m);
            return;
        }
        Cluster best = null;
        String rule = null;
        List<Cluster> surnamed = list(bySurname, m.surname());
        for (int i = 0; i < surnamed.size(); i++) {
            Cluster r = surnamed.get(i).root();
            if (r.kind != ActorKind.PERSON || !genderFits(r.gender, m.gender)) {
                continue;
            }
            String first = r.first();
            if (first == null) {
                if (best == null || r.last > best.last) {
                    best = r;
                    rule = m.rule;
                }
            } else if (similarFirst(first, keys[0])) {
                best = r;
                rule = first.equals(keys[0]) ? m.rule : "name.similar";
                break;
            }
        }
        if (best == null && m.gender == 'u') {
            best = compoundSurname(keys);
            rule = "surname.compound";
        }
        if (best != null) {
            m.rule = rule;
            best.add(m);
            if (best.nameKeys == null || keys.length > best.nameKeys.length) {
                best.nameKeys = keys;
                best.name = m.name;
                index(best);
            }
            fullNames.put(full, best);
            return;
        }
        newPerson(m, full);
    }

    private Cluster newPerson(Mention m) {
        return newPerson(m, null);
    }

    /**
     * "Ana Maria Ferreira dos Santos … Ferreira dos Santos said", "Gabriel García Márquez Ortega … García Márquez
     * said": a name of several words, none a first name, that runs on inside the full name of a person named before,
     * after its first word, is that person's compound surname.
     *
     * @return the person most recently named so, or {@code null}
     */
    private Cluster compoundSurname(String[] keys) {
        for (int i = clusters.size() - 1; i >= 0 && clusters.size() - i <= SCAN; i--) {
            Cluster r = clusters.get(i).root();
            String[] full = r.nameKeys;
            if (r.kind != ActorKind.PERSON || full == null || full.length <= keys.length || r.first() == null) {
                continue;
            }
            for (int at = 1; at + keys.length <= full.length; at++) {
                int k = 0;
                while (k < keys.length && keys[k].equals(full[at + k])) {
                    k++;
                }
                if (k == keys.length) {
                    return r;
                }
            }
        }
        return null;
    }

    /** @param full the mention's full name key when already made */
    private Cluster newPerson(Mention m, FullName full) {
        Cluster c = new Cluster(ActorKind.PERSON, m.name);
        c.nameKeys = m.nameKeys;
        clusters.add(c);
        c.add(m);
        index(c);
        if (m.nameKeys != null && m.nameKeys.length >= 2) {
            fullNames.put(full != null ? full : new FullName(m.nameKeys), c);
            int bin = patronymic(m.nameKeys);
            if (bin >= 2) {
                // "Ahmad Zahid bin Hamzah … Ahmad Zahid said": the given names before "bin" name the person too
                fullNames.putIfAbsent(new FullName(java.util.Arrays.copyOf(m.nameKeys, bin)), c);
            }
        }
        if (m.type == Mention.SINGLE) {
            m.rule = "name.acts";
        }
        return c;
    }

    /** @return the index of the word that opens a patronymic in a full name ("bin", "binti", "ibn"), or -1 */
    private static int patronymic(String[] keys) {
        for (int i = 1; i < keys.length - 1; i++) {
            if (keys[i].equals("bin") || keys[i].equals("binti") || keys[i].equals("bint") || keys[i].equals("ibn")) {
                return i;
            }
        }
        return -1;
    }

    private void index(Cluster c) {
        if (c.surname() != null) {
            List<Cluster> l = bySurname.computeIfAbsent(c.surname(), k -> new ArrayList<>(1)); // most have one
            if (!l.contains(c)) {
                l.add(c);
            }
        }
        if (c.first() != null) {
            List<Cluster> l = byFirst.computeIfAbsent(c.first(), k -> new ArrayList<>(1));
            if (!l.contains(c)) {
                l.add(c);
            }
        }
    }

    /** A bare surname (or honorific or title + surname, or a first name): joins the most recent fitting person. */
    private boolean single(Mention m, boolean late) {
        String key = m.nameKeys[m.nameKeys.length - 1];
        List<Cluster> candidates = this.candidates; // in order of first finding, each once
        candidates.clear();
        boolean byFirstName = false;
        List<Cluster> surnamed = list(bySurname, key);
        for (int i = 0; i < surnamed.size(); i++) {
            Cluster r = surnamed.get(i).root();
            // a lone word's gender is its gender as a first name: as a surname it has none ("Elizabeth Warren …
            // Warren said", "Maria Ryan … Ryan said")
            if (r.kind == ActorKind.PERSON && (m.type == Mention.SINGLE || genderFits(r.gender, m.gender))
                    && !candidates.contains(r)) {
                candidates.add(r);
            }
        }
        if (candidates.isEmpty() && m.nameKeys.length == 1) {
            List<Cluster> firstNamed = list(byFirst, key);
            for (int i = 0; i < firstNamed.size(); i++) {
                Cluster r = firstNamed.get(i).root();
                if (r.kind == ActorKind.PERSON && genderFits(r.gender, m.gender)) {
                    if (!candidates.contains(r)) {
                        candidates.add(r);
                    }
                    byFirstName = true;
                }
            }
        }
        if (candidates.isEmpty()) {
            return false;
        }
        Cluster best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < candidates.size(); i++) {
            Cluster c = candidates.get(i);
            int d = distance(c, m.s);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        if (candidates.size() > 1) {
            m.rule = "surname.most_recent";
            StringBuilder names = new StringBuilder();
            for (Cluster c : candidates) {
                names.append(names.length() == 0 ? "" : ", ").append(c.name);
            }
            doc.diagnostics().add("actor.ambiguous_surname", Severity.INFO, "\"" + doc.text().substring(m.s, m.e)
                    + "\" could be " + names + "; linked to " + best.name + ", the most recently mentioned", m.s,
                    m.e);
        } else if (m.type == Mention.SINGLE) {
            m.rule = byFirstName ? "first_name"
                    : late && best.last < m.s ? "surname" : late ? "surname.before_full_name" : "surname";
        }
        if (!byFirstName && m.type == Mention.SINGLE) {
            m.gender = 'u'; // (its first name's gender would decide the actor's "she" or "he")
        }
        best.add(m);
        return true;
    }

    private static int distance(Cluster c, int at) {
        if (c.last <= at) {
            return at - c.last;
        }
        return c.first >= at ? (c.first - at) * 2 : 1; // prefer what came before
    }

    private static boolean genderFits(char a, char b) {
        return a == 'u' || b == 'u' || a == b;
    }

    private boolean similarFirst(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() == 1 || b.length() == 1) {
            return a.charAt(0) == b.charAt(0);
        }
        return a.length() > 3 && b.length() > 3 && similar(a, b, 93);
    }

    private static List<Cluster> list(Map<String, List<Cluster>> map, String key) {
        List<Cluster> l = key == null ? null : map.get(key);
        return l == null ? List.of() : l;
    }

    // ---------------------------------------------------------------- named things, acronyms, roles, groups

    private void named(Mention m) {
        if (m.company && m.nameKeys != null) {
            // "Ford said" after "Henry Ford": a bare surname of a person named before wins over the company
            List<Cluster> surnamed = list(bySurname, m.nameKeys[0]);
            for (int i = 0; i < surnamed.size(); i++) {
                Cluster r = surnamed.get(i).root();
                if (r.kind == ActorKind.PERSON && r.first() != null) {
                    m.kind = ActorKind.PERSON;
                    m.rule = "surname.not_company";
                    r.add(m);
                    return;
                }
            }
        }
        String lowered = lowered(m.name);
        Cluster c = named.get(m.kind, false, lowered);
        if (c == null) {
            c = placeGuessed(m, lowered);
        }
        if (c == null && "media.short_name".equals(m.rule)) {
            String word = " " + lowered;
            for (int i = clusters.size() - 1; i >= 0 && clusters.size() - i <= SCAN; i--) {
                Cluster r = clusters.get(i).root();
                if (r.kind == ActorKind.MEDIA && r.name.toLowerCase(Locale.ROOT).endsWith(word)) {
                    m.rule = "alias.short_name";
                    r.add(m);
                    return;
                }
            }
        }
        if (c == null && m.kind == ActorKind.ORGANISATION && m.name.indexOf(' ') < 0 && m.rule != null
                && m.rule.startsWith("organisation.")) {
            // "Marlowe Motors … Marlowe spokeswoman Jenna Ortiz": the body's short name (a name no list holds)
            Cluster r = shortNames == null ? null : shortNames.get(m.name);
            c = r != null ? r : organisationNamedFrom(m);
            if (c != null) {
                m.rule = "organisation.short_name";
            }
        }
        if (c == null) {
            c = new Cluster(m.kind, m.name);
            c.plural = m.plural;
            clusters.add(c);
            named.put(m.kind, false, lowered, c);
            String plain = m.kind == ActorKind.ORGANISATION ? withoutLegalForm(m.name) : m.name;
            if (plain != m.name && plain.indexOf(' ') > 0) {
                named.put(m.kind, false, lower(plain), c); // "Lumera Therapeutics Inc." … "Lumera Therapeutics"
            }
        }
        c.root().add(m);
    }

    /**
     * One name no list holds, read as a place by the preposition before it ({@code investors in Tesmark}) and as a
     * company by what it has or is called ({@link #COMPANY_EVIDENCE}: {@code Tesmark's chief executive}): one actor,
     * the company, whichever came first.
     *
     * @return the actor of that name that m joins, made an organisation; or {@code null}
     */
    private Cluster placeGuessed(Mention m, String lowered) {
        if (m.kind == ActorKind.ORGANISATION && COMPANY_EVIDENCE.contains(m.rule)) {
            Cluster p = named.get(ActorKind.PLACE, false, lowered);
            if (p != null) {
                asOrganisation(p.root());
                named.put(ActorKind.ORGANISATION, false, lowered, p.root()); // (found directly from now on)
                return p.root();
            }
        } else if (m.kind == ActorKind.PLACE) {
            Cluster o = named.get(ActorKind.ORGANISATION, false, lowered);
            return o != null && COMPANY_EVIDENCE.contains(o.mention(0).rule) ? o : null;
        }
        return null;
    }

    /**
     * The rules that read a name as a company's by what it has or is called ({@code shares fell}, {@code 's chief
     * executive}, {@code its}, {@code the carmaker}); not as where someone works ({@code Sanford police officer},
     * {@code a teacher at Sanford}), which a town is as often.
     */
    private static final Set<String> COMPANY_EVIDENCE = Set.of("organisation.shares", "organisation.company_owns",
            "organisation.owns_its", "organisation.after_description", "organisation.before_description");

    /**
     * "Tavora Motors recalled 18,000 cars. Tavora said": a lone name that opens the name of an organisation named
     * before ({@link #organisationNamedFrom}) is that organisation's short name, and so is every other mention of
     * the word (after the people of that surname: {@code Ford said} after {@code Henry Ford}).
     */
    private boolean shortOrganisation(Mention m) {
        if (m.nameKeys == null || m.nameKeys.length != 1 || !m.roles().isEmpty()) {
            return false; // (nor one with a person's role: "Weston Dairy PLC … Weston, a farmer in Devon, said")
        }
        Cluster r = shortNames == null ? null : shortNames.get(m.name);
        if (r == null && (m.evidence && !m.pendingOnly || f.t.is(m.ts, Tokens.SENT) && f.actsAt(m.te))) {
            // (also a word that opens a sentence, which may be any word, when it acts and an organisation was named
            // so before it: "Halden Ltd. said … Halden will hire 300 engineers"; not "Public health experts")
            r = organisationNamedFrom(m);
        }
        if (r == null || named.get(ActorKind.PLACE, false, lowered(m.name)) != null) {
            return false; // (the town a company is named after: "Kelso Foods Ltd. … its factory in Kelso")
        }
        m.kind = ActorKind.ORGANISATION;
        m.rule = "organisation.short_name";
        r.root().add(m);
        return true;
    }

    /**
     * The organisation named before m whose name is m's one word and one or two words that say what kind of body it
     * is ({@code Tavora Motors}, {@code Merriot Hotels Group}; not {@code Party}: "Democratic" is an adjective), or
     * m's word, an ampersand and one other name (a firm of partners, {@code Cunniff & Goldfarb}), either before a
     * legal form or not ({@code Dorvan Inc.}, {@code Brightwell Group PLC}), remembered for the word's other
     * mentions; or {@code null}.
     */
    private Cluster organisationNamedFrom(Mention m) {
        String word = m.name + " ";
        for (int i = clusters.size() - 1; i >= 0 && clusters.size() - i <= SCAN; i--) {
            Cluster c = clusters.get(i).root();
            if (c.kind != ActorKind.ORGANISATION || c.first >= m.s || !c.name.startsWith(word)) {
                continue;
            }
            // the name's other word, if any ("Dorvan Inc." … "Dorvan", "Brightwell Group PLC" … "Brightwell")
            String head = withoutLegalForm(c.name).substring(word.length() - 1).trim();
            if (head.isEmpty() || !head.equals("Party") && allHeads(head)
                    || head.startsWith("& ") && head.indexOf(' ', 2) < 0) {
                // ("Marlowe Motors", "Merriot Hotels Group", and a firm of partners, "Cunniff & Goldfarb": "Cunniff")
                if (shortNames == null) {
                    shortNames = new HashMap<>();
                }
                shortNames.put(m.name, c); // its other mentions, which do not act, follow it
                return c;
            }
        }
        return null;
    }

    /** Whether the one or two words are each a word that makes a name an organisation's ({@code Hotels Group}). */
    private boolean allHeads(String words) {
        int space = words.indexOf(' ');
        if (space < 0) {
            return f.lx.orgHeads.get(Lexicon.key(words)) == ActorKind.ORGANISATION;
        }
        return words.indexOf(' ', space + 1) < 0 && allHeads(words.substring(0, space))
                && allHeads(words.substring(space + 1));
    }

    /**
     * The name without the legal forms that end it ({@link Lexicon#legalForm}: {@code Brightwell Group PLC} →
     * {@code Brightwell Group}, {@code Karo Pty Ltd} → {@code Karo}), or the name itself; never empty.
     */
    private String withoutLegalForm(String name) {
        int end = name.length();
        for (int space = name.lastIndexOf(' ', end - 1); space > 0 && f.lx.legalForm(name, space + 1, end);
                space = name.lastIndexOf(' ', end - 1)) {
            end = space;
        }
        return end == name.length() ? name : name.substring(0, end);
    }

    private void acronym(Mention m) {
        String key = m.name;
        Cluster c = acronyms.get(key);
        String rule = "acronym.expansion";
        if (c == null && m.ts >= 2 && f.t.punct(m.ts - 1) == '(' && m.te < f.t.n && f.t.punct(m.te) == ')') {
            for (int i = clusters.size() - 1; i >= 0 && c == null; i--) {
                Cluster k = clusters.get(i).root();
                for (int j = 0; j < k.size(); j++) {
                    if (k.mention(j).te == m.ts - 1) {
                        c = k;
                        break;
                    }
                }
                if (clusters.size() - i > 8) {
                    break;
                }
            }
        }
        if (c == null) {
            for (int i = clusters.size() - 1; i >= 0 && clusters.size() - i <= SCAN; i--) {
                Cluster r = clusters.get(i).root();
                if (r.kind != ActorKind.PERSON && r.kind != ActorKind.GROUP && key.equals(initials(r.name))) {
                    c = r;
                    rule = "acronym.initials";
                    break;
                }
            }
        }
        if (c == null) {
            c = new Cluster(ActorKind.ORGANISATION, key);
            clusters.add(c);
            rule = "acronym";
        }
        c = c.root();
        m.rule = rule;
        m.kind = c.kind;
        c.add(m);
        acronyms.put(key, c);
    }

    private static String initials(String name) {
        // the capital that opens each word, words split at spaces and hyphens (an index loop, not a regex split)
        StringBuilder sb = new StringBuilder();
        boolean wordStart = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == ' ' || c == '-') {
                wordStart = true;
                continue;
            }
            if (wordStart && Character.isUpperCase(c)) {
                sb.append(c);
            }
            wordStart = false;
        }
        return sb.length() >= 2 ? sb.toString() : "";
    }

    /** @return the name in lower case, made once per name in a report */
    private String lowered(String name) {
        return lowerNames.computeIfAbsent(name, Resolver::lower);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** @return the normalised key of a role title, computed once per parse */
    private String titleKey(String title) {
        return titleKeys.computeIfAbsent(title, ActorDirectory::normalise);
    }

    /**
     * Whether the Jaro-Winkler similarity of two strings reaches a threshold, computed only when it may.
     * Jaro-Winkler (prefix scale 0.1, at most 4 prefix characters) is at most 0.4 + 0.6 * Jaro, and Jaro is at
     * most (m / |a| + m / |b| + 1) / 3 for m matching characters; so a threshold of p percent needs
     * m / |a| + m / |b| &gt;= (p - 60) / 20 (1.75 for 95%, 1.65 for 93%). The shorter length bounds m (the
     * shorter string must be at least 75% of the longer for 95%, 65% for 93%), and so do the characters the two
     * have in common, counted here (by their low six bits, which can only count more).
     *
     * @param percent the threshold, in percent
     */
    private boolean similar(String a, String b, int percent) {
        long la = a.length();
        long lb = b.length();
        long need = (percent - 60) * la * lb;
        if (20 * Math.min(la, lb) * (la + lb) < need || 20 * inCommon(a, b) * (la + lb) < need) {
            return false;
        }
        return SIMILARITY.apply(a, b) >= percent / 100.0;
    }

    /**
     * @return how many characters a and b have in common, as multisets (characters told apart by their low six
     *         bits only)
     */
    private int inCommon(String a, String b) {
        int[] counts = charCounts;
        for (int i = 0; i < a.length(); i++) {
            counts[a.charAt(i) & 63]++;
        }
        int common = 0;
        for (int i = 0; i < b.length(); i++) {
            int k = b.charAt(i) & 63;
            if (counts[k] > 0) {
                counts[k]--;
                common++;
            }
        }
        for (int i = 0; i < a.length(); i++) {
            counts[a.charAt(i) & 63] = 0;
        }
        return common;
    }

    private void role(Mention m) {
        Cluster c = roles.get(m.roleKey);
        if (c == null) {
            c = new Cluster(ActorKind.PERSON, m.name);
            c.roleOnly = true;
            c.key = m.roleKey;
            clusters.add(c);
            roles.put(m.roleKey, c);
        }
        c.root().add(m);
    }

    private void group(Mention m) {
        boolean definite = doc.text().regionMatches(true, m.s, "the ", 0, 4);
        Cluster owner = m.plural ? null : aliasOwner(m);
        if (owner != null) {
            // "The Federal Reserve raised rates. The central bank said": the words are a name the lexicon gives an
            // organisation mentioned before (an alias of several central banks names the one mentioned last)
            m.rule = "description.alias_of_named";
            owner.add(m);
            lastByHead.put(m.kind, false, m.head, owner);
            return;
        }
        // "Exxon Mobil … The company said", "Baltavia Bank … the bank said": the organisation mentioned last, or the
        // last named with the description's noun, unless a description of the same noun came after it
        boolean body = m.kind == ActorKind.ORGANISATION && !m.plural && (!m.modified || whereBased(m)) && definite;
        boolean general = ORG_NOUNS.contains(m.head);
        // a general noun of business ("the company", "the group"): any organisation; else one named with the noun
        // first ("the Food Standards Agency said Harlow Farms was recalling pies. The agency said")
        boolean anyFirst = general && f.lx.businessNouns.contains(m.head);
        Cluster named = body ? recent(m, ActorKind.ORGANISATION, 6, 'u', !anyFirst) : null;
        if (COMPANY_NOUNS.contains(m.head) && named != null && !businessLike(named)) {
            named = null; // "The regulator said the firm had failed": a company is no regulator (a group may be)
        }
        String namedRule = anyFirst ? "description.recent_organisation" : "description.word_of_name";
        if (named == null && body && general && !anyFirst) {
            named = recent(m, ActorKind.ORGANISATION, 6, 'u', false);
            namedRule = "description.recent_organisation";
        } else if (named == null && (body && (f.lx.businessNouns.contains(m.head) || NAMELESS_KINDS.contains(m.head))
                || m.kindOfBusiness && descriptions.get(m.kind, false, m.roleKey) == null)) {
            // "HSBC's chief executive said the bank would cut costs", "Save the Children said … The charity said",
            // "Brenmark Inc. said … The textile company said" (but a description used before goes on meaning the same)
            named = onlyCompanyNear(m);
            named = named != null && (otherInstitution(m, named.root().name) || otherSector(m, named.root().name))
                    ? null : named;
            namedRule = "description.company_named_before";
        }
        Cluster c = descriptions.get(m.kind, false, m.roleKey);
        String rule = null;
        if (c == null && !m.modified) {
            Cluster last = lastByHead.get(m.kind, m.plural, m.head);
            if (last != null) {
                c = last.root();
                rule = "description.same_head";
            }
        }
        if (named != null && (c == null || c.root() != named.root() && named.root().last >= c.root().lastEnd)) {
            m.rule = namedRule;
            named.add(m);
            lastByHead.put(m.kind, false, m.head, named.root());
            if (m.kindOfBusiness) {
                descriptions.put(m.kind, false, m.roleKey, named.root()); // the same words later mean the same
            }
            return;
        }
        if (rule != null) {
            m.rule = rule;
        }
        if (c == null && !m.plural && definite) {
            Cluster holder = null;
            String holderRule = "role.same_title";
            if (f.lx.mediaNouns.contains(m.head) && !m.modified) {
                holder = recent(m, ActorKind.MEDIA, 6);
                holderRule = "description.recent_media";
            } else if (!m.modified) {
                boolean member = Lexicon.PARTY_MEMBERS.containsKey(m.head);
                Member found = member ? memberHolder(m) : Member.NONE; // "the Democrat said": one just named
                holder = found.holder();
                if (holder != null) {
                    holderRule = "role.party_member";
                } else if (!found.ambiguous()) { // (two just named: no one further off either)
                    holder = general ? null : holder(m.head, 0, true, m.s); // (a body's noun: no one's role)
                }
                if (holder == null && member) {
                    return; // no one in particular: no actor named "Democrat" to take the pronouns after it
                }
            } else {
                holder = holder(m.roleKey, m.roleKey.startsWith("the ") ? 4 : 0, false, m.s);
                if (holder == null && f.lx.titles.containsKey(m.head) && !m.groupOwned) {
                    // "the Republican presidential candidate": an epithet for the person just talked about
                    holder = epithetHolder(m);
                    holderRule = "role.epithet_recent_person";
                }
            }
            if (holder == null && (!m.roles().isEmpty() || f.lx.titles.containsKey(m.head))) {
                holder = recentHolder(m, m.roleKey, m.roleKey.startsWith("the ") ? 4 : 0);
                holderRule = "role.recent_holder";
            }
            if (holder != null) {
                m.rule = holderRule;
                holder.add(m);
                return;
            }
        }
        if (c == null) {
            c = new Cluster(m.kind, m.name);
            c.plural = m.plural;
            c.head = m.head;
            clusters.add(c);
            descriptions.put(m.kind, false, m.roleKey, c);
        }
        c = c.root();
        c.add(m);
        lastByHead.put(m.kind, m.plural, m.head, c);
    }

    /**
     * @param title   a role title key ({@code title[from…]} is meant; no substring made for it)
     * @param from    where the meant part starts
     * @param oneWord whether a held role need only end with the same word as the meant part (which is one word)
     * @param at      a view offset
     * @return the person most recently mentioned before {@code at} holding such a role
     */
    private Cluster holder(String title, int from, boolean oneWord, int at) {
        Cluster best = null;
        for (int i = clusters.size() - 1; i >= 0 && clusters.size() - i <= SCAN; i--) {
            Cluster p = clusters.get(i).root();
            if (p.kind != ActorKind.PERSON || p.roleOnly || p.isEmpty() || p.mention(0).s > at) {
                continue;
            }
            List<Role> held = p.roles();
            for (int r = 0; r < held.size(); r++) {
                String k = titleKey(held.get(r).title());
                if ((oneWord ? sameLastWord(k, title, from) : sameTail(k, 0, title, from))
                        && (best == null || p.last > best.last)) {
                    best = p;
                }
            }
        }
        return best;
    }

    /** Words after which a role's head has ended: "chairman of the Ohio Republican Party" is a chairman. */
    private static final String[] ROLE_COMPLEMENTS = {" of ", " at ", " for ", " in ", " to ", " with ", " from "};

    /**
     * @return whether the last word of the role key {@code role} equals {@code b} from {@code bFrom} on, that word
     *         not lying in a complement of the role's head ({@code the party} is no epithet for the chairman of
     *         the Ohio Republican Party)
     */
    private static boolean sameLastWord(String role, String b, int bFrom) {
        return headEnd(role) == role.length() && sameTail(role, role.lastIndexOf(' ') + 1, b, bFrom);
    }

    /**
     * The person just talked about, when a role of theirs is the description's title with a complement after it
     * or modifiers before it: {@code Ruth Kane is the chief executive of Orbix. The chief executive said}. Only the
     * last person of the three sentences before: many hold a title that a complement sets apart ({@code the
     * senator} after {@code Cruz, the senator from Texas} may be any senator talked about since).
     *
     * @param m    the description
     * @param key  its title key ({@code key[from…]} is meant)
     * @param from where the meant part starts
     * @return that person, or {@code null}
     */
    private Cluster recentHolder(Mention m, String key, int from) {
        Cluster c = recent(m, ActorKind.PERSON, 3, m.gender);
        if (c == null) {
            return null;
        }
        List<Role> held = c.roles();
        int n = key.length() - from;
        for (int r = 0; r < held.size(); r++) {
            String k = titleKey(held.get(r).title());
            int head = headEnd(k);
            // (not a role held before: "the former chief executive of Orbix … The chief executive said")
            if (head >= n && k.regionMatches(head - n, key, from, n) && !k.startsWith("former ")) {
                return c;
            }
        }
        return null;
    }

    /** @return where a role key's head ends: before its first complement ({@link #ROLE_COMPLEMENTS}), or at its end */
    private static int headEnd(String role) {
        int end = role.length();
        for (String c : ROLE_COMPLEMENTS) {
            int at = role.indexOf(c);
            if (at > 0 && at < end) {
                end = at;
            }
        }
        return end;
    }

    /** @return whether {@code a} from {@code aFrom} on equals {@code b} from {@code bFrom} on */
    private static boolean sameTail(String a, int aFrom, String b, int bFrom) {
        int n = a.length() - aFrom;
        return n == b.length() - bFrom && a.regionMatches(aFrom, b, bFrom, n);
    }

    /** Numbers written as words: "the mother of two" says how many children she has, not whose mother she is. */
    private static final Set<String> SMALL_NUMBERS = Set.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten");

    /**
     * Words that set a description apart from the person just talked about: "the opposing manager", "the new
     * chairman" (after the old one resigned), "a rival candidate".
     */
    private static final Set<String> CONTRASTING = Set.of("opposing", "other", "another", "new", "rival", "fellow",
            "second", "third", "next", "incoming", "visiting", "home");

    /**
     * The person an epithet stands for ("the real estate mogul" after Donald Trump): the last one of the three
     * sentences before it; none when the description itself says it is someone else — it has a possessor ("the
     * victim's mother", "Holt's lawyer"), a word of contrast ({@link #CONTRASTING}) or a kinship head ({@link
     * Lexicon#KINSHIP}).
     */
    private Cluster epithetHolder(Mention m) {
        for (int x = m.ts; x < m.te; x++) {
            if (f.t.is(x, Tokens.POSS) || f.t.is(x, Tokens.LOWER) && CONTRASTING.contains(f.t.key(x))) {
                return null;
            }
        }
        if (m.te > m.ts && f.t.has(m.te - 1, Lexicon.KIN) && !(m.te + 1 < f.t.n && f.t.keyIs(m.te, "of")
                && (f.t.is(m.te + 1, Tokens.NUM) || SMALL_NUMBERS.contains(f.t.key(m.te + 1))))) {
            return null; // "the mother" is someone's mother ("the mother of two" is not)
        }
        Cluster c = recent(m, ActorKind.PERSON, 3, m.gender);
        return c == null || subjectOfSentence(c, m) || asked(c, m) ? null : c;
    }

    /**
     * What {@link #memberHolder} found.
     *
     * @param holder    the person meant, or {@code null}
     * @param ambiguous whether two people of the party were named in one sentence (no one is meant then)
     */
    private record Member(Cluster holder, boolean ambiguous) {
        static final Member NONE = new Member(null, false);
    }

    /**
     * The person a party's member stands for ({@code Sen. Maria Lopez, a Democrat, … the Democrat said}): of the
     * people talked about in the three sentences before it (outside quotes), the nearest whose role names the party
     * (none, and ambiguous, when two in one sentence do); else the only one whose role names no other party.
     */
    private Member memberHolder(Mention m) {
        Cluster member = null;
        int memberSentence = 0;
        Cluster only = null;
        boolean several = false;
        for (int j = m.index - 1; j >= 0 && m.index - j <= 64; j--) {
            Mention x = mentions.get(j);
            if (x.sentence < m.sentence - 3 || member != null && x.sentence < memberSentence) {
                break; // (the party's member nearest before m)
            }
            Cluster c = x.cluster == null || x.quoted || x.e > m.s ? null : x.cluster.root();
            if (c == null || c.kind != ActorKind.PERSON || c.roleOnly || c == only || c == member) {
                continue;
            }
            int party = party(c, m.head);
            if (party > 0 && member != null) {
                return new Member(null, true); // two of the party in one sentence: which one is meant, nothing says
            } else if (party > 0) {
                member = c;
                memberSentence = x.sentence;
            } else if (party == 0) {
                several |= only != null;
                only = c;
            }
        }
        return new Member(member != null ? member : several ? null : only, false);
    }

    /** @return 1 when a role of c names the party of the member noun, -1 when one names another party, else 0 */
    private static int party(Cluster c, String member) {
        int found = 0;
        List<Role> roles = c.roles();
        for (int i = 0; i < roles.size(); i++) {
            String title = roles.get(i).title().toLowerCase(Locale.ROOT);
            for (Map.Entry<String, String[]> p : Lexicon.PARTY_MEMBERS.entrySet()) {
                for (String stem : p.getValue()) {
                    if (title.contains(stem)) {
                        if (p.getKey().equals(member)) {
                            return 1;
                        }
                        found = -1;
                    }
                }
            }
        }
        return found;
    }

    /** The words that open an indirect question after "asked". */
    private static final Set<String> QUESTION_WORDS = Set.of("whether", "if", "about", "what", "why", "how", "when",
            "who", "which");

    /**
     * Whether the person's last mention before m asks a question ({@code Analyst Toni Reyes asked whether …}, {@code
     * Asked by committee chair Meg Hill whether …}): the description after it is the one who answers.
     */
    private boolean asked(Cluster c, Mention m) {
        for (int j = m.index - 1; j >= 0 && m.index - j <= 64; j--) {
            Mention x = mentions.get(j);
            if (x.cluster == null || x.cluster.root() != c) {
                continue;
            }
            if (x.te + 1 < f.t.n && (f.t.keyIs(x.te, "asked") || f.t.keyIs(x.te, "asks"))
                    && QUESTION_WORDS.contains(f.t.key(x.te + 1))) {
                return true; // (not "“…?” Sanders asked.": a question of his own)
            }
            for (int k = x.ts - 1; k >= 1 && x.ts - k <= 4; k--) {
                if (f.t.keyIs(k, "by")) {
                    return f.t.keyIs(k - 1, "asked");
                }
            }
            return false;
        }
        return false;
    }

    /**
     * Whether the person is the subject of m's own sentence before it ("he", "she", or a name before a speech verb,
     * not "a spokeswoman for Clinton says") and m is no predicate: "Rao said she would fire the assistant coach"
     * speaks of someone else (of herself the text would say "herself"), while "Trump's campaign said the nominee",
     * "contrasting Trump with the nominee" and "he is the nominee" may mean him.
     */
    private boolean subjectOfSentence(Cluster c, Mention m) {
        if (m.ts > 0 && Finder.COPULAS.contains(f.t.key(m.ts - 1))) {
            return false;
        }
        for (int j = m.index - 1; j >= 0 && m.index - j <= 64; j--) {
            Mention x = mentions.get(j);
            if (x.sentence != m.sentence) {
                return false;
            }
            // (a "he" or "she" not yet resolved whose verb has m for its object is no one m describes: "She asked
            // the judge to …"; of herself the text would say "herself")
            if ((x.cluster != null ? x.cluster.root() == c : x.type == Mention.PRONOUN && !x.quoted
                    && x.te + 1 == m.ts && f.t.is(x.te, Tokens.LOWER)) && x.e <= m.s
                    && (x.type == Mention.PRONOUN ? f.t.keyIs(x.ts, "he") || f.t.keyIs(x.ts, "she")
                    : f.says(x.te) && !(x.ts > 0 && (f.t.keyIs(x.ts - 1, "for") || f.t.keyIs(x.ts - 1, "of")))
                    || f.t.is(x.ts, Tokens.SENT) && objectOf(x, m))) {
                return true;
            }
        }
        return false;
    }

    /** @return the actor of a kind mentioned last before m, within a few sentences, outside quotes */
    private Cluster recent(Mention m, ActorKind kind, int sentences) {
        return recent(m, kind, sentences, 'u');
    }

    /**
     * @param gender the gender the actor must not contradict ({@code the actress} is no epithet for a man), or
     *               {@code 'u'}
     * @return the actor of a kind mentioned last before m, within a few sentences, outside quotes
     */
    private Cluster recent(Mention m, ActorKind kind, int sentences, char gender) {
        return recent(m, kind, sentences, gender, false);
    }

    /**
     * @param byWord whether only an actor named (by its name or acronym) with the description's head noun for a word
     *               of its name will do ({@code Baltavia Bank … the bank said}, {@code the Ministry of Ports … the
     *               ministry}), or one a description with that noun named in m's sentence or the one before
     *               ({@code Xinhua news agency said … The agency said})
     */
    private Cluster recent(Mention m, ActorKind kind, int sentences, char gender, boolean byWord) {
        int at = m.index;
        for (int j = at - 1; j >= 0 && at - j <= 64; j--) {
            Mention x = mentions.get(j);
            if (x.sentence < m.sentence - sentences) {
                break;
            }
            if (byWord && x.type == Mention.GROUP && x.redirect != null && x.redirect.cluster != null && !x.quoted
                    && m.head.equals(x.head) && x.sentence >= m.sentence - 1) {
                return x.redirect.cluster.root(); // "Xinhua news agency said … The agency said": described so
            }
            if (x.cluster != null && !x.quoted && x.e <= m.s && !(x.affiliation && x.sentence == m.sentence)) {
                // (not where the speaker works: "said Ben Reitzes, an analyst at Melius, who called the company …")
                Cluster c = x.cluster.root();
                if (byWord) {
                    if (c.kind == kind && (x.type == Mention.NAMED || x.type == Mention.ORG
                            || x.type == Mention.ACRONYM) && hasWord(c.name, m.head)) {
                        return c;
                    }
                    continue;
                }
                if (c.kind == kind && !c.roleOnly && (gender == 'u' || c.gender == 'u' || c.gender == gender)) {
                    return c;
                }
                if (kind == ActorKind.ORGANISATION && COMPANY_NOUNS.contains(m.head) && m.sentence == x.sentence + 1
                        && m.te < f.t.n && f.t.has(m.te, Lexicon.SAYING) && loneActingName(c)) {
                    return c; // "Kering said on Tuesday … The company said" (see namesOfPeopleNamedOtherwise)
                }
            }
        }
        return null;
    }

    /**
     * @return the one company named in m's sentence or the one before it, before m and outside quotes: an organisation
     *         the lexicon lists as a company, or one that neither its name ({@code Food Standards Agency}) nor a
     *         description ({@code the consultancy Harwell}) gives another kind; {@code null} when there is none, or
     *         more than one
     */
    private Cluster onlyCompanyNear(Mention m) {
        Cluster found = null;
        for (int j = m.index - 1; j >= 0 && m.index - j <= 64; j--) {
            Mention x = mentions.get(j);
            if (x.sentence < m.sentence - 1) {
                break;
            }
            if (x.cluster == null || x.quoted || x.e > m.s || x.kind != ActorKind.ORGANISATION
                    || x.type != Mention.NAMED && x.type != Mention.ORG && x.type != Mention.ACRONYM
                    && !(x.type == Mention.SINGLE && "organisation.short_name".equals(x.rule)) // ("Osprey said")
                    || x.affiliation && x.sentence == m.sentence || objectOf(x, m)) {
                continue;
            }
            Cluster c = x.cluster.root();
            if (c.kind != ActorKind.ORGANISATION
                    || !x.company && (namesOtherBody(c.name) || describedOtherwise(c, m, j))) {
                continue; // not a company of this kind
            }
            if (found != null && found != c) {
                return null;
            }
            found = c;
        }
        return found;
    }

    /** How many mentions back {@link #aliasOwner} looks for the actor a name names. */
    private static final int ALIAS_LOOK_BACK = 500;

    /**
     * @return the actor that description m's words name, being its name or an alias of it in the lexicon
     *         ({@code the security council}; {@code the central bank} after {@code the Bank of Canada}, an alias
     *         of several, names the one of them mentioned last): the one named last before m and not far back;
     *         {@code null} when the words are no such name, none of their actors was named, or another actor named
     *         with those words came after it ({@code the Hale workers' union … the union})
     */
    private Cluster aliasOwner(Mention m) {
        Lexicon.Entry e = f.lx.phrases.get(Lexicon.key(m.name));
        if (e == null) {
            return null;
        }
        for (int j = m.index - 1; j >= 0 && m.index - j <= ALIAS_LOOK_BACK; j--) {
            Mention x = mentions.get(j);
            if (x.cluster == null) {
                continue;
            }
            if (e.names().contains(x.name)) {
                return x.cluster.root();
            }
            if (hasWords(x.cluster.root().name, m.name)) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether the only words between m's article and its noun say where the body is based ({@code the Austin-based
     * company}): a description of the body named before, as {@code the company} is (not of a name right after it:
     * {@code the Virginia-based firm Billy Casper Golf}).
     */
    private boolean whereBased(Mention m) {
        int x = m.ts + 1;
        while (x < m.te - 1 && f.based(x)) {
            x++;
        }
        return x > m.ts + 1 && x == m.te - 1 && !(m.te < f.t.n && f.t.adjacent(m.te) && f.t.is(m.te, Tokens.CAP));
    }

    /**
     * Whether description m is the object of the verb right after x, so another actor than x: {@code Hale & Dorr
     * advised the bank}; for a person, only when x opens the sentence ({@code Speaker Harold Penwick rebuked the
     * transport minister}; not "… unendorse Trump after the billionaire claimed": Trump is no subject there). Not a
     * clause's subject after a verb of speech ({@code Barclays said the bank would}).
     */
    private boolean objectOf(Mention x, Mention m) {
        int verb = x.te;
        return verb + 1 == m.ts && x.sentence == m.sentence && f.t.is(verb, Tokens.LOWER) && f.t.adjacent(verb)
                && f.t.adjacent(m.ts)
                && !f.t.has(verb, Lexicon.SAYING | Lexicon.PREPOSITION | Lexicon.CONNECTOR | Lexicon.AUXILIARY);
    }

    /**
     * Whether a description of another noun names the organisation ("the shipping consultancy Harwell"): one of its
     * mentions, or one that joins it when descriptions standing by a name do (its redirect), from m back to 16
     * mentions before j, the organisation's mention ("Marrow, the maker of …" after it, "the consultancy Harwell"
     * before). For a kind of business ({@link Mention#kindOfBusiness}), any description in other words: "Marrow,
     * the maker of the Quill tablet … The car maker said" is another company.
     */
    private boolean describedOtherwise(Cluster c, Mention m, int j) {
        for (int k = 0; k < c.size(); k++) {
            if (otherHead(c.mention(k), m)) {
                return true;
            }
        }
        for (int k = m.index - 1; k >= 0 && j - k <= 16; k--) {
            Mention d = mentions.get(k);
            if (otherHead(d, m) && d.redirect != null && d.redirect.cluster != null && d.redirect.cluster.root() == c) {
                return true;
            }
        }
        return false;
    }

    private static boolean otherHead(Mention d, Mention m) {
        return d.type == Mention.GROUP && d.head != null && d != m
                && !(m.kindOfBusiness ? Objects.equals(d.roleKey, m.roleKey) : d.head.equals(m.head));
    }

    /** Whether a word of the name is a body's noun other than a company's or an outlet's ("Agency", "Council"). */
    private boolean namesOtherBody(String name) {
        int from = 0;
        for (int i = 0; i <= name.length(); i++) {
            if (i == name.length() || name.charAt(i) == ' ') {
                String w = Lexicon.key(name.substring(from, i));
                Lexicon.GroupNoun g = f.lx.groupNouns.get(w);
                if (g != null && g.body() && !f.lx.businessNouns.contains(w) && !f.lx.mediaNouns.contains(w)) {
                    return true;
                }
                from = i + 1;
            }
        }
        return false;
    }

    /**
     * Words that make a business noun another kind of institution than most companies: {@code Corvane Energy … The
     * investment bank}, {@code Kestrel Bank … The central bank}, {@code Dunmore Homes … The accounting firm}.
     */
    private static final Set<String> INSTITUTION_KINDS = Set.of("central", "investment", "development",
            "merchant", "accounting", "law", "audit", "auditing", "consulting", "advisory", "ratings", "rating");

    /**
     * Whether a word of description m's name (before its noun) is one of the {@link #INSTITUTION_KINDS} and no word
     * of the name of the organisation it might describe ({@code the development bank} is the Government Development
     * Bank). Other business nouns in the name say nothing: a bank is a lender ({@code Penn Bank … The mortgage
     * lender said}).
     */
    private static boolean otherInstitution(Mention m, String name) {
        String words = m.name;
        int from = 0;
        for (int space = words.indexOf(' '); space > 0; space = words.indexOf(' ', from)) {
            String w = words.substring(from, space);
            if (INSTITUTION_KINDS.contains(Lexicon.key(w)) && !hasWord(name, w)) {
                return true;
            }
            from = space + 1;
        }
        return false;
    }

    /**
     * Whether description m's words name sectors of business and the organisation's name names only others
     * ({@code Marlow Bank … The charter airline}, {@code Ostra Motors … The insurer}): another company.
     */
    private boolean otherSector(Mention m, String name) {
        long described = sectors(m.name);
        long named = sectors(name);
        return described != 0 && named != 0 && (described & named) == 0;
    }

    /** @return the bits of the sectors that the words name ({@code Lexicon#sectors}), or 0 */
    private long sectors(String words) {
        long bits = 0;
        int from = 0;
        for (int i = 0; i <= words.length(); i++) {
            if (i == words.length() || words.charAt(i) == ' ') {
                bits |= f.lx.sectors.getOrDefault(Lexicon.key(words.substring(from, i)), 0L);
                from = i + 1;
            }
        }
        return bits;
    }

    /** Whether every word of {@code words} is a word of {@code name}, ignoring case. */
    private static boolean hasWords(String name, String words) {
        int from = 0;
        for (int i = 0; i <= words.length(); i++) {
            if (i == words.length() || words.charAt(i) == ' ') {
                if (!hasWord(name, Lexicon.key(words.substring(from, i)))) {
                    return false;
                }
                from = i + 1;
            }
        }
        return true;
    }

    /** Whether {@code word} (lower case) is a word of {@code name}, ignoring case. */
    private static boolean hasWord(String name, String word) {
        int n = word.length();
        for (int i = 0; i + n <= name.length(); i++) {
            if ((i == 0 || name.charAt(i - 1) == ' ') && (i + n == name.length() || name.charAt(i + n) == ' ')
                    && name.regionMatches(true, i, word, 0, n)) {
                return true;
            }
        }
        return false;
    }

    /** Ties each role named without a person ("the US Secretary of State") to the person who holds it. */
    private void linkRoles() {
        if (roles.isEmpty()) {
            return;
        }
        for (Cluster r : roles.values()) { // merging changes clusters, never this map
            if (r.into != null || r.isEmpty()) {
                continue;
            }
            Cluster holder = null;
            String rule = null;
            for (int i = clusters.size() - 1; i >= 0 && clusters.size() - i <= SCAN; i--) {
                Cluster p = clusters.get(i).root();
                if (p == r || p.kind != ActorKind.PERSON || p.roleOnly || p.into != null) {
                    continue;
                }
                List<Role> held = p.roles();
                for (int h = 0; h < held.size(); h++) {
                    String k = titleKey(held.get(h).title());
                    if (k.equals(r.key) || k.length() > 6 && similar(k, r.key, 95)) {
                        holder = p;
                        rule = "role.same_title";
                        break;
                    }
                }
                if (holder != null) {
                    break;
                }
            }
            if (holder == null && (r.key.indexOf(' ') < 0 || r.key.startsWith("former ")
                    && r.key.indexOf(' ', 7) < 0)) {
                holder = holder(r.key, r.key.lastIndexOf(' ') + 1, true, r.mention(0).s);
                rule = "role.same_title";
            }
            if (holder == null && !dir.entries().isEmpty()) {
                List<ActorDirectory.Entry> known = dir.withRole(r.name);
                if (known.size() == 1) {
                    holder = clusterNamed(known.get(0));
                    rule = "directory.role";
                    if (holder == null) {
                        r.name = known.get(0).name();
                        r.kind = known.get(0).kind();
                        r.roleOnly = false;
                        for (int i = 0; i < r.size(); i++) {
                            r.mention(i).rule = rule;
                        }
                        continue;
                    }
                }
            }
            if (holder == null && r.mention(0).rule.equals("role.description")) {
                // "the real estate mogul": an epithet for the person the text was just talking about
                holder = epithetHolder(r.mention(0));
                rule = "role.epithet_recent_person";
            }
            if (holder == null && r.size() == 1 && f.t.is(r.mention(0).ts, Tokens.SENT)) {
                // "The High Representative … launches": a role opening a sentence continues the previous one
                Mention m = r.mention(0);
                Cluster only = null;
                int count = 0;
                int at = m.index;
                int sentence = -1;
                for (int j = at - 1; j >= 0 && at - j <= 64; j--) {
                    Mention x = mentions.get(j);
                    if (x.block != m.block || x.sentence < m.sentence - 2 || sentence >= 0 && x.sentence < sentence) {
                        break;
                    }
                    if (x.cluster != null && x.sentence < m.sentence && !x.quoted) {
                        Cluster p = x.cluster.root();
                        if (p.kind == ActorKind.PERSON && !p.roleOnly) {
                            sentence = x.sentence;
                            if (p != only) {
                                only = p;
                                count++;
                            }
                        }
                    }
                }
                if (count == 1 && !asked(only, m)) {
                    holder = only;
                    rule = "role.previous_sentence_person";
                }
            }
            if (holder != null) {
                holder.merge(r, rule);
            }
        }
    }

    private Cluster clusterNamed(ActorDirectory.Entry e) {
        for (Cluster c : clusters) {
            Cluster r = c.root();
            if (r.into == null && !r.isEmpty() && r.name.equals(e.name())) {
                return r;
            }
        }
        return null;
    }

    /** Renames what the directory knows and merges two actors it says are one. */
    private void directory() {
        if (dir.entries().isEmpty()) {
            return;
        }
        Map<ActorDirectory.Entry, Cluster> seen = new HashMap<>();
        for (Cluster c : clusters) {
            if (c.into != null || c.isEmpty()) {
                continue;
            }
            ActorDirectory.Entry e = dir.find(c.name);
            if (e == null) {
                for (int i = 0; i < c.size(); i++) {
                    Mention m = c.mention(i);
                    if (m.mk == MentionKind.NAME || m.mk == MentionKind.ACRONYM) {
                        e = dir.find(m.name != null ? m.name : doc.text().substring(m.s, m.e));
                        if (e != null) {
                            break;
                        }
                    }
                }
            }
            if (e == null) {
                continue;
            }
            Cluster other = seen.get(e);
            if (other != null) {
                other.merge(c, null);
                continue;
            }
            seen.put(e, c);
            c.name = e.name();
            c.kind = e.kind();
            c.roleOnly = false;
            for (String r : e.roles()) {
                c.putRole(r.toLowerCase(Locale.ROOT), Role.known(r));
            }
        }
    }

    // ---------------------------------------------------------------- pronouns

    /** Pronouns that may stand for the subject of their own clause: what tells a person's gender. */
    private static final Set<String> GENDERING = Set.of("he", "she", "his");

    /**
     * Whether mention j owns the mention right after it and that one fits the pronoun: "India's Ministry of External
     * Affairs … what it called" is the ministry, though India is mentioned first. Read for "it" and "they" only:
     * for "he" and "she" the head after a person's name is as often a misread name ("Rubio's Big Night").
     */
    private boolean possessorOfFitting(int j, char pronoun) {
        Mention a = mentions.get(j);
        if (a.te >= f.t.n || !f.t.is(a.te, Tokens.POSS) || j + 1 >= mentions.size()) {
            return false;
        }
        Mention head = mentions.get(j + 1);
        return head.ts == a.te + 1 && head.cluster != null && fits(pronoun, head.cluster.root());
    }

    private void pronouns() {
        for (int i = 0; i < mentions.size(); i++) {
            Mention p = mentions.get(i);
            if (p.type != Mention.PRONOUN) {
                continue;
            }
            if (p.pronoun == 'r') {
                relative(i, p);
                continue;
            }
            Mention speaker = p.pronoun == 'n' && !p.quoted ? itsSpeaker(i, p) : null;
            Mention best = speaker;
            Mention exact = null;
            Mention voice = null; // a mention that spoke, for a pronoun that speaks
            int bestSentence = speaker != null ? speaker.sentence : -1;
            // "it" and "they" look one sentence back, two when they speak ("The company said workers would go.
            // They had worked there for decades. It said …")
            boolean speaks = p.te < f.t.n && f.t.has(p.te, Lexicon.SAYING);
            int reach = speaks ? 2 : 1;
            // "The debt an average student has is affordable, he said": what was said names no speaker in a
            // person described as any one
            boolean saidAfter = speaks && p.ts >= 1 && f.t.punct(p.ts - 1) == ',';
            Cluster other = null; // the actor a pronoun of the other gender stands for, earlier in the sentence
            boolean alone = false; // whether one actor alone fits the pronoun in its sentence
            for (int j = i - 1; speaker == null && j >= 0 && i - j <= PRONOUN_WINDOW; j--) {
                Mention a = mentions.get(j);
                boolean person = p.pronoun == 'm' || p.pronoun == 'f';
                if (a.sentence < p.sentence - (person ? 2 * PRONOUN_SENTENCES : PRONOUN_SENTENCES)
                        || a.block < p.block - (person ? 2 : 1)) {
                    break;
                }
                if (bestSentence >= 0 && a.sentence < bestSentence) {
                    break; // the leftmost fitting mention of the nearest sentence that has one
                }
                if (a.cluster == null || a.e > p.s || a.quoted && !p.quoted) {
                    continue;
                }
                if (saidAfter && a.sentence == p.sentence && a.type == Mention.GROUP && indefinite(a)) {
                    continue;
                }
                if ((p.pronoun == 'n' || p.pronoun == 'p') && (p.quoted || a.sentence < p.sentence - reach
                        || a.block < p.block - 1)) {
                    continue;
                }
                Cluster ac = a.cluster.root();
                if (a.mk == MentionKind.DEMONYM && !a.plural && a.te < f.t.n && f.t.is(a.te, Tokens.LOWER)) {
                    continue; // an adjective ("the Australian builder"), not what "it" stands for
                }
                if (person && a.type == Mention.PRONOUN && a.sentence == p.sentence
                        && (a.pronoun == 'm' || a.pronoun == 'f') && a.pronoun != p.pronoun) {
                    other = ac; // "He said she had been …": not the one "he" stands for in the same sentence
                }
                if (ac == other) {
                    continue;
                }
                if (fits(p.pronoun, ac) && (person || !possessorOfFitting(j, p.pronoun))) {
                    alone = best == null || alone && best.cluster.root() == ac;
                    best = a;
                    bestSentence = a.sentence;
                    if (ac.gender == p.pronoun || p.pronoun == 'p' && plural(a, ac)) {
                        exact = a; // a known gender beats an unknown one in the same sentence, a plural one named alone
                    }
                    if (speaks && spoke(a)) {
                        voice = a;
                    }
                }
            }
            if (best == null) {
                continue;
            }
            if (exact != null && exact.sentence == best.sentence) {
                best = exact;
            }
            if (voice != null && voice.sentence == best.sentence) {
                // "Gunmen killed 23 people in Niger, the defence ministry said. It said …": what spoke speaks on
                best = voice;
            }
            Cluster c = best.cluster.root();
            p.kind = c.kind;
            p.rule = pronounRule(best.sentence == p.sentence, c);
            c.add(p);
            if (alone && f.t.is(best.ts, Tokens.SENT) && GENDERING.contains(f.t.key(p.ts))) {
                // "Blinken announced that he will …": the one person that "he" may stand for in the nearest sentence
                // that names one, and that sentence's subject, is a man, which decides a later "he" between him and
                // a man of a known first name ("… Sergei Lavrov. And he …"); not "her", which may be an object, and
                // an object is not its own clause's subject ("Obama backed her up")
                c.gender = p.pronoun;
            }
        }
    }

    /**
     * Whether an organisation may be what a general noun of business describes ({@code the company}, {@code the
     * firm}): one with a name, or one only described and with a noun of business or a general one (not {@code
     * the regulator}, {@code the court}).
     */
    private boolean businessLike(Cluster c) {
        String head = null;
        for (int i = 0; i < c.size(); i++) {
            Mention x = c.mention(i);
            if (x.type != Mention.GROUP || x.head == null) {
                return true;
            }
            head = x.head;
        }
        return head == null || ORG_NOUNS.contains(head) || f.lx.businessNouns.contains(head);
    }

    /** Whether a description opens with "a" or "an", perhaps before a few lower-case modifiers ("an average"). */
    private boolean indefinite(Mention a) {
        Tokens t = f.t;
        for (int k = a.ts; k >= 0 && a.ts - k <= 2 && t.is(k, Tokens.LOWER); k--) {
            if (t.keyIs(k, "a") || t.keyIs(k, "an")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a saying verb has the mention for its subject: before it, or inverted after it at the clause's end
     * ("…, said the ministry."; not "says the main goal of the effort is …", whose phrase is what was said).
     */
    private boolean spoke(Mention a) {
        Tokens t = f.t;
        return a.te < t.n && t.has(a.te, Lexicon.SAYING) && t.is(a.te, Tokens.LOWER)
                || a.ts >= 1 && t.has(a.ts - 1, Lexicon.SAYING) && t.is(a.ts - 1, Tokens.LOWER)
                && (a.te >= t.n || t.punct(a.te) != 0);
    }

    /**
     * "The ministry said it would …", "South Africa's Department of Home Affairs said it had …": the "it" right after
     * a saying verb (and "that") is what spoke, the whole phrase before the verb (not a country inside it). A name
     * that no list holds, typed a person for want of evidence, that says "it" of itself so is an organisation's
     * ("Eskom said it would cut power").
     *
     * @return the mention of what spoke, or {@code null} when p follows no saying verb with a subject that fits
     */
    private Mention itsSpeaker(int i, Mention p) {
        Tokens t = f.t;
        int verb = p.ts - 1;
        if (verb >= 1 && t.keyIs(verb, "that")) {
            verb--;
            // "said on Tuesday that it", "told reporters that it": a short phrase between the verb and "that"
            for (int v = verb; v >= 1 && verb - v < 5 && t.punct(v) == 0; v--) {
                if (t.has(v, Lexicon.SAYING) && t.is(v, Tokens.LOWER)) {
                    verb = v;
                    break;
                }
            }
        }
        if (verb < 1 || !t.has(verb, Lexicon.SAYING) || !t.is(verb, Tokens.LOWER)) {
            return null;
        }
        int end = verb;
        if (t.punct(verb - 1) == ',') {
            // "Lendlease, the Australian builder, said it": the subject ends where its apposition opens
            for (int k = verb - 2; k >= 1 && verb - k <= 10 && (t.punct(k) == 0 || t.punct(k) == ','); k--) {
                if (t.punct(k) == ',') {
                    end = k;
                    break;
                }
            }
        }
        Mention a = null;
        for (int j = i - 1; j >= 0 && i - j <= 12; j--) {
            Mention x = mentions.get(j);
            if ((x.te == verb || x.te == end) && x.cluster != null && (a == null || x.ts < a.ts)) {
                a = x; // the outermost phrase that ends at the verb (or at its subject's apposition)
            }
        }
        if (a == null) {
            return null;
        }
        Cluster c = a.cluster.root();
        if (namedOnly(c)) {
            asOrganisation(c);
        }
        return fits(p.pronoun, c) && !c.plural ? a : null;
    }

    /** Whether the actor is a person only by capitalised words no list holds (no first name, role or gender). */
    private static boolean namedOnly(Cluster c) {
        return c.kind == ActorKind.PERSON && !c.roleOnly && c.gender == 'u' && c.roles().isEmpty()
                && capitalisedOnly(c);
    }

    /** Whether the actor is {@link #namedOnly} by one word, which some verb has for its subject ("Kering said"). */
    private static boolean loneActingName(Cluster c) {
        if (!namedOnly(c) || c.name.indexOf(' ') >= 0) {
            return false;
        }
        for (int k = 0; k < c.size(); k++) {
            if (c.mention(k).rule.equals("name.acts")) {
                return true;
            }
        }
        return false;
    }

    /** Makes an actor an organisation, every mention of it too. */
    private static void asOrganisation(Cluster c) {
        c.kind = ActorKind.ORGANISATION;
        for (int k = 0; k < c.size(); k++) {
            c.mention(k).kind = ActorKind.ORGANISATION;
        }
    }

    /** "Blinken, who …", "officials who …", "the ministry, which …": the phrase right before. */
    private void relative(int i, Mention p) {
        char before = p.ts >= 1 ? f.t.punct(p.ts - 1) : 0;
        boolean comma = before == ',' || before == '\u2014' || before == '\u2013';
        int end = comma ? p.ts - 1 : p.ts;
        Mention best = null;
        for (int j = i - 1; j >= 0 && i - j <= 12; j--) {
            Mention a = mentions.get(j);
            if (a.te == end && a.cluster != null && (best == null || a.ts < best.ts)) {
                best = a;
            }
            if (a.te < end - MAX_PHRASE_TOKENS) {
                break;
            }
        }
        if (best == null) {
            return;
        }
        Cluster c = best.cluster.root();
        boolean which = f.t.key(p.ts).equals("which");
        boolean place = c.kind == ActorKind.PLACE || c.kind == ActorKind.COUNTRY;
        int link = best.ts - 1 >= 1 && f.t.keyIs(best.ts - 1, "the") ? best.ts - 2 : best.ts - 1;
        if (!which && (place || c.kind == ActorKind.ORGANISATION) && link >= 1 && (f.t.keyIs(link, "of")
                || f.t.keyIs(link, "from") || !place && f.t.keyIs(link, "at"))) {
            // "Senator Ted Cruz of Texas, who …", "Sergeant Mei Tan of the Singapore Police Force, who …": the
            // person, not the place or the body (a place's "of" may follow anyone: "the mayor of Lindmouth, who")
            for (int j = best.index - 1; j >= 0 && j >= i - 16; j--) {
                Mention a = mentions.get(j);
                if (a.te == link && a.cluster != null && (place || a.cluster.root().kind == ActorKind.PERSON)) {
                    best = a;
                    c = a.cluster.root();
                    break;
                }
            }
        }
        if (which ? c.kind == ActorKind.PERSON : c.kind == ActorKind.PLACE || c.kind == ActorKind.COUNTRY) {
            return;
        }
        p.kind = c.kind;
        p.rule = "pronoun.relative";
        c.add(p);
    }

    /**
     * Whether mention a (of cluster c) is plural: a plural group or description ({@code the teams}), a name written
     * as a plural its actor's name is not ({@code Democrats} for the Democratic Party; not {@code General Motors},
     * {@code the United States}), or a name joined by "and" to the mention next to it ({@code France and
     * Britain}), which "they" prefers to an organisation or a country named alone.
     */
    private boolean plural(Mention a, Cluster c) {
        if (c.kind == ActorKind.GROUP) {
            return c.plural;
        }
        Tokens t = f.t;
        int last = a.te - 1;
        if (f.pluralShape(last)) {
            return a.type == Mention.GROUP || !c.name.endsWith(t.text(last));
        }
        int i = a.index;
        return i + 1 < mentions.size() && t.keyIs(a.te, "and") && startsAfter(mentions.get(i + 1), a.te + 1)
                || i > 0 && a.ts > 0 && t.keyIs(a.ts - 1, "and") && mentions.get(i - 1).te == a.ts - 1;
    }

    /** @return whether mention m starts at token at, or after an article there */
    private boolean startsAfter(Mention m, int at) {
        return m.ts == at || m.ts == at + 1 && f.t.keyIs(at, "the");
    }

    private static boolean fits(char pronoun, Cluster c) {
        switch (pronoun) {
            case 'm':
            case 'f':
                return (c.kind == ActorKind.PERSON || c.kind == ActorKind.GROUP && !c.plural)
                        && genderFits(c.gender, pronoun);
            case 'p':
                return c.kind == ActorKind.GROUP && (c.plural || c.gender == Finder.COLLECTIVE)
                        || c.kind == ActorKind.ORGANISATION || c.kind == ActorKind.COUNTRY || c.kind == ActorKind.MEDIA;
            case 'n':
                return c.kind == ActorKind.ORGANISATION || c.kind == ActorKind.COUNTRY || c.kind == ActorKind.MEDIA
                        || c.kind == ActorKind.GROUP && c.gender == Finder.COLLECTIVE;
            default:
                return false;
        }
    }

    /** The rules of a pronoun's link: by sentence (same, previous), then by what the antecedent is. */
    private static final String[][] PRONOUN_RULES = {
        pronounRules("same_sentence"), pronounRules("previous_sentence"),
    };

    private static String[] pronounRules(String sentence) {
        String[] what = {"male_person", "female_person", "person", "group", "country", "organisation"};
        String[] out = new String[what.length];
        for (int i = 0; i < what.length; i++) {
            out[i] = "pronoun." + sentence + "." + what[i];
        }
        return out;
    }

    /** @return the rule of a pronoun linked to {@code c}, one shared String per rule (none made per pronoun) */
    private static String pronounRule(boolean sameSentence, Cluster c) {
        return PRONOUN_RULES[sameSentence ? 0 : 1][what(c)];
    }

    /** @return what the antecedent is, as an index into {@link #pronounRules} */
    private static int what(Cluster c) {
        if (c.kind == ActorKind.PERSON) {
            return c.gender == 'm' ? 0 : c.gender == 'f' ? 1 : 2;
        }
        return c.kind == ActorKind.GROUP ? 3 : c.kind == ActorKind.COUNTRY ? 4 : 5;
    }

    // ---------------------------------------------------------------- output

    private ActorAnalysis output() {
        boolean directory = !dir.entries().isEmpty();
        List<Cluster> live = new ArrayList<>(clusters.size());
        int total = 0;
        for (Cluster c : clusters) {
            if (c.into == null && !c.isEmpty() && !quotedDescription(c)) {
                c.sortMentions();
                live.add(c);
                total += c.size();
            }
        }
        live.sort(BY_FIRST_MENTION);
        Actor[] actors = new Actor[live.size()];
        Aliases aliases = new Aliases();
        for (int i = 0; i < actors.length; i++) {
            Cluster c = live.get(i);
            c.out = i;
            actors[i] = actor(i, c, directory, aliases);
        }
        return positions(List.of(actors), live, total);
    }

    /**
     * Whether an unnamed description is all the report says of the actor, and only inside quotation marks
     * ("“We are seeing patients sleep in corridors,” said Dr Okafor"): the speaker's words, not a party to the
     * report. Names, titles and anything mentioned outside the marks stay actors.
     */
    private static boolean quotedDescription(Cluster c) {
        for (int k = 0; k < c.size(); k++) {
            Mention m = c.mention(k);
            if (!m.quoted || m.type != Mention.GROUP && m.type != Mention.PRONOUN) {
                return false;
            }
        }
        return true;
    }

    /** @return the output actor at index i, of cluster c; {@code aliases} is the work list its aliases are read into */
    private Actor actor(int i, Cluster c, boolean directory, Aliases aliases) {
        String name = canonical(c, directory);
        org.reportage.core.Mention[] out = outputMentions(c);
        aliases.clear();
        String text = doc.text();
        for (int k = 0; k < out.length; k++) {
            Mention m = c.mention(k);
            if (m.mk == MentionKind.NAME || m.mk == MentionKind.ACRONYM || m.mk == MentionKind.DEMONYM
                    || m.mk == MentionKind.METONYM) {
                alias(m, out[k].text(), name, text, aliases);
            }
        }
        // immutable lists, which the record keeps as they are (List.of(array) copies the array once, an empty list
        // nothing)
        // one unnamed person described ("a spokesman", "the victim's mother") is a person; the resolver reads it
        // as a group of one, which pronouns take as a person too (see fits)
        ActorKind kind = c.kind == ActorKind.GROUP && !c.plural && c.gender != Finder.COLLECTIVE ? ActorKind.PERSON
                : c.kind;
        return new Actor(id(i), name, kind, aliases.list.isEmpty() ? List.of() : List.copyOf(aliases.list),
                List.copyOf(c.roles()), List.of(out));
    }

    /** @return the output mentions of an actor, in its order, with input offsets and the input's text */
    private org.reportage.core.Mention[] outputMentions(Cluster c) {
        TextView view = doc.view();
        CharSequence input = view.input();
        int base = view.base();
        org.reportage.core.Mention[] out = new org.reportage.core.Mention[c.size()];
        TextView.Ranges ranges = view.ranges(); // the mentions are in order of position
        for (int k = 0; k < out.length; k++) {
            Mention m = c.mention(k);
            // the offsets TextView.span gives, without a Span per mention
            int s = ranges.start(m.s);
            int e = ranges.end(m.e);
            out[k] = new org.reportage.core.Mention(base + s, base + e, text(out, k, input, s, e), m.mk, m.rule);
        }
        return out;
    }

    /**
     * Adds a name mention's wording to the actor's aliases unless it is the actor's name, blank or listed already.
     *
     * @param inputText the input's text of the mention
     * @param name      the actor's name
     * @param text      the view text
     */
    private static void alias(Mention m, String inputText, String name, String text, Aliases aliases) {
        String a;
        if (m.type == Mention.PERSON || m.type == Mention.SINGLE) {
            a = m.name;
            if (a == null || a.isBlank() || a.equals(name) || aliases.contains(a)) {
                return;
            }
        } else {
            // the name, or an alias already listed: no substring made to find that out
            if (name.length() == m.e - m.s && text.regionMatches(m.s, name, 0, m.e - m.s)
                    || aliases.more == null && isAlias(aliases.list, text, m.s, m.e)) {
                return;
            }
            a = inputText; // the input's text of the mention, when the view's is the same
            if (a.length() != m.e - m.s || !text.regionMatches(m.s, a, 0, a.length())) {
                a = text.substring(m.s, m.e);
            }
            if (a.isBlank() || aliases.more != null && aliases.more.contains(a)) {
                return;
            }
        }
        aliases.add(a);
    }

    /** An actor's aliases, each once, in order of first use: a list while short, a set beside it when long. */
    private static final class Aliases {
        final List<String> list = new ArrayList<>();
        /** The same aliases once there are more than a few; {@code null} before. */
        Set<String> more;

        void clear() {
            list.clear();
            more = null;
        }

        boolean contains(String a) {
            return more != null ? more.contains(a) : list.contains(a);
        }

        void add(String a) {
            list.add(a);
            if (more != null) {
                more.add(a);
            } else if (list.size() > 8) {
                more = new HashSet<>(list);
            }
        }
    }

    /**
     * The analysis, its mentions in position order (start, then the longer first, then by actor), read off the
     * mention list, which is sorted so: a mention goes before the ones of later actors with the same span. When the
     * lists do not tally (a mention in no live actor or in two), the actors' mentions are sorted instead.
     */
    private Analysis positions(List<Actor> actors, List<Cluster> live, int total) {
        Mention[] ms = new Mention[total];
        int[] of = new int[total];
        int v = 0;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.cluster == null || m.cluster.out < 0) {
                continue;
            }
            if (v == total) {
                return sorted(actors, live, total);
            }
            int a = m.cluster.out;
            int j = v++;
            for (; j > 0 && ms[j - 1].s == m.s && ms[j - 1].e == m.e && of[j - 1] > a; j--) {
                ms[j] = ms[j - 1];
                of[j] = of[j - 1];
            }
            ms[j] = m;
            of[j] = a;
        }
        return v == total ? new Analysis(actors, live, ms, of) : sorted(actors, live, total);
    }

    /** @return the analysis, its mentions gathered actor by actor and sorted stably by position */
    private static Analysis sorted(List<Actor> actors, List<Cluster> live, int total) {
        Mention[] byActor = new Mention[total];
        int[] actorOf = new int[total];
        Integer[] order = new Integer[total];
        int v = 0;
        for (int i = 0; i < live.size(); i++) {
            Cluster c = live.get(i);
            for (int k = 0; k < c.size(); k++) {
                byActor[v] = c.mention(k);
                actorOf[v] = i;
                order[v] = v++;
            }
        }
        java.util.Arrays.sort(order, (x, y) -> Mention.BY_POSITION.compare(byActor[x], byActor[y])); // stable
        Mention[] ms = new Mention[total];
        int[] of = new int[total];
        for (int k = 0; k < total; k++) {
            ms[k] = byActor[order[k]];
            of[k] = actorOf[order[k]];
        }
        return new Analysis(actors, live, ms, of);
    }

    /** How many of an actor's mentions before one are asked whether they have its text already. */
    private static final int SAME_TEXT = 8;

    /**
     * @return the text of input[s, e): the string of one of the last few mentions of the actor before {@code k}
     *         when it has the same characters ("he", a surname again), else a new one
     */
    private static String text(org.reportage.core.Mention[] out, int k, CharSequence input, int s, int e) {
        for (int j = k - 1; j >= 0 && j >= k - SAME_TEXT; j--) {
            String t = out[j].text();
            if (t.length() == e - s && same(input, s, t)) {
                return t;
            }
        }
        return input.subSequence(s, e).toString();
    }

    /** @return whether input has the characters of t at s */
    private static boolean same(CharSequence input, int s, String t) {
        for (int i = 0; i < t.length(); i++) {
            if (input.charAt(s + i) != t.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** @return whether one of the aliases is text[s, e) */
    private static boolean isAlias(List<String> aliases, String text, int s, int e) {
        for (int i = 0; i < aliases.size(); i++) {
            String a = aliases.get(i);
            if (a.length() == e - s && text.regionMatches(s, a, 0, e - s)) {
                return true;
            }
        }
        return false;
    }

    /** The ids of the first actors of a report, made once: "a1", "a2", … (shared, never changed). */
    private static final String[] IDS = new String[256];

    static {
        for (int i = 0; i < IDS.length; i++) {
            IDS[i] = "a" + (i + 1);
        }
    }

    /** @return the id of the actor at index i: "a" and its number from 1 */
    private static String id(int i) {
        return i < IDS.length ? IDS[i] : "a" + (i + 1);
    }

    /** @param directory whether the parse has a directory (without one, no rule of it links a mention) */
    private static String canonical(Cluster c, boolean directory) {
        String name = c.name;
        if (c.kind == ActorKind.PERSON && !c.roleOnly) {
            int best = -1;
            for (int i = 0; i < c.size(); i++) {
                Mention m = c.mention(i);
                if ((m.type == Mention.PERSON || m.type == Mention.SINGLE) && m.nameKeys != null && m.nickOf == null
                        && m.nameKeys.length > best && m.name != null && !"directory".equals(m.rule)) {
                    best = m.nameKeys.length;
                    name = m.name;
                }
            }
            if (c.name != null && (best < 0 || c.nameKeys != null && c.nameKeys.length >= best
                    && !c.name.isBlank() && directory && anyFromDirectory(c))) {
                name = c.name;
            }
            if (name != null && !hasLowerCase(name)) {
                name = titleCase(name); // a transcript's "MORRISON:", a name only ever written in capitals
            }
        }
        if (name == null || name.isBlank()) {
            name = c.mention(0).name;
        }
        return name == null || name.isBlank() ? "?" : name.strip();
    }

    private static boolean hasLowerCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** @return the name in capitals written as names are: "DE LUCA" as "De Luca", "O'NEILL" as "O'Neill" */
    static String titleCase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int word = 0; // where the current word started
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean start = i == word || i == word + 2 && (s.charAt(i - 1) == '\'' || s.charAt(i - 1) == '\u2019');
            sb.append(start ? Character.toUpperCase(ch) : Character.toLowerCase(ch));
            if (ch == ' ' || ch == '-' || ch == '.') {
                word = i + 1; // (not after "DOESN’", "9")
            }
        }
        return sb.toString();
    }

    /** @return whether a rule of the directory linked one of the actor's mentions */
    private static boolean anyFromDirectory(Cluster c) {
        for (int i = 0; i < c.size(); i++) {
            if (c.mention(i).rule.startsWith("directory")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The result of the stage. Its mentions are the stage's own, in position order, with their actors' indices
     * beside them; the quote stage reads them as view mentions made on each read (short-lived, so the compiler
     * needs not allocate them), and none is kept per mention.
     */
    static final class Analysis implements ActorAnalysis {
        private final List<Actor> actors;
        /** The mentions of the actors by position (never changed once the analysis is made). */
        private final Mention[] ms;
        /** The index of each mention's actor. */
        private final int[] actorOf;
        private final int[] starts;
        /** Per mention: the furthest end of it and the mentions before it (no earlier one reaches past it). */
        private final int[] reach;
        private final List<ViewMention> views = new Views();

        /** Per actor: {@code m}, {@code f}, or another character when neither is known. */
        private final char[] genders;

        Analysis(List<Actor> actors, List<Cluster> live, Mention[] ms, int[] actorOf) {
            this.actors = actors;
            this.genders = new char[live.size()];
            for (int i = 0; i < genders.length; i++) {
                genders[i] = live.get(i).gender;
            }
            this.ms = ms;
            this.actorOf = actorOf;
            this.starts = new int[ms.length];
            this.reach = new int[ms.length];
            int max = 0;
            for (int i = 0; i < starts.length; i++) {
                starts[i] = ms[i].s;
                max = Math.max(max, ms[i].e);
                reach[i] = max;
            }
        }

        @Override
        public List<Actor> actors() {
            return actors;
        }

        @Override
        public int actorAt(int viewStart, int viewEnd) {
            int best = -1;
            int bestLength = -1;
            // the mentions that start before the range ends, back to the last that it or an earlier one reaches
            int from = firstMentionFrom(Math.max(viewEnd, viewStart + 1));
            for (int i = from - 1; i >= 0 && reach[i] > viewStart; i--) {
                int start = starts[i];
                int end = ms[i].e;
                boolean overlaps = viewEnd > viewStart ? start < viewEnd && end > viewStart
                        : start <= viewStart && viewStart < end;
                if (overlaps && end - start > bestLength) {
                    best = actorOf[i];
                    bestLength = end - start;
                }
            }
            return best;
        }

        @Override
        public char gender(int actor) {
            return genders[actor];
        }

        @Override
        public int firstMentionFrom(int viewStart) {
            int lo = 0;
            int hi = starts.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] < viewStart) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        @Override
        public boolean mentionIs(int viewStart, int viewEnd, String rule) {
            int i = firstMentionFrom(viewStart); // (no view mention made: the quote stage asks of every quotation)
            return i < starts.length && starts[i] == viewStart && ms[i].e == viewEnd && ms[i].rule.equals(rule);
        }

        @Override
        public List<ViewMention> mentions() {
            return views;
        }

        /** The mentions as an unmodifiable list of view mentions. */
        private final class Views extends java.util.AbstractList<ViewMention> implements java.util.RandomAccess {
            @Override
            public ViewMention get(int i) {
                Mention m = ms[i];
                return new ViewMention(m.s, m.e, actorOf[i], m.mk, m.rule);
            }

            @Override
            public int size() {
                return ms.length;
            }
        }
    }
}
