package huibao.export;

import huibao.dataset.Cell;
import huibao.dataset.CellFlag;
import huibao.model.Finding;

import java.util.List;

/**
 * The fill colours of the workbook and what each tells the analyst; the data sheet's legend is
 * written from here.
 */
enum CellShade {
    /** No fill. */
    PLAIN(null, null, null),
    /** Column headings. */
    HEADING(new byte[]{(byte) 0xDC, (byte) 0xE6, (byte) 0xF1}, null, null),
    /** A cell that does not compare with its column. */
    NOT_COMPARABLE(new byte[]{(byte) 0xFF, (byte) 0xF2, (byte) 0xCC}, "不可比",
            "期间、币种或口径与本列不同，约数，或报告多处数值不一；不计入合计与平均，批注写明原因"),
    /** A figure an error finding rests on. */
    ERROR(new byte[]{(byte) 0xFF, (byte) 0xC7, (byte) 0xCE}, "错误",
            "核查发现数字之间互相矛盾或明显不合理，需要报告单位更正（见“核查发现”表）"),
    /** A gap the checks point out: a figure not reported. */
    GAP(new byte[]{(byte) 0xFC, (byte) 0xD5, (byte) 0xB4}, "缺失",
            "核查发现的缺口，如多数报告都有而本报告未报的指标（写作“未报”）"),
    /** A figure masked or left blank. */
    REDACTED(new byte[]{(byte) 0xD9, (byte) 0xD9, (byte) 0xD9}, "遮盖",
            "数字被遮盖或留空（XX、*、××），照录原文"),
    /** The comparable totals and averages. */
    TOTAL(new byte[]{(byte) 0xDD, (byte) 0xEB, (byte) 0xF7}, "合计",
            "合计（可比）与平均（可比）：只计可比的格，批注写明计入几格");

    private final byte[] rgb;
    private final String name;
    private final String meaning;

    CellShade(byte[] rgb, String name, String meaning) {
        this.rgb = rgb;
        this.name = name;
        this.meaning = meaning;
    }

    /** The fill as RGB, or {@code null} for none. */
    byte[] rgb() {
        return rgb == null ? null : rgb.clone();
    }

    /** The word on the legend's swatch, or {@code null} when the legend does not show it. */
    String legendName() {
        return name;
    }

    /** What the colour tells the analyst. */
    String meaning() {
        return meaning;
    }

    /** Whether the text is bold. */
    boolean bold() {
        return this == HEADING || this == TOTAL;
    }

    /**
     * The shade of a filled cell: an error outweighs a mask, a mask a gap, a gap a flag. Rounding
     * notes and relations that hold leave the cell as it is; its comment lists them.
     */
    static CellShade of(Cell cell, List<Finding> involved) {
        Finding.Severity worst = FindingsByFact.worst(involved);
        if (worst == Finding.Severity.ERROR) {
            return ERROR;
        }
        if (cell.has(CellFlag.Kind.REDACTED)) {
            return REDACTED;
        }
        if (worst == Finding.Severity.WARNING) {
            return GAP;
        }
        return cell.comparable() ? PLAIN : NOT_COMPARABLE;
    }

    /** The shade of a finding's severity on the findings sheet. */
    static CellShade of(Finding.Severity severity) {
        return switch (severity) {
            case ERROR -> ERROR;
            case WARNING -> GAP;
            case INFO, OK -> PLAIN;
        };
    }
}
