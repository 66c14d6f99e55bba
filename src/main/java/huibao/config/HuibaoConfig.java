package huibao.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * huibao's configuration, built once by the CLI or the web shell and passed down.
 *
 * @param dataDir         where the archive lives, in its {@code index} folder (the files' hashes included) ({@code ./huibao-data})
 * @param dictionariesDir a folder of the analyst's dictionaries that override the packaged ones,
 *                        or {@code null} for the packaged defaults only
 * @param threads         worker threads for ingest; 1 keeps everything on the calling thread
 * @param solr            the SolrCloud collection that holds the archive instead of {@code dataDir}, or
 *                        {@code null} for the local archive
 */
public record HuibaoConfig(Path dataDir, Path dictionariesDir, int threads, SolrLocation solr) {

    /** The default data folder, relative to the working directory. */
    public static final Path DEFAULT_DATA_DIR = Path.of("huibao-data");

    public HuibaoConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }

    /** A configuration with the archive in {@code dataDir}. */
    public HuibaoConfig(Path dataDir, Path dictionariesDir, int threads) {
        this(dataDir, dictionariesDir, threads, null);
    }

    /** Defaults: {@code ./huibao-data}, packaged dictionaries, one thread per core. */
    public static HuibaoConfig defaults() {
        return new HuibaoConfig(DEFAULT_DATA_DIR, null, Runtime.getRuntime().availableProcessors());
    }

    /** The same configuration with another data folder. */
    public HuibaoConfig withDataDir(Path dir) {
        return new HuibaoConfig(dir, dictionariesDir, threads, solr);
    }

    /** The same configuration with a dictionaries folder. */
    public HuibaoConfig withDictionariesDir(Path dir) {
        return new HuibaoConfig(dataDir, dir, threads, solr);
    }

    /** The same configuration with another number of threads. */
    public HuibaoConfig withThreads(int n) {
        return new HuibaoConfig(dataDir, dictionariesDir, n, solr);
    }

    /** The same configuration with the archive in the Solr collection {@code location} ({@code null}: local). */
    public HuibaoConfig withSolr(SolrLocation location) {
        return new HuibaoConfig(dataDir, dictionariesDir, threads, location);
    }

    /** The dictionaries this configuration names. */
    public Dictionaries dictionaries() {
        return Dictionaries.of(dictionariesDir);
    }
}
