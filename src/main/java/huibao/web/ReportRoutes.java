package huibao.web;

import huibao.export.json.WorkspaceJson;
import huibao.model.ReportExtraction;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;

import java.util.List;

/**
 * GET /api/report/{doc}: a report's cleaned text, its facts with their spans and its findings. The
 * doc is the archive's id ("a/b.docx#2"), sent encoded or with its slashes; it is looked up among
 * the archive's reports and never read as a path. GET /api/report?doc= answers the same.
 */
final class ReportRoutes implements PageRoutes {

    private final Workspace workspace;

    ReportRoutes(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/report/<doc>", ctx -> answer(ctx, ctx.pathParam("doc")));
        routes.get("/api/report", ctx -> answer(ctx, Answers.param(ctx, "doc")));
    }

    private void answer(Context ctx, String doc) {
        ArchiveView v = workspace.view();
        ReportExtraction x = doc == null ? null : v.byDoc.get(doc);
        if (x == null && doc != null && !doc.startsWith("/")) {
            // an upload's doc is an absolute path, whose leading slash a path written /api/report//tmp/... loses
            x = v.byDoc.get("/" + doc);
            doc = "/" + doc;
        }
        if (x == null) {
            throw new WorkspaceServer.NotFound("no report '" + doc + "' in the archive");
        }
        Answers.json(ctx, WorkspaceJson.report(x, v.findingsByDoc.getOrDefault(doc, List.of()), v.byDoc));
    }
}
