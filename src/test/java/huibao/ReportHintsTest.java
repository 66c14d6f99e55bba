package huibao;

import huibao.extract.metadata.ReportMetadataHints;
import huibao.ingest.InputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The region and period the analyst gives: for every file, and per file from a manifest whose row wins. */
class ReportHintsTest {

    @TempDir
    Path dir;

    @Test
    void aManifestRowWinsOverTheHintsForEveryFileAndFillsInWhatItLeavesBlank() throws IOException {
        Path manifest = dir.resolve("manifest.csv");
        Files.writeString(manifest, "file,region,period\nreports/a.txt,钢城区,\nb.txt,,2023年1-6月\n",
                StandardCharsets.UTF_8);
        ReportHints hints = ReportHints.of("澜州市", "2024年1-6月", manifest);

        assertEquals(new ReportMetadataHints("钢城区", "2024年1-6月"),
                hints.of(new InputFile(Path.of("reports/a.txt"), "reports/./a.txt")));
        assertEquals(new ReportMetadataHints("澜州市", "2023年1-6月"),
                hints.of(new InputFile(Path.of("elsewhere/b.txt"), "elsewhere/b.txt")));
        assertEquals(new ReportMetadataHints("澜州市", "2024年1-6月"),
                hints.of(new InputFile(Path.of("c.txt"), "c.txt")));
    }

    @Test
    void noHintsLeaveEverythingToTheText() {
        assertEquals(ReportMetadataHints.none(), ReportHints.none().of(new InputFile(Path.of("a.txt"), "a.txt")));
    }

    @Test
    void aManifestWithoutAFileColumnIsRefusedNamingIt() throws IOException {
        Path manifest = dir.resolve("bad.csv");
        Files.writeString(manifest, "name,region\na.txt,钢城区\n", StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportHints.of(null, null, manifest));
        assertTrue(e.getMessage().startsWith(manifest + ": the manifest needs a header file,region,period"),
                e.getMessage());
    }
}
