package org.reportage.parser.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.reportage.core.Article;
import org.reportage.core.json.JsonLinesException;
import org.reportage.core.json.ReportageJson;
import org.reportage.parser.Limits;
import org.reportage.parser.ParseResult;
import org.reportage.parser.ReportParseException;
import org.reportage.parser.ReportParser;
import org.reportage.parser.ReportReader;
import tools.jackson.core.JacksonException;

/**
 * The three fuzz targets, over raw bytes so that a committed finding replays without the fuzzer
 * ({@link FuzzRegressionTest}) and with it ({@link FuzzTargetsTest}). The first byte chooses options (limits,
 * decoding, how the rest is read); the rest is the input. Each target fails on any exception but the declared
 * one and on any break of the offset contract ({@link Contract}).
 */
final class FuzzTargets {
    private static final ReportageJson JSON = ReportageJson.compact();
    private static final Limits TIGHT = new Limits(512, 16, 2, 3, 1);
    private static final ReportParser DEFAULT = ReportParser.create();
    private static final ReportParser SMALL = ReportParser.builder().limits(TIGHT).build();
    private static final ReportParser REPLACING = ReportParser.builder()
            .malformedInput(ReportParser.MalformedInput.REPLACE).build();
    private static final ReportParser SMALL_REPLACING = ReportParser.builder().limits(TIGHT)
            .malformedInput(ReportParser.MalformedInput.REPLACE).build();
    private static final String[] SEEDS = {
        "Tuesday, 8 March 2022\n\nFerry service resumes after the storm\n\nThe ferry crossed the river on Monday. "
                + "\u201CWe are ready to sail,\u201D said Captain Ana Lindqvist. \u201CThe tide,\u201D she added, "
                + "\u201Cis kind.\u201D\n\nThe Harbour Authority said in a statement that it would \u2018review\u2019 "
                + "the timetable.\n",
        "LISBON, May 4 (Wire) - Minister Ilse Varga said: \"We will not wait.\" Officials told reporters the plan "
                + "was 'final'.\r\n\r\nVarga's office declined to comment.\r\n",
        "Title: Storm closes the port\nDate: 2022-02-03T09:30:00Z\nSource: Example Wire\n\n\u00AB Nous restons \u00BB, "
                + "a dit le maire. \u201EWir bleiben\u201C, sagte er.\n---\nMonday, March 7\n\nPier reopens\n\n"
                + "According to Dr. Pieter Kols, \u201Cthe \u201990s were worse\u201D.\n",
    };

    private FuzzTargets() {
    }

    private static String utf8Replacing(byte[] data, int from) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(data, from, data.length - from)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
    }

    // the text a parse target reads, by mode: UTF-8, UTF-16 (any char, lone surrogates too), pieces, or a
    // seed report with the rest spliced in
    static String text(int mode, byte[] data) {
        switch (mode & 3) {
            case 0:
                return utf8Replacing(data, 1);
            case 1:
                return new String(data, 1, data.length - 1, StandardCharsets.UTF_16BE);
            case 2: {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i < data.length; i++) {
                    int b = data[i] & 0xFF;
                    sb.append(b < Pieces.ALL.size() ? Pieces.ALL.get(b) : String.valueOf((char) b));
                }
                return sb.toString();
            }
            default: {
                if (data.length < 3) {
                    return SEEDS[0];
                }
                String seed = SEEDS[(data[1] & 0xFF) % SEEDS.length];
                int at = (data[2] & 0xFF) * seed.length() / 256;
                return seed.substring(0, at) + utf8Replacing(data, 3) + seed.substring(at);
            }
        }
    }

    /**
     * Parses the input: only {@link ReportParseException} may escape; the contract holds; a second parse gives
     * the same articles.
     *
     * @param data option byte, then the input
     */
    static void parse(byte[] data) {
        if (data.length == 0) {
            return;
        }
        ReportParser parser = (data[0] & 4) == 0 ? DEFAULT : SMALL;
        String input = text(data[0], data);
        ParseResult r;
        try {
            r = parser.parse(input);
        } catch (ReportParseException e) {
            assertThat(input.length()).isGreaterThan(parser.limits().maxReportChars());
            return;
        }
        Contract.check(r);
        assertThat(parser.parse(input).articles()).isEqualTo(r.articles());
    }

    /**
     * Streams the bytes as UTF-8: only {@link ReportParseException} may escape (for undecodable bytes, when
     * decoding is strict, and then with a byte offset inside the input); the contract holds against the decoded
     * text; for valid UTF-8 under the default limits, the reader gives what {@code parse} gives.
     *
     * @param data option byte, then the feed's bytes
     */
    static void reader(byte[] data) {
        if (data.length == 0) {
            return;
        }
        boolean small = (data[0] & 1) != 0;
        boolean replace = (data[0] & 2) != 0;
        ReportParser parser = replace ? (small ? SMALL_REPLACING : REPLACING) : (small ? SMALL : DEFAULT);
        String text = utf8Replacing(data, 1);
        List<Article> articles = new ArrayList<>();
        try (ReportReader r = parser.read(new ByteArrayInputStream(data, 1, data.length - 1),
                StandardCharsets.UTF_8)) {
            r.forEach(articles::add);
        } catch (ReportParseException e) {
            assertThat(replace).as("a strict reader only").isFalse();
            assertThat(e.offset()).isBetween(0L, (long) data.length - 1);
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Article a : articles) {
            Contract.check(text, a);
        }
        if (!small && !replace && text.indexOf('\uFFFD') < 0) {
            assertThat(articles).isEqualTo(DEFAULT.parse(text).articles());
        }
    }

    /**
     * Reads JSON: only {@link JacksonException} (one document) or {@link JsonLinesException} (JSON Lines) may
     * escape; an article that is read writes back to JSON that reads as the same article.
     *
     * @param data option byte, then the JSON (raw, or spliced into a valid article's JSON)
     */
    static void json(byte[] data) {
        if (data.length == 0) {
            return;
        }
        String json;
        if ((data[0] & 1) == 0 || data.length < 3) {
            json = utf8Replacing(data, 1);
        } else {
            String valid = JSON.write(DEFAULT.parse(SEEDS[(data[1] & 0xFF) % SEEDS.length]).article());
            int at = (data[2] & 0xFF) * valid.length() / 256;
            int cut = Math.min(valid.length(), at + (data[1] & 0x0F));
            json = valid.substring(0, at) + utf8Replacing(data, 3) + valid.substring(cut);
        }
        List<Article> read = new ArrayList<>();
        if ((data[0] & 2) == 0) {
            try {
                read.add(JSON.read(json));
            } catch (JacksonException e) {
                return;
            }
        } else {
            try {
                JSON.readLines(new StringReader(json)).forEach(read::add);
            } catch (JsonLinesException e) {
                return;
            }
        }
        for (Article a : read) {
            assertThat(JSON.read(JSON.write(a))).isEqualTo(a);
        }
    }
}
