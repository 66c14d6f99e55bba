package huibao.web;

import huibao.export.json.ProjectJson;
import huibao.export.json.WorkspaceJson;
import huibao.project.TrackedProject;
import io.javalin.router.JavalinDefaultRoutingApi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * GET /api/projects?q=&amp;page=, the tracker's list in pages of {@link #PAGE} with its total, only the
 * list's columns ({@code q} keeps the projects whose name, other names, region or investors hold
 * it); GET /api/project/{key}, one project whole with its timeline.
 */
final class ProjectRoutes implements PageRoutes {

    static final int PAGE = 200;

    private final Workspace workspace;

    ProjectRoutes(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/projects", ctx -> {
            ArchiveView v = workspace.view();
            String q = Answers.param(ctx, "q");
            int page = Answers.page(ctx);
            Answers.json(ctx, v.answer("projects " + page + "|" + q, () -> {
                List<TrackedProject> kept = q == null ? v.projects
                        : v.projects.stream().filter(p -> holds(p, q.toLowerCase(Locale.ROOT))).toList();
                int from = Math.min(kept.size(), (page - 1) * PAGE);
                return ProjectJson.summaries(kept.subList(from, Math.min(kept.size(), from + PAGE)), kept.size(), page, PAGE)
                        .getBytes(StandardCharsets.UTF_8);
            }));
        });
        routes.get("/api/project/{key}", ctx -> {
            ArchiveView v = workspace.view();
            TrackedProject p = v.projectsById.get(ctx.pathParam("key"));
            if (p == null) {
                throw new WorkspaceServer.NotFound("no project with id '" + ctx.pathParam("key") + "' in the archive");
            }
            Answers.json(ctx, ProjectJson.line(p, doc -> WorkspaceJson.fileName(doc, v.byDoc)));
        });
    }

    private static boolean holds(TrackedProject p, String words) {
        List<String> said = new ArrayList<>(p.names());
        said.add(p.name());
        said.add(p.regionName());
        said.addAll(p.investors());
        return said.stream().anyMatch(s -> s != null && s.toLowerCase(Locale.ROOT).contains(words));
    }
}
