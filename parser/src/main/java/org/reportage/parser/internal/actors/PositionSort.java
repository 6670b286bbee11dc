package org.reportage.parser.internal.actors;

import java.util.Arrays;
import java.util.List;

import org.reportage.parser.internal.Workspace;

/**
 * Sorts mentions {@link Mention#BY_POSITION} (by start, then the longer first), stably, by a primitive key per
 * mention: the comparisons read a {@code long[]}, not the mentions, and the mentions move along with their keys.
 * The merge is natural: the runs already in order are found first and merged pairwise, so a list that is two runs
 * (the names, then the descriptions found after them) costs one linear merge; a list in order is only read.
 * Its arrays are kept in the parse's {@link Workspace} for the next sort and the next report (those for more than
 * {@link #KEEP} mentions are not kept, as the token arrays are not); it keeps no mention between sorts. Not
 * thread-safe.
 */
final class PositionSort {
    /** Where a parse keeps its sorter. */
    static final Workspace.Key<PositionSort> KEY = new Workspace.Key<>(PositionSort::new);
    /** The most mentions whose arrays are kept (a mention spans at least one token). */
    static final int KEEP = Tokens.Buffers.KEEP_TOKENS;

    private Mention[] work = new Mention[0];
    private Mention[] spare = new Mention[0];
    private long[] keys = new long[0];
    private long[] spareKeys = new long[0];
    /** Where each run starts, and after the last one the end. */
    private int[] runs = new int[0];

    /**
     * @return the key of a mention: the start in the high half, the end's complement in the low half (both are
     *         non-negative ints), so that keys order as {@link Mention#BY_POSITION} does
     */
    static long key(Mention m) {
        return (long) m.s << 32 | (Integer.MAX_VALUE - m.e);
    }

    /** @param list mentions, sorted in place */
    void sort(List<Mention> list) {
        int n = list.size();
        for (int i = 1; i < n; i++) {
            if (key(list.get(i - 1)) > key(list.get(i))) {
                room(n);
                Mention[] a = work;
                for (int k = 0; k < n; k++) {
                    a[k] = list.get(k);
                }
                sorted(a, n);
                for (int k = 0; k < n; k++) {
                    list.set(k, a[k]);
                }
                Arrays.fill(a, 0, n, null);
                release();
                return;
            }
        }
    }

    /**
     * @param a mentions, whose first {@code n} are sorted in place
     * @param n how many
     */
    void sort(Mention[] a, int n) {
        for (int i = 1; i < n; i++) {
            if (key(a[i - 1]) > key(a[i])) {
                room(n);
                sorted(a, n);
                release();
                return;
            }
        }
    }

    private void room(int n) {
        if (keys.length < n) {
            int size = Math.max(n, 2 * keys.length);
            work = new Mention[size];
            spare = new Mention[size];
            keys = new long[size];
            spareKeys = new long[size];
            runs = new int[size + 1];
        }
    }

    /** Lets go of arrays too large to keep. */
    private void release() {
        if (keys.length > KEEP) {
            work = spare = new Mention[0];
            keys = spareKeys = new long[0];
            runs = new int[0];
        }
    }

    /** Sorts a[0, n) (which has room enough), a list not in order. */
    private void sorted(Mention[] a, int n) {
        long[] k = keys;
        int[] run = runs;
        int r = 0;
        for (int i = 0; i < n; i++) {
            k[i] = key(a[i]);
            if (i == 0 || k[i - 1] > k[i]) {
                run[r++] = i;
            }
        }
        run[r] = n;
        Mention[] from = a;
        long[] fromKeys = k;
        Mention[] to = spare;
        long[] toKeys = spareKeys;
        while (r > 1) {
            // runs 2j and 2j + 1 become run j (a last odd run is copied as it is)
            int w = 0;
            for (int j = 0; j < r; j += 2) {
                int lo = run[j];
                int mid = run[j + 1];
                int hi = j + 2 <= r ? run[j + 2] : mid;
                merge(from, fromKeys, lo, mid, hi, to, toKeys);
                run[w++] = lo;
            }
            run[w] = n;
            r = w;
            Mention[] m = from;
            from = to;
            to = m;
            long[] t = fromKeys;
            fromKeys = toKeys;
            toKeys = t;
        }
        if (from != a) {
            System.arraycopy(from, 0, a, 0, n);
        }
        Arrays.fill(spare, 0, n, null);
    }

    /** Merges the sorted [lo, mid) and [mid, hi) of a into b, stably (on equal keys the left one first). */
    private static void merge(Mention[] a, long[] ak, int lo, int mid, int hi, Mention[] b, long[] bk) {
        int i = lo;
        int j = mid;
        int o = lo;
        while (i < mid && j < hi) {
            if (ak[j] < ak[i]) {
                bk[o] = ak[j];
                b[o++] = a[j++];
            } else {
                bk[o] = ak[i];
                b[o++] = a[i++];
            }
        }
        System.arraycopy(ak, i, bk, o, mid - i);
        System.arraycopy(a, i, b, o, mid - i);
        o += mid - i;
        System.arraycopy(ak, j, bk, o, hi - j);
        System.arraycopy(a, j, b, o, hi - j);
    }
}
