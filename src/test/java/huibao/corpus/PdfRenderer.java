package huibao.corpus;

import huibao.corpus.SourceDocument.Blank;
import huibao.corpus.SourceDocument.Block;
import huibao.corpus.SourceDocument.HeaderLine;
import huibao.corpus.SourceDocument.Paragraph;
import huibao.corpus.SourceDocument.Table;
import huibao.corpus.SourceDocument.Title;
import huibao.corpus.SourceDocument.TocEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders a source as an A4 PDF the way a report printed to PDF looks: the issuing body as a
 * running header on every page, "- n -" page numbers, and the body wrapped at the page width so
 * that sentences, and now and then a figure's sentence, break across lines and pages. The CJK
 * font is embedded as a subset.
 */
final class PdfRenderer {

    /** The font this corpus is rendered with; Debian package fonts-wqy-zenhei. */
    static final Path DEFAULT_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    static final String FONT_NAME = "WenQuanYiZenHei"; // PostScript name of WenQuanYi Zen Hei

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float LEFT = 72;
    private static final float WIDTH = PAGE.getWidth() - 2 * LEFT;
    private static final float TOP = PAGE.getHeight() - 92;
    private static final float BOTTOM = 84;
    private static final float BODY = 14;
    private static final float BODY_LEADING = 25;
    private static final float TITLE = 18;
    private static final float TITLE_LEADING = 30;
    private static final float MARGINALIA = 10.5f;

    private final Path fontFile;

    PdfRenderer(Path fontFile) {
        this.fontFile = fontFile;
    }

    /** Writes {@code doc} to {@code out}; the bytes depend only on the source, the entry and the font. */
    void render(SourceDocument doc, CorpusManifest.Entry meta, Path out) throws IOException {
        try (TrueTypeCollection ttc = new TrueTypeCollection(fontFile.toFile());
             PDDocument pdf = new PDDocument()) {
            TrueTypeFont ttf = ttc.getFontByName(FONT_NAME);
            if (ttf == null) {
                throw new IOException(fontFile + " holds no font named " + FONT_NAME);
            }
            PDType0Font font = PDType0Font.load(pdf, ttf, true);
            Pages pages = new Pages(pdf, font, meta.issuer());
            for (Block b : doc.blocks()) {
                add(pages, font, b, meta.output());
            }
            pages.finish();
            info(pdf, meta);
            pdf.save(out.toFile());
        }
    }

    private static void add(Pages pages, PDType0Font font, Block b, String name) throws IOException {
        if (b instanceof Title t) {
            if (t.newPage()) {
                pages.newPage();
            }
            for (String line : LineBreaker.wrap(font, TITLE, t.text(), WIDTH, 0)) {
                pages.centred(line, TITLE, TITLE_LEADING);
            }
        } else if (b instanceof HeaderLine h) {
            pages.centred(h.text(), BODY, BODY_LEADING);
        } else if (b instanceof Paragraph p) {
            List<String> lines = LineBreaker.wrap(font, BODY, p.text(), WIDTH, 2 * BODY);
            for (int i = 0; i < lines.size(); i++) {
                pages.left(lines.get(i), BODY, BODY_LEADING, i == 0 ? 2 * BODY : 0);
            }
        } else if (b instanceof Blank) {
            pages.skip(BODY_LEADING);
        } else if (b instanceof TocEntry e) {
            pages.toc(e.title(), e.page(), BODY, BODY_LEADING);
        } else if (b instanceof Table) {
            throw new IllegalArgumentException(name + ": tables are rendered to docx only");
        }
    }

    private static void info(PDDocument pdf, CorpusManifest.Entry meta) {
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("GMT+08:00"));
        when.clear();
        when.set(meta.date().getYear(), meta.date().getMonthValue() - 1, meta.date().getDayOfMonth(), 9, 0, 0);
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(meta.title());
        info.setAuthor(meta.issuer());
        info.setCreator("Microsoft Word");
        info.setCreationDate(when);
        info.setModificationDate(when);
        pdf.setDocumentInformation(info);
        // the trailer /ID is derived from this id and the information above, so it is stable too
        pdf.setDocumentId((long) meta.output().hashCode());
    }

    /** The page being filled, with its running header and page number. */
    private static final class Pages {
        private final PDDocument pdf;
        private final PDType0Font font;
        private final String header;
        private PDPageContentStream cs;
        private int number;
        private float y;

        Pages(PDDocument pdf, PDType0Font font, String header) throws IOException {
            this.pdf = pdf;
            this.font = font;
            this.header = header;
            newPage();
        }

        void newPage() throws IOException {
            if (cs != null && y == TOP) {
                return; // nothing on this page yet
            }
            finish();
            PDPage page = new PDPage(PAGE);
            pdf.addPage(page);
            cs = new PDPageContentStream(pdf, page);
            number++;
            text(header, MARGINALIA, (PAGE.getWidth() - width(header, MARGINALIA)) / 2, PAGE.getHeight() - 48);
            cs.setLineWidth(0.6f);
            cs.moveTo(LEFT, PAGE.getHeight() - 56);
            cs.lineTo(PAGE.getWidth() - LEFT, PAGE.getHeight() - 56);
            cs.stroke();
            y = TOP;
        }

        void finish() throws IOException {
            if (cs == null) {
                return;
            }
            String folio = "- " + number + " -";
            text(folio, MARGINALIA, (PAGE.getWidth() - width(folio, MARGINALIA)) / 2, 44);
            cs.close();
            cs = null;
        }

        void centred(String line, float size, float leading) throws IOException {
            room(leading);
            text(line, size, (PAGE.getWidth() - width(line, size)) / 2, y);
            y -= leading;
        }

        void left(String line, float size, float leading, float indent) throws IOException {
            room(leading);
            text(line, size, LEFT + indent, y);
            y -= leading;
        }

        void toc(String title, String page, float size, float leading) throws IOException {
            room(leading);
            text(title, size, LEFT, y);
            text(page, size, LEFT + WIDTH - width(page, size), y);
            y -= leading;
        }

        void skip(float leading) throws IOException {
            if (y < TOP) {
                y -= leading;
            }
        }

        private void room(float leading) throws IOException {
            if (y < BOTTOM) {
                newPage();
            }
        }

        private float width(String s, float size) throws IOException {
            return font.getStringWidth(s) / 1000 * size;
        }

        private void text(String s, float size, float x, float baseline) throws IOException {
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, baseline);
            cs.showText(s);
            cs.endText();
        }
    }
}
