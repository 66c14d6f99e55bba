package huibao.export;

import huibao.dataset.Cell;
import huibao.dataset.CellFlag;
import huibao.dataset.Column;
import huibao.dataset.Row;
import huibao.dataset.Table;
import huibao.model.Fact;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.ArrayList;
import java.util.List;

/**
 * The sheet of sources: every fact the table shows, and every other value a report states for a
 * cell, with its file, offsets, text and sentence, so the analyst can sort and filter the trail
 * of each number.
 */
final class SourcesSheet {

    /** The sheet's name. */
    static final String NAME = "来源";

    private static final List<String> HEADINGS = List.of("地区", "期间", "列", "表中数值", "文件", "起", "止",
            "原文", "句子", "标注");
    private static final int SENTENCE = 8;
    private static final int SENTENCE_WIDTH = 70;

    private final XSSFSheet sheet;
    private final WorkbookStyles styles;
    private final ReportsByDoc reports;
    private final SheetLayout layout = new SheetLayout();
    private int next = 1;

    SourcesSheet(XSSFSheet sheet, WorkbookStyles styles, ReportsByDoc reports) {
        this.sheet = sheet;
        this.styles = styles;
        this.reports = reports;
    }

    /** Writes the facts of {@code table}, row by row and column by column. */
    void write(Table table) {
        XSSFRow head = sheet.createRow(0);
        for (int c = 0; c < HEADINGS.size(); c++) {
            text(head, c, HEADINGS.get(c), CellShade.HEADING);
        }
        for (Row row : table.rows()) {
            for (Column column : table.columns()) {
                Cell cell = row.cell(column);
                if (cell == null) {
                    continue;
                }
                List<String> flags = new ArrayList<>();
                cell.flags().forEach(f -> flags.add(f.toString()));
                String shown = cell.display() + (cell.unit().equals(column.unit()) ? "" : cell.unit().label());
                writeFact(row, column, cell.fact(), shown, String.join("；", flags));
                if (cell.has(CellFlag.Kind.DIFFERING)) {
                    cell.others().forEach(o -> writeFact(row, column, o, "", "另一处写作，未入表"));
                }
            }
        }
        for (int c = 0; c < HEADINGS.size(); c++) {
            if (c == SENTENCE) {
                sheet.setColumnWidth(c, SENTENCE_WIDTH * 256);
            } else {
                layout.apply(sheet, c, 4, 30);
            }
        }
        sheet.createFreezePane(0, 1);
        SheetLayout.print(sheet);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, next - 1), 0, HEADINGS.size() - 1));
    }

    private void writeFact(Row row, Column column, Fact f, String shown, String note) {
        XSSFRow xr = sheet.createRow(next++);
        text(xr, 0, row.label(), CellShade.PLAIN);
        text(xr, 1, row.period().normalized(), CellShade.PLAIN);
        text(xr, 2, column.heading(), CellShade.PLAIN);
        text(xr, 3, shown, CellShade.PLAIN);
        text(xr, 4, f.ocr() ? f.doc() + FindingWords.READ_BY_OCR : f.doc(), CellShade.PLAIN);
        offset(xr, 5, f.span().start());
        offset(xr, 6, f.span().end());
        text(xr, 7, f.text(), CellShade.PLAIN);
        XSSFCell sentence = xr.createCell(SENTENCE);
        sentence.setCellValue(styles.sentences(List.of(f), reports, false));
        sentence.setCellStyle(styles.wrapped(CellShade.PLAIN));
        int lines = SheetLayout.lines(sentence.getStringCellValue(), SENTENCE_WIDTH - 2);
        SheetLayout.fit(xr, lines);
        text(xr, 9, note, CellShade.PLAIN);
    }

    private void text(XSSFRow xr, int col, String text, CellShade shade) {
        XSSFCell x = xr.createCell(col);
        x.setCellValue(text);
        x.setCellStyle(styles.cell(shade, null));
        layout.see(col, text);
    }

    private void offset(XSSFRow xr, int col, int offset) {
        XSSFCell x = xr.createCell(col);
        x.setCellValue(offset);
        x.setCellStyle(styles.cell(CellShade.PLAIN, "0"));
        layout.see(col, String.valueOf(offset));
    }
}
