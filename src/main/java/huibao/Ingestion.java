package huibao;

import huibao.extract.metadata.ReportMetadataHints;
import huibao.index.ReportIndex;
import huibao.ingest.InputFile;
import huibao.ingest.ReportFiles;
import huibao.model.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One ingest run for {@link Huibao#ingest}: reads the files on several threads, writes each file's
 * reports to the archive, drops the files gone from the folders when asked, and commits once.
 */
final class Ingestion {

    private final ReportIndex index;
    private final BiFunction<InputFile, ReportMetadataHints, FileOutcome> reader;
    private final int threads;

    /**
     * @param reader reads one file into its outcome, a failure included; called on the pool's threads
     */
    Ingestion(ReportIndex index, BiFunction<InputFile, ReportMetadataHints, FileOutcome> reader, int threads) {
        this.index = index;
        this.reader = reader;
        this.threads = threads;
    }

    /** Ingests {@code inputs}, found under {@code paths}; {@code progress} hears of each file in input order. */
    IngestSummary run(List<Path> paths, List<InputFile> inputs, Function<InputFile, ReportMetadataHints> hints,
                      Consumer<FileOutcome> progress, boolean removeMissing) throws IOException {
        int read = 0;
        int skipped = 0;
        int reports = 0;
        int facts = 0;
        List<Problem> failures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, inputs.size())));
        try {
            List<Future<FileOutcome>> futures = new ArrayList<>();
            for (InputFile in : inputs) {
                futures.add(pool.submit(() -> ingest(in, hints.apply(in))));
            }
            for (int i = 0; i < futures.size(); i++) {
                FileOutcome outcome = get(futures.get(i));
                futures.set(i, null); // a large batch need not keep every file's text and facts to the end
                if (outcome.skipped()) {
                    skipped++;
                } else if (outcome.ok()) {
                    read++;
                    reports += outcome.reports().size();
                    facts += outcome.factCount();
                } else {
                    failures.add(outcome.failure());
                }
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
        String stored = index.storedHash(in.file()).orElse(null);
        if (stored != null && stored.equals(ReportFiles.sha256(in.path()))) {
            return FileOutcome.unchanged(in.file());
        }
        FileOutcome outcome = reader.apply(in, hints);
        if (outcome.ok()) {
            index.replace(outcome.source(), outcome.reports());
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

    private static FileOutcome get(Future<FileOutcome> future) throws IOException {
        try {
            return future.get();
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
}
