package org.reportage.parser.internal.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayDeque;

import org.reportage.parser.ReportParseException;

/**
 * Decodes a byte stream and knows where it is in it: a malformed or unmappable byte sequence (including one cut
 * off by the end of the stream) either throws {@link ReportParseException} carrying its byte offset, or becomes
 * U+FFFD and is remembered (char offset, byte offset, length) for the reader to report as a diagnostic. The text
 * before bad bytes is handed over before the error is thrown, so a reader gets every report that precedes them.
 * Not thread-safe.
 */
public final class DecodingReader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder;
    private final boolean replace;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 14);
    private final ArrayDeque<long[]> replaced = new ArrayDeque<>();
    private long bytesRead;
    private long charsOut;
    private boolean eof;
    private boolean finished;

    /**
     * @param in      the bytes
     * @param charset their encoding
     * @param replace true to replace bad sequences with U+FFFD and remember them, false to throw
     */
    public DecodingReader(InputStream in, Charset charset, boolean replace) {
        this.in = in;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.replace = replace;
        bytes.flip();
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, cbuf.length);
        if (len == 0) {
            return 0;
        }
        if (finished) {
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        while (out.position() == off) {
            if (!bytes.hasRemaining() && !eof) {
                fill();
            }
            CoderResult r = decoder.decode(bytes, out, eof);
            if (r.isError()) {
                if (out.position() > off) {
                    break; // hand over the text before the bad bytes first; the next call meets them again
                }
                long at = bytesRead - bytes.remaining();
                if (!replace) {
                    StringBuilder hex = new StringBuilder();
                    for (int i = 0; i < r.length(); i++) {
                        hex.append(i == 0 ? "" : " ").append(String.format(java.util.Locale.ROOT, "%02X",
                                bytes.get(bytes.position() + i) & 0xFF));
                    }
                    throw new ReportParseException((r.isMalformed() ? "malformed " : "unmappable ")
                            + decoder.charset().name() + " input at byte " + at + " (" + hex + ")", at, -1, -1,
                            hex.toString(), null);
                }
                replaced.add(new long[] {charsOut + out.position() - off, at, r.length()});
                out.put('\uFFFD');
                bytes.position(bytes.position() + r.length());
            } else if (r.isOverflow()) {
                break;
            } else if (eof) {
                if (decoder.flush(out).isOverflow()) {
                    break;
                }
                finished = true;
                break;
            } else if (bytes.hasRemaining()) {
                fill(); // an incomplete sequence at the end of the buffer: read more behind it
            }
        }
        int n = out.position() - off;
        charsOut += n;
        return n == 0 && finished ? -1 : n;
    }

    private void fill() throws IOException {
        bytes.compact();
        int r;
        do {
            r = in.read(bytes.array(), bytes.position(), bytes.remaining());
        } while (r == 0);
        if (r < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + r);
            bytesRead += r;
        }
        bytes.flip();
    }

    /**
     * Takes the next replacement made before a char offset.
     *
     * @param before a char offset into the decoded text
     * @return {char offset, byte offset, byte length} of the next replaced sequence before it, or null
     */
    public long[] pollReplacedBefore(long before) {
        long[] next = replaced.peek();
        return next != null && next[0] < before ? replaced.poll() : null;
    }

    @Override
    public void close() throws IOException {
        finished = true;
        in.close();
    }
}
