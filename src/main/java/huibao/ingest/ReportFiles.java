package huibao.ingest;

import huibao.model.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lists the files to read under the paths an analyst gives: files as they are, folders
 * recursively in name order, following links. Hidden files and Office lock files (~$报告.docx) are
 * left out; everything else is listed, so that a file of the wrong type, an unreadable folder or a
 * broken link is reported rather than skipped.
 */
public final class ReportFiles {

    private ReportFiles() {
    }

    /**
     * The files under {@code paths}. Links are followed; a path the walk cannot follow (an
     * unreadable folder, a broken link, a link loop) is listed in its place with its
     * {@link InputFile#problem() problem}, so that it is named and the rest is read.
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
                Walk walk = new Walk(p);
                Files.walkFileTree(p, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, walk);
                out.addAll(walk.once());
            } else {
                out.add(new InputFile(p, p.toString()));
            }
        }
        return out;
    }

    /** Collects the files under {@code root}, and each path it cannot follow with the reason. */
    private static final class Walk extends SimpleFileVisitor<Path> {

        private final Path root;
        private final List<InputFile> found = new ArrayList<>();
        /** Each regular file's identity (device and inode), to know the same file reached through a link. */
        private final Map<Path, Object> keys = new HashMap<>();

        Walk(Path root) {
            this.root = root;
        }

        /**
         * What was found in name order, each file once: a file reached again through a link to a
         * folder is named instead of read twice, so that its figures are not counted twice.
         */
        List<InputFile> once() {
            found.sort(Comparator.comparing(InputFile::path));
            Map<Object, String> first = new HashMap<>();
            List<InputFile> out = new ArrayList<>();
            for (InputFile in : found) {
                Object key = keys.get(in.path());
                String earlier = key == null ? null : first.putIfAbsent(key, in.file());
                out.add(earlier == null ? in : new InputFile(in.path(), in.file(), new Problem(in.file(), null,
                        Problem.Kind.DUPLICATE, "same file as " + earlier + ", reached again through a link; read once")));
            }
            return out;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return ignored(root.relativize(dir)) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (ignored(root.relativize(file))) {
                return FileVisitResult.CONTINUE;
            }
            if (attrs.isRegularFile()) {
                found.add(new InputFile(file, join(root, file)));
                if (attrs.fileKey() != null) {
                    keys.put(file, attrs.fileKey());
                }
            } else if (attrs.isSymbolicLink()) {
                // a followed link comes with its own attributes only when its target cannot be read
                skip(file, Problem.Kind.UNREADABLE, linkTrouble(file));
            } else {
                skip(file, Problem.Kind.UNSUPPORTED, "not a file (a pipe, socket or device)");
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (ignored(root.relativize(file))) {
                return FileVisitResult.CONTINUE;
            }
            if (e instanceof FileSystemLoopException) {
                String target = Files.isSymbolicLink(file) ? " (" + target(file) + ")" : "";
                skip(file, Problem.Kind.UNREADABLE, "link loop: it points back to a folder it is in" + target);
            } else if (Files.isDirectory(file)) {
                skip(file, Problem.Kind.UNREADABLE, "folder cannot be opened (" + reason(e) + "); its files are not read");
            } else {
                skip(file, Problem.Kind.UNREADABLE, "cannot be opened (" + reason(e) + ")");
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
                skip(dir, Problem.Kind.UNREADABLE, "folder could not be listed to the end (" + reason(e)
                        + "); some of its files may not be read");
            }
            return FileVisitResult.CONTINUE;
        }

        private void skip(Path path, Problem.Kind kind, String message) {
            String file = join(root, path);
            found.add(new InputFile(path, file, new Problem(file, null, kind, message)));
        }
    }

    /** Why a link cannot be followed: its target is missing, it leads back to itself, or another reason. */
    private static String linkTrouble(Path link) {
        try {
            Files.readAttributes(link, BasicFileAttributes.class);
            return "link cannot be followed";
        } catch (NoSuchFileException e) {
            return "broken link: its target " + target(link) + " does not exist";
        } catch (IOException e) {
            List<String> chain = new ArrayList<>(List.of(String.valueOf(link.getFileName())));
            Set<Path> seen = new HashSet<>(Set.of(link.toAbsolutePath().normalize()));
            Path at = link;
            // the system's own limit on links in a row is 40
            for (int hop = 0; hop < 40 && Files.isSymbolicLink(at); hop++) {
                String next = target(at);
                chain.add(next);
                at = at.resolveSibling(next);
                if (!seen.add(at.toAbsolutePath().normalize())) {
                    return "link loop: " + String.join(" → ", chain);
                }
            }
            return Files.isSymbolicLink(at) ? "link loop: more than 40 links in a row"
                    : "link cannot be followed (" + reason(e) + ")";
        }
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "?";
        }
    }

    /** The system's reason, without the path the exception repeats. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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
