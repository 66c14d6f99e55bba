package huibao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import huibao.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder walk over what districts send: every file that can be read is listed, and each path the
 * walk cannot follow (an unreadable folder, a broken link, a link loop) is listed with its reason.
 */
class FolderWalkTest {

    @TempDir
    Path root;

    /** What the walk gives for each file name under {@link #root}: "read" or the reason it cannot be. */
    private Map<String, String> walk() throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (InputFile in : ReportFiles.list(List.of(root))) {
            String name = root.relativize(in.path()).toString();
            Problem p = in.problem();
            out.put(name, p == null ? "read" : p.kind() + ": " + p.message());
            if (p != null) {
                assertEquals(in.file(), p.doc());
            }
        }
        return out;
    }

    private void report(String name) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "全县新签约项目25个。\n", StandardCharsets.UTF_8);
    }

    @Test
    void aBrokenLinkIsNamedWithItsTargetAndTheRestIsRead() throws IOException {
        report("a.txt");
        report("sub/b.txt");
        Files.createSymbolicLink(root.resolve("gone.docx"), Path.of("moved/gone.docx"));
        assertEquals(Map.of("a.txt", "read", "sub/b.txt", "read",
                        "gone.docx", "UNREADABLE: broken link: its target moved/gone.docx does not exist"),
                walk());
    }

    @Test
    void aLinkBackToItsOwnFolderIsNamedAsALoopAndTheRestIsRead() throws IOException {
        report("a.txt");
        report("sub/b.txt");
        Files.createSymbolicLink(root.resolve("sub/up"), Path.of(".."));
        Map<String, String> walked = walk();
        assertEquals("read", walked.get("a.txt"));
        assertEquals("read", walked.get("sub/b.txt"));
        assertEquals("UNREADABLE: link loop: it points back to a folder it is in (..)", walked.get("sub/up"));
        assertEquals(3, walked.size(), walked.toString());
    }

    @Test
    void linksThatPointAtEachOtherAreNamedAsALoop() throws IOException {
        report("a.txt");
        Files.createSymbolicLink(root.resolve("x.txt"), Path.of("y.txt"));
        Files.createSymbolicLink(root.resolve("y.txt"), Path.of("x.txt"));
        assertEquals(Map.of("a.txt", "read",
                        "x.txt", "UNREADABLE: link loop: x.txt → y.txt → x.txt",
                        "y.txt", "UNREADABLE: link loop: y.txt → x.txt → y.txt"),
                walk());
    }

    @Test
    void aLinkToAFolderIsFollowed() throws IOException {
        report("elsewhere/c.txt");
        Path reports = Files.createDirectories(root.resolve("reports"));
        Files.createSymbolicLink(reports.resolve("2024"), Path.of("../elsewhere"));
        List<InputFile> listed = ReportFiles.list(List.of(reports));
        assertEquals(1, listed.size(), listed.toString());
        assertEquals(reports + "/2024/c.txt", listed.get(0).file());
        assertNull(listed.get(0).problem());
    }

    @Test
    void aFileReachedAgainThroughALinkIsReadOnceAndTheSecondPathNamed() throws IOException {
        report("2024/a.txt");
        Files.createSymbolicLink(root.resolve("latest"), Path.of("2024"));
        Files.createSymbolicLink(root.resolve("b.txt"), Path.of("2024/a.txt"));
        assertEquals(Map.of("2024/a.txt", "read",
                        "b.txt", "DUPLICATE: same file as " + root + "/2024/a.txt, reached again through a link; read once",
                        "latest/a.txt", "DUPLICATE: same file as " + root + "/2024/a.txt, reached again through a link; read once"),
                walk());
    }

    /**
     * Skipped when running as root (or with CAP_DAC_OVERRIDE): root reads every folder whatever its
     * permissions, so no unreadable folder can be made. To run it as root, drop the capabilities:
     * {@code capsh --drop=cap_dac_override,cap_dac_read_search -- -c "mvn -o test -Dtest=FolderWalkTest"}.
     */
    @Test
    void anUnreadableFolderIsNamedWithTheReasonAndTheRestIsRead() throws IOException {
        report("a.txt");
        report("locked/secret.txt");
        report("z/b.txt");
        Path locked = root.resolve("locked");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "running as root: root reads every folder, so none is unreadable");
            assertEquals(Map.of("a.txt", "read", "z/b.txt", "read",
                            "locked", "UNREADABLE: folder cannot be opened (permission denied); its files are not read"),
                    walk());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
