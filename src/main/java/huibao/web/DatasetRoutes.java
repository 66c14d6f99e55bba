package huibao.web;

import huibao.dataset.Column;
import huibao.dataset.DatasetRequest;
import huibao.dataset.Row;
import huibao.dataset.Table;
import huibao.export.csv.TableCsv;
import huibao.model.Finding;
import huibao.model.Measure;
import huibao.model.Report;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * GET /api/dataset?period=&region=&indicator=&page=: the table as {@code dataset --out x.json} writes
 * it, {@value #PAGE_ROWS} rows a page (the summaries over all rows), under "table", with the
 * pickers' choices, the page, the page size and the number of rows; GET /api/dataset.xlsx and .csv,
 * the whole table as the command line writes those files. The unfiltered table is the view's; a
 * filtered one is built by the facade once per view and kept.
 */
final class DatasetRoutes implements PageRoutes {

    /** Rows a page: the table of 20,000 reports whole would be hundreds of megabytes of JSON. */
    static final int PAGE_ROWS = 200;

    private final Workspace workspace;

    DatasetRoutes(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/dataset", ctx -> {
            ArchiveView v = workspace.view();
            Filter f = Filter.of(ctx);
            int page = Answers.page(ctx);
            Answers.json(ctx, v.answer("dataset " + f + " " + page, () -> json(v, table(v, f), page)));
        });
        routes.get("/api/dataset.xlsx", ctx -> {
            ArchiveView v = workspace.view();
            Table t = table(v, Filter.of(ctx));
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
            workspace.huibao().exports().workbook(t, findingsOn(v, t), v.reports, out);
            download(ctx, "huibao-dataset.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray());
        });
        routes.get("/api/dataset.csv", ctx -> {
            Table t = table(workspace.view(), Filter.of(ctx));
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
            try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                TableCsv.write(t, w);
            }
            download(ctx, "huibao-dataset.csv", "text/csv; charset=utf-8", out.toByteArray());
        });
    }

    /** Builds and writes the tables of a few periods, regions and indicators, alone and paired, and their first pages. */
    @Override
    public void warm(ArchiveView view) {
        List<Filter> filters = new ArrayList<>();
        List<String> periods = view.periodTables.keySet().stream().sorted().limit(4).toList();
        List<String> regions = view.table.rows().stream().map(Row::regionCode).filter(java.util.Objects::nonNull)
                .distinct().limit(4).toList();
        periods.forEach(p -> filters.add(new Filter(p, null, null)));
        regions.forEach(code -> filters.add(new Filter(null, code, null)));
        for (int i = 0; i < Math.min(periods.size(), regions.size()); i++) {
            filters.add(new Filter(periods.get(i), regions.get(i), null));
        }
        view.table.columns().stream().limit(3).forEach(c -> filters.add(new Filter(null, null, c.key())));
        filters.add(new Filter(null, null, null));
        for (Filter f : filters) {
            Table t = table(view, f);
            json(view, t, 1);
            json(view, t, 2);
        }
    }

    /** The pickers' values: a period as the table writes it, a region's name or code, an indicator id (id:measure). */
    record Filter(String period, String region, String indicator) {

        static Filter of(Context ctx) {
            return new Filter(Answers.param(ctx, "period"), Answers.param(ctx, "region"), Answers.param(ctx, "indicator"));
        }

        boolean none() {
            return period == null && region == null && indicator == null;
        }
    }

    /**
     * The table the filter asks for: the view's whole table or its period's, showing only the
     * indicator's columns where it has them, else built by the facade over the reports of the
     * period (or all) with their facts.
     */
    Table table(ArchiveView v, Filter f) {
        Table base = f.period() == null ? v.table : v.periodTables.get(f.period());
        if (base != null && f.region() == null) {
            if (f.indicator() == null) {
                return base;
            }
            List<DatasetRequest.Wanted> wanted = wanted(f.indicator());
            List<Column> shown = base.columns().stream()
                    .filter(c -> wanted.contains(new DatasetRequest.Wanted(c.indicator(), c.measure()))).toList();
            if (shown.size() == wanted.size()) {
                return base.only(shown); // the table already holds these columns over every row
            }
        }
        DatasetRequest r = workspace.huibao().defaultDataset();
        if (f.indicator() != null) {
            r = r.withColumns(wanted(f.indicator()));
        }
        if (f.region() != null) {
            r = r.withRegions(workspace.huibao().regionCodes(List.of(f.region())));
        }
        if (f.period() != null) {
            r = r.withPeriods(List.of(f.period()));
        }
        return workspace.huibao().dataset(base == null ? v.extractions : extractionsOf(v, base), r);
    }

    /** The columns an indicator filter asks for: "id:measure" one, "id" those of the default table (else its value). */
    private List<DatasetRequest.Wanted> wanted(String indicator) {
        int colon = indicator.indexOf(':');
        String id = colon < 0 ? indicator : indicator.substring(0, colon);
        if (colon >= 0) {
            return List.of(new DatasetRequest.Wanted(id, Measure.of(indicator.substring(colon + 1))));
        }
        List<DatasetRequest.Wanted> wanted = workspace.huibao().defaultDataset().columns().stream()
                .filter(w -> w.indicator().equals(id)).toList();
        return wanted.isEmpty() ? List.of(new DatasetRequest.Wanted(id, Measure.of("value"))) : wanted;
    }

    /** The reports of {@code t}'s rows with their facts. */
    private static List<huibao.model.ReportExtraction> extractionsOf(ArchiveView v, Table t) {
        return docs(t).stream().map(v.byDoc::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The findings on the table's reports, which its cells point at, in the checks' order. */
    static List<Finding> findingsOn(ArchiveView v, Table t) {
        Set<Finding> on = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (String doc : docs(t)) {
            on.addAll(v.findingsByDoc.getOrDefault(doc, List.of()));
        }
        return v.findings.stream().filter(on::contains).toList();
    }

    /**
     * The page's table as the command line writes it, but without the reports' texts and with each
     * cell's fact as a reference: the page shows cells and opens a report by its doc id, and 200
     * rows of whole facts and reports would be megabytes.
     */
    private byte[] json(ArchiveView v, Table whole, int page) {
        int from = Math.min(whole.rows().size(), (page - 1) * PAGE_ROWS);
        Table t = new Table(whole.columns(), whole.rows().subList(from, Math.min(whole.rows().size(), from + PAGE_ROWS)),
                whole.summaries());
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try {
            out.write("{\"choices\":".getBytes(StandardCharsets.UTF_8));
            out.write(v.choices.getBytes(StandardCharsets.UTF_8));
            out.write((",\"page\":" + page + ",\"page_size\":" + PAGE_ROWS + ",\"rows_total\":" + whole.rows().size()
                    + ",\"table\":").getBytes(StandardCharsets.UTF_8));
            workspace.huibao().exports().page(t, findingsOn(v, t), out);
            out.write('}');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Set<String> docs(Table t) {
        Set<String> docs = new HashSet<>();
        for (Row r : t.rows()) {
            for (Report report : r.reports()) {
                docs.add(report.doc());
            }
        }
        return docs;
    }

    private static void download(Context ctx, String name, String type, byte[] body) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        ctx.contentType(type).result(body);
    }
}
