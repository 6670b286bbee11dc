package org.reportage.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A parser reuses working buffers from report to report and from call to call: no report may see anything of the
 * one before. Every fixture report parsed by one long-lived parser — in any order, on two threads, after a report
 * too large for its buffers to be kept — gives exactly what a fresh parser gives.
 */
class WorkspaceReuseTest {

    private static List<String> fixtureReports() throws IOException, URISyntaxException {
        List<String> texts = new ArrayList<>();
        for (String dir : List.of("/fixtures/quotes", "/fixtures/actors", "/fixtures/reports")) {
            Path p = Path.of(WorkspaceReuseTest.class.getResource(dir).toURI());
            try (Stream<Path> files = Files.list(p)) {
                for (Path f : files.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                    try (InputStream in = Files.newInputStream(f)) {
                        texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        assertThat(texts).hasSizeGreaterThan(20);
        return texts;
    }

    private static ParseResult fresh(String text) {
        return ReportParser.create().parse(text);
    }

    /** What a parse gives, as values (the records compare by value; ParseResult itself does not). */
    private static List<Object> value(ParseResult r) {
        return List.of(r.articles(), r.diagnostics());
    }

    @Test
    void aLongLivedParserGivesWhatAFreshOneGivesInAnyOrder() throws Exception {
        List<String> texts = fixtureReports();
        List<List<Object>> expected = texts.stream().map(t -> value(fresh(t))).toList();
        ReportParser shared = ReportParser.create();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            order.add(i);
        }
        for (long seed = 1; seed <= 3; seed++) {
            Collections.shuffle(order, new Random(seed));
            for (int i : order) {
                assertThat(value(shared.parse(texts.get(i)))).as("report %d after others", i)
                        .isEqualTo(expected.get(i));
            }
        }
    }

    @Test
    void reportsOfOneFeedDoNotSeeEachOther() throws Exception {
        List<String> texts = fixtureReports();
        // one call, many reports (the buffers pass from report to report inside it), each starting with its date
        // line: the feed's articles equal the reports parsed one by one
        List<String> dated = texts.stream().filter(t -> fresh(t).articles().size() == 1
                && fresh(t).article().date() != null && fresh(t).article().date().span().start() == 0).toList();
        assertThat(dated).hasSizeGreaterThan(10);
        String feed = String.join("\n\n\n", dated);
        ParseResult whole = ReportParser.create().parse(feed);
        assertThat(whole.articles()).hasSize(dated.size());
        for (int i = 0; i < dated.size(); i++) {
            assertThat(whole.articles().get(i).quotes().size()).as("report %d", i)
                    .isEqualTo(fresh(dated.get(i)).article().quotes().size());
            assertThat(whole.articles().get(i).actors().stream().map(a -> a.name()).toList()).as("report %d", i)
                    .isEqualTo(fresh(dated.get(i)).article().actors().stream().map(a -> a.name()).toList());
        }
    }

    @Test
    void twoThreadsSharingAParserGetWhatAFreshParserGives() throws Exception {
        List<String> texts = fixtureReports();
        List<List<Object>> expected = texts.stream().map(t -> value(fresh(t))).toList();
        ReportParser shared = ReportParser.create();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                int offset = r;
                runs.add(pool.submit(() -> {
                    for (int round = 0; round < 20; round++) {
                        for (int k = 0; k < texts.size(); k++) {
                            int i = (k * 7 + offset * 3 + round) % texts.size();
                            if (!value(shared.parse(texts.get(i))).equals(expected.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : runs) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aReportTooLargeForItsBuffersToBeKeptLeavesTheNextOneAlone() throws Exception {
        List<String> texts = fixtureReports();
        String small = texts.get(0);
        StringBuilder big = new StringBuilder("Monday, March 4, 2024\n\nA Long Day\n\n");
        while (big.length() < 2_000_000) {
            big.append("Mara Holt of Lindmouth said the quay would open. \u201cWe are ready,\u201d she added.\n\n");
        }
        ReportParser shared = ReportParser.create();
        assertThat(value(shared.parse(small))).isEqualTo(value(fresh(small)));
        assertThat(shared.parse(big).article().quotes()).isNotEmpty();
        assertThat(value(shared.parse(small))).isEqualTo(value(fresh(small)));
    }

    @Test
    void aParserKeepsNoReportTextBetweenCalls() throws Exception {
        String marker = "Quillerbrook";
        String report = "Tuesday, May 7, 2024\n\nFerry Talks Stall\n\nThe harbour master of " + marker
                + ", Edda Morn, said the ferry would run again in June. \u201cWe need two more weeks,\u201d she added.\n";
        ReportParser parser = ReportParser.create();
        assertThat(parser.parse(report).article().quotes()).isNotEmpty();
        assertThat(textsKeptBy(parser)).noneMatch(t -> t.contains(marker));
    }

    /**
     * Every string and character array reachable from {@code root} through the fields of this library's objects,
     * arrays, collections and maps (walked with a stack, not recursion).
     */
    private static List<String> textsKeptBy(Object root) throws IllegalAccessException {
        List<String> texts = new ArrayList<>();
        boolean workspaceReached = false;
        java.util.Set<Object> seen = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.ArrayDeque<Object> todo = new java.util.ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Object o = todo.pop();
            if (!seen.add(o)) {
                continue;
            }
            Class<?> c = o.getClass();
            if (o instanceof String str) {
                texts.add(str);
            } else if (o instanceof char[] chars) {
                texts.add(new String(chars));
            } else if (o instanceof Object[] array) {
                Stream.of(array).filter(java.util.Objects::nonNull).forEach(todo::push);
            } else if (o instanceof java.util.Collection<?> coll) {
                coll.stream().filter(java.util.Objects::nonNull).forEach(todo::push);
            } else if (o instanceof java.util.Map<?, ?> map) {
                map.forEach((k, v) -> {
                    todo.push(k);
                    if (v != null) {
                        todo.push(v);
                    }
                });
            } else if (c.getName().startsWith("org.reportage.")) {
                workspaceReached |= c.getName().equals("org.reportage.parser.internal.Workspace");
                for (Class<?> k = c; k != null && k.getName().startsWith("org.reportage."); k = k.getSuperclass()) {
                    for (java.lang.reflect.Field f : k.getDeclaredFields()) {
                        if (java.lang.reflect.Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
                            continue;
                        }
                        f.setAccessible(true);
                        Object v = f.get(o);
                        if (v != null) {
                            todo.push(v);
                        }
                    }
                }
            }
        }
        assertThat(workspaceReached).as("the walk reached the parser's kept workspace").isTrue();
        return texts;
    }
}
