package huibao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import huibao.model.Problem;
import huibao.model.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of reports with bad files among them: each bad one is named with its cause, the good ones read. */
class UnreadableFilesTest {

    /** As on a machine without Tesseract, so that scans are named the same everywhere: OcrReportsTest reads them. */
    private static final ReportReader READER = new ReportReader(Cleaning.DICTIONARIES, ReportReader.DEFAULT_WRITE_LIMIT,
            Ocr.none());
    private static final String REPORT = "关于全县招商引资工作情况的汇报\n今年以来，全县新签约项目25个，总投资52.1亿元。\n";

    @TempDir
    Path folder;

    @BeforeEach
    void fillFolder() throws IOException {
        Files.writeString(folder.resolve("001.txt"), REPORT, StandardCharsets.UTF_8);
        ReportFixtures.writeDocx(folder.resolve("002.docx"), List.of("关于全区招商引资工作情况的汇报", "全区实际利用外资1740万美元。"));
        ReportFixtures.writeDocx(folder.resolve("blank.docx"), List.of("", "  "));
        Files.write(folder.resolve("corrupt.docx"), randomBytes(4096));
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        Files.write(folder.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII));
        BadFiles.writeEncryptedPdf(folder.resolve("locked.pdf"));
        BadFiles.writeEncryptedDocx(folder.resolve("locked.docx"), folder.resolve("002.docx"));
        BadFiles.writeImagePdf(folder.resolve("scan.pdf"));
        ImageIO.write(BadFiles.image(), "png", folder.resolve("scan.png").toFile());
    }

    @Test
    void namesEachBadFileWithItsCauseAndReadsTheRest() throws IOException {
        TreeMap<String, String> outcomes = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : files()) {
            String name = file.getFileName().toString();
            try {
                SourceText source = READER.read(file, name);
                outcomes.put(name, "read: " + source.sections().get(0).title());
            } catch (UnreadableFileException e) {
                problems.add(e.toProblem());
                outcomes.put(name, e.getMessage());
            }
        }
        assertEquals("read: 关于全县招商引资工作情况的汇报", outcomes.get("001.txt"));
        assertEquals("read: 关于全区招商引资工作情况的汇报", outcomes.get("002.docx"));
        assertEquals("blank.docx: empty: no text in the file", outcomes.get("blank.docx"));
        assertTrue(outcomes.get("broken.pdf").startsWith("broken.pdf: corrupt: broken PDF: "), outcomes.get("broken.pdf"));
        assertEquals("corrupt.docx: corrupt: not a valid Office Open XML package (zip header missing)",
                outcomes.get("corrupt.docx"));
        assertEquals("empty.txt: empty: the file has no bytes", outcomes.get("empty.txt"));
        assertEquals("locked.docx: encrypted: password-protected Word document (encrypted; save it without a password"
                + " to read it)", outcomes.get("locked.docx"));
        assertEquals("locked.pdf: encrypted: password-protected PDF (encrypted; save it without a password to read it)",
                outcomes.get("locked.pdf"));
        assertEquals("scan.pdf: no text layer: no text on its 1 page (images only, a scan?); " + Ocr.INSTALL_HINT,
                outcomes.get("scan.pdf"));
        assertEquals("scan.png: no text layer: an image (image/png), read only by OCR; " + Ocr.INSTALL_HINT,
                outcomes.get("scan.png"));
        assertEquals(10, outcomes.size());
        assertEquals(List.of(Problem.Kind.EMPTY, Problem.Kind.CORRUPT, Problem.Kind.CORRUPT, Problem.Kind.EMPTY,
                Problem.Kind.ENCRYPTED, Problem.Kind.ENCRYPTED, Problem.Kind.NO_TEXT_LAYER, Problem.Kind.NO_TEXT_LAYER),
                problems.stream().map(Problem::kind).toList());
        assertTrue(problems.stream().allMatch(Problem::isFatal));
    }

    @Test
    void aDocumentNestedTooDeeplyIsNamedAsBrokenInOneLine() throws IOException {
        Path nested = folder.resolve("nested.docx");
        HostileDocx.writeDeeplyNested(nested, 20_000);
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> READER.read(nested, "nested.docx"));
        assertEquals(Problem.Kind.CORRUPT, e.kind());
        assertEquals("nested.docx: corrupt: broken Word document: nested too deeply to be read", e.getMessage());
        assertNull(e.getCause(), "refused before parsing: an overflow inside POI can leave a lock held for good");
    }

    @Test
    void aWordDocumentOfMillionsOfEmptyParagraphsIsRefusedAtOnceWithOneLineOfReason() throws IOException {
        Path blank = folder.resolve("blank-pages.docx");
        HostileDocx.writeEmptyParagraphs(blank, 40);
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> READER.read(blank, "blank-pages.docx"));
        assertEquals(Problem.Kind.CORRUPT, e.kind());
        assertEquals("blank-pages.docx: corrupt: refused: more than 200,000 paragraphs in word/document.xml, more than"
                + " any report has", e.getMessage());
    }

    @Test
    void aWord97FileNestedTooDeeplyIsNamedAsBrokenInOneLine() throws IOException {
        Path deep = folder.resolve("deep.doc");
        BadFiles.writeDeeplyNestedDoc(Path.of("src/test/resources/ingest/report.doc"), deep, 4_000);
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> READER.read(deep, "deep.doc"));
        assertEquals("deep.doc: corrupt: broken Word binary (.doc, .wps): nested too deeply to be read", e.getMessage());
    }

    @Test
    void aZipBombIsRefusedWithOneLineOfReason() throws IOException {
        Path bomb = folder.resolve("bomb.docx");
        HostileDocx.writeZipBomb(bomb, 120);
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> READER.read(bomb, "bomb.docx"));
        assertEquals(Problem.Kind.CORRUPT, e.kind());
        assertEquals("bomb.docx: corrupt: refused: a zip bomb (a part expands past 100,000,000 bytes)", e.getMessage());
    }

    @Test
    void aDocumentWhoseTextExpandsLikeABombIsRefusedWithOneLineOfReason() throws IOException {
        Path bomb = folder.resolve("bomb.docx");
        HostileDocx.writeTextBomb(bomb, 1_500_000);
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> READER.read(bomb, "bomb.docx"));
        assertEquals(Problem.Kind.CORRUPT, e.kind());
        assertTrue(e.getMessage().matches("bomb\\.docx: corrupt: refused: a zip bomb \\(\\d+ input bytes produced \\d+ output"
                + " characters\\)"), e.getMessage());
    }

    @Test
    void aLibrarysAdviceOnALimitIsCutToTheFactsInOneLine() {
        String advice = "Zip bomb detected! The file would exceed the max. ratio of compressed file size to the size of"
                + " the expanded data.\nThis may indicate that the file is used to inflate memory usage and thus could"
                + " pose a security risk.\nYou can adjust this limit via ZipSecureFile.setMinInflateRatio() if you need"
                + " to work with files which exceed this limit.\nUncompressed size: 106496, Raw/compressed size: 376,"
                + " ratio: 0.003531\nLimits: MIN_INFLATE_RATIO: 0.010000, Entry: word/document.xml";
        assertEquals("Uncompressed size: 106496, Raw/compressed size: 376, ratio: 0.003531; Limits: MIN_INFLATE_RATIO:"
                + " 0.010000, Entry: word/document.xml", DocumentParser.reason(new IOException(advice)));
        assertEquals("Tried to allocate an array of length 2000000000, but the maximum length for this record type is"
                + " 100000000.", DocumentParser.reason(new RuntimeException(new IllegalStateException("Tried to allocate"
                + " an array of length 2000000000, but the maximum length for this record type is 100000000.\nIf the"
                + " file is not corrupt and not large, please open an issue on bugzilla to request \nincreasing the"
                + " maximum allowable size for this record type."))));
    }

    @Test
    void namesMissingFile() {
        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> READER.read(folder.resolve("003.docx"), "2023/003.docx"));
        assertEquals(Problem.Kind.UNREADABLE, e.kind());
        assertEquals("2023/003.docx: unreadable: no such file", e.getMessage());
    }

    @Test
    void namesImageSavedUnderTextName() throws IOException {
        Path file = folder.resolve("report.txt");
        ImageIO.write(BadFiles.image(), "png", file.toFile());
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> READER.read(file, "report.txt"));
        assertEquals("report.txt: no text layer: an image (image/png), read only by OCR; " + Ocr.INSTALL_HINT,
                e.getMessage());
    }

    @Test
    void tellsReportsFromOtherFilesByName() throws IOException {
        Files.write(folder.resolve("~$002.docx"), new byte[] {1, 2, 3});
        assertTrue(ReportReader.isCandidate(folder.resolve("001.txt")));
        assertTrue(ReportReader.isCandidate(folder.resolve("locked.pdf")));
        assertTrue(ReportReader.isCandidate(folder.resolve("scan.png")), "images are read by OCR");
        Files.write(folder.resolve("logo.gif"), new byte[] {'G', 'I', 'F', '8', '9', 'a'});
        assertFalse(ReportReader.isCandidate(folder.resolve("logo.gif")));
        assertFalse(ReportReader.isCandidate(folder.resolve("~$002.docx")));
        assertFalse(ReportReader.isCandidate(folder));
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new Random(20230630).nextBytes(bytes);
        return bytes;
    }
}
