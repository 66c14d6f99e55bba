package huibao.index;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.apache.lucene.util.BytesRef;

/**
 * The large stored values of a report (its text, its packed facts and entities) compressed each on
 * its own with DEFLATE. Chinese text barely shrinks under the LZ4 the index applies to all stored
 * fields, and packed facts repeat their words report by report: deflated, both take about half and
 * a fifth of their room. Compressed per value, a search reading ten hits inflates ten values, not
 * the blocks of neighbouring reports that a whole-index DEFLATE would make it read.
 */
final class Deflated {

    /** Level 6 costs no more time than the faster levels on values of a few kilobytes, and packs tighter. */
    private static final int LEVEL = 6;
    private static final ThreadLocal<Deflater> DEFLATERS = ThreadLocal.withInitial(() -> new Deflater(LEVEL, true));
    private static final ThreadLocal<Inflater> INFLATERS = ThreadLocal.withInitial(() -> new Inflater(true));

    private Deflated() {
    }

    /** {@code bytes} deflated, with their length in front so that reading allocates once. */
    static BytesRef of(byte[] bytes, int length) {
        Deflater d = DEFLATERS.get();
        d.reset();
        d.setInput(bytes, 0, length);
        d.finish();
        byte[] out = new byte[5 + length / 2 + 64];
        int n = writeVInt(out, length);
        while (!d.finished()) {
            if (n == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            n += d.deflate(out, n, out.length - n);
        }
        return new BytesRef(out, 0, n);
    }

    /** {@code text} as UTF-8, deflated. */
    static BytesRef of(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        return of(utf8, utf8.length);
    }

    /** The bytes {@link #of} deflated. */
    static byte[] bytes(BytesRef deflated) {
        int at = deflated.offset;
        int length = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = deflated.bytes[at++];
            length |= (b & 0x7F) << shift;
            if (b >= 0) {
                break;
            }
        }
        Inflater inf = INFLATERS.get();
        inf.reset();
        inf.setInput(deflated.bytes, at, deflated.offset + deflated.length - at);
        byte[] out = new byte[length];
        try {
            int n = 0;
            while (n < length) {
                int k = inf.inflate(out, n, length - n);
                if (k == 0 && (inf.finished() || inf.needsInput())) {
                    throw new IllegalStateException("corrupt stored value: " + n + " of " + length + " bytes inflated");
                }
                n += k;
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("corrupt stored value: " + e.getMessage(), e);
        }
        return out;
    }

    /** The text {@link #of(String)} deflated. */
    static String text(BytesRef deflated) {
        return new String(bytes(deflated), StandardCharsets.UTF_8);
    }

    private static int writeVInt(byte[] out, int value) {
        int n = 0;
        while ((value & ~0x7F) != 0) {
            out[n++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out[n++] = (byte) value;
        return n;
    }
}
