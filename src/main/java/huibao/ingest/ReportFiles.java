package huibao.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists the files to read under the paths an analyst gives: files as they are, folders
 * recursively in name order. Hidden files and Office lock files (~$报告.docx) are left out;
 * everything else is listed, so that a file of the wrong type is reported rather than skipped.
 */
public final class ReportFiles {

    private ReportFiles() {
    }

    /**
     * The files under {@code paths}.
     *
     * @throws NoSuchFileException when a path does not exist
     */
    public static List<InputFile> list(List<Path> paths) throws IOException {
        List<InputFile> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new NoSuchFileException(p.toString(), null, "no such file or folder");
            }
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !ignored(p.relativize(f)))
                            .sorted()
                            .forEach(f -> out.add(new InputFile(f, join(p, f))));
                }
            } else {
                out.add(new InputFile(p, p.toString()));
            }
        }
        return out;
    }

    /** Hex SHA-256 of the file's bytes. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static boolean ignored(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("~$")) {
                return true;
            }
        }
        return false;
    }

    private static String join(Path root, Path file) {
        String rel = root.relativize(file).toString();
        String base = root.toString();
        if (base.isEmpty() || base.equals(".")) {
            return rel;
        }
        return base.endsWith("/") ? base + rel : base + "/" + rel;
    }

}
