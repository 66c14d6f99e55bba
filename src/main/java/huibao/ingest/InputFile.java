package huibao.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file to read, with the name it goes by in every output.
 *
 * @param path where it is
 * @param file its name in outputs: the path as given, or the folder as given joined with the
 *             file's path inside it ("../reports/2024/江滨区.docx")
 */
public record InputFile(Path path, String file) {

    public InputFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(file, "file");
    }
}
