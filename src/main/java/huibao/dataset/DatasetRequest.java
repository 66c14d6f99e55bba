package huibao.dataset;

import huibao.config.Dictionaries;
import huibao.model.Measure;
import huibao.model.Period;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a table should show: which indicator measures as columns, and which regions and periods
 * as rows.
 *
 * @param columns the columns in order
 * @param regions GB/T 2260 codes of the regions to keep, each with everything under it; empty
 *                keeps every row, masked and unresolved ones included
 * @param periods periods to keep, as written by the analyst ("1-6月", "2024年1-6月", "2024"); empty
 *                keeps all
 */
public record DatasetRequest(List<Wanted> columns, List<String> regions, List<String> periods) {

    private static final Pattern PERIOD = Pattern.compile("(?:(\\d{4})年?)?(?:(\\d{1,2})(?:[-至~～](\\d{1,2}))?月?)?");

    /** One wanted column. */
    public record Wanted(String indicator, Measure measure) {
        public Wanted {
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(measure, "measure");
        }
    }

    public DatasetRequest {
        columns = List.copyOf(columns);
        regions = List.copyOf(regions);
        periods = List.copyOf(periods);
        for (String p : periods) {
            Matcher m = PERIOD.matcher(p.strip());
            if (!m.matches() || m.group(1) == null && m.group(2) == null) {
                throw new IllegalArgumentException("cannot read the period '" + p + "': write 2024, 1-6月 or 2024年1-6月");
            }
        }
    }

    /** The columns of {@code dataset-columns.tsv}, every region and period. */
    public static DatasetRequest defaults(Dictionaries dictionaries) {
        List<Wanted> wanted = new ArrayList<>();
        for (Dictionaries.Table.Row row : dictionaries.table("dataset-columns.tsv", "indicator", "measure").rows()) {
            try {
                wanted.add(new Wanted(row.get("indicator"), Measure.of(row.get("measure"))));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown measure '" + row.get("measure") + "'");
            }
        }
        return new DatasetRequest(wanted, List.of(), List.of());
    }

    /**
     * The columns of {@code dataset-columns.tsv} marked {@code yes} under {@code brief}, every region
     * and period: the few a first look at the table shows (the demo's). A file without the
     * {@code brief} column gives its {@code value} columns.
     */
    public static DatasetRequest brief(Dictionaries dictionaries) {
        DatasetRequest all = defaults(dictionaries);
        Dictionaries.Table table = dictionaries.table("dataset-columns.tsv", "indicator", "measure");
        if (!table.header().contains("brief")) {
            return all.withColumns(all.columns().stream().filter(w -> w.measure() == Measure.VALUE).toList());
        }
        List<Wanted> wanted = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            if ("yes".equals(table.rows().get(i).get("brief"))) {
                wanted.add(all.columns().get(i));
            }
        }
        return all.withColumns(wanted);
    }

    /** The same request with other columns. */
    public DatasetRequest withColumns(List<Wanted> wanted) {
        return new DatasetRequest(wanted, regions, periods);
    }

    /** The same request keeping only rows under these region codes. */
    public DatasetRequest withRegions(List<String> codes) {
        return new DatasetRequest(columns, codes, periods);
    }

    /** The same request keeping only these periods. */
    public DatasetRequest withPeriods(List<String> wantedPeriods) {
        return new DatasetRequest(columns, regions, wantedPeriods);
    }

    /** Whether a row of region {@code code} (or {@code null}) is wanted. */
    boolean wantsRegion(String code) {
        if (regions.isEmpty()) {
            return true;
        }
        if (code == null) {
            return false;
        }
        for (String r : regions) {
            String prefix = r.endsWith("0000") ? r.substring(0, 2) : r.endsWith("00") ? r.substring(0, 4) : r;
            if (code.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a row of period {@code p} is wanted. */
    boolean wantsPeriod(Period p) {
        if (periods.isEmpty()) {
            return true;
        }
        for (String spec : periods) {
            Matcher m = PERIOD.matcher(spec.strip());
            m.matches();
            boolean year = m.group(1) == null || Integer.valueOf(m.group(1)).equals(p.year());
            boolean months = m.group(2) == null
                    || Integer.valueOf(m.group(2)).equals(p.fromMonth())
                    && Integer.valueOf(m.group(3) == null ? m.group(2) : m.group(3)).equals(p.toMonth());
            if (year && months) {
                return true;
            }
        }
        return false;
    }
}
