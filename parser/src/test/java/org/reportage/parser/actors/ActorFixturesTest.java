package org.reportage.parser.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportage.core.Actor;
import org.reportage.core.ActorKind;
import org.reportage.core.Diagnostic;
import org.reportage.core.Mention;
import org.reportage.core.Role;

/**
 * Runs the report fixtures in {@code fixtures/actors}: each file holds a short report, a line
 * {@code === expect}, and one expectation per line:
 * <ul>
 *   <li>{@code headline} — the first block is the headline;</li>
 *   <li>{@code actor KIND "Name" [mentions=[a|b]] [roles=[a|b]] [aliases=[a|b]]} — an actor with that canonical name
 *       and kind, having (at least) those mention texts, role titles and aliases ({@code roles=[]}: no role);</li>
 *   <li>{@code noactor "Name"} — no actor has that canonical name;</li>
 *   <li>{@code nomention "text"[#n]} — no mention has exactly that text (at its n-th occurrence, when given);</li>
 *   <li>{@code mention "text"#n -> "Name" [rule=prefix]} — the n-th occurrence of the text (default 1) is a mention
 *       of that actor, linked by a rule starting with the prefix;</li>
 *   <li>{@code count KIND n} — exactly n actors of that kind;</li>
 *   <li>{@code diag code} — a diagnostic with that code.</li>
 * </ul>
 */
class ActorFixturesTest {

    static Stream<String> fixtures() throws IOException, URISyntaxException {
        URL dir = ActorFixturesTest.class.getResource("/fixtures/actors");
        assertThat(dir).as("fixtures folder").isNotNull();
        try (Stream<Path> s = Files.list(Path.of(dir.toURI()))) {
            List<String> names = new ArrayList<>();
            s.filter(p -> p.toString().endsWith(".txt")).forEach(p -> names.add(p.getFileName().toString()));
            names.sort(null);
            assertThat(names).hasSizeGreaterThanOrEqualTo(30);
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixture(String name) throws IOException {
        String file;
        try (InputStream in = ActorFixturesTest.class.getResourceAsStream("/fixtures/actors/" + name)) {
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int cut = file.indexOf("\n=== expect\n");
        assertThat(cut).as("fixture has an expect section").isPositive();
        String report = file.substring(0, cut + 1);
        List<String> expect = file.substring(cut + 12).lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        boolean headline = expect.contains("headline");
        Run run = Run.of(report, headline, null);
        String dump = run.dump();
        for (String line : expect) {
            check(run, report, line, dump);
        }
    }

    private static void check(Run run, String report, String line, String dump) {
        List<String> q = quoted(line);
        if (line.equals("headline")) {
            return;
        }
        if (line.startsWith("actor ")) {
            ActorKind kind = ActorKind.valueOf(line.split(" ")[1]);
            Actor a = run.named(q.get(0));
            assertThat(a).as(line + "\n" + dump).isNotNull();
            assertThat(a.kind()).as(line + "\n" + dump).isEqualTo(kind);
            List<String> texts = a.mentions().stream().map(Mention::text).toList();
            for (String m : option(line, "mentions")) {
                assertThat(texts).as(line + "\n" + dump).contains(m);
            }
            List<String> roles = a.roles().stream().map(Role::title).toList();
            if (line.contains(" roles=[]")) {
                assertThat(roles).as(line + "\n" + dump).isEmpty();
            }
            for (String r : option(line, "roles")) {
                if (!r.isEmpty()) {
                    assertThat(roles).as(line + "\n" + dump).contains(r);
                }
            }
            for (String r : option(line, "aliases")) {
                assertThat(a.aliases()).as(line + "\n" + dump).contains(r);
            }
        } else if (line.startsWith("noactor ")) {
            assertThat(run.named(q.get(0))).as(line + "\n" + dump).isNull();
        } else if (line.startsWith("nomention ")) {
            int hash = line.indexOf("\"#");
            int at = hash < 0 ? -1 : occurrence(report, q.get(0), Integer.parseInt(line.substring(hash + 2).strip()));
            assertThat(hash < 0 || at >= 0).as("fixture text contains " + line).isTrue();
            for (Actor a : run.actors) {
                for (Mention m : a.mentions()) {
                    if (hash < 0 || m.start() == at) {
                        assertThat(m.text()).as(line + "\n" + dump).isNotEqualTo(q.get(0));
                    }
                }
            }
        } else if (line.startsWith("mention ")) {
            String text = q.get(0);
            int n = 1;
            int hash = line.indexOf("\"#");
            if (hash > 0) {
                n = Integer.parseInt(line.substring(hash + 2, line.indexOf(' ', hash)));
            }
            int at = occurrence(report, text, n);
            assertThat(at).as("fixture text contains " + text).isNotNegative();
            Actor owner = null;
            Mention found = null;
            for (Actor a : run.actors) {
                for (Mention m : a.mentions()) {
                    if (m.start() == at && m.text().equals(text)) {
                        owner = a;
                        found = m;
                    }
                }
            }
            assertThat(owner).as(line + "\n" + dump).isNotNull();
            assertThat(owner.name()).as(line + "\n" + dump).isEqualTo(q.get(1));
            for (String rule : option(line, "rule")) {
                assertThat(found.rule()).as(line + "\n" + dump).startsWith(rule);
            }
        } else if (line.startsWith("count ")) {
            String[] f = line.split(" ");
            ActorKind kind = ActorKind.valueOf(f[1]);
            assertThat(run.actors.stream().filter(a -> a.kind() == kind).count()).as(line + "\n" + dump)
                    .isEqualTo(Long.parseLong(f[2]));
        } else if (line.startsWith("diag ")) {
            String code = line.substring(5).strip();
            assertThat(run.diagnostics.stream().map(Diagnostic::code)).as(line + "\n" + dump).contains(code);
        } else {
            throw new AssertionError("unknown expectation: " + line);
        }
    }

    private static List<String> quoted(String line) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while ((i = line.indexOf('"', i)) >= 0) {
            int j = line.indexOf('"', i + 1);
            out.add(line.substring(i + 1, j));
            i = j + 1;
        }
        return out;
    }

    private static List<String> option(String line, String key) {
        int i = line.indexOf(" " + key + "=");
        if (i < 0) {
            return List.of();
        }
        int s = i + key.length() + 2;
        String v;
        if (line.charAt(s) == '[') {
            v = line.substring(s + 1, line.indexOf(']', s + 1));
        } else {
            int e = line.indexOf(' ', s);
            v = e < 0 ? line.substring(s) : line.substring(s, e);
        }
        return List.of(v.split("\\|"));
    }

    /** @return the offset of the n-th occurrence (from 1) of text as a whole word, or -1 */
    private static int occurrence(String report, String text, int n) {
        int at = -1;
        int found = 0;
        while ((at = report.indexOf(text, at + 1)) >= 0) {
            boolean before = at == 0 || !Character.isLetterOrDigit(report.charAt(at - 1));
            int end = at + text.length();
            boolean after = end >= report.length() || !Character.isLetterOrDigit(report.charAt(end));
            if (before && after && ++found == n) {
                return at;
            }
        }
        return -1;
    }
}
