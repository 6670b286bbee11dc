package org.reportage.parser;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.reportage.core.ActorKind;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Actors the caller already knows, with their aliases and roles, so that the parser can merge what the text
 * never states ({@code the US Secretary of State} → Antony Blinken), plus words that extend the parser's built-in
 * lexicons (titles, first names, group nouns). The parser never needs one.
 *
 * <p>Known actors are also names the parser recognises: an entry {@code Atlantic Council} (organisation) makes
 * that phrase an organisation wherever it appears. Matching is case-insensitive and ignores full stops
 * ({@code U.S.} = {@code US}).
 *
 * <p>Load one from JSON with {@link #fromJson(String)}:
 * <pre>{@code
 * {"actors": [{"name": "Antony Blinken", "kind": "person", "aliases": ["Tony Blinken"],
 *              "roles": ["US Secretary of State"]}],
 *  "titles": ["Undersecretary"],
 *  "first_names": {"male": ["Oleksii"], "female": ["Kaja"]},
 *  "group_nouns": ["negotiator"]}
 * }</pre>
 * A bare JSON array of actors is accepted too. {@code kind} is one of {@code person}, {@code organisation},
 * {@code media}, {@code country}, {@code place}, {@code group}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ActorDirectory {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ActorDirectory EMPTY = new ActorDirectory(List.of(), Set.of(), Set.of(), Set.of(),
            Set.of());

    private final List<Entry> entries;
    private final Map<String, Entry> byName;
    private final Map<String, List<Entry>> byRole;
    private final int maxNameWords;
    private final Set<String> titles;
    private final Set<String> maleNames;
    private final Set<String> femaleNames;
    private final Set<String> groupNouns;

    private ActorDirectory(List<Entry> entries, Set<String> titles, Set<String> maleNames, Set<String> femaleNames,
                           Set<String> groupNouns) {
        this.entries = List.copyOf(entries);
        Map<String, Entry> names = new HashMap<>();
        Map<String, List<Entry>> roles = new HashMap<>();
        int words = 1;
        for (Entry e : this.entries) {
            for (String s : e.names()) {
                String k = normalise(s);
                if (!k.isEmpty()) {
                    names.putIfAbsent(k, e);
                    words = Math.max(words, k.split(" ").length);
                }
            }
            for (String r : e.roles()) {
                roles.computeIfAbsent(normaliseRole(r), x -> new ArrayList<>()).add(e);
            }
        }
        roles.replaceAll((k, v) -> List.copyOf(v));
        this.byName = Collections.unmodifiableMap(names);
        this.byRole = Collections.unmodifiableMap(roles);
        this.maxNameWords = words;
        this.titles = normaliseAll(titles);
        this.maleNames = normaliseAll(maleNames);
        this.femaleNames = normaliseAll(femaleNames);
        this.groupNouns = normaliseAll(groupNouns);
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
            if (name.isBlank()) {
                throw new IllegalArgumentException("an actor's name must not be blank");
            }
            Objects.requireNonNull(kind, "kind");
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            roles = roles == null ? List.of() : List.copyOf(roles);
        }

        /** @return the canonical name followed by the aliases */
        public List<String> names() {
            List<String> out = new ArrayList<>(aliases.size() + 1);
            out.add(name);
            out.addAll(aliases);
            return out;
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
        return entries.isEmpty() ? EMPTY : new ActorDirectory(entries, Set.of(), Set.of(), Set.of(), Set.of());
    }

    /**
     * Reads a directory from JSON (the format is in the class comment).
     *
     * @param json the JSON text
     * @return the directory
     * @throws IllegalArgumentException if the text is not JSON of that shape
     */
    public static ActorDirectory fromJson(String json) {
        Objects.requireNonNull(json, "json");
        try {
            return fromTree(JSON.readTree(json));
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not a valid actor directory: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * @param in JSON (the format is in the class comment), read to its end; the caller closes it
     * @return the directory
     * @throws IllegalArgumentException if the text is not JSON of that shape
     */
    public static ActorDirectory fromJson(Reader in) {
        Objects.requireNonNull(in, "in");
        try {
            return fromTree(JSON.readTree(in));
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not a valid actor directory: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * @param in UTF-8 JSON (the format is in the class comment), read to its end; the caller closes it
     * @return the directory
     * @throws IllegalArgumentException if the text is not JSON of that shape
     */
    public static ActorDirectory fromJson(InputStream in) {
        Objects.requireNonNull(in, "in");
        try {
            return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param path a UTF-8 JSON file (the format is in the class comment)
     * @return the directory
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if the text is not JSON of that shape
     */
    public static ActorDirectory fromJson(Path path) throws IOException {
        return fromJson(Files.readString(path, StandardCharsets.UTF_8));
    }

    private static ActorDirectory fromTree(JsonNode root) {
        JsonNode actors = root.isArray() ? root : root.path("actors");
        List<Entry> entries = new ArrayList<>();
        if (!actors.isMissingNode() && !actors.isNull()) {
            if (!actors.isArray()) {
                throw new IllegalArgumentException("\"actors\" must be an array");
            }
            int i = 0;
            for (JsonNode a : actors) {
                entries.add(entry(a, i++));
            }
        }
        if (root.isArray()) {
            return of(entries);
        }
        if (!root.isObject()) {
            throw new IllegalArgumentException("an actor directory is a JSON object or array");
        }
        JsonNode names = root.path("first_names");
        return new ActorDirectory(entries, Set.copyOf(strings(root, "titles")),
                Set.copyOf(strings(names, "male")), Set.copyOf(strings(names, "female")),
                Set.copyOf(strings(root, "group_nouns")));
    }

    private static Entry entry(JsonNode a, int index) {
        if (!a.isObject()) {
            throw new IllegalArgumentException("actor " + index + " is not an object");
        }
        JsonNode name = a.get("name");
        if (name == null || !name.isString() || name.asString().isBlank()) {
            throw new IllegalArgumentException("actor " + index + " has no \"name\"");
        }
        JsonNode kindNode = a.get("kind");
        ActorKind kind = ActorKind.PERSON;
        if (kindNode != null && !kindNode.isNull()) {
            try {
                kind = ActorKind.valueOf(kindNode.asString().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("actor " + index + " has an unknown kind: " + kindNode, e);
            }
        }
        return new Entry(name.asString().strip(), kind, strings(a, "aliases"), strings(a, "roles"));
    }

    private static List<String> strings(JsonNode parent, String field) {
        JsonNode n = parent.path(field);
        if (n.isMissingNode() || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            throw new IllegalArgumentException("\"" + field + "\" must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode s : n) {
            if (!s.isString()) {
                throw new IllegalArgumentException("\"" + field + "\" must be an array of strings");
            }
            if (!s.asString().isBlank()) {
                out.add(s.asString().strip());
            }
        }
        return out;
    }

    /**
     * Returns a copy that also knows these words (added to the built-in lexicons for parsers using it).
     *
     * @param titles      titles and roles ({@code Undersecretary})
     * @param maleNames   male first names
     * @param femaleNames female first names
     * @param groupNouns  nouns that describe a person or group by role, singular ({@code negotiator})
     * @return the extended directory
     */
    public ActorDirectory withWords(Collection<String> titles, Collection<String> maleNames,
                                    Collection<String> femaleNames, Collection<String> groupNouns) {
        return new ActorDirectory(entries, union(this.titles, titles), union(this.maleNames, maleNames),
                union(this.femaleNames, femaleNames), union(this.groupNouns, groupNouns));
    }

    /** @return the known actors, in the order given */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * @param nameOrAlias a name as written (case and full stops do not matter)
     * @return the first known actor with that name or alias, or {@code null}
     */
    public Entry find(String nameOrAlias) {
        return byName.isEmpty() ? null : byName.get(normalise(nameOrAlias));
    }

    /**
     * @param title a role as written, with or without a leading article ({@code the US Secretary of State})
     * @return the known actors holding it, in the order given (empty when none)
     */
    public List<Entry> withRole(String title) {
        return byRole.isEmpty() ? List.of() : byRole.getOrDefault(normaliseRole(title), List.of());
    }

    /** @return the most words in a known name or alias (1 when there is none) */
    public int maxNameWords() {
        return maxNameWords;
    }

    /** @return extra titles, normalised (lower case, no full stops) */
    public Set<String> titles() {
        return titles;
    }

    /** @return extra male first names, normalised */
    public Set<String> maleNames() {
        return maleNames;
    }

    /** @return extra female first names, normalised */
    public Set<String> femaleNames() {
        return femaleNames;
    }

    /** @return extra group nouns, normalised */
    public Set<String> groupNouns() {
        return groupNouns;
    }

    /** @return whether the directory holds nothing at all */
    public boolean isEmpty() {
        return entries.isEmpty() && titles.isEmpty() && maleNames.isEmpty() && femaleNames.isEmpty()
                && groupNouns.isEmpty();
    }

    /**
     * The form names are compared in: lower case, full stops dropped, typographic apostrophes made straight,
     * runs of white space made one space.
     *
     * @param s a name
     * @return its normal form
     */
    public static String normalise(String s) {
        if (isNormal(s)) {
            return s; // most keys the parser asks for are in normal form already: no copy
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                continue;
            }
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c == '\u2019' ? '\'' : Character.toLowerCase(c));
        }
        return sb.toString();
    }

    /** @return whether {@link #normalise} would give {@code s} back unchanged */
    private static boolean isNormal(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (i == 0 || i == n - 1 || s.charAt(i + 1) == ' ') {
                    return false;
                }
            } else if (c == '.' || c == '\u2019' || c == '\u00A0' || Character.isWhitespace(c)
                    || Character.toLowerCase(c) != c) {
                return false;
            }
        }
        return true;
    }

    private static String normaliseRole(String title) {
        String k = normalise(title);
        for (String article : new String[] {"the ", "a ", "an "}) {
            if (k.startsWith(article)) {
                return k.substring(article.length());
            }
        }
        return k;
    }

    private static Set<String> normaliseAll(Collection<String> words) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words) {
            String k = normalise(Objects.requireNonNull(w, "word"));
            if (!k.isEmpty()) {
                out.add(k);
            }
        }
        return Collections.unmodifiableSet(out);
    }

    private static Set<String> union(Set<String> a, Collection<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.addAll(Objects.requireNonNull(b, "words"));
        return out;
    }
}
