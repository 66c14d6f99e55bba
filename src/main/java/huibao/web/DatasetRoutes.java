package huibao.web;

import huibao.dataset.DatasetRequest;
import huibao.dataset.Row;
import huibao.dataset.Table;
import huibao.export.csv.TableCsv;
import huibao.model.Finding;
import huibao.model.Measure;
import huibao.model.Report;
import huibao.model.ReportExtraction;
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

    /** The pickers' values: a period as the table writes it, a region's name or code, an indicator id (id:measure). */
    record Filter(String period, String region, String indicator) {

        static Filter of(Context ctx) {
            return new Filter(Answers.param(ctx, "period"), Answers.param(ctx, "region"), Answers.param(ctx, "indicator"));
        }

        boolean none() {
            return period == null && region == null && indicator == null;
        }
    }

    /** The table the filter asks for, built by the facade from the view's reports and facts. */
    Table table(ArchiveView v, Filter f) {
        if (f.none()) {
            return v.table;
        }
        DatasetRequest r = workspace.huibao().defaultDataset();
        if (f.indicator() != null) {
            int colon = f.indicator().indexOf(':');
            String id = colon < 0 ? f.indicator() : f.indicator().substring(0, colon);
            List<DatasetRequest.Wanted> wanted = new ArrayList<>();
            if (colon >= 0) {
                wanted.add(new DatasetRequest.Wanted(id, Measure.of(f.indicator().substring(colon + 1))));
            } else {
                r.columns().stream().filter(w -> w.indicator().equals(id)).forEach(wanted::add);
                if (wanted.isEmpty()) {
                    wanted.add(new DatasetRequest.Wanted(id, Measure.of("value")));
                }
            }
            r = r.withColumns(wanted);
        }
        if (f.region() != null) {
            r = r.withRegions(workspace.huibao().regionCodes(List.of(f.region())));
        }
        if (f.period() != null) {
            r = r.withPeriods(List.of(f.period()));
        }
        return workspace.huibao().dataset(v.reports, v.facts(), r);
    }

    /** The findings on the table's reports, which its cells point at. */
    static List<Finding> findingsOn(ArchiveView v, Table t) {
        Set<String> docs = docs(t);
        return v.findings.stream().filter(f -> ArchiveView.docsOf(f).stream().anyMatch(docs::contains)).toList();
    }

    private byte[] json(ArchiveView v, Table whole, int page) {
        int from = Math.min(whole.rows().size(), (page - 1) * PAGE_ROWS);
        Table t = new Table(whole.columns(), whole.rows().subList(from, Math.min(whole.rows().size(), from + PAGE_ROWS)),
                whole.summaries());
        Set<String> docs = docs(t);
        List<ReportExtraction> reports = v.extractions.stream().filter(x -> docs.contains(x.report().doc())).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try {
            out.write("{\"choices\":".getBytes(StandardCharsets.UTF_8));
            out.write(v.choices.getBytes(StandardCharsets.UTF_8));
            out.write((",\"page\":" + page + ",\"page_size\":" + PAGE_ROWS + ",\"rows_total\":" + whole.rows().size()
                    + ",\"table\":").getBytes(StandardCharsets.UTF_8));
            workspace.huibao().exports().json(t, findingsOn(v, t), reports, out);
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
