package org.reportage.parser.internal.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The key sort puts mentions in the order a stable sort by {@link Mention#BY_POSITION} gives (start, then the
 * longer first, equal spans in their order before), the same mentions, not copies, and one sorter serves many
 * lists of different sizes.
 */
class PositionSortTest {

    private static Mention mention(int s, int e, int serial) {
        return new Mention(Mention.SINGLE, s, e, serial, serial + 1, 0, 0);
    }

    /** @return the mentions as [start, end)#serial, so a failure shows what moved */
    private static List<String> shown(List<Mention> list) {
        List<String> out = new ArrayList<>();
        for (Mention m : list) {
            out.add("[" + m.s + "," + m.e + ")#" + m.ts);
        }
        return out;
    }

    private static void sortsAsStableSort(PositionSort sorter, List<Mention> list) {
        List<Mention> expected = new ArrayList<>(list);
        expected.sort(Mention.BY_POSITION); // List.sort is stable
        List<Mention> actual = new ArrayList<>(list);
        sorter.sort(actual);
        assertThat(shown(actual)).isEqualTo(shown(expected));
        for (int i = 0; i < actual.size(); i++) {
            assertThat(actual.get(i)).isSameAs(expected.get(i));
        }
        Mention[] array = list.toArray(new Mention[list.size() + 3]); // longer than the mentions, as a cluster's
        sorter.sort(array, list.size());
        for (int i = 0; i < list.size(); i++) {
            assertThat(array[i]).isSameAs(expected.get(i));
        }
    }

    @Test
    void randomListsWithManyEqualSpansSortAsAStableSort() {
        Random random = new Random(20261129);
        PositionSort sorter = new PositionSort();
        for (int round = 0; round < 400; round++) {
            int n = random.nextInt(round < 200 ? 12 : 700);
            int span = 1 + random.nextInt(40); // a narrow range of offsets: many equal starts and equal spans
            List<Mention> list = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int s = random.nextInt(span);
                list.add(mention(s, s + random.nextInt(4), i));
            }
            sortsAsStableSort(sorter, list);
        }
    }

    @Test
    void twoInterleavedRunsAndOtherShapesSortAsAStableSort() {
        PositionSort sorter = new PositionSort();
        List<Mention> names = new ArrayList<>();
        List<Mention> runs = new ArrayList<>();
        List<Mention> descending = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            names.add(mention(10 * i, 10 * i + 5, i));
            descending.add(mention(5000 - 7 * i, 5000 - 7 * i + (i % 3), i));
        }
        runs.addAll(names);
        for (int i = 0; i < 300; i++) {
            // descriptions after the names: the same starts, longer (so first), shorter and equal
            runs.add(mention(10 * i + (i % 4 == 0 ? 0 : 3), 10 * i + 5 + (i % 3) - 1, 1000 + i));
        }
        sortsAsStableSort(sorter, runs);
        sortsAsStableSort(sorter, names);
        sortsAsStableSort(sorter, descending);
        sortsAsStableSort(sorter, List.of());
        sortsAsStableSort(sorter, List.of(mention(3, 4, 0)));
        sortsAsStableSort(sorter, List.of(mention(3, 4, 0), mention(3, 9, 1), mention(3, 4, 2), mention(0, 2, 3)));
    }

    @Test
    void aListPastWhatIsKeptSortsAndTheSorterSortsOnAfterLettingItsArraysGo() {
        PositionSort sorter = new PositionSort();
        List<Mention> large = new ArrayList<>();
        for (int i = 0; i <= PositionSort.KEEP; i++) {
            int s = (i * 7919) % 100_003; // every start reached in a scattered order, starts shared
            large.add(mention(s, s + i % 5, i));
        }
        sortsAsStableSort(sorter, large);
        sortsAsStableSort(sorter, List.of(mention(9, 12, 0), mention(2, 3, 1), mention(9, 15, 2)));
    }

    @Test
    void offsetsAtTheTopOfTheIntRangeKeepTheirOrder() {
        int top = Integer.MAX_VALUE;
        sortsAsStableSort(new PositionSort(), List.of(mention(top - 1, top, 0), mention(top - 1, top - 1, 1),
                mention(0, top, 2), mention(top, top, 3), mention(0, 0, 4)));
    }
}
