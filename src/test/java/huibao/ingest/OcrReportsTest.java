package huibao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import huibao.extract.Extractor;
import huibao.extract.metadata.ReportMetadataHints;
import huibao.model.Fact;
import huibao.model.Problem;
import huibao.model.ReportExtraction;
import huibao.model.SourceText;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scans are read by OCR when Tesseract with chi_sim is installed: a page of a corpus report, rendered
 * here at 300 dpi as an image-only PDF and as a PNG, gives most of the facts its text gives, each
 * flagged as read by OCR. Without Tesseract (a reader given {@link Ocr#none()}) a scan is named with
 * how to install it. The OCR tests skip, saying why, when Tesseract or chi_sim is missing.
 */
class OcrReportsTest {

    /** One A4 page at 300 dpi, 2 cm margins, 12 pt text. */
    private static final int DPI = 300;
    private static final int PAGE_WIDTH = 2480;
    private static final int PAGE_HEIGHT = 3508;
    private static final int MARGIN = 236;
    private static final int FONT_PX = 50;
    private static final int LEADING_PX = 80;
    private static final String REPORT = "corpus/2024h1-yunchuan.txt";

    private static ReportReader reader;
    private static ReportReader withoutOcr;
    private static Extractor extractor;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        reader = new ReportReader(Cleaning.DICTIONARIES);
        withoutOcr = new ReportReader(Cleaning.DICTIONARIES, ReportReader.DEFAULT_WRITE_LIMIT, Ocr.none());
        extractor = Extractor.load(Cleaning.DICTIONARIES);
    }

    @Test
    void aScannedPageGivesMostOfTheFactsOfItsTextFlaggedAsReadByOcr() throws Exception {
        assumeTrue(Ocr.onPath().engine().isPresent(), "skipped: tesseract with chi_sim is not installed"
                + " (apt-get install tesseract-ocr tesseract-ocr-chi-sim)");
        Optional<String> family = cjkFont();
        assumeTrue(family.isPresent(), "skipped: no CJK font (Noto Sans/Serif CJK SC) for rendering the page");
        List<String> page = pageOf(Files.readString(Path.of(REPORT), StandardCharsets.UTF_8), family.get());
        Path text = dir.resolve("page.txt");
        Files.writeString(text, String.join("\n", page) + "\n", StandardCharsets.UTF_8);
        List<Fact> expected = facts(reader.read(text, "page.txt"));
        BufferedImage image = render(page, family.get());
        Path png = dir.resolve("scan.png");
        ImageIO.write(image, "png", png.toFile());
        Path pdf = dir.resolve("scan.pdf");
        writeImagePdf(pdf, image);

        for (Path scan : List.of(pdf, png)) {
            long start = System.nanoTime();
            SourceText source = reader.read(scan, scan.getFileName().toString());
            List<Fact> read = facts(source);
            double seconds = (System.nanoTime() - start) / 1e9;
            double share = share(expected, read);
            System.out.printf(Locale.ROOT, "OCR %s: %d of %d facts of the text (%.1f %%), %d read, in %.1f s%n",
                    scan.getFileName(), Math.round(share * expected.size()), expected.size(), 100 * share,
                    read.size(), seconds);
            assertTrue(expected.size() >= 20, "too few facts on the page to judge: " + expected.size());
            assertTrue(share >= 0.8, scan.getFileName() + " gave " + keys(read) + "\n of " + keys(expected));
            assertTrue(read.stream().allMatch(Fact::ocr), "every fact of a scan is flagged as read by OCR");
        }
    }

    @Test
    void aPdfWithTextOnEveryPageIsNotOcrd() throws Exception {
        // the page holds a text line and an image of figures: OCR would read the figures, the text layer does not
        Optional<String> family = cjkFont();
        assumeTrue(family.isPresent(), "skipped: no CJK font for rendering the image");
        Path pdf = dir.resolve("text.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                BadFiles.writeTextLine(cs, 780, "Investment promotion report, first half of 2024");
                BufferedImage figures = render(List.of("全区新签约项目11个，总投资73.7亿元。"), family.get());
                cs.drawImage(LosslessFactory.createFromImage(doc, figures), 0, 0, PDRectangle.A4.getWidth(),
                        PDRectangle.A4.getHeight() - 100);
            }
            doc.save(pdf.toFile());
        }
        SourceText source = reader.read(pdf, "text.pdf");
        assertEquals(List.of(), source.ocr());
        assertFalse(source.text().contains("73.7"), source.text());
    }

    @Test
    void aScanWithoutTesseractIsNamedWithHowToInstallIt() throws Exception {
        BufferedImage blank = new BufferedImage(200, 100, BufferedImage.TYPE_BYTE_GRAY);
        Path png = dir.resolve("scan.png");
        ImageIO.write(blank, "png", png.toFile());
        Path pdf = dir.resolve("scan.pdf");
        writeImagePdf(pdf, blank);
        UnreadableFileException image = assertThrows(UnreadableFileException.class, () -> withoutOcr.read(png, "scan.png"));
        assertEquals("scan.png: no text layer: an image (image/png), read only by OCR; " + Ocr.INSTALL_HINT,
                image.getMessage());
        UnreadableFileException scan = assertThrows(UnreadableFileException.class, () -> withoutOcr.read(pdf, "scan.pdf"));
        assertEquals("scan.pdf: no text layer: no text on its 1 page (images only, a scan?); " + Ocr.INSTALL_HINT,
                scan.getMessage());
        assertEquals(Problem.Kind.NO_TEXT_LAYER, scan.toProblem().kind());
        assertTrue(ReportReader.isCandidate(png), "an image is read as a report");
    }

    /** A CJK font family for simplified Chinese that Java2D knows, Noto Serif CJK SC first. */
    private static Optional<String> cjkFont() {
        List<String> families = Arrays.asList(
                GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT));
        return List.of("Noto Serif CJK SC", "Noto Sans CJK SC", "WenQuanYi Zen Hei").stream()
                .filter(families::contains).findFirst();
    }

    /** The report's lines wrapped to the page width, as many as one page holds. */
    private static List<String> pageOf(String report, String family) {
        FontMetrics metrics = blankPage(1, 1).createGraphics().getFontMetrics(new Font(family, Font.PLAIN, FONT_PX));
        int rows = (PAGE_HEIGHT - 2 * MARGIN) / LEADING_PX;
        int used = 0;
        List<String> page = new ArrayList<>();
        for (String paragraph : report.split("\n")) {
            int lines = Math.max(1, (int) Math.ceil((double) metrics.stringWidth(paragraph) / (PAGE_WIDTH - 2 * MARGIN)));
            if (used + lines > rows) {
                break;
            }
            page.add(paragraph);
            used += lines;
        }
        return page;
    }

    /** The paragraphs drawn black on white at 300 dpi, wrapped at the margins as a printed report is. */
    private static BufferedImage render(List<String> paragraphs, String family) {
        BufferedImage image = blankPage(PAGE_WIDTH, PAGE_HEIGHT);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(new Font(family, Font.PLAIN, FONT_PX));
        FontMetrics metrics = g.getFontMetrics();
        int y = MARGIN + FONT_PX;
        for (String paragraph : paragraphs) {
            int from = 0;
            do {
                int to = from;
                while (to < paragraph.length()
                        && metrics.stringWidth(paragraph.substring(from, to + 1)) <= PAGE_WIDTH - 2 * MARGIN) {
                    to++;
                }
                g.drawString(paragraph.substring(from, to), MARGIN, y);
                y += LEADING_PX;
                from = to;
            } while (from < paragraph.length());
        }
        g.dispose();
        return image;
    }

    private static BufferedImage blankPage(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    /** An A4 PDF whose one page is {@code image} and nothing else, as a scanner makes it. */
    private static void writeImagePdf(Path out, BufferedImage image) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, image), 0, 0,
                        PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            doc.save(out.toFile());
        }
    }

    private static List<Fact> facts(SourceText source) {
        List<Fact> out = new ArrayList<>();
        for (ReportExtraction extraction : extractor.extract(source, ReportMetadataHints.none())) {
            out.addAll(extraction.facts());
        }
        return out;
    }

    /** The share of {@code expected} facts that {@code read} gives too, by value, unit, indicator and measure. */
    private static double share(List<Fact> expected, List<Fact> read) {
        Map<String, Integer> left = new HashMap<>();
        keys(read).forEach(k -> left.merge(k, 1, Integer::sum));
        int found = 0;
        for (String k : keys(expected)) {
            if (left.getOrDefault(k, 0) > 0) {
                left.merge(k, -1, Integer::sum);
                found++;
            }
        }
        return expected.isEmpty() ? 0 : (double) found / expected.size();
    }

    private static List<String> keys(List<Fact> facts) {
        return facts.stream().map(f -> f.value() + (f.valueMax() == null ? "" : "-" + f.valueMax()) + " " + f.unit()
                + " " + f.indicator() + " " + f.measure()).toList();
    }
}
