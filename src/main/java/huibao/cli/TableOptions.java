package huibao.cli;

import huibao.Huibao;
import huibao.dataset.DatasetRequest;
import huibao.model.Measure;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** The options that choose a table's columns, regions and periods. */
final class TableOptions {

    @Option(names = "--indicators", paramLabel = "ID[:MEASURE],...", split = ",",
            description = {"columns to show: indicator ids of indicators.tsv, each with an optional measure "
                    + "(fdi_actual,fdi_actual:yoy,projects_signed); default: dataset-columns.tsv"})
    List<String> indicators;

    @Option(names = "--measures", paramLabel = "MEASURE,...", split = ",",
            description = "measures to show for every indicator given without one (value, yoy, yoy_abs, completion, "
                    + "target, share, pp_change, rank; default: value)")
    List<String> measures;

    @Option(names = "--region", paramLabel = "NAME", description = {"keep only this region and everything under it "
            + "(澜州市, 321700); repeatable"})
    List<String> regions;

    @Option(names = "--period", paramLabel = "PERIOD", description = "keep only rows of this period (2024, 1-6月, 2024年1-6月); repeatable")
    List<String> periods;

    /** The request these options describe. */
    DatasetRequest request(Huibao huibao) {
        DatasetRequest r = huibao.defaultDataset();
        if (indicators != null) {
            List<Measure> each = new ArrayList<>();
            for (String m : measures == null ? List.of("value") : measures) {
                each.add(measure(m));
            }
            List<DatasetRequest.Wanted> wanted = new ArrayList<>();
            for (String spec : indicators) {
                int colon = spec.indexOf(':');
                if (colon >= 0) {
                    wanted.add(new DatasetRequest.Wanted(spec.substring(0, colon).strip(), measure(spec.substring(colon + 1))));
                } else {
                    each.forEach(m -> wanted.add(new DatasetRequest.Wanted(spec.strip(), m)));
                }
            }
            r = r.withColumns(wanted);
        } else if (measures != null) {
            throw new IllegalArgumentException("--measures needs --indicators");
        }
        if (regions != null) {
            r = r.withRegions(huibao.regionCodes(regions));
        }
        if (periods != null) {
            r = r.withPeriods(periods);
        }
        return r;
    }

    private static Measure measure(String id) {
        try {
            return Measure.of(id);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown measure '" + id.strip()
                    + "'; known: value, yoy, yoy_abs, completion, target, share, pp_change, rank");
        }
    }
}
