package org.reportage.parser.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.reportage.core.Actor;
import org.reportage.core.Article;
import org.reportage.core.Mention;
import org.reportage.parser.ReportParser;
import org.reportage.parser.SharedDir;

import tools.jackson.databind.JsonNode;

/**
 * Measures, on the PolNeAR development corpus (read from the shared folder; skipped when absent), the share of
 * annotated speaker spans that overlap an actor mention: the best recall that speaker attribution can reach.
 */
class CorpusSpeakerRecallTest {
    /** Just under the measured figure (0.8933 on 2026-11-30, stop 24), so that a regression fails. */
    private static final double FLOOR = 0.89;

    @Test
    void speakerSpansOverlapActorMentions() {
        ReportParser parser = ReportParser.create();
        int speakers = 0;
        int covered = 0;
        Map<String, Integer> missed = new TreeMap<>();
        try (Stream<JsonNode> records = SharedDir.records(SharedDir.DEV_CORPUS)) {
            for (Iterator<JsonNode> it = records.iterator(); it.hasNext();) {
                JsonNode doc = it.next();
                String text = doc.get("text").asString();
                List<int[]> spans = new ArrayList<>();
                for (Article a : parser.parse(text).articles()) {
                    for (Actor actor : a.actors()) {
                        for (Mention m : actor.mentions()) {
                            spans.add(new int[] {m.start(), m.end()});
                        }
                    }
                }
                for (JsonNode q : doc.get("quotes")) {
                    JsonNode s = q.get("speaker_start");
                    JsonNode e = q.get("speaker_end");
                    if (s == null || s.isNull() || e == null || e.isNull()) {
                        continue;
                    }
                    speakers++;
                    int ss = s.asInt();
                    int se = e.asInt();
                    boolean hit = false;
                    for (int[] m : spans) {
                        if (m[0] < se && ss < m[1]) {
                            hit = true;
                            break;
                        }
                    }
                    if (hit) {
                        covered++;
                    } else if (Boolean.getBoolean("reportage.printMissed")) {
                        String sp = text.substring(ss, se);
                        if (sp.equals(System.getProperty("reportage.context"))) {
                            System.out.println("CONTEXT " + text.substring(Math.max(0, ss - 120), ss).replace('\n', ' ')
                                    + "[[" + sp + "]]" + text.substring(se, Math.min(text.length(), se + 40))
                                    .replace('\n', ' '));
                        }
                        missed.merge(sp.length() > 40 ? sp.substring(0, 40) : sp, 1, Integer::sum);
                    }
                }
            }
        }
        double share = speakers == 0 ? 0 : (double) covered / speakers;
        System.out.printf("speaker spans overlapping an actor mention: %d of %d = %.4f%n", covered, speakers, share);
        if (!missed.isEmpty()) {
            missed.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(150)
                    .forEach(x -> System.out.println("  missed " + x.getValue() + " " + x.getKey()));
        }
        assertThat(share).isGreaterThanOrEqualTo(FLOOR);
    }
}
