package org.reportage.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes UTF-8 and refuses to guess: the first malformed byte sequence raises {@link MalformedUtf8Exception}
 * with its line, column and byte offset, instead of the silent U+FFFD replacement of {@code InputStreamReader}.
 * Characters decoded before the bad bytes are delivered first, so a reader of lines sees every complete line
 * before the error. Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}, as in {@code LineIndex}.
 */
final class StrictUtf8Reader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private long bytesRead;
    private boolean eof;
    private boolean done;
    private MalformedUtf8Exception pending;
    private long line = 1;
    private long column = 1;
    private boolean afterCr;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
        bytes.flip();
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (pending != null) {
            throw pending;
        }
        if (len == 0) {
            return 0;
        }
        if (done) {
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        while (true) {
            CoderResult r = decoder.decode(bytes, out, eof);
            if (r.isError()) {
                track(cbuf, off, out.position() - off);
                MalformedUtf8Exception e = malformed(r.length());
                if (out.position() > off) {
                    pending = e;
                    return out.position() - off;
                }
                throw e;
            }
            if (out.position() > off || r.isOverflow()) {
                break;
            }
            if (eof) {
                decoder.flush(out);
                done = true;
                break;
            }
            bytes.compact();
            int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
            if (n < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + n);
                bytesRead += n;
            }
            bytes.flip();
        }
        int produced = out.position() - off;
        track(cbuf, off, produced);
        return produced == 0 && done ? -1 : produced;
    }

    private void track(char[] buf, int off, int count) {
        for (int i = off, end = off + count; i < end; i++) {
            char c = buf[i];
            if (c == '\n') {
                if (!afterCr) {
                    line++;
                }
                column = 1;
            } else if (c == '\r') {
                line++;
                column = 1;
            } else {
                column++;
            }
            afterCr = c == '\r';
        }
    }

    private MalformedUtf8Exception malformed(int length) {
        long offset = bytesRead - bytes.remaining();
        StringBuilder sb = new StringBuilder("invalid UTF-8: byte");
        int shown = Math.min(length, bytes.remaining());
        if (shown > 1) {
            sb.append('s');
        }
        for (int i = 0; i < shown; i++) {
            sb.append(String.format(Locale.ROOT, " 0x%02X", bytes.get(bytes.position() + i) & 0xFF));
        }
        sb.append(" at byte offset ").append(offset);
        int lead = shown > 0 ? bytes.get(bytes.position()) & 0xFF : 0;
        if (eof && lead >= 0xC2 && lead <= 0xF4 && shown == bytes.remaining()) {
            sb.append(" (truncated sequence at the end of the input)");
        }
        return new MalformedUtf8Exception(sb.toString(), line, column, offset);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
