package safetyconsole.drift;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An unmodifiable set of group ids in a stable order, kept as the numbers of one analysis' {@link GroupIds}: a
 * few ints an instance instead of a hash set, turned into strings only when someone reads it.
 */
final class GroupIdSet extends AbstractSet<String> {

    static final GroupIdSet NONE = new GroupIdSet(new GroupIds(), new int[0]);

    private final GroupIds table;
    private final int[] numbers;

    /** {@code numbers} distinct, in the set's order; the array is the set's own from now on. */
    GroupIdSet(GroupIds table, int[] numbers) {
        this.table = table;
        this.numbers = numbers;
    }

    static GroupIdSet of(GroupIds table, int[] numbers, int count) {
        return count == 0 ? NONE : new GroupIdSet(table, Arrays.copyOf(numbers, count));
    }

    boolean hasNumber(int number) {
        for (int member : numbers) {
            if (member == number) {
                return true;
            }
        }
        return false;
    }

    /** The number of the {@code index}th member, in the set's order. */
    int numberAt(int index) {
        return numbers[index];
    }

    boolean sameMembersInOrder(int[] others, int count) {
        return Arrays.equals(numbers, 0, numbers.length, others, 0, count);
    }

    @Override
    public int size() {
        return numbers.length;
    }

    @Override
    public boolean contains(Object id) {
        for (int member : numbers) {
            if (table.idOf(member).equals(id)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < numbers.length;
            }

            @Override
            public String next() {
                if (next >= numbers.length) {
                    throw new NoSuchElementException();
                }
                return table.idOf(numbers[next++]);
            }
        };
    }
}
