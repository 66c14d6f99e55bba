package huibao.ingest;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real seed reports in {@code ../shared/seeds}. They stay outside the project; tests that read
 * them skip when the folder is absent.
 */
final class Seeds {

    static final Path SHARED = Path.of("..", "shared");
    static final Path DIR = SHARED.resolve("seeds");

    private Seeds() {
    }

    /** The seed file whose name starts with {@code number} ("001"); skips the test without ../shared. */
    static Path seed(String number) {
        return all().stream()
                .filter(p -> p.getFileName().toString().startsWith(number + "_"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no seed " + number + " in " + DIR));
    }

    /** All seed reports; skips the test without ../shared. */
    static List<Path> all() {
        assumeTrue(Files.isDirectory(DIR), "../shared/seeds is absent");
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Path seed) {
        try {
            return Files.readString(seed, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
