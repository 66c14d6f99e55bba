package huibao.dataset;

import huibao.model.Report;

import java.util.Map;
import java.util.Objects;

/**
 * A row of the table: one report of one region and period, and its cells by indicator.
 *
 * @param report the report
 * @param cells  the cells by column indicator; a missing key is a figure the report does not state
 */
public record Row(Report report, Map<String, Cell> cells) {

    public Row {
        Objects.requireNonNull(report, "report");
        cells = Map.copyOf(cells);
    }

    /** The row's region as shown: its name, "masked" when the text hides it, else the report's doc id. */
    public String regionLabel() {
        if (report.region() != null) {
            return report.region().name();
        }
        return report.regionMasked() ? "masked" : "";
    }
}
