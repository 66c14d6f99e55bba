package huibao.export.text;

import huibao.dataset.Cell;
import huibao.dataset.Column;
import huibao.dataset.ColumnSummary;
import huibao.dataset.Row;
import huibao.dataset.Table;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Prints the table for a terminal, Chinese text aligned by display width. */
public final class TableText {

    private TableText() {
    }

    public static void print(Table table, PrintWriter out) {
        List<List<String>> lines = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("地区", "期间"));
        table.columns().forEach(c -> head.add(c.heading()));
        lines.add(head);
        for (Row row : table.rows()) {
            List<String> line = new ArrayList<>(List.of(row.label(), row.period().normalized()));
            for (Column c : table.columns()) {
                Cell cell = row.cell(c);
                if (cell == null) {
                    line.add("—");
                } else {
                    String v = cell.display() + (cell.unit() != c.unit() ? cell.unit().label() : "");
                    line.add(cell.comparable() ? v : v + "*");
                }
            }
            lines.add(line);
        }
        if (!table.summaries().isEmpty()) {
            String over = table.summaries().values().iterator().next().over();
            List<String> total = new ArrayList<>(List.of("合计（可比）", over));
            List<String> mean = new ArrayList<>(List.of("平均（可比）", ""));
            for (Column c : table.columns()) {
                ColumnSummary s = table.summary(c);
                total.add(s == null || s.total() == null ? "" : plain(s.total()) + " (" + s.comparable() + "/" + s.cells() + ")");
                mean.add(s == null || s.average() == null ? "" : plain(s.average()));
            }
            lines.add(total);
            lines.add(mean);
        }
        int[] widths = new int[head.size()];
        for (List<String> l : lines) {
            for (int i = 0; i < l.size(); i++) {
                widths[i] = Math.max(widths[i], width(l.get(i)));
            }
        }
        for (List<String> l : lines) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < l.size(); i++) {
                String cell = l.get(i);
                String pad = " ".repeat(widths[i] - width(cell));
                sb.append(i < 2 ? cell + pad : pad + cell).append(i + 1 < l.size() ? "  " : "");
            }
            out.println(sb.toString().stripTrailing());
        }
        out.println("— 未报 · * 不可比（期间、币种、口径不同，约数、缺失或多处不一），不计入合计");
    }

    private static String plain(BigDecimal v) {
        return v.toPlainString();
    }

    /** Terminal columns: a CJK character takes two. */
    public static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            w += ch >= 0x1100 && (ch <= 0x115F || ch >= 0x2E80 && ch <= 0xA4CF || ch >= 0xAC00 && ch <= 0xD7A3
                    || ch >= 0xF900 && ch <= 0xFAFF || ch >= 0xFE30 && ch <= 0xFE4F || ch >= 0xFF00 && ch <= 0xFF60
                    || ch >= 0xFFE0 && ch <= 0xFFE6) ? 2 : 1;
        }
        return w;
    }
}
