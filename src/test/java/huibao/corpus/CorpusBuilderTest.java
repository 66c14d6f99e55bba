package huibao.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import huibao.TestSets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed corpus is exactly what {@link CorpusBuilder} renders from the sources: regenerating
 * into a temporary folder gives byte-identical text files and Word and PDF files with the same
 * text, so nobody can edit a corpus file by hand and let it drift from its source and its gold.
 */
class CorpusBuilderTest {

    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path SET = ROOT.resolve(TestSets.SAMPLE_CITY.dir());
    static final Path REPORTS = ROOT.resolve(TestSets.SAMPLE_CITY.reports());
    static final Path CORPUS = ROOT.resolve("corpus");
    static final Path FORMATS = ROOT.resolve("src/test/resources/formats");

    @TempDir
    static Path out;

    @BeforeAll
    static void regenerateWithoutPdf() throws IOException {
        CorpusBuilder b = new CorpusBuilder(SET, null);
        b.buildCorpus(out.resolve("corpus"));
        b.buildFormats(out.resolve("formats"));
    }

    @Test
    void regeneratesTextFilesByteForByte() throws IOException {
        for (Path committed : files(CORPUS, FORMATS, ".txt")) {
            assertArrayEquals(Files.readAllBytes(committed), Files.readAllBytes(regenerated(committed)),
                    committed.getFileName().toString());
        }
    }

    @Test
    void regeneratesWordFilesWithTheCommittedText() throws IOException {
        List<Path> docx = files(CORPUS, FORMATS, ".docx");
        assertEquals(5, docx.size(), "four .docx in corpus/ and one in formats/");
        for (Path committed : docx) {
            assertEquals(docxText(committed), docxText(regenerated(committed)), committed.getFileName().toString());
        }
    }

    @Test
    void regeneratesPdfFilesWithTheCommittedText(@TempDir Path pdfOut) throws IOException {
        assumeTrue(Files.isRegularFile(PdfRenderer.DEFAULT_FONT), "CJK font not installed: " + PdfRenderer.DEFAULT_FONT);
        CorpusBuilder b = new CorpusBuilder(SET, PdfRenderer.DEFAULT_FONT);
        b.buildCorpus(pdfOut.resolve("corpus"));
        b.buildFormats(pdfOut.resolve("formats"));
        List<Path> pdfs = files(CORPUS, FORMATS, ".pdf");
        assertEquals(4, pdfs.size(), "three .pdf in corpus/ and one in formats/");
        for (Path committed : pdfs) {
            Path fresh = pdfOut.resolve(committed.getParent().getFileName()).resolve(committed.getFileName());
            assertEquals(pdfText(committed), pdfText(fresh), committed.getFileName().toString());
        }
    }

    @Test
    void rendersEveryManifestRowAndNothingElse() throws IOException {
        Set<String> expected = CorpusManifest.read(SET).entries().stream()
                .map(CorpusManifest.Entry::output).collect(Collectors.toCollection(TreeSet::new));
        try (Stream<Path> s = Files.list(CORPUS)) {
            assertEquals(expected, s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new)));
        }
    }

    @Test
    void writesTheFirstQuarterReportInGbk() throws IOException {
        byte[] bytes = Files.readAllBytes(CORPUS.resolve("2024q1-luting.txt"));
        String source = Files.readString(REPORTS.resolve("2024q1-luting.txt"), StandardCharsets.UTF_8);
        assertEquals(source, new String(bytes, Charset.forName("GBK")));
        assertFalse(new String(bytes, StandardCharsets.UTF_8).contains("鹭汀区"), "not readable as UTF-8");
    }

    @Test
    void pdfCarriesEveryCharacterOfItsSourceBetweenRunningHeadersAndFolios() throws IOException {
        for (CorpusManifest.Entry e : CorpusManifest.read(SET).entries()) {
            if (e.format() == CorpusManifest.Format.PDF) {
                String body = pdfBody(pdfText(CORPUS.resolve(e.output())), e.issuer(), e.output());
                assertEquals(squeeze(Files.readString(REPORTS.resolve(e.source()))), squeeze(body), e.output());
            }
        }
    }

    @Test
    void formatsSampleSaysTheSameInAllThreeFormats() throws IOException {
        String txt = Files.readString(FORMATS.resolve("2024h1-lantai.txt"), StandardCharsets.UTF_8);
        assertEquals(Files.readString(REPORTS.resolve("2024h1-lantai.txt")), txt);
        assertEquals(squeeze(txt), squeeze(docxText(FORMATS.resolve("2024h1-lantai.docx"))));
        String pdf = pdfBody(pdfText(FORMATS.resolve("2024h1-lantai.pdf")), "岚台区投资促进局", "2024h1-lantai.pdf");
        assertEquals(squeeze(txt), squeeze(pdf));
    }

    /** The text of a PDF without the running header that opens and the folio that closes each page. */
    private static String pdfBody(String text, String header, String name) {
        StringBuilder body = new StringBuilder();
        boolean pageStart = true;
        int pages = 0;
        for (String line : text.split("\n")) {
            if (pageStart) {
                assertEquals(header, line, name + ": every page opens with the running header");
                pageStart = false;
            } else if (line.matches("- \\d+ -")) {
                assertEquals("- " + ++pages + " -", line, name + ": folios count the pages");
                pageStart = true;
            } else {
                body.append(line).append('\n');
            }
        }
        assertTrue(pageStart && pages > 0, name + ": the last page closes with its folio");
        return body.toString();
    }

    @Test
    void compilationStartsEachReportOfItsTableOfContentsOnANewPage() throws IOException {
        try (InputStream in = Files.newInputStream(CORPUS.resolve("2024h1-counties.docx"));
             XWPFDocument d = new XWPFDocument(in)) {
            List<String> breaks = d.getParagraphs().stream().filter(XWPFParagraph::isPageBreak)
                    .map(XWPFParagraph::getText).toList();
            List<String> toc = d.getParagraphs().stream().map(XWPFParagraph::getText)
                    .filter(t -> t.matches(".+\t\\d+")).map(t -> t.substring(0, t.indexOf('\t'))).toList();
            assertEquals(List.of("芦溆县2024年1-6月招商引资工作汇报", "棠阜县2024年上半年招商引资工作情况",
                    "泓水县2024年上半年招商引资工作汇报"), toc);
            assertEquals(toc, breaks);
        }
    }

    @Test
    void cityReportCarriesTheDistrictTableAsAWordTable() throws IOException {
        try (InputStream in = Files.newInputStream(CORPUS.resolve("2024h1-city.docx"));
             XWPFDocument d = new XWPFDocument(in)) {
            assertEquals(1, d.getTables().size());
            XWPFTable t = d.getTables().get(0);
            assertEquals(11, t.getNumberOfRows(), "header, nine districts, 合计");
            assertEquals("实际使用外资（万美元）", t.getRow(0).getCell(1).getText());
            assertEquals(List.of("合计", "30990", "82"),
                    t.getRow(10).getTableCells().stream().map(c -> c.getText()).toList());
        }
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static Path regenerated(Path committed) {
        return out.resolve(committed.getParent().equals(CORPUS) ? "corpus" : "formats").resolve(committed.getFileName());
    }

    private static List<Path> files(Path a, Path b, String suffix) throws IOException {
        try (Stream<Path> s = Stream.concat(Files.list(a), Files.list(b))) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    static String docxText(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p); XWPFDocument d = new XWPFDocument(in);
             XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            return x.getText();
        }
    }

    static String pdfText(Path p) throws IOException {
        try (PDDocument d = Loader.loadPDF(p.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }
}
