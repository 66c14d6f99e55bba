package huibao.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * What a data folder must be before the archive is opened in it. Reading commands need an archive
 * that ingest made, and must not leave a folder behind for a mistyped name; ingest makes one only
 * in a folder that is new or empty, so that a report folder given as the data folder by mistake is
 * left alone.
 */
final class ArchiveFolder {

    /** The folder {@code huibao demo} makes its own archive in, under the data folder. */
    private static final String DEMO = "demo";

    private ArchiveFolder() {
    }

    /** Refuses {@code dataDir} unless it holds an archive; creates nothing. */
    static void requireArchive(Path dataDir) {
        if (!Files.exists(dataDir)) {
            throw new NoArchiveException("no archive at " + dataDir + ": the folder does not exist; expected a data "
                    + "folder made by huibao ingest (check --data, or run huibao ingest --data " + dataDir + " REPORTS)");
        }
        if (!Files.isDirectory(dataDir)) {
            throw new NoArchiveException("no archive at " + dataDir + ": it is a file; expected a data folder made "
                    + "by huibao ingest");
        }
        if (!holdsArchive(dataDir)) {
            throw new NoArchiveException("no archive in " + dataDir + ": expected a data folder made by huibao ingest, "
                    + "with its " + ReportIndex.FOLDER + "/ folder (check --data)");
        }
    }

    /**
     * Refuses {@code dataDir} for ingest unless it is new, empty or holds the {@code index} folder of
     * an archive, a half-made one included. Hidden entries and the {@code demo} folder that
     * {@code huibao demo} makes in the default data folder do not count, so a first ingest follows the demo.
     */
    static void requireIngestible(Path dataDir) {
        if (!Files.exists(dataDir)) {
            return;
        }
        if (!Files.isDirectory(dataDir)) {
            throw new NoArchiveException("cannot make an archive at " + dataDir + ": it is a file; --data names a "
                    + "folder: a new or empty one, or one made by huibao ingest");
        }
        if (Files.isDirectory(dataDir.resolve(ReportIndex.FOLDER))) {
            return;
        }
        try (Stream<Path> entries = Files.list(dataDir)) {
            if (entries.map(p -> p.getFileName().toString()).anyMatch(n -> !n.startsWith(".") && !n.equals(DEMO))) {
                throw new NoArchiveException("will not make an archive in " + dataDir + ": it holds other files and "
                        + "no archive; give --data a new or empty folder, or one made by huibao ingest");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private static boolean holdsArchive(Path dataDir) {
        Path index = dataDir.resolve(ReportIndex.FOLDER);
        if (!Files.isDirectory(index)) {
            return false;
        }
        try (Directory directory = FSDirectory.open(index)) {
            return DirectoryReader.indexExists(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index in " + index + ": " + e.getMessage(), e);
        }
    }
}
