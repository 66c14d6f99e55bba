package huibao.export;

import huibao.dataset.Cell;
import huibao.dataset.Column;
import huibao.dataset.ColumnSummary;
import huibao.dataset.Row;
import huibao.dataset.Table;
import huibao.model.Finding;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The sheet of the table: a heading row, a row per region and period with real numbers in the
 * precision they are printed with, the comparable totals, and a legend of the colours below.
 * Every filled cell carries a comment with its source and the findings on it.
 */
final class DataSheet {

    /** The sheet's name. */
    static final String NAME = "数据";
    /** Columns before the first indicator: region, code, period, reports. */
    static final int LEADING = 4;
    /** Columns that stay in view when scrolling right: region, code, period. */
    static final int FROZEN = 3;

    private static final List<String> HEADINGS = List.of("地区", "地区代码", "期间", "报告");
    private static final int COMMENT_COLUMNS = 5;

    private final XSSFSheet sheet;
    private final WorkbookStyles styles;
    private final FindingsByFact findings;
    private final IndicatorLabels indicators;
    private final Drawing<?> drawing;
    private final CreationHelper helper;
    private final SheetLayout layout = new SheetLayout();

    DataSheet(XSSFSheet sheet, WorkbookStyles styles, FindingsByFact findings, IndicatorLabels indicators) {
        this.sheet = sheet;
        this.styles = styles;
        this.findings = findings;
        this.indicators = indicators;
        this.drawing = sheet.createDrawingPatriarch();
        this.helper = sheet.getWorkbook().getCreationHelper();
    }

    /** Writes {@code table} into the sheet. */
    void write(Table table) {
        List<Column> columns = table.columns();
        XSSFRow head = sheet.createRow(0);
        for (int c = 0; c < LEADING + columns.size(); c++) {
            String heading = c < LEADING ? HEADINGS.get(c) : unitOnItsOwnLine(columns.get(c - LEADING).heading());
            text(head, c, heading, styles.wrapped(CellShade.HEADING));
        }
        int r = 1;
        for (Row row : table.rows()) {
            writeRow(sheet.createRow(r++), row, columns);
        }
        if (!table.summaries().isEmpty()) {
            writeSummary(sheet.createRow(r++), table, "合计（可比）", true);
            writeSummary(sheet.createRow(r++), table, "平均（可比）", false);
        }
        writeLegend(r + 1);
        int lines = 1;
        for (int c = 0; c < LEADING + columns.size(); c++) {
            layout.apply(sheet, c, c < LEADING ? 8 : 10, c < LEADING ? 36 : 24);
            lines = Math.max(lines, SheetLayout.lines(head.getCell(c).getStringCellValue(), layout.of(c, 0, 99) - 2));
        }
        SheetLayout.fit(head, lines);
        sheet.createFreezePane(FROZEN, 1);
        SheetLayout.print(sheet);
    }

    /** The heading with its unit on a line of its own, so that a narrow column wraps it there. */
    private static String unitOnItsOwnLine(String heading) {
        int unit = heading.lastIndexOf('（');
        return unit <= 0 ? heading : heading.substring(0, unit) + "\n" + heading.substring(unit);
    }

