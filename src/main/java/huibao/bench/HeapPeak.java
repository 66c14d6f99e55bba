package huibao.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The most heap in use while a step runs, sampled every few milliseconds from the
 * {@link MemoryMXBean} (garbage not yet collected included, as a heap limit sees it). The heap is
 * collected before the step starts, so that one step's garbage is not counted in the next.
 */
final class HeapPeak implements AutoCloseable {

    private static final long EVERY_MS = 5;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peak;

    private HeapPeak() {
        memory.gc();
        peak = used();
        sampler = new Thread(this::sample, "bench-heap-peak");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts sampling, after a collection. */
    static HeapPeak start() {
        return new HeapPeak();
    }

    /** The peak so far, in bytes. */
    long bytes() {
        return Math.max(peak, used());
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }

    private void sample() {
        while (running) {
            peak = Math.max(peak, used());
            try {
                Thread.sleep(EVERY_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private long used() {
        return memory.getHeapMemoryUsage().getUsed();
    }
}
