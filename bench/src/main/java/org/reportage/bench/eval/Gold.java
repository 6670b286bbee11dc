package org.reportage.bench.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gold articles read from JSON Lines in the format of {@code shared/corpus/README.md}: one article per line with
 * {@code id}, {@code text} and {@code quotes} (each with {@code start}, {@code end}, {@code type}
 * ({@code direct|mixed|indirect}), {@code speaker_start}, {@code speaker_end}, {@code cue}, {@code group}).
 */
public final class Gold {
    private Gold() {
    }

    /**
     * One annotated quote record.
     *
     * @param start        content start
     * @param end          content end, exclusive
     * @param type         {@code direct}, {@code mixed} or {@code indirect}
     * @param speakerStart speaker span start, or -1 when the record has none
     * @param speakerEnd   speaker span end, or -1
     * @param cue          the cue text, or {@code ""}
     * @param group        the attribution it belongs to
     */
    public record Record(int start, int end, String type, int speakerStart, int speakerEnd, String cue,
                         String group) {
        /** @return whether the record has a speaker span with offsets */
        public boolean hasSpeaker() {
            return speakerStart >= 0 && speakerEnd > speakerStart;
        }
    }

    /**
     * One gold article.
     *
     * @param id      identifier
     * @param text    the text
     * @param records its quote records, by start
     */
    public record Article(String id, String text, List<Record> records) {
        /** Copies the list. */
        public Article {
            records = List.copyOf(records);
        }
    }

    /**
     * @param file a JSON Lines file
     * @return its articles
     * @throws IOException if it cannot be read
     */
    public static List<Article> read(Path file) throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        List<Article> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = mapper.readTree(line);
                List<Record> recs = new ArrayList<>();
                JsonNode qs = n.get("quotes");
                if (qs != null) {
                    for (JsonNode q : qs) {
                        recs.add(new Record(q.get("start").asInt(), q.get("end").asInt(), str(q, "type"),
                                num(q, "speaker_start"), num(q, "speaker_end"), str(q, "cue"), str(q, "group")));
                    }
                }
                recs.sort((a, b) -> Integer.compare(a.start(), b.start()));
                out.add(new Article(str(n, "id"), str(n, "text"), recs));
            }
        }
        return out;
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.asString();
    }

    private static int num(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? -1 : v.asInt();
    }
}
