package huibao.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Runs huibao as {@link Main} does, then prints the peak heap on a last line of stderr
 * ({@code peak heap: 123,456,789 bytes}): the sum of each heap pool's peak use, an upper bound,
 * since the pools need not peak at the same moment. Run in a child JVM by the bad-input suite:
 * {@code java -Xmx1g -cp ... huibao.cli.PeakHeapMain ingest --data DIR FOLDER}.
 */
public final class PeakHeapMain {

    private PeakHeapMain() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = Main.run(args, out, err);
        out.flush();
        err.printf(Locale.ROOT, "peak heap: %,d bytes%n", peakHeap());
        err.flush();
        System.exit(code);
    }

    static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
