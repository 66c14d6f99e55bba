package huibao.web;

import huibao.dataset.Column;
import huibao.dataset.Table;
import huibao.export.json.ChartJson;
import io.javalin.router.JavalinDefaultRoutingApi;

/**
 * GET /api/chart?indicator=&period=: one column of the table (an indicator id, or a column key) as
 * bars across regions for a period and a line across periods per region.
 */
final class ChartRoutes implements PageRoutes {

    private final Workspace workspace;

    ChartRoutes(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/chart", ctx -> {
            ArchiveView v = workspace.view();
            String indicator = Answers.param(ctx, "indicator");
            String period = Answers.param(ctx, "period");
            Column column = column(v.table, indicator);
            Answers.json(ctx, v.answer("chart " + column.key() + "|" + period,
                    () -> ChartJson.of(v.table, column, period).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        });
    }

    /** The column named by its key, else the first of the indicator's, else the table's first. */
    private static Column column(Table table, String indicator) {
        if (table.columns().isEmpty()) {
            throw new WorkspaceServer.NotFound("the table has no columns");
        }
        if (indicator == null) {
            return table.columns().get(0);
        }
        for (Column c : table.columns()) {
            if (c.key().equals(indicator)) {
                return c;
            }
        }
        for (Column c : table.columns()) {
            if (c.indicator().equals(indicator)) {
                return c;
            }
        }
        throw new IllegalArgumentException("the table has no column of indicator '" + indicator + "'");
    }
}
