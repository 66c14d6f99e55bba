package huibao.cli;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The rate of an ingest over its last {@link #WINDOW} (over all of it while it is younger), and the
 * time left at that rate: a long ingest that waited for its dictionaries and the JIT at the start,
 * or reads a folder of large files after small ones, shows the rate it goes at now, not its average
 * since the start. Told of files done on the ingest's thread, asked on the bar's.
 */
final class RecentRate {

    static final Duration WINDOW = Duration.ofSeconds(30);

    /** {time in nanos, files done}, oldest first; the first is the last one at or before the window's start. */
    private final Deque<long[]> samples = new ArrayDeque<>();

    RecentRate(long startNanos) {
        samples.add(new long[] {startNanos, 0});
    }

    /** {@code done} files are done at {@code nanos}. */
    synchronized void done(long done, long nanos) {
        samples.addLast(new long[] {nanos, done});
        long windowStart = nanos - WINDOW.toNanos();
        // keep one sample at or before the window's start, to measure the whole window from
        while (samples.size() > 2 && secondOldest()[0] <= windowStart) {
            samples.removeFirst();
        }
    }

    /** Files a second over the window up to {@code nanos}; empty until a file is done. */
    synchronized OptionalDouble perSecond(long nanos) {
        long[] first = samples.getFirst();
        long[] last = samples.getLast();
        if (last[1] == first[1] || nanos <= first[0]) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((last[1] - first[1]) * 1e9 / (nanos - first[0]));
    }

    /** The time {@code remaining} files take at the rate up to {@code nanos}; empty while it is unknown. */
    Optional<Duration> left(long remaining, long nanos) {
        OptionalDouble rate = perSecond(nanos);
        if (rate.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(Math.round(remaining * 1000 / rate.getAsDouble())));
    }

    private long[] secondOldest() {
        var it = samples.iterator();
        it.next();
        return it.next();
    }
}
