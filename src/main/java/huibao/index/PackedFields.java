package huibao.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * The values of a record, each possibly absent, packed one after another into a single stored
 * field and read back in the order they were written. A fact has some twenty values, and a report
 * dense with figures some ninety facts: as stored fields of their own, each value would cost the
 * writer a field lookup and a schema check. Decimals keep their scale, as
 * {@link BigDecimal#toString()} does.
 */
final class PackedFields {

    private static final byte ABSENT = 0;
    private static final byte PRESENT = 1;

    private PackedFields() {
    }

    /** Packs values in order; {@link #field} makes the stored field. */
    static final class Writer {

        private final ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        /** The strings written by {@link #shared}, by their number. */
        private final Map<String, Integer> shared = new HashMap<>();

        Writer string(String value) {
            if (present(value)) {
                write(() -> out.writeString(value));
            }
            return this;
        }

        Writer integer(Integer value) {
            if (present(value)) {
                write(() -> out.writeZInt(value));
            }
            return this;
        }

        /**
         * A string that the record may hold many times (the sentence of several facts): written out
         * the first time, and as the number of its first writing after that.
         */
        Writer shared(String value) {
            if (present(value)) {
                Integer seen = shared.get(value);
                write(() -> out.writeVInt(seen == null ? shared.size() : seen));
                if (seen == null) {
                    shared.put(value, shared.size());
                    write(() -> out.writeString(value));
                }
            }
            return this;
        }

        Writer decimal(BigDecimal value) {
            return string(value == null ? null : value.toString());
        }

        Writer flag(boolean value) {
            out.writeByte(value ? PRESENT : ABSENT);
            return this;
        }

        StoredField field(String name) {
            return new StoredField(name, Deflated.of(out.toArrayCopy(), Math.toIntExact(out.size())));
        }

        private boolean present(Object value) {
            out.writeByte(value == null ? ABSENT : PRESENT);
            return value != null;
        }

        /** A write to memory, which does not fail. */
        private interface Write {
            void run() throws IOException;
        }

        private static void write(Write w) {
            try {
                w.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Reads the values of a packed field back in the order they were written. */
    static final class Reader {

        private final ByteArrayDataInput in;
        /** The strings read by {@link #shared}, by their number. */
        private final List<String> shared = new ArrayList<>();

        /** @throws IllegalStateException when {@code doc} lacks the field {@code name} */
        Reader(Document doc, String name) {
            BytesRef bytes = doc.getBinaryValue(name);
            if (bytes == null) {
                throw new IllegalStateException("index document lacks the stored field " + name);
            }
            in = new ByteArrayDataInput(Deflated.bytes(bytes));
        }

        String string() {
            return in.readByte() == ABSENT ? null : read(in::readString);
        }

        Integer integer() {
            return in.readByte() == ABSENT ? null : read(in::readZInt);
        }

        /** A string written by {@link Writer#shared}. */
        String shared() {
            if (in.readByte() == ABSENT) {
                return null;
            }
            int n = read(in::readVInt);
            if (n < shared.size()) {
                return shared.get(n);
            }
            if (n != shared.size()) {
                throw new IllegalStateException("corrupt packed record: shared string " + n + " of " + shared.size());
            }
            String s = read(in::readString);
            shared.add(s);
            return s;
        }

        /** Whether values are left to read. */
        boolean hasMore() {
            return !in.eof();
        }

        BigDecimal decimal() {
            String s = string();
            return s == null ? null : new BigDecimal(s);
        }

        boolean flag() {
            return in.readByte() == PRESENT;
        }

        /** A read from memory, which fails only on a corrupt record. */
        private interface Read<T> {
            T run() throws IOException;
        }

        private static <T> T read(Read<T> r) {
            try {
                return r.run();
            } catch (IOException e) {
                throw new UncheckedIOException("corrupt packed record", e);
            }
        }
    }
}
