package huibao.export;

import huibao.model.Fact;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cell styles of one workbook, made once per look and shared: a workbook holds a limited
 * number of styles, and a style per cell would exhaust it on a large table.
 */
final class WorkbookStyles {

    /** How a cell looks: its fill, its number format ({@code null} for text) and its layout. */
    private record Look(CellShade shade, String format, boolean wrap, boolean framed) {
    }

    private final XSSFWorkbook workbook;
    private final Map<Look, XSSFCellStyle> styles = new HashMap<>();
    private final XSSFFont bold;
    private final XSSFFont figure;

    WorkbookStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        this.bold = workbook.createFont();
        bold.setBold(true);
        this.figure = workbook.createFont();
        figure.setBold(true);
        figure.setColor(IndexedColors.DARK_RED.getIndex());
    }

    /** A framed cell of {@code shade} showing text, or numbers in {@code format} when given. */
    XSSFCellStyle cell(CellShade shade, String format) {
        return style(new Look(shade, format, false, true));
    }

    /** A framed cell of {@code shade} whose text wraps, aligned to the top. */
    XSSFCellStyle wrapped(CellShade shade) {
        return style(new Look(shade, null, true, true));
    }

    /** Unframed text, for notes beside the table. */
    XSSFCellStyle note() {
        return style(new Look(CellShade.PLAIN, null, false, false));
    }

    /**
     * The sentences of {@code facts} as rich text, a line each, with each figure in bold dark red;
     * {@code led} puts where the fact stands (doc@start-end) before its sentence.
     */
    XSSFRichTextString sentences(List<Fact> facts, ReportsByDoc reports, boolean led) {
        StringBuilder text = new StringBuilder();
        List<int[]> figures = new ArrayList<>();
        for (Fact f : facts) {
            if (text.length() > 0) {
                text.append('\n');
            }
            FigureInSentence s = FigureInSentence.of(f, reports.get(f.doc()));
            if (led) {
                text.append(FindingWords.where(f)).append('\u3000');
            }
            text.append(s.before());
            if (s.located()) {
                figures.add(new int[]{text.length(), text.length() + s.shownFigure().length()});
                text.append(s.shownFigure()).append(s.after());
            }
        }
        XSSFRichTextString rich = new XSSFRichTextString(text.toString());
        figures.forEach(at -> rich.applyFont(at[0], at[1], figure));
        return rich;
    }

    private XSSFCellStyle style(Look look) {
        return styles.computeIfAbsent(look, this::create);
    }

    private XSSFCellStyle create(Look look) {
        XSSFCellStyle s = workbook.createCellStyle();
        byte[] rgb = look.shade().rgb();
        if (rgb != null) {
            s.setFillForegroundColor(new XSSFColor(rgb, null));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        if (look.shade().bold()) {
            s.setFont(bold);
        }
        if (look.format() != null) {
            s.setDataFormat(workbook.createDataFormat().getFormat(look.format()));
        }
        s.setWrapText(look.wrap());
        s.setVerticalAlignment(VerticalAlignment.TOP);
        if (look.framed()) {
            XSSFColor line = new XSSFColor(new byte[]{(byte) 0xBF, (byte) 0xBF, (byte) 0xBF}, null);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setTopBorderColor(line);
            s.setBottomBorderColor(line);
            s.setLeftBorderColor(line);
            s.setRightBorderColor(line);
        }
        return s;
    }
}
