package huibao.export;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * How a sheet is laid out: column widths from what the columns hold, counting a Chinese
 * character as two Latin ones as spreadsheets draw them (POI's own autosizing needs fonts a
 * server may lack), heights of wrapped rows, and printing on landscape pages one sheet wide.
 */
final class SheetLayout {

    private final Map<Integer, Integer> widest = new HashMap<>();

    /** Notes that column {@code col} shows {@code text} on one line. */
    void see(int col, String text) {
        if (text != null) {
            widest.merge(col, width(text), Math::max);
        }
    }

    /** Notes that column {@code col} shows {@code value} with thousands separators and a short unit. */
    void seeNumber(int col, BigDecimal value) {
        String plain = value.abs().toPlainString();
        int point = plain.indexOf('.');
        int whole = point < 0 ? plain.length() : point;
        widest.merge(col, plain.length() + (whole - 1) / 3 + 2, Math::max);
    }

    /** The width column {@code col} gets: what it holds, within {@code [min, max]} characters. */
    int of(int col, int min, int max) {
        return Math.max(min, Math.min(max, widest.getOrDefault(col, 0) + 2));
    }

    /** Sets column {@code col} of {@code sheet} to {@link #of}. */
    void apply(Sheet sheet, int col, int min, int max) {
        sheet.setColumnWidth(col, of(col, min, max) * 256);
    }

    /** Prints {@code sheet} landscape, one page wide, its heading row on every page. */
    static void print(Sheet sheet) {
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /** Makes {@code row} tall enough for {@code lines} lines of text. */
    static void fit(Row row, int lines) {
        row.setHeightInPoints(lines * row.getSheet().getDefaultRowHeightInPoints() + 2);
    }

    /** Lines {@code text} takes in a column {@code columnWidth} characters wide, wrapped. */
    static int lines(String text, int columnWidth) {
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += Math.max(1, (width(line) + columnWidth - 1) / Math.max(1, columnWidth));
        }
        return lines;
    }

    /** The width of {@code text} in Latin characters: two for each wide (CJK, full-width) one. */
    static int width(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            w += wide(c) ? 2 : 1;
            i += Character.charCount(c);
        }
        return w;
    }

    private static boolean wide(int c) {
        return c >= 0x1100 && (c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3
                || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60
                || c >= 0xFFE0 && c <= 0xFFE6 || c >= 0x20000 && c <= 0x3FFFD);
    }
}
