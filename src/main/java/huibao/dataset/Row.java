package huibao.dataset;

import huibao.model.Period;
import huibao.model.Region;
import huibao.model.Report;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A row of the table: one region in one report period, the reports it comes from, and its cells.
 *
 * @param region  the resolved region, or {@code null} when the reports mask or do not name it
 * @param label   the region as shown: its name, "masked" (with the name as written), or the doc
 * @param period  the reports' period
 * @param reports the reports of this region and period, in doc order (usually one)
 * @param cells   the cells by {@link Column#key()}; a missing key is a figure no report states
 */
public record Row(Region region, String label, Period period, List<Report> reports, Map<String, Cell> cells) {

    public Row {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(period, "period");
        reports = List.copyOf(reports);
        cells = Map.copyOf(cells);
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("a row comes from at least one report");
        }
    }

    /** The cell of {@code column}, or {@code null} when the figure is not stated. */
    public Cell cell(Column column) {
        return cells.get(column.key());
    }

    /** GB/T 2260 code, or {@code null}. */
    public String regionCode() {
        return region == null ? null : region.code();
    }

    /** The docs the row comes from, joined: "2024h1-city.docx". */
    public String docs() {
        return String.join("; ", reports.stream().map(Report::doc).toList());
    }
}
