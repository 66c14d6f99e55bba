package huibao;

import huibao.extract.metadata.ReportMetadataHints;
import huibao.index.Archive;
import huibao.ingest.InputFile;
import huibao.ingest.ReportFiles;
import huibao.model.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One ingest run for {@link Huibao#ingest}: reads the files on several threads, writes each file's
 * reports to the archive, drops the files gone from the folders when asked, and commits in batches
 * ({@link CommitPolicy}) and at the end. Each file is written in one step and an unchanged file is
 * skipped by its hash, so a run killed between commits keeps the files committed, and the next run
 * reads the rest without writing any file twice.
 */
final class Ingestion {

    /** Files a worker may have read ahead of the one being reported. */
    static final int READ_AHEAD = 2;
    /**
     * Heap to allow for each file in the read-ahead window: a text at the write limit, dense with
     * figures, peaks near 300 MB while it is read and holds well under half that once written
     * (measured by the bad-input suite and a 200 MB TXT at -Xmx1g).
     */
    static final long HEAP_PER_FILE = 160L << 20;

    private final Archive index;
    private final BiFunction<InputFile, ReportMetadataHints, FileOutcome> reader;
    private final int threads;
    private final CommitPolicy commits;
    /** Whether the archive held nothing when the run began, so that no file needs looking up in it. */
    private boolean startedEmpty;
    /** Files written to the archive so far, on any thread. */
    private final AtomicInteger written = new AtomicInteger();

    /**
     * @param reader reads one file into its outcome, a failure included; called on the pool's threads
     */
    Ingestion(Archive index, BiFunction<InputFile, ReportMetadataHints, FileOutcome> reader, int threads,
              CommitPolicy commits) {
        this.index = index;
        this.reader = reader;
        this.threads = threads;
        this.commits = commits;
    }

    /** Ingests {@code inputs}, found under {@code paths}; {@code progress} hears of each file in input order. */
    IngestSummary run(List<Path> paths, List<InputFile> inputs, Function<InputFile, ReportMetadataHints> hints,
                      Consumer<FileOutcome> progress, boolean removeMissing) throws IOException {
        int read = 0;
        int skipped = 0;
        int reports = 0;
        int facts = 0;
        List<Problem> failures = new ArrayList<>();
        startedEmpty = index.isEmpty();
        int workers = workers(threads, inputs.size(), Runtime.getRuntime().maxMemory());
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        Batches batches = new Batches();
        try {
            // files are read at most a window ahead of the one reported, so that a slow file does not
            // leave the texts and facts of every file after it waiting in memory
            int window = READ_AHEAD * workers;
            Deque<Future<FileOutcome>> reading = new ArrayDeque<>();
            int next = 0;
            while (next < Math.min(window, inputs.size())) {
                reading.add(submit(pool, inputs.get(next++), hints));
            }
            while (!reading.isEmpty()) {
                FileOutcome outcome = await(reading.poll(), batches);
                if (next < inputs.size()) {
                    reading.add(submit(pool, inputs.get(next++), hints));
                }
                if (outcome.skipped()) {
                    skipped++;
                } else if (outcome.ok()) {
                    read++;
                    reports += outcome.reports().size();
                    facts += outcome.factCount();
                } else {
                    failures.add(outcome.failure());
                }
                // before the file is reported, so that a file reported read is committed within a batch
                batches.commitIfDue();
                progress.accept(outcome);
            }
        } finally {
            // after a failure, the files still queued are not read
            pool.shutdownNow();
        }
        List<String> removed = removeMissing ? removeMissing(paths, inputs) : new ArrayList<>();
        index.commit();
        return new IngestSummary(read, skipped, reports, facts, failures, removed);
    }

    private Future<FileOutcome> submit(ExecutorService pool, InputFile in, Function<InputFile, ReportMetadataHints> hints) {
        return pool.submit(() -> ingest(in, hints.apply(in)));
    }

    /**
     * The threads to read on: as many as asked, but no more than files, and no more than the heap
     * holds files of the longest kind at once ({@link #HEAP_PER_FILE} each, for the files in the
     * read-ahead window), so that no folder can run the heap out.
     */
    static int workers(int threads, int files, long maxHeap) {
        long byHeap = maxHeap / (HEAP_PER_FILE * READ_AHEAD);
        return (int) Math.max(1, Math.min(Math.min(threads, files), byHeap));
    }

    /** Drops the files indexed from these folders but gone from them. */
    private List<String> removeMissing(List<Path> paths, List<InputFile> inputs) throws IOException {
        List<String> removed = new ArrayList<>();
        Set<String> present = new HashSet<>();
        inputs.forEach(in -> present.add(in.file()));
        // a folder the walk could not open still holds its files: they are not gone
        List<Path> unlisted = inputs.stream().filter(in -> in.problem() != null).map(in -> Path.of(in.file())).toList();
        for (String file : index.files()) {
            if (!present.contains(file) && underAny(file, paths) && !underAny(file, unlisted)) {
                index.remove(file);
                removed.add(file);
            }
        }
        return removed;
    }

    /**
     * Skips the file when the archive holds it unchanged, else reads it and, when it could be read,
     * writes it to the archive on the calling thread, so that the text analysis of several files
     * runs on several cores.
     */
    private FileOutcome ingest(InputFile in, ReportMetadataHints hints) throws IOException {
        if (in.problem() != null) {
            return FileOutcome.failed(in.problem(), null);
        }
        String stored = startedEmpty ? null : index.storedHash(in.file()).orElse(null);
        if (stored != null && stored.equals(ReportFiles.sha256(in.path()))) {
            return FileOutcome.unchanged(in.file());
        }
        FileOutcome outcome = reader.apply(in, hints);
        if (outcome.ok()) {
            index.replace(outcome.source(), outcome.reports());
            written.incrementAndGet();
        }
        return outcome;
    }

    private static boolean underAny(String file, List<Path> paths) {
        for (Path p : paths) {
            String base = p.toString();
            if (file.startsWith(base.endsWith("/") ? base : base + "/")) {
                return true;
            }
        }
        return false;
    }

    /** The file's outcome; while waiting for a slow file, the files written meanwhile are committed on time. */
    private static FileOutcome await(Future<FileOutcome> future, Batches batches) throws IOException {
        while (true) {
            try {
                return get(future, batches.nanosUntilDue());
            } catch (TimeoutException e) {
                batches.commitOnTime();
            }
        }
    }

    private static FileOutcome get(Future<FileOutcome> future, long timeoutNanos) throws IOException, TimeoutException {
        try {
            return future.get(Math.max(0, timeoutNanos), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("ingest interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof UncheckedIOException uio) {
                throw uio.getCause();
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** When the run commits: by the count of files written and by time; used on the thread that runs the ingest. */
    private final class Batches {

        /** Files written that the last commit holds at least. */
        private int committed;
        private long lastCommit = System.nanoTime();

        long nanosUntilDue() {
            return commits.interval().toNanos() - (System.nanoTime() - lastCommit);
        }

        void commitIfDue() {
            int pending = written.get() - committed;
            if (pending >= commits.files() || pending > 0 && nanosUntilDue() <= 0) {
                commit();
            }
        }

        /** The interval is up: commits what was written, or starts the clock again when nothing was. */
        void commitOnTime() {
            if (written.get() > committed) {
                commit();
            } else {
                lastCommit = System.nanoTime();
            }
        }

        private void commit() {
            // files written while the commit runs may be in it too; this many certainly are
            int covered = written.get();
            index.commit();
            committed = covered;
            lastCommit = System.nanoTime();
        }
    }
}
