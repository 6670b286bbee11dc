package org.reportage.examples.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on stderr: files, megabytes, articles per second and time left, redrawn in place at
 * most ten times a second and erased at the end. Drawn only when stderr is a terminal (see {@link InputOptions}).
 */
final class Progress {
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int BAR = 24;

    private final PrintStream err;
    private final int totalFiles;
    private final long totalBytes;
    private final LongSupplier nanos;
    private final long started;
    private long lastDraw = Long.MIN_VALUE;
    private int lastWidth;

    Progress(PrintStream err, int totalFiles, long totalBytes, LongSupplier nanos) {
        this.err = err;
        this.totalFiles = totalFiles;
        this.totalBytes = totalBytes;
        this.nanos = nanos;
        this.started = nanos.getAsLong();
    }

    void update(int files, long bytes, long articles) {
        long now = nanos.getAsLong();
        boolean finished = files >= totalFiles;
        if (!finished && (now - started < REDRAW_NANOS || lastDraw != Long.MIN_VALUE && now - lastDraw < REDRAW_NANOS)) {
            return; // first draw after 0.1 s (short runs stay quiet), then at most ten a second
        }
        lastDraw = now;
        String line = render(files, bytes, articles, now - started);
        StringBuilder sb = new StringBuilder(line.length() + lastWidth + 1).append('\r').append(line);
        for (int i = line.length(); i < lastWidth; i++) {
            sb.append(' ');
        }
        lastWidth = line.length();
        err.print(sb);
        err.flush();
    }

    String render(int files, long bytes, long articles, long elapsedNanos) {
        double fraction = totalBytes > 0 ? Math.min(1.0, (double) bytes / totalBytes)
                : totalFiles > 0 ? (double) files / totalFiles : 0;
        int filled = (int) Math.round(fraction * BAR);
        StringBuilder bar = new StringBuilder(BAR + 2).append('[');
        for (int i = 0; i < BAR; i++) {
            bar.append(i < filled ? '=' : i == filled ? '>' : ' ');
        }
        bar.append(']');
        double seconds = elapsedNanos / 1e9;
        double rate = seconds > 0 ? articles / seconds : 0;
        String eta = "--:--";
        if (fraction > 0 && seconds > 0) {
            eta = clock((long) Math.ceil(seconds * (1 - fraction) / fraction));
        }
        return String.format(Locale.ROOT, "%s %3d%%  %d/%d files  %.1f/%.1f MB  %.0f articles/s  ETA %s",
                bar, Math.round(fraction * 100), files, totalFiles, bytes / 1e6, totalBytes / 1e6, rate, eta);
    }

    private static String clock(long s) {
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** Erases the bar so that what follows starts on a clean line. */
    void finish() {
        if (lastWidth > 0) {
            err.print("\r" + " ".repeat(lastWidth) + "\r");
            err.flush();
        }
    }
}
