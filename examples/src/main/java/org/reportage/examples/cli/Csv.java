package org.reportage.examples.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes CSV records as RFC 4180 says: CRLF line ends; fields with a comma, quote, CR or LF quoted, quotes doubled. */
final class Csv {
    private Csv() {
    }

    static void record(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            field(out, fields.get(i));
        }
        out.write("\r\n");
    }

    static void field(Writer out, String value) throws IOException {
        String v = value == null ? "" : value;
        boolean quote = false;
        for (int i = 0; i < v.length() && !quote; i++) {
            char c = v.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        if (!quote) {
            out.write(v);
            return;
        }
        out.write('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '"') {
                out.write('"');
            }
            out.write(c);
        }
        out.write('"');
    }
}
