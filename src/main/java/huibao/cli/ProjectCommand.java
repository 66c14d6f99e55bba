package huibao.cli;

import huibao.Huibao;
import huibao.export.json.ProjectJson;
import huibao.export.text.ProjectsText;
import huibao.project.TrackedProject;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code huibao project ID}: one project with its stage timeline and investment figures. */
@Command(name = "project", mixinStandardHelpOptions = true,
        description = {"Shows one project of `huibao projects`: the names reports write it under, its region and "
                + "investors, every stage each report states (plans marked 计划) in report order, and every "
                + "investment figure as stated, each with its doc@offsets and sentence."})
final class ProjectCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "the project's id, or enough of its beginning to tell it apart")
    String id;

    @Option(names = "--json", description = "the project as one JSON object")
    boolean json;

    @Mixin
    DataOptions data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Huibao huibao = Huibao.open(data.config())) {
            TrackedProject p = find(huibao.projects());
            if (json) {
                out.println(ProjectJson.line(p));
            } else {
                ProjectsText.detail(p, out);
            }
        }
        return ExitCodes.OK;
    }

    private TrackedProject find(List<TrackedProject> projects) {
        String wanted = id.strip();
        for (TrackedProject p : projects) {
            if (p.id().equals(wanted)) {
                return p;
            }
        }
        List<TrackedProject> starting = projects.stream().filter(p -> !wanted.isEmpty() && p.id().startsWith(wanted)).toList();
        if (starting.size() == 1) {
            return starting.get(0);
        }
        if (starting.isEmpty()) {
            throw new IllegalArgumentException("no project with id '" + wanted + "' in the archive at " + data.config().dataDir()
                    + " (huibao projects lists them)");
        }
        throw new IllegalArgumentException("'" + wanted + "' begins the ids of " + starting.size() + " projects: "
                + String.join(", ", starting.stream().map(p -> p.id() + " " + p.name()).toList()));
    }
}
