package huibao.web;

import huibao.export.json.ProjectJson;
import huibao.export.json.WorkspaceJson;
import huibao.project.TrackedProject;
import io.javalin.router.JavalinDefaultRoutingApi;

/** GET /api/projects, the tracker's list; GET /api/project/{key}, one project with its timeline. */
final class ProjectRoutes implements PageRoutes {

    private final Workspace workspace;

    ProjectRoutes(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/projects", ctx -> {
            ArchiveView v = workspace.view();
            Answers.json(ctx, v.answer("projects", () -> WorkspaceJson.array(
                    v.projects.stream().map(ProjectJson::line).toList()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        });
        routes.get("/api/project/{key}", ctx -> {
            TrackedProject p = workspace.view().projectsById.get(ctx.pathParam("key"));
            if (p == null) {
                throw new WorkspaceServer.NotFound("no project with id '" + ctx.pathParam("key") + "' in the archive");
            }
            Answers.json(ctx, ProjectJson.line(p));
        });
    }
}
