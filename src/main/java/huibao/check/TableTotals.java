package huibao.check;

import huibao.model.Fact;
import huibao.model.Finding;
import huibao.model.Measure;
import huibao.model.TableCell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A table's rows against its 合计 row, column by column: in a 附表 of districts, the districts'
 * 实际使用外资 must add up to the 合计 the table prints. Rows of a table are the report's lines
 * with tab-separated cells; a 其中 row is not summed.
 */
final class TableTotals implements Check {

    @Override
    public void run(CheckContext c, List<Finding> out) {
        for (ReportFacts r : c.reports()) {
            Map<String, List<Fact>> columns = new LinkedHashMap<>();
            Map<Integer, Set<Integer>> rowsOfTable = new HashMap<>();
            int table = 0;
            Fact previous = null;
            for (Fact f : r.facts) {
                if (cell(f) == null) {
                    if (previous != null && cell(previous) != null) {
                        table++; // prose between two tables ends the first
                    }
                    previous = f;
                    continue;
                }
                previous = f;
                if (f.measure() != Measure.VALUE || f.baseUnit().id().equals("percent")) {
                    continue;
                }
                String label = label(f);
                if (!c.words().tableTotals.contains(label) && !label.startsWith("其中")) {
                    rowsOfTable.computeIfAbsent(table, k -> new HashSet<>()).add(r.sentenceStart(f));
                }
                columns.computeIfAbsent(table + "|" + cell(f).column() + "|" + f.indicator() + "|" + f.baseUnit(),
                        k -> new ArrayList<>()).add(f);
            }
            for (Map.Entry<String, List<Fact>> cells : columns.entrySet()) {
                int t = Integer.parseInt(cells.getKey().substring(0, cells.getKey().indexOf('|')));
                judge(cells.getValue(), rowsOfTable.getOrDefault(t, Set.of()).size(), c.words(), out);
            }
        }
    }

    /**
     * @param tableRows how many rows of figures the table has: a column with a cell missing (left
     *                  out, or not read) cannot be summed against its 合计
     */
    private static void judge(List<Fact> cells, int tableRows, CheckWords words, List<Finding> out) {
        Fact total = null;
        List<Fact> rows = new ArrayList<>();
        for (Fact f : cells) {
            String label = label(f);
            if (words.tableTotals.contains(label)) {
                total = total == null ? f : total;
            } else if (!label.startsWith("其中") && total == null) {
                rows.add(f);
            }
        }
        if (total == null || rows.size() < 2 || rows.size() < tableRows || Bounds.of(total) == null || rows.stream().anyMatch(f -> Bounds.of(f) == null)) {
            return;
        }
        List<Fact> facts = new ArrayList<>(rows);
        facts.add(total);
        out.add(Judgement.of(Finding.Kind.TABLE_SUM, total, facts, Bounds.sum(rows.stream().map(Bounds::of).toList()),
                "表内各行之和（" + String.join(" + ", rows.stream().map(Judgement::text).toList()) + "）"));
    }

    /** Where the figure stands in its table row, or {@code null} outside tables. */
    private static TableCell cell(Fact f) {
        return f.clause() == null ? null : f.clause().cell();
    }

    /** The row's first cell: 泠北区, 合计. */
    private static String label(Fact f) {
        return cell(f).row();
    }
}
