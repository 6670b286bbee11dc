package org.reportage.parser.internal.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.reportage.core.ActorKind;

/**
 * The compiled word lists of the actor stage (resource files next to this class, each with a header saying what
 * it holds and where the facts come from), loaded once and shared read-only by every parse. Keys are
 * {@link Tokens#normalise normalised}: lower case, dots dropped; a multi-word key joins its tokens' keys with
 * one space.
 */
final class Lexicon {

    /** What kind of name a lexicon phrase is. */
    enum Type {
        /** The actor's own name or an alias of it. */
        NAME,
        /** A capital or other city standing for a place (and, when it acts, for its country's government). */
        CAPITAL,
        /** An adjective or singular demonym standing for a country ({@code Russian}). */
        DEMONYM,
        /** A plural demonym naming a group of people ({@code Americans}). */
        PEOPLE
    }

    /**
     * One lexicon phrase.
     *
     * @param name      canonical name of the actor it names
     * @param kind      kind of that actor
     * @param type      how the phrase names it
     * @param country   for a capital or plural demonym, the country's canonical name; else {@code null}
     * @param exactCase whether the phrase matches only when written in capitals (EU, US)
     * @param anaphoric whether it names the actor only after the actor was mentioned ({@code the Alliance})
     * @param form      the phrase as written, full stops dropped (compared exactly when {@code exactCase})
     * @param company   whether it is a company (a bare surname of a person in the article wins over it)
     */
    record Entry(String name, ActorKind kind, Type type, String country, boolean exactCase, boolean anaphoric,
                 String form, boolean company) {
    }

    /** A role noun of a group description ({@code official}, {@code officials}, {@code campaign}). */
    record GroupNoun(String singular, boolean plural, boolean organisation, char gender) {
    }

    static final Lexicon BASE = load();

    final Map<String, Entry> phrases = new HashMap<>();
    int maxPhraseWords = 1;
    final Map<String, Character> titles = new HashMap<>();
    int maxTitleWords = 1;
    final Map<String, Character> honorifics = new HashMap<>();
    final Map<String, Character> firstNames = new HashMap<>();
    final Map<String, GroupNoun> groupNouns = new HashMap<>();
    /** Head words of names, with the kind of actor they make: organisation, media or place. */
    final Map<String, ActorKind> orgHeads = new HashMap<>();
    final Set<String> particles = new HashSet<>();
    final Map<String, Character> pronouns = new HashMap<>();
    final Set<String> verbs = new HashSet<>();
    final Set<String> nonNames = new HashSet<>();
    /** Every word of every title ({@code secretary}, {@code state}, {@code minister}). */
    final Set<String> titleWords = new HashSet<>();
    private boolean company;

    private Lexicon() {
    }

