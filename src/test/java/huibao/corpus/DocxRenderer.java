package huibao.corpus;

import huibao.corpus.SourceDocument.Blank;
import huibao.corpus.SourceDocument.Block;
import huibao.corpus.SourceDocument.HeaderLine;
import huibao.corpus.SourceDocument.Paragraph;
import huibao.corpus.SourceDocument.Table;
import huibao.corpus.SourceDocument.Title;
import huibao.corpus.SourceDocument.TocEntry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;

/**
 * Renders a source as a Word document laid out like a government report: A4 with the official
 * margins, the title centred and bold in 小标宋, issuer and date centred, body paragraphs in
 * 仿宋 三号 with a two-character first-line indent and 28-point line spacing, tables as Word
 * tables, and a compilation's 目录 with dotted right-aligned page numbers.
 */
final class DocxRenderer {

    private static final String TITLE_FONT = "方正小标宋简体";
    private static final String BODY_FONT = "仿宋_GB2312";
    private static final int BODY_PT = 16;
    private static final int TITLE_PT = 22;
    /** A4 in twips, margins 37/35/28/26 mm: a text block of 28 characters by 22 lines. */
    private static final int PAGE_W = 11906;
    private static final int PAGE_H = 16838;
    private static final int TEXT_W = 8844;

    /** Writes {@code doc} to {@code out}; the bytes depend only on the source and the entry. */
    void render(SourceDocument doc, CorpusManifest.Entry meta, Path out) throws IOException {
        try (XWPFDocument w = new XWPFDocument()) {
            pageSetup(w);
            for (Block b : doc.blocks()) {
                add(w, b);
            }
            properties(w, meta);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            w.write(bytes);
            Files.write(out, StableZip.rewrite(bytes.toByteArray(), meta.date().atStartOfDay()));
        }
    }

    private static void add(XWPFDocument w, Block b) {
        if (b instanceof Title t) {
            XWPFParagraph p = paragraph(w, ParagraphAlignment.CENTER);
            if (t.newPage()) {
                p.setPageBreak(true);
            }
            run(p, t.text(), TITLE_FONT, TITLE_PT, true);
        } else if (b instanceof HeaderLine h) {
            run(paragraph(w, ParagraphAlignment.CENTER), h.text(), BODY_FONT, BODY_PT, false);
        } else if (b instanceof Paragraph para) {
            XWPFParagraph p = paragraph(w, ParagraphAlignment.BOTH);
            p.setIndentationFirstLine(2 * BODY_PT * 20);
            run(p, para.text(), BODY_FONT, BODY_PT, false);
        } else if (b instanceof Blank) {
            paragraph(w, ParagraphAlignment.LEFT);
        } else if (b instanceof Table t) {
            table(w, t.rows());
        } else if (b instanceof TocEntry e) {
            XWPFParagraph p = paragraph(w, ParagraphAlignment.LEFT);
            CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
            CTTabStop stop = ppr.addNewTabs().addNewTab();
            stop.setVal(STTabJc.RIGHT);
            stop.setLeader(STTabTlc.DOT);
            stop.setPos(BigInteger.valueOf(TEXT_W));
            run(p, e.title(), BODY_FONT, BODY_PT, false).addTab();
            run(p, e.page(), BODY_FONT, BODY_PT, false);
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument w, ParagraphAlignment align) {
        XWPFParagraph p = w.createParagraph();
        p.setAlignment(align);
        p.setSpacingBetween(28, LineSpacingRule.EXACT);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, String font, int size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
        r.setFontFamily("Times New Roman", XWPFRun.FontCharRange.hAnsi);
        r.setFontSize(size);
        if (bold) {
            r.setBold(true);
        }
        r.setText(text);
        return r;
    }

    private static void table(XWPFDocument w, List<List<String>> rows) {
        int cols = rows.get(0).size();
        XWPFTable t = w.createTable(rows.size(), cols);
        t.setWidth("100%");
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = rows.get(i);
            if (cells.size() != cols) {
                throw new IllegalArgumentException("table row " + (i + 1) + " has " + cells.size()
                        + " cells, the header " + cols + ": " + cells);
            }
            XWPFTableRow row = t.getRow(i);
            for (int j = 0; j < cols; j++) {
                XWPFParagraph p = row.getCell(j).getParagraphs().get(0);
                p.setAlignment(j == 0 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
                run(p, cells.get(j), BODY_FONT, 12, i == 0);
            }
        }
    }

    private static void pageSetup(XWPFDocument w) {
        CTSectPr sect = w.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_W));
        size.setH(BigInteger.valueOf(PAGE_H));
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(2098));
        mar.setBottom(BigInteger.valueOf(1984));
        mar.setLeft(BigInteger.valueOf(1588));
        mar.setRight(BigInteger.valueOf(1474));
    }

    /** Fixed core properties, so regenerating does not change the file. */
    private static void properties(XWPFDocument w, CorpusManifest.Entry meta) {
        POIXMLProperties.CoreProperties core = w.getProperties().getCoreProperties();
        Date when = Date.from(meta.date().atTime(9, 0).toInstant(ZoneOffset.ofHours(8)));
        core.setTitle(meta.title());
        core.setCreator(meta.issuer());
        core.setLastModifiedByUser(meta.issuer());
        core.setCreated(Optional.of(when));
        core.setModified(Optional.of(when));
        w.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("Microsoft Office Word");
    }
}
