package huibao.export;

import huibao.dataset.Cell;
import huibao.dataset.CellFlag;
import huibao.dataset.Column;
import huibao.dataset.ColumnSummary;
import huibao.dataset.Row;
import huibao.model.Fact;
import huibao.model.Finding;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of a cell's comment: where its number comes from (doc, offsets, sentence), why it
 * may not compare, and what the checks say about it. The analyst defends a cell with this.
 */
final class CellNote {

    private CellNote() {
    }

    /** The comment of a filled cell. */
    static String of(Row row, Column column, Cell cell, List<Finding> involved, IndicatorLabels indicators) {
        Fact f = cell.fact();
        List<String> lines = new ArrayList<>();
        lines.add(row.label() + " " + row.period().normalized() + "｜" + column.heading());
        lines.add("原文：" + f.text());
        lines.add("来源：" + FindingWords.where(f));
        lines.add("原句：" + (f.sentence() == null ? "" : f.sentence()));
        List<String> flags = new ArrayList<>();
        if (!cell.unit().equals(column.unit())) {
            flags.add("单位：" + cell.unit().label());
        }
        cell.flags().forEach(flag -> flags.add(flag.toString()));
        if (!flags.isEmpty()) {
            lines.add("标注：" + String.join("；", flags));
        }
        if (cell.has(CellFlag.Kind.DIFFERING)) {
            cell.others().forEach(o -> lines.add("另一处写作：" + o.text() + "（" + FindingWords.where(o) + "）"));
        }
        findings(lines, involved, indicators);
        return String.join("\n", lines);
    }

    /** The comment of a cell the checks find unreported. */
    static String unreported(Row row, Column column, List<Finding> gaps, IndicatorLabels indicators) {
        List<String> lines = new ArrayList<>();
        lines.add(row.label() + " " + row.period().normalized() + "｜" + column.heading());
        lines.add("报告：" + row.docs());
        findings(lines, gaps, indicators);
        return String.join("\n", lines);
    }

    /** The comment of a comparable total or average. */
    static String summary(String label, ColumnSummary s) {
        return label + "：" + s.over() + "，" + s.cells() + " 格中计入可比的 " + s.comparable() + " 格；"
                + "不可比的格（黄色、灰色）不计入";
    }

    private static void findings(List<String> lines, List<Finding> findings, IndicatorLabels indicators) {
        if (!findings.isEmpty()) {
            lines.add("核查：");
            findings.forEach(f -> lines.add(FindingWords.line(f, indicators)));
        }
    }
}
