package huibao.index;

import huibao.config.Dictionaries;
import huibao.model.Entity;
import huibao.model.Fact;
import huibao.model.Report;
import huibao.model.ReportExtraction;
import huibao.model.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The archive of reports: a Lucene index in the folder {@code index} under the data folder.
 *
 * <p>Each ingested file is written in one step by {@link #replace}, which drops whatever the file
 * held before; {@link #commit()} makes the changes durable and visible to searches. Searches and
 * reads see the last commit, including, within a second, commits made by another process.
 *
 * <p>Thread-safety: every method may be called from several threads at once. Searches run on
 * shared, immutable views of the index; several threads may {@link #replace} different files at
 * once (each replacement is atomic), which spreads the text analysis over the cores. Only one
 * process at a time may write to a data folder ({@link IndexLockedException}); any number may
 * search it.
 *
 * <p>Opening is cheap: the index reader is opened by the first read, and smartcn's dictionaries
 * are only loaded for a query with a word of three or more Han characters, alongside that first
 * read.
 */
public final class ReportIndex implements Archive {

    /** The index's folder under the data folder. */
    public static final String FOLDER = "index";
    /** How often reads look for commits made by another process. */
    private static final long REFRESH_CHECK_NANOS = 1_000_000_000L;

    private final Path path;
    private final Directory directory;
    private final FieldAnalyzers analyzers;
    private final ReportTypes types;
    /** Opened on the first read, so that a search can load smartcn meanwhile. */
    private volatile SearcherManager searchers;
    /** The facet values of the open segments, kept while each segment lives. */
    private final FacetOrdinals facets = new FacetOrdinals();
    private final IndexUpdater updater;
    private volatile long lastRefreshCheck = System.nanoTime();

    private ReportIndex(Path path, Directory directory, FieldAnalyzers analyzers, ReportTypes types) {
        this.path = path;
        this.directory = directory;
        this.analyzers = analyzers;
        this.types = types;
        this.updater = new IndexUpdater(directory, path, analyzers.grams(), types);
    }

    /** {@link #open(Path, Dictionaries)} with the packaged dictionaries. */
    public static ReportIndex open(Path dataDir) {
        return open(dataDir, Dictionaries.packaged());
    }

    /**
     * Opens the index under {@code dataDir}, creating the folder and an empty index when absent.
     * Reports written to it take their types from {@code dictionaries}' {@code report-types.tsv}.
     *
     * @throws UncheckedIOException           when the folder cannot be created or the index cannot be read
     * @throws IndexLockedException           when the index must be created while another process writes it
     * @throws Dictionaries.DictionaryException when {@code report-types.tsv} is malformed
     */
    public static ReportIndex open(Path dataDir, Dictionaries dictionaries) {
        ReportTypes types = ReportTypes.load(dictionaries);
        Path path = dataDir.resolve(FOLDER);
        FieldAnalyzers analyzers = new FieldAnalyzers();
        Directory directory = null;
        try {
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            IndexUpdater.createIfAbsent(directory, path, analyzers.grams());
            IndexUpdater.checkVersion(directory, path);
            return new ReportIndex(path, directory, analyzers, types);
        } catch (IOException e) {
            closeQuietly(directory);
            throw new UncheckedIOException("cannot open the index in " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens the archive under {@code dataDir} for the commands that read it, creating nothing.
     *
     * @throws NoArchiveException when {@code dataDir} does not exist, is a file or holds no archive
     */
    public static ReportIndex openExisting(Path dataDir, Dictionaries dictionaries) {
        ArchiveFolder.requireArchive(dataDir);
        return open(dataDir, dictionaries);
    }

    /**
     * Opens the archive under {@code dataDir} for ingest, making it when {@code dataDir} is new or empty.
     *
     * @throws NoArchiveException when {@code dataDir} is a file, or a folder of other files without an archive
     */
    public static ReportIndex openForIngest(Path dataDir, Dictionaries dictionaries) {
        ArchiveFolder.requireIngestible(dataDir);
        return open(dataDir, dictionaries);
    }

    /**
     * Replaces everything stored for {@code source}'s file with its reports, facts and entities, and
     * remembers the file's hash. Visible to searches after {@link #commit()}.
     *
     * @throws IllegalArgumentException when a report belongs to another file
     */
    @Override
    public void replace(SourceText source, List<ReportExtraction> reports) {
        write("write " + source.file() + " to", () -> updater.replace(source, reports));
    }

    /** Removes everything stored for {@code file}. Visible to searches after {@link #commit()}. */
    @Override
    public void remove(String file) {
        write("remove " + file + " from", () -> updater.remove(file));
    }

    /** Makes the changes so far durable and visible to searches. */
    @Override
    public void commit() {
        write("commit", () -> {
            updater.commit();
            SearcherManager s = searchers;
            if (s != null) {
                s.maybeRefreshBlocking();
            }
        });
    }

    /** The sha256 stored for {@code file} when it was last ingested, so an unchanged file can be skipped. */
    @Override
    public Optional<String> storedHash(String file) {
        return read(s -> new StoredRecords(s).storedHash(file));
    }

    /** Whether the archive holds nothing, as of the last commit. */
    @Override
    public boolean isEmpty() {
        return read(s -> s.getIndexReader().numDocs() == 0);
    }

    /** The files in the index, sorted. */
    @Override
    public Set<String> files() {
        return read(s -> new StoredRecords(s).files());
    }

    /**
     * Finds the reports matching {@code request}, best first (or newest first), with their best
     * passages marked and the facts those passages state.
     *
     * @throws QuerySyntaxException     when the query cannot be read; its message quotes the query
     * @throws IllegalArgumentException when the request filters on a report type {@code report-types.tsv}
     *                                  does not name
     */
    @Override
    public SearchResults search(SearchRequest request) {
        types.requireKnown(request.type());
        QueryNode tree = QueryParser.parse(request.query());
        if (QueryTranslator.needsWords(tree)) {
            // a cold search opens the index and loads smartcn's dictionaries side by side
            analyzers.loadWordsInBackground();
        }
        return read(s -> new ReportSearch(s, analyzers, types, facets).run(request, tree));
    }

    /** All reports with their text, by file and position in the file. */
    @Override
    public List<Report> reports() {
        return read(s -> new StoredRecords(s).reports());
    }

    /** The report {@code doc} ("001.txt#2") with its text, if indexed. */
    @Override
    public Optional<Report> report(String doc) {
        return read(s -> new StoredRecords(s).report(doc));
    }

    /** All facts, by file and then by position in the file (so by report, then by span). */
    @Override
    public List<Fact> facts() {
        return read(s -> new StoredRecords(s).facts(null));
    }

    /** The facts of the report {@code doc}, by position. */
    @Override
    public List<Fact> facts(String doc) {
        return read(s -> new StoredRecords(s).facts(doc));
    }

    /** All projects, organisations and places, by file and position. */
    @Override
    public List<Entity> entities() {
        return read(s -> new StoredRecords(s).entities());
    }

    /** Counts of what the index holds. */
    @Override
    public IndexStats stats() {
        return read(s -> new StoredRecords(s).stats());
    }

    /** Commits pending changes and releases the index. */
    @Override
    public void close() throws IOException {
        try {
            updater.close();
        } finally {
            SearcherManager s = searchers;
            if (s != null) {
                s.close();
            }
            directory.close();
            analyzers.close();
        }
    }

    /** A read against the newest committed view of the index. */
    private interface Read<T> {
        T on(IndexSearcher searcher) throws IOException;
    }

    /** A change to the index. */
    private interface Write {
        void run() throws IOException;
    }

    private <T> T read(Read<T> action) {
        try {
            SearcherManager manager = searchers();
            long now = System.nanoTime();
            if (now - lastRefreshCheck > REFRESH_CHECK_NANOS) {
                // another process may have committed; looking costs a directory read, so not on every search
                lastRefreshCheck = now;
                manager.maybeRefresh();
            }
            IndexSearcher s = manager.acquire();
            try {
                return action.on(s);
            } finally {
                manager.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index in " + path + ": " + e.getMessage(), e);
        }
    }

    private SearcherManager searchers() throws IOException {
        SearcherManager s = searchers;
        if (s == null) {
            synchronized (this) {
                s = searchers;
                if (s == null) {
                    s = new SearcherManager(directory, new ConcurrentSearchers());
                    searchers = s;
                    lastRefreshCheck = System.nanoTime();
                }
            }
        }
        return s;
    }

    private void write(String what, Write action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot " + what + " the index in " + path + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Directory directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException suppressed) {
                // the open failure is the error worth reporting
            }
        }
    }
}
