package huibao.index;

import huibao.model.ReportExtraction;
import huibao.model.SourceText;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The writing side of the index. The {@link IndexWriter}, and with it the write lock, is only
 * taken on the first change, so that opening the index to search neither opens a writer nor
 * keeps another process from ingesting.
 *
 * <p>Replacing a file deletes its old documents by term, which Lucene must look up in every
 * segment. Into an archive that was empty when the writer opened, a file not yet written since is
 * simply added.
 */
final class IndexUpdater implements Closeable {

    /**
     * Fewer, larger flushes: a batch of reports is indexed with less merging. Lucene's buffer is
     * memory on the heap, so a small heap gets a quarter of itself.
     */
    private static final double RAM_BUFFER_MB = Math.min(256, Runtime.getRuntime().maxMemory() / 4.0 / (1 << 20));

    static final double LARGEST_SEGMENT_MB = 200;
    static final double SETTLED_FLOOR_MB = 16;

    private final Directory directory;
    private final Path path;
    private final Analyzer analyzer;
    private final ReportTypes types;
    private IndexWriter writer;
    /** Whether the index held no documents when the writer opened. */
    private boolean startedEmpty;
    /** The files written or removed since the writer opened. */
    private final Set<String> touched = ConcurrentHashMap.newKeySet();

    IndexUpdater(Directory directory, Path path, Analyzer analyzer, ReportTypes types) {
        this.directory = directory;
        this.path = path;
        this.analyzer = analyzer;
        this.types = types;
    }

    /** Writes an empty index into {@code directory} when it holds none yet. */
    static void createIfAbsent(Directory directory, Path path, Analyzer analyzer) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            try (IndexWriter w = open(directory, path, analyzer)) {
                w.setLiveCommitData(Map.of(Schema.VERSION_KEY, Schema.VERSION).entrySet());
                w.commit();
            }
        }
    }

    /**
     * Refuses an index whose documents are laid out as another version of huibao wrote them: it
     * would be searched wrongly, and ingest would skip its unchanged files.
     *
     * @throws IOException naming the folder and what to do
     */
    static void checkVersion(Directory directory, Path path) throws IOException {
        SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
        String version = commit.getUserData().get(Schema.VERSION_KEY);
        if (!Schema.VERSION.equals(version) && commit.totalMaxDoc() > 0) {
            throw new IOException("the archive in " + path + " was written by another version of huibao (layout "
                    + (version == null ? "1" : version) + "; this version reads layout " + Schema.VERSION
                    + "): delete that folder and ingest the reports again");
        }
    }

    /**
     * Replaces every document of the source's file with its file record, reports and their parts,
     * atomically. Several threads may replace different files at once; analysis runs on the caller's.
     */
    void replace(SourceText source, List<ReportExtraction> reports) throws IOException {
        List<Document> docs = ReportDocuments.ofFile(source, reports, types);
        IndexWriter w = writer();
        if (isNew(source.file())) {
            w.addDocuments(docs);
        } else {
            w.updateDocuments(new Term(Schema.FILE, source.file()), docs);
        }
    }

    void remove(String file) throws IOException {
        IndexWriter w = writer();
        if (!isNew(file)) {
            w.deleteDocuments(new Term(Schema.FILE, file));
        }
    }

    /** Whether {@code file} is certainly not in the index; from now on it may be. */
    private boolean isNew(String file) {
        return touched.add(file) && startedEmpty;
    }

    /** Makes the changes durable; a no-op when nothing was written. */
    void commit() throws IOException {
        IndexWriter w;
        synchronized (this) {
            w = writer;
        }
        if (w != null) {
            flushOnEveryCore(w);
            w.setLiveCommitData(Map.of(Schema.VERSION_KEY, Schema.VERSION).entrySet());
            w.commit();
        }
    }

    /**
     * Writes the reports buffered by each ingest thread out on as many threads at once. A commit
     * writes the buffers one after another on its own thread, and at 10,000 reports on two threads
     * that took some two seconds in which the other core had nothing to do.
     */
    private static void flushOnEveryCore(IndexWriter w) throws IOException {
        // the common pool has a thread for every other core
        List<CompletableFuture<Void>> others = new ArrayList<>();
        for (int i = 1; i < ConcurrentSearchers.CORES; i++) {
            others.add(CompletableFuture.runAsync(() -> {
                try {
                    w.flushNextBuffer();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        w.flushNextBuffer();
        try {
            others.forEach(CompletableFuture::join);
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }

    /**
     * Commits pending changes and releases the write lock, once the small segments the batches'
     * commits left are merged ({@link #settledPolicy}).
     */
    @Override
    public synchronized void close() throws IOException {
        if (writer != null) {
            writer.getConfig().setMergePolicy(settledPolicy());
            writer.maybeMerge();
            writer.close();
            writer = null;
            touched.clear();
        }
    }

    /** The writer, opened on first use; IndexWriter itself lets several threads add at once. */
    private synchronized IndexWriter writer() throws IOException {
        if (writer == null) {
            writer = open(directory, path, analyzer);
            startedEmpty = writer.getDocStats().maxDoc == 0;
        }
        return writer;
    }

    /**
     * Segments of at most {@value #LARGEST_SEGMENT_MB} MB: a search runs its segments on every core
     * ({@link ConcurrentSearchers}), and one segment is never split, so at 100,000 reports Lucene's
     * 5 GB limit left four-fifths of the archive in one segment, searched on one core. Small segments
     * merge as Lucene decides: counting them as 16 MB, to merge them sooner, cost a fifth more CPU
     * over an ingest of 10,000 reports.
     */
    private static TieredMergePolicy mergePolicy() {
        TieredMergePolicy p = new TieredMergePolicy();
        p.setMaxMergedSegmentMB(LARGEST_SEGMENT_MB);
        return p;
    }

    /**
     * The policy once writing is done: segments under {@value #SETTLED_FLOOR_MB} MB count as that
     * size, so the small ones merge together. A search looks each term up in every segment, twice:
     * at 100,000 reports, 24 segments answered at p50 5.8 to 7.4 ms where 15 answered at 4.6 to
     * 5.8 ms. Merging them once at the end costs far less than merging them as they come. Far too
     * many for the archive's size are merged down ({@link SettledMergePolicy}).
     */
    private static MergePolicy settledPolicy() {
        TieredMergePolicy p = mergePolicy();
        p.setFloorSegmentMB(SETTLED_FLOOR_MB);
        return new SettledMergePolicy(p, ConcurrentSearchers.CORES);
    }

    private static IndexWriter open(Directory directory, Path path, Analyzer analyzer) throws IOException {
        try {
            return new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(RAM_BUFFER_MB)
                    // stored fields stay LZ4 (the default): whole-index DEFLATE made a search reading its ten
                    // hits take twice as long at the median; the large values are deflated each on its own
                    // (Deflated), so a hit inflates only its own
                    // flushed segments are merged soon anyway; packing each into one file first is wasted work
                    .setUseCompoundFile(false)
                    .setMergePolicy(mergePolicy()));
        } catch (LockObtainFailedException e) {
            throw new IndexLockedException(path, e);
        }
    }
}
