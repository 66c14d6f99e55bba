package huibao.ingest;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes the report files the tests read: a paged Chinese PDF (running header, page numbers,
 * paragraphs wrapped at the right margin, so lines break mid-sentence) and Word documents.
 *
 * <p>The committed fixtures under {@code src/test/resources/ingest/} were made with {@link #main}:
 * {@code paged-report.pdf} directly; {@code report.doc} and {@code report.wps} by converting the
 * written {@code .docx} sources with LibreOffice ({@code soffice --headless --convert-to doc}),
 * the {@code .wps} being that Word 97 binary under Kingsoft's extension.
 */
final class ReportFixtures {

    /** The CJK font the PDFs are drawn with; absent on machines without wqy-zenhei. */
    static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    /** Running header on every page of the paged report. */
    static final String RUNNING_HEADER = "城东区投资促进局工作简报";

    /** The paged report's paragraphs, as its cleaned text must read, one per line. */
    static final List<String> PAGED_REPORT = List.of(
            "城东区2023年上半年招商引资工作情况汇报",
            "今年以来，城东区坚持把招商引资作为经济工作的生命线，全区实际使用外资1740万美元，同比增长32.8%，"
                    + "完成全年任务的56.3%；新签约项目25个，总投资52.1亿元，其中亿元以上项目9个。",
            "一、主要做法",
            "（一）强化产业链招商。围绕新材料、电子信息两条主导产业链，全区走访企业45家，对接在谈项目12个，"
                    + "其中亿元以上项目7个，计划总投资38.6亿元，产业链上下游配套项目占比达到41.7%。",
            "（二）优化营商环境。推行项目代办服务，帮助企业解决用地、用工等问题23个，新开工项目18个，"
                    + "履约率72%，较去年同期提高13.5个百分点。",
            "二、下一步打算",
            "下半年，城东区将紧盯全年目标任务，力争新签约项目15个以上，实际使用外资突破3000万美元。");

    private static final float FONT_SIZE = 12;
    private static final float LEFT = 72;
    private static final float TEXT_WIDTH = 330;
    private static final float TOP = 740;
    private static final float LEADING = 20;
    private static final int BODY_LINES_PER_PAGE = 8;

    private ReportFixtures() {
    }

    /**
     * Writes {@link #PAGED_REPORT} as a PDF: wrapped at the right margin, eight body lines a page
     * (so a paragraph runs over the page break), the running header on top and {@code footer} at
     * the bottom of every page.
     */
    static void writePagedPdf(Path out, IntFunction<String> footer) throws IOException {
        try (PDDocument doc = new PDDocument();
                TrueTypeCollection fonts = new TrueTypeCollection(CJK_FONT.toFile())) {
            TrueTypeFont ttf = fonts.getFontByName("WenQuanYiZenHei");
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            List<String> body = new ArrayList<>();
            for (String paragraph : PAGED_REPORT) {
                body.addAll(wrap(font, paragraph));
            }
            for (int from = 0, page = 1; from < body.size(); from += BODY_LINES_PER_PAGE, page++) {
                List<String> lines = new ArrayList<>();
                lines.add(RUNNING_HEADER);
                lines.addAll(body.subList(from, Math.min(body.size(), from + BODY_LINES_PER_PAGE)));
                lines.add(footer.apply(page));
                drawPage(doc, font, lines);
            }
            doc.save(out.toFile());
        }
    }

    private static void drawPage(PDDocument doc, PDType0Font font, List<String> lines) throws IOException {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            float y = TOP;
            for (String line : lines) {
                cs.beginText();
                cs.setFont(font, FONT_SIZE);
                cs.newLineAtOffset(LEFT, y);
                cs.showText(line);
                cs.endText();
                y -= LEADING;
            }
        }
    }

    /** Breaks a paragraph where the next character would pass the right margin, as a layout does. */
    private static List<String> wrap(PDType0Font font, String paragraph) throws IOException {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int end = 1; end <= paragraph.length(); end++) {
            float width = font.getStringWidth(paragraph.substring(start, end)) / 1000 * FONT_SIZE;
            if (width > TEXT_WIDTH) {
                lines.add(paragraph.substring(start, end - 1));
                start = end - 1;
            }
        }
        lines.add(paragraph.substring(start));
        return lines;
    }

    /** Writes a .docx with one paragraph per entry of {@code paragraphs}; an empty entry is an empty paragraph. */
    static void writeDocx(Path out, List<String> paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream os = Files.newOutputStream(out)) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(os);
        }
    }

    /** The text of the committed {@code report.doc}. */
    static final List<String> DOC_REPORT = List.of(
            "关于城西区招商引资工作情况的汇报",
            "城西区投资促进局",
            "今年１－６月，城西区新签约项目１９个，总投资６３．５亿元，同比增长２１．４％。",
            "一、主要成效",
            "实际到位市外资金２８．６亿元，完成全年任务的５４．２％，居全市第二位。");

    /** The text of the committed {@code report.wps}. */
    static final List<String> WPS_REPORT = List.of(
            "城南区2023年上半年招商引资工作总结",
            "上半年，城南区新引进外商投资企业6家，合同外资4200万美元，实际使用外资1350万美元。",
            "下半年，城南区将围绕主导产业开展精准招商，力争全年新签约亿元以上项目20个。");

    /** Rewrites the fixtures: {@code mvn test-compile}, then run this class with the test classpath. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/ingest");
        writePagedPdf(dir.resolve("paged-report.pdf"), page -> "- " + page + " -");
        writeDocx(dir.resolve("report-doc-source.docx"), DOC_REPORT);
        writeDocx(dir.resolve("report-wps-source.docx"), WPS_REPORT);
        System.out.println("wrote " + new File(dir.toString()).getAbsolutePath()
                + "; convert the .docx sources with soffice --headless --convert-to doc, then delete them");
    }
}