    private void writeRow(XSSFRow xr, Row row, List<Column> columns) {
        CellShade plain = CellShade.PLAIN;
        text(xr, 0, row.label(), styles.cell(plain, null));
        text(xr, 1, row.regionCode() == null ? "" : row.regionCode(), styles.cell(plain, null));
        text(xr, 2, row.period().normalized(), styles.cell(plain, null));
        text(xr, 3, row.docs(), styles.cell(plain, null));
        Set<String> indicatorsSeen = new HashSet<>();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            int col = LEADING + i;
            Cell cell = row.cell(column);
            // an unreported indicator is marked once, in its first column
            boolean firstOfIndicator = indicatorsSeen.add(column.indicator());
            List<Finding> gaps = firstOfIndicator ? findings.unreported(row, column.indicator()) : List.of();
            if (cell != null) {
                writeCell(xr, col, row, column, cell);
            } else if (!gaps.isEmpty()) {
                XSSFCell x = text(xr, col, "未报", styles.cell(CellShade.GAP, null));
                comment(x, CellNote.unreported(row, column, gaps, indicators));
            } else {
                xr.createCell(col).setCellStyle(styles.cell(plain, null));
            }
        }
    }

    private void writeCell(XSSFRow xr, int col, Row row, Column column, Cell cell) {
        List<Finding> involved = findings.of(cell);
        CellShade shade = CellShade.of(cell, findings.questioning(cell));
        BigDecimal value = cell.value();
        XSSFCell x;
        if (value == null) {
            x = text(xr, col, cell.display(), styles.cell(shade, null));
        } else {
            x = number(xr, col, value, styles.cell(shade,
                    PrintedFormat.of(value, cell.unit(), !cell.unit().equals(column.unit()))));
        }
        comment(x, CellNote.of(row, column, cell, involved, indicators));
    }

    private void writeSummary(XSSFRow xr, Table table, String label, boolean total) {
        List<Column> columns = table.columns();
        text(xr, 0, label, styles.cell(CellShade.TOTAL, null));
        text(xr, 1, "", styles.cell(CellShade.TOTAL, null));
        text(xr, 2, "", styles.cell(CellShade.TOTAL, null));
        String over = table.summaries().values().iterator().next().over();
        text(xr, 3, over, styles.cell(CellShade.TOTAL, null));
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            ColumnSummary s = table.summary(column);
            BigDecimal v = s == null ? null : total ? s.total() : s.average();
            if (v == null) {
                text(xr, LEADING + i, "", styles.cell(CellShade.TOTAL, null));
            } else {
                XSSFCell x = number(xr, LEADING + i, v,
                        styles.cell(CellShade.TOTAL, PrintedFormat.of(v, column.unit(), false)));
                comment(x, CellNote.summary(label, s));
            }
        }
    }

    private void writeLegend(int at) {
        text(sheet.createRow(at), 0, "图例", styles.cell(CellShade.HEADING, null));
        int r = at + 1;
        for (CellShade shade : CellShade.values()) {
            if (shade.legendName() != null) {
                XSSFRow xr = sheet.createRow(r++);
                text(xr, 0, shade.legendName(), styles.cell(shade, null));
                xr.createCell(1).setCellValue(shade.meaning());
                xr.getCell(1).setCellStyle(styles.note());
            }
        }
        XSSFRow xr = sheet.createRow(r);
        xr.createCell(0).setCellValue("批注");
        xr.getCell(0).setCellStyle(styles.cell(CellShade.PLAIN, null));
        xr.createCell(1).setCellValue("每个有数字的格都带批注：来源文件@起止字符位置、原句、标注，以及涉及它的核查发现");
        xr.getCell(1).setCellStyle(styles.note());
    }

    private XSSFCell text(XSSFRow xr, int col, String text, CellStyle style) {
        XSSFCell x = xr.createCell(col);
        x.setCellValue(text);
        x.setCellStyle(style);
        for (String line : text.split("\n")) {
            layout.see(col, line);
        }
        return x;
    }

    private XSSFCell number(XSSFRow xr, int col, BigDecimal value, CellStyle style) {
        XSSFCell x = xr.createCell(col);
        x.setCellValue(value.doubleValue());
        x.setCellStyle(style);
        layout.seeNumber(col, value);
        return x;
    }

    private void comment(XSSFCell cell, String text) {
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 1 + COMMENT_COLUMNS);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + SheetLayout.lines(text, COMMENT_COLUMNS * 11) + 1);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(helper.createRichTextString(text));
        comment.setAuthor("huibao");
        cell.setCellComment(comment);
    }
}
