package huibao.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One document of the archive as plain values, for a store other than the local index to hold: the
 * same fields, by name, that {@link ReportIndex} writes (see {@link ArchiveLayout}).
 *
 * @param fields each field's values in the order written: {@link String}, {@link Integer},
 *               {@link Long} or {@code byte[]}
 */
public record ArchiveDocument(Map<String, List<Object>> fields) {

    public ArchiveDocument {
        Map<String, List<Object>> copy = new LinkedHashMap<>();
        fields.forEach((name, values) -> {
            for (Object v : values) {
                if (!(v instanceof String || v instanceof Integer || v instanceof Long || v instanceof byte[])) {
                    throw new IllegalArgumentException("field " + name + " holds a " + v.getClass().getSimpleName()
                            + "; an archive document holds strings, ints, longs and bytes");
                }
            }
            copy.put(name, List.copyOf(values));
        });
        fields = java.util.Collections.unmodifiableMap(copy);
    }

    /** The first value of {@code name}, or {@code null} when it has none. */
    public Object first(String name) {
        List<Object> values = fields.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The first value of {@code name} as text, or {@code null} when it has none. */
    public String string(String name) {
        Object v = first(name);
        return v == null ? null : v.toString();
    }

    /** Collects the values of a document, field by field. */
    public static final class Builder {
        private final Map<String, List<Object>> fields = new LinkedHashMap<>();

        /** Adds {@code value} to the values of {@code name}. */
        public Builder add(String name, Object value) {
            fields.computeIfAbsent(Objects.requireNonNull(name, "name"), n -> new ArrayList<>())
                    .add(Objects.requireNonNull(value, "value"));
            return this;
        }

        public ArchiveDocument build() {
            return new ArchiveDocument(fields);
        }
    }
}
