package huibao.export;

import huibao.model.Finding;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.List;

/**
 * The sheet of findings: a row per finding, errors first, with the sentences it rests on and
 * their figures in bold; the heading row stays in view and filters.
 */
final class FindingsSheet {

    /** The sheet's name. */
    static final String NAME = "核查发现";

    private static final List<String> HEADINGS = List.of("严重程度", "类别", "报告", "地区", "指标", "报告数",
            "推算值", "说明", "四舍五入", "涉及原文（文件@起止位置）");
    private static final int MESSAGE = 7;
    private static final int SENTENCES = 9;
    private static final int MESSAGE_WIDTH = 40;
    private static final int SENTENCES_WIDTH = 70;

    private final XSSFSheet sheet;
    private final WorkbookStyles styles;
    private final ReportsByDoc reports;
    private final IndicatorLabels indicators;
    private final SheetLayout layout = new SheetLayout();

    FindingsSheet(XSSFSheet sheet, WorkbookStyles styles, ReportsByDoc reports, IndicatorLabels indicators) {
        this.sheet = sheet;
        this.styles = styles;
        this.reports = reports;
        this.indicators = indicators;
    }

    /** Writes {@code findings}, already in {@link FindingOrder}. */
    void write(List<Finding> findings) {
        XSSFRow head = sheet.createRow(0);
        for (int c = 0; c < HEADINGS.size(); c++) {
            cell(head, c, HEADINGS.get(c), CellShade.HEADING);
        }
        int r = 1;
        for (Finding f : findings) {
            XSSFRow xr = sheet.createRow(r++);
            cell(xr, 0, f.severity().label(), CellShade.of(f.severity()));
            cell(xr, 1, f.kind().label(), CellShade.PLAIN);
            cell(xr, 2, f.doc(), CellShade.PLAIN);
            cell(xr, 3, reports.region(f.doc()), CellShade.PLAIN);
            cell(xr, 4, indicators.of(f.indicator()), CellShade.PLAIN);
            cell(xr, 5, f.stated() == null ? "" : f.stated(), CellShade.PLAIN);
            cell(xr, 6, f.expected() == null ? "" : f.expected(), CellShade.PLAIN);
            XSSFCell message = xr.createCell(MESSAGE);
            message.setCellValue(f.message());
            message.setCellStyle(styles.wrapped(CellShade.PLAIN));
            cell(xr, 8, f.roundingOnly() ? FindingWords.ROUNDING_ONLY : "", CellShade.PLAIN);
            XSSFCell sentences = xr.createCell(SENTENCES);
            sentences.setCellValue(styles.sentences(f.facts(), reports, true));
            sentences.setCellStyle(styles.wrapped(CellShade.PLAIN));
            int lines = Math.max(SheetLayout.lines(f.message(), MESSAGE_WIDTH - 2),
                    SheetLayout.lines(sentences.getStringCellValue(), SENTENCES_WIDTH - 2));
            SheetLayout.fit(xr, lines);
        }
        for (int c = 0; c < HEADINGS.size(); c++) {
            if (c == MESSAGE || c == SENTENCES) {
                sheet.setColumnWidth(c, (c == MESSAGE ? MESSAGE_WIDTH : SENTENCES_WIDTH) * 256);
            } else {
                layout.apply(sheet, c, 6, 30);
            }
        }
        sheet.createFreezePane(0, 1);
        SheetLayout.print(sheet);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, r - 1), 0, HEADINGS.size() - 1));
    }

    private void cell(XSSFRow xr, int col, String text, CellShade shade) {
        XSSFCell x = xr.createCell(col);
        x.setCellValue(text);
        x.setCellStyle(styles.cell(shade, null));
        layout.see(col, text);
    }
}
