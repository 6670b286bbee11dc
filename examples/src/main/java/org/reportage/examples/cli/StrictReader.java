package org.reportage.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes text and refuses to guess: the first byte sequence that is not valid in the encoding raises
 * {@link UndecodableInputException} with its line, column and byte offset, instead of the silent U+FFFD
 * replacement of {@code InputStreamReader}. Characters decoded before the bad bytes are delivered first, so a
 * reader of lines sees every complete line before the error. Lines end at {@code \n}, {@code \r\n} or a lone
 * {@code \r}, as in {@code LineIndex}.
 *
 * <p>Without a stated encoding the input is UTF-8, unless it starts with a UTF-16 byte order mark ({@code FE FF}
 * or {@code FF FE}, as Windows tools write "Unicode" text): it is then UTF-16 in that byte order, and the mark is
 * not part of the text. A UTF-8 byte order mark is kept as the character U+FEFF, which the parser drops from
 * what it reads while its offsets still count it, so offsets count every character of the file.
 */
final class StrictReader extends Reader {
    private final InputStream in;
    /** The encoding stated by the user, or {@code null}: UTF-8 unless a UTF-16 byte order mark says otherwise. */
    private final Charset stated;
    private CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private long bytesRead;
    private boolean eof;
    private boolean done;
    private UndecodableInputException pending;
    private long line = 1;
    private long column = 1;
    private boolean afterCr;

    /**
     * @param in      the bytes
     * @param charset their encoding, or {@code null} for UTF-8 (UTF-16 after a UTF-16 byte order mark)
     */
    StrictReader(InputStream in, Charset charset) {
        this.in = in;
        this.stated = charset;
        bytes.flip();
    }

    /** Chooses the decoder once the first bytes are in (or the input has ended), skipping a UTF-16 mark. */
    private void chooseDecoder() {
        Charset cs = stated;
        if (cs == null) {
            cs = StandardCharsets.UTF_8;
            if (bytes.remaining() >= 2) {
                int b0 = bytes.get(bytes.position()) & 0xFF;
                int b1 = bytes.get(bytes.position() + 1) & 0xFF;
                if (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE) {
                    cs = b0 == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
                    bytes.position(bytes.position() + 2);
                }
            }
        }
        decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
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
            if (decoder == null && (bytes.remaining() >= 2 || eof)) {
                chooseDecoder();
            }
            CoderResult r = decoder == null ? CoderResult.UNDERFLOW : decoder.decode(bytes, out, eof);
            if (r.isError()) {
                track(cbuf, off, out.position() - off);
                UndecodableInputException e = malformed(r.length());
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

    private UndecodableInputException malformed(int length) {
        long offset = bytesRead - bytes.remaining();
        boolean utf8 = decoder.charset().equals(StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder("invalid ").append(utf8 ? "UTF-8" : decoder.charset().name())
                .append(": byte");
        int shown = Math.min(length, bytes.remaining());
        if (shown > 1) {
            sb.append('s');
        }
        for (int i = 0; i < shown; i++) {
            sb.append(String.format(Locale.ROOT, " 0x%02X", bytes.get(bytes.position() + i) & 0xFF));
        }
        sb.append(" at byte offset ").append(offset);
        int lead = shown > 0 ? bytes.get(bytes.position()) & 0xFF : 0;
        if (utf8 && eof && lead >= 0xC2 && lead <= 0xF4 && shown == bytes.remaining()) {
            sb.append(" (truncated sequence at the end of the input)");
        } else if (stated == null && utf8) {
            sb.append(" (if the file is in another encoding, name it with --charset, e.g. --charset windows-1252)");
        }
        return new UndecodableInputException(sb.toString(), line, column, offset);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
