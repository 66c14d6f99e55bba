package huibao.index;

import huibao.model.Entity;
import huibao.model.Fact;
import huibao.model.ReportExtraction;
import huibao.model.SourceText;
import huibao.model.Span;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The writing side of the index. The {@link IndexWriter}, and with it the write lock, is only
 * taken on the first change, so that opening the index to search neither opens a writer nor
 * keeps another process from ingesting.
 */
final class IndexUpdater implements Closeable {

    /** Fewer, larger flushes: a batch of reports is indexed with less merging. */
    private static final double RAM_BUFFER_MB = 64;

    private final Directory directory;
    private final Path path;
    private final Analyzer analyzer;
    private final ReportTypes types;
    private IndexWriter writer;

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
                w.commit();
            }
        }
    }

    /**
     * Replaces every document of the source's file with its file record, reports and their parts,
     * atomically. Several threads may replace different files at once; analysis runs on the caller's.
     */
    void replace(SourceText source, List<ReportExtraction> reports) throws IOException {
        List<Document> docs = new ArrayList<>();
        docs.add(ReportDocuments.file(source));
        int factOrdinal = 0;
        int entityOrdinal = 0;
        for (ReportExtraction x : reports) {
            if (!x.report().file().equals(source.file())) {
                throw new IllegalArgumentException("report " + x.report().doc() + " belongs to "
                        + x.report().file() + ", not to " + source.file());
            }
            Span range = x.report().range();
            if (range.end() > source.text().length()
                    || !source.text().regionMatches(range.start(), x.report().text(), 0, range.length())) {
                throw new IllegalArgumentException("the text of report " + x.report().doc() + " is not the text of "
                        + source.file() + " within " + range);
            }
            docs.add(ReportDocuments.report(x, source.sha256(), types));
            for (Span passage : Passages.of(x.report())) {
                docs.add(Passages.write(x.report(), passage));
            }
            for (Fact f : x.facts()) {
                docs.add(FactDocuments.write(f, source.file(), factOrdinal++));
            }
            for (Entity e : x.entities()) {
                docs.add(EntityDocuments.write(e, source.file(), entityOrdinal++));
            }
        }
        writer().updateDocuments(new Term(Schema.FILE, source.file()), docs);
    }

    void remove(String file) throws IOException {
        writer().deleteDocuments(new Term(Schema.FILE, file));
    }

    /** Makes the changes durable; a no-op when nothing was written. */
    void commit() throws IOException {
        IndexWriter w;
        synchronized (this) {
            w = writer;
        }
        if (w != null) {
            w.commit();
        }
    }

    /** Commits pending changes and releases the write lock. */
    @Override
    public synchronized void close() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }

    /** The writer, opened on first use; IndexWriter itself lets several threads add at once. */
    private synchronized IndexWriter writer() throws IOException {
        if (writer == null) {
            writer = open(directory, path, analyzer);
        }
        return writer;
    }

    private static IndexWriter open(Directory directory, Path path, Analyzer analyzer) throws IOException {
        try {
            return new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(RAM_BUFFER_MB));
        } catch (LockObtainFailedException e) {
            throw new IndexLockedException(path, e);
        }
    }
}
