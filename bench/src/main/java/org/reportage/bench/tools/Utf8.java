package org.reportage.bench.tools;

/** Counts UTF-8 bytes without encoding. */
public final class Utf8 {
    private Utf8() {
    }

    /**
     * @param s a text (unpaired surrogates count as the 3 bytes of a replacement character)
     * @return how many bytes its UTF-8 encoding takes
     */
    public static long length(CharSequence s) {
        long n = 0;
        for (int i = 0, len = s.length(); i < len; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
