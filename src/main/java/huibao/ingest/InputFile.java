package huibao.ingest;

import huibao.model.Problem;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file to read, with the name it goes by in every output.
 *
 * @param path    where it is
 * @param file    its name in outputs: the path as given, or the folder as given joined with the
 *                file's path inside it ("../reports/2024/江滨区.docx")
 * @param problem why the folder walk could not read it (an unreadable folder, a broken link, a link
 *                loop), or {@code null} for a file to read; kept in the list so it is named in its place
 */
public record InputFile(Path path, String file, Problem problem) {

    public InputFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(file, "file");
    }

    /** A file to read. */
    public InputFile(Path path, String file) {
        this(path, file, null);
    }
}
