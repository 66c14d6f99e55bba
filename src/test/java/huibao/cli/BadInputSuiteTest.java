package huibao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import huibao.index.ReportIndex;
import huibao.ingest.BadFiles;
import huibao.ingest.HostileDocx;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input suite: a folder of every kind of bad and odd file an analyst's folder may hold,
 * generated here (nothing large is checked in), among good reports, ingested as the analyst would
 * in a JVM of its own with a 1 GiB heap. Each bad file is named on one line with its reason, every
 * good and readable odd file reaches the archive, and the child's peak heap is printed and stays
 * under 1 GiB.
 */
class BadInputSuiteTest {

    private static final long GIB = 1L << 30;
    private static final Path DOC = Path.of("src/test/resources/ingest/report.doc");
    private static final String YUNCHUAN = "corpus/2024h1-yunchuan.txt";

    /**
     * Files read as they are: the good reports and the odd ones that must still be read. A .doc whose
     * storage folders nest 4,000 deep is read at the launcher's 4 MB stack (deeper, or at a smaller
     * stack, it is named as nested too deeply: UnreadableFilesTest).
     */
    private static final Set<String> READ = Set.of("good-yunchuan.txt", "good-lantai.docx", "good-luting.pdf",
            "good-report.doc", "odd-gb18030-invalid-bytes.txt", "odd-mixed-line-endings.txt", "odd-no-figures.txt",
            "odd-long.txt", "nested-storage.doc");

    /** Files refused, each named on one line with its reason. */
    private static final Set<String> REFUSED = Set.of("truncated.docx", "truncated.doc", "corrupt.docx",
            "corrupt.doc", "corrupt.pdf", "locked.docx", "locked.pdf", "zero.docx", "zero.doc", "zero.pdf", "zero.txt",
            "zip-bomb.docx", "billion-laughs.docx", "scan.pdf", "nested.docx", "nested-arrays.pdf",
            "nested-page-tree.pdf", "empty-paragraphs.docx");

    @TempDir
    Path tmp;

