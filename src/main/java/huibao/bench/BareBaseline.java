package huibao.bench;

import huibao.index.BareIndex;
import huibao.ingest.ReportReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The baseline ingest (a): each file parsed by Tika ({@link ReportReader#plainText}) and its text added to a
 * {@link BareIndex}, on {@code threads} threads that each take the next file, with one commit at
 * the end. What reading and indexing cost with nothing of huibao's.
 */
final class BareBaseline {

    private BareBaseline() {
    }

    /** Ingests {@code files} into a new index in {@code folder}; returns how many failed. */
    static int ingest(List<Path> files, Path folder, int threads) throws IOException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<Throwable> error = new AtomicReference<>();
        try (BareIndex index = BareIndex.create(folder)) {
            Runnable worker = () -> {
                for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                    Path file = files.get(i);
                    String text;
                    try {
                        text = ReportReader.plainText(file);
                    } catch (IOException e) {
                        failed.incrementAndGet();
                        continue;
                    }
                    try {
                        index.add(file.toString(), text);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
            if (threads == 1) {
                worker.run();
            } else {
                List<Thread> pool = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    Thread thread = new Thread(worker, "bench-bare-" + t);
                    thread.setUncaughtExceptionHandler((th, e) -> error.compareAndSet(null, e));
                    thread.start();
                    pool.add(thread);
                }
                for (Thread t : pool) {
                    t.join();
                }
                if (error.get() != null) {
                    throw new IOException("the bare index failed: " + error.get(), error.get());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return failed.get();
    }
}
