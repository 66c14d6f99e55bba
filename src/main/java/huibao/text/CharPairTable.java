package huibao.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * A table from a pair of characters to a value, open-addressed over {@code int} keys, so that a
 * lookup at every position of a text neither boxes a key nor follows a chain. A single character is
 * the pair of it and {@code '\0'}.
 *
 * @param <T> the values
 */
public final class CharPairTable<T> {

    private final int[] keys;
    private final Object[] values;
    private final int mask;

    /** A table for up to {@code size} pairs. */
    public CharPairTable(int size) {
        int capacity = Integer.highestOneBit(Math.max(4, size * 2 - 1)) << 1;
        keys = new int[capacity];
        values = new Object[capacity];
        mask = capacity - 1;
    }

    /**
     * {@code items} grouped under the single character {@code charOf} gives each (the first or last of a
     * word), each group in the order given: a caller that lists them longest first finds them so.
     */
    public static <T> CharPairTable<T[]> grouped(Collection<? extends T> items, ToIntFunction<? super T> charOf,
                                                 IntFunction<T[]> array) {
        Map<Character, List<T>> groups = new LinkedHashMap<>();
        for (T item : items) {
            groups.computeIfAbsent((char) charOf.applyAsInt(item), c -> new ArrayList<>()).add(item);
        }
        CharPairTable<T[]> table = new CharPairTable<>(groups.size());
        groups.forEach((c, group) -> table.put(key(c, '\0'), group.toArray(array.apply(0))));
        return table;
    }

    /** The key of {@code first} followed by {@code second}. */
    public static int key(char first, char second) {
        return first << 16 | second;
    }

    /** Sets the value of {@code key}. */
    public void put(int key, T value) {
        int slot = slot(key);
        keys[slot] = key;
        values[slot] = value;
    }

    /** The value of the single character {@code c}, or {@code null}. */
    public T get(char c) {
        return get(key(c, '\0'));
    }

    /** The value of {@code key}, or {@code null}. */
    @SuppressWarnings("unchecked")
    public T get(int key) {
        return (T) values[slot(key)];
    }

    private int slot(int key) {
        int h = key * 0x9E3779B9;
        int slot = (h ^ h >>> 16) & mask;
        // an empty slot holds no value, whatever its key, so key 0 needs no mark of its own
        while (values[slot] != null && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