    private static Lexicon load() {
        Lexicon x = new Lexicon();
        for (String[] f : rows("countries.txt")) {
            String country = f[0];
            x.phrase(country, country, ActorKind.COUNTRY, Type.NAME, null, false);
            for (String a : list(f, 1)) {
                x.phrase(a, country, ActorKind.COUNTRY, Type.NAME, null, false);
            }
            for (String c : list(f, 2)) {
                x.phrase(c, c, ActorKind.PLACE, Type.CAPITAL, country, false);
            }
            for (String d : list(f, 3)) {
                x.phrase(d, country, ActorKind.COUNTRY, Type.DEMONYM, null, false);
            }
            for (String d : list(f, 4)) {
                x.phrase(d, d, ActorKind.GROUP, Type.PEOPLE, country, false);
            }
        }
        for (String[] f : rows("organisations.txt")) {
            x.named(f, ActorKind.ORGANISATION);
            for (String a : list(f, 2)) {
                x.phrase(a, f[0], ActorKind.ORGANISATION, Type.NAME, null, true);
            }
            for (String d : list(f, 3)) {
                x.phrase(d, f[0], ActorKind.ORGANISATION, Type.DEMONYM, null, false);
            }
        }
        for (String[] f : rows("media.txt")) {
            x.named(f, ActorKind.MEDIA);
        }
        for (String[] f : rows("companies.txt")) {
            x.company = true;
            x.named(f, ActorKind.ORGANISATION);
            x.company = false;
        }
        for (String[] f : rows("places.txt")) {
            x.named(f, ActorKind.PLACE);
            for (String d : list(f, 2)) {
                x.phrase(d, f[0], ActorKind.PLACE, Type.DEMONYM, null, false);
            }
        }
        for (String[] f : rows("titles.txt")) {
            String k = key(f[0]);
            x.titles.put(k, gender(f, 1));
            x.titleWords.addAll(List.of(k.split(" ")));
            x.maxTitleWords = Math.max(x.maxTitleWords, words(k));
        }
        for (String[] f : rows("honorifics.txt")) {
            x.honorifics.put(key(f[0]), gender(f, 1));
        }
        for (String[] f : rows("first-names-male.txt")) {
            x.firstNames.put(key(f[0]), 'm');
        }
        for (String[] f : rows("first-names-female.txt")) {
            x.firstNames.merge(key(f[0]), 'f', (a, b) -> a == b ? a : 'u');
        }
        for (String[] f : rows("group-nouns.txt")) {
            boolean org = f.length > 2 && f[2].equals("organisation");
            char g = gender(f, 3);
            x.groupNouns.put(key(f[0]), new GroupNoun(f[0], false, org, g));
            if (f.length > 1 && !f[1].isEmpty()) {
                x.groupNouns.put(key(f[1]), new GroupNoun(f[0], true, org, g));
            }
        }
        for (String[] f : rows("org-heads.txt")) {
            x.orgHeads.put(key(f[0]), f.length > 1 && f[1].equals("media") ? ActorKind.MEDIA
                    : f.length > 1 && f[1].equals("place") ? ActorKind.PLACE : ActorKind.ORGANISATION);
        }
        for (String[] f : rows("particles.txt")) {
            x.particles.add(key(f[0]));
        }
        for (String[] f : rows("pronouns.txt")) {
            x.pronouns.put(key(f[0]), f[1].charAt(0));
        }
        for (String[] f : rows("speech-verbs.txt")) {
            x.verbs.add(key(f[0]));
        }
        for (String[] f : rows("non-names.txt")) {
            x.nonNames.add(key(f[0]));
        }
        return x;
    }

    private void named(String[] f, ActorKind kind) {
        phrase(f[0], f[0], kind, Type.NAME, null, false);
        for (String a : list(f, 1)) {
            phrase(a, f[0], kind, Type.NAME, null, false);
        }
    }

    private void phrase(String text, String name, ActorKind kind, Type type, String country, boolean anaphoric) {
        String k = key(text);
        if (k.isEmpty()) {
            return;
        }
        phrases.putIfAbsent(k, new Entry(name, kind, type, country, isAcronym(text), anaphoric,
                text.replace(".", ""), company));
        maxPhraseWords = Math.max(maxPhraseWords, words(k));
    }

    /**
     * @param s a word or phrase
     * @return whether it is written as an acronym (two or more capitals, one word): matched only in capitals
     */
    static boolean isAcronym(String s) {
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                return false;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        return upper >= 2;
    }

    /**
     * @param phrase a phrase as written
     * @return its lookup key: its tokens' keys joined by one space
     */
    static String key(String phrase) {
        Tokens t = Tokens.of(phrase);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.n; i++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.key(i));
        }
        return sb.toString();
    }

    private static int words(String key) {
        int w = 1;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) == ' ') {
                w++;
            }
        }
        return w;
    }

    private static char gender(String[] f, int i) {
        return f.length > i && !f[i].isEmpty() ? f[i].charAt(0) : 'u';
    }

    private static List<String> list(String[] f, int i) {
        if (f.length <= i || f[i].isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : f[i].split(",")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static List<String[]> rows(String resource) {
        InputStream in = Lexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing lexicon resource " + resource);
        }
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                String[] f = s.split("\\|", -1);
                for (int i = 0; i < f.length; i++) {
                    f[i] = f[i].strip();
                }
                out.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableList(out);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