    @Test
    void aFolderOfBadFilesIsIngestedWithEachBadFileNamedOnceEveryGoodFileKeptAndTheHeapUnderOneGib() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("reports"));
        long started = System.nanoTime();
        writeFolder(folder);
        System.out.printf(Locale.ROOT, "bad-input suite: %d files written in %.1f s%n", READ.size() + REFUSED.size(),
                (System.nanoTime() - started) / 1e9);

        started = System.nanoTime();
        Child ingest = runChild("ingest", "--data", tmp.resolve("data").toString(), folder.toString());
        System.out.printf(Locale.ROOT, "bad-input suite: ingest at -Xmx1g took %.1f s, peak heap %,d bytes (%d MB)%n",
                (System.nanoTime() - started) / 1e9, ingest.peakHeap(), ingest.peakHeap() >> 20);

        assertEquals(1, ingest.code(), ingest.out() + ingest.err());
        assertTrue(!ingest.err().contains("\tat ") && !ingest.err().contains("internal error"), ingest.err());
        for (String name : REFUSED) {
            List<String> lines = ingest.err().lines().filter(l -> l.contains("/" + name + ":")).toList();
            assertEquals(1, lines.size(), name + " is named once:\n" + ingest.err());
            assertTrue(lines.get(0).matches("failed   .*/" + Pattern.quote(name) + ": [a-z ]+: .+"), lines.get(0));
        }
        for (String name : READ) {
            assertTrue(ingest.out().contains("/" + name + ": 1 report(s)"), name + " is read:\n" + ingest.out());
        }
        assertTrue(ingest.err().lines().anyMatch(l -> l.startsWith("warning  ") && l.contains("/odd-long.txt")
                && l.contains("text cut at 2,000,000 characters")), ingest.err());
        int facts = facts(ingest.out(), "good-yunchuan.txt");
        assertTrue(facts > 30, ingest.out());
        assertEquals(facts, facts(ingest.out(), "odd-gb18030-invalid-bytes.txt"), "a few bad bytes lose no figure");
        assertEquals(facts, facts(ingest.out(), "odd-mixed-line-endings.txt"), ingest.out());
        try (ReportIndex index = ReportIndex.open(tmp.resolve("data"))) {
            Set<String> archived = index.files().stream().map(f -> Path.of(f).getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(new TreeSet<>(READ), archived, "the archive holds every read file, and no refused one");
        }
        assertTrue(ingest.peakHeap() > 0 && ingest.peakHeap() < GIB, "peak heap " + ingest.peakHeap());
    }

    private static void writeFolder(Path folder) throws IOException {
        Files.copy(Path.of(YUNCHUAN), folder.resolve("good-yunchuan.txt"));
        Files.copy(Path.of("corpus/2024h1-lantai.docx"), folder.resolve("good-lantai.docx"));
        Files.copy(Path.of("corpus/2024h1-luting.pdf"), folder.resolve("good-luting.pdf"));
        Files.copy(DOC, folder.resolve("good-report.doc"));

        String report = Files.readString(Path.of(YUNCHUAN), StandardCharsets.UTF_8);
        Files.write(folder.resolve("odd-gb18030-invalid-bytes.txt"), withInvalidBytes(report.getBytes(Charset.forName("GB18030"))));
        Files.writeString(folder.resolve("odd-mixed-line-endings.txt"), mixedLineEndings(report), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("odd-no-figures.txt"), "关于全区招商引资工作情况的汇报\n今年以来，全区上下坚持把招商引资"
                + "作为经济工作的生命线，围绕主导产业开展精准招商，营商环境持续优化。\n下一步，我们将继续强化产业链招商。\n",
                StandardCharsets.UTF_8);
        // the report, then an annex of prose past the write limit: the figures of a dense annex would
        // make the extraction, not the reading, the cost of this suite
        StringBuilder longText = new StringBuilder(report).append('\n');
        String prose = "全区上下坚持把招商引资作为经济工作的生命线，围绕主导产业开展精准招商，营商环境持续优化。\n";
        while (longText.length() <= 2_100_000) {
            longText.append(prose);
        }
        Files.writeString(folder.resolve("odd-long.txt"), longText, StandardCharsets.UTF_8);

        BadFiles.writeTruncated(Path.of("corpus/2024h1-lantai.docx"), folder.resolve("truncated.docx"), 0.5);
        BadFiles.writeTruncated(DOC, folder.resolve("truncated.doc"), 0.5);
        BadFiles.writeNoise(folder.resolve("corrupt.docx"), new byte[] {'P', 'K', 3, 4}, 4096, 1);
        BadFiles.writeNoise(folder.resolve("corrupt.doc"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 4096, 2);
        BadFiles.writeNoise(folder.resolve("corrupt.pdf"), "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 4096, 3);
        BadFiles.writeEncryptedDocx(folder.resolve("locked.docx"), folder.resolve("good-lantai.docx"));
        BadFiles.writeEncryptedPdf(folder.resolve("locked.pdf"));
        for (String type : List.of("docx", "doc", "pdf", "txt")) {
            Files.write(folder.resolve("zero." + type), new byte[0]);
        }
        HostileDocx.writeZipBomb(folder.resolve("zip-bomb.docx"), 120);
        HostileDocx.writeBillionLaughs(folder.resolve("billion-laughs.docx"));
        BadFiles.writeImagePdf(folder.resolve("scan.pdf"));
        HostileDocx.writeDeeplyNested(folder.resolve("nested.docx"), 50_000);
        BadFiles.writeDeeplyNestedPdf(folder.resolve("nested-arrays.pdf"), 100_000);
        BadFiles.writeDeepPageTreePdf(folder.resolve("nested-page-tree.pdf"), 100_000);
        BadFiles.writeDeeplyNestedDoc(DOC, folder.resolve("nested-storage.doc"), 4_000);
        HostileDocx.writeEmptyParagraphs(folder.resolve("empty-paragraphs.docx"), 20);
    }

    /** GB18030 bytes with a byte that no GB18030 sequence holds (0xFF) at the end of three lines. */
    private static byte[] withInvalidBytes(byte[] text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int spoiled = 0;
        for (byte b : text) {
            if (b == '\n' && spoiled < 3) {
                out.write(0xFF);
                spoiled++;
            }
            out.write(b);
        }
        return out.toByteArray();
    }

    /** The text with its lines ended by CR LF, CR and LF in turn. */
    private static String mixedLineEndings(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            out.append(lines[i]);
            if (i < lines.length - 1) {
                out.append(List.of("\r\n", "\r", "\n").get(i % 3));
            }
        }
        return out.toString();
    }

    private static int facts(String out, String name) {
        Matcher m = Pattern.compile("/" + Pattern.quote(name) + ": 1 report\\(s\\), (\\d+) fact\\(s\\)").matcher(out);
        assertTrue(m.find(), name + ":\n" + out);
        return Integer.parseInt(m.group(1));
    }

    private record Child(int code, String out, String err, long peakHeap) {
    }

    /** huibao in a JVM of its own, started as the launcher does but with a 1 GiB heap. */
    private Child runChild(String... args) throws IOException, InterruptedException {
        Path out = tmp.resolve("child.out");
        Path err = tmp.resolve("child.err");
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx1g", "-Xss4m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                PeakHeapMain.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("huibao " + args[0] + " did not end within 10 minutes");
        }
        String errText = Files.readString(err, StandardCharsets.UTF_8);
        Matcher peak = Pattern.compile("peak heap: ([\\d,]+) bytes\\n?$").matcher(errText);
        assertTrue(peak.find(), errText);
        return new Child(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                errText.substring(0, peak.start()), Long.parseLong(peak.group(1).replace(",", "")));
    }
}
