package huibao.extract.place;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the analyst's additions to the division table: every {@code regions-*.tsv} among the
 * packaged dictionaries and in the override folder, in name order.
 */
final class RegionTableNames {

    static final String BASE = "regions.tsv";
    private static final String GLOB = "regions-*.tsv";

    private RegionTableNames() {
    }

    /** Names of the addition tables, packaged ones and those in {@code overrideDir} (may be null). */
    static Set<String> additions(Path overrideDir) {
        Set<String> names = new TreeSet<>();
        if (overrideDir != null && Files.isDirectory(overrideDir)) {
            list(overrideDir, names);
        }
        URL base = RegionTableNames.class.getResource("/dictionaries/" + BASE);
        if (base != null) {
            try {
                URI uri = base.toURI();
                if (uri.getScheme().equals("jar")) {
                    list(jarFileSystem(uri).getPath("/dictionaries"), names);
                } else {
                    list(Path.of(uri).getParent(), names);
                }
            } catch (URISyntaxException e) {
                throw new IllegalStateException("cannot list the packaged dictionaries at " + base, e);
            }
        }
        return names;
    }

    private static FileSystem jarFileSystem(URI uri) {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the packaged dictionaries in " + uri, e);
        }
    }

    private static void list(Path dir, Set<String> names) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, GLOB)) {
            files.forEach(f -> names.add(f.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
