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

/** {@code huibao projects}: the projects of the archive, one line each. */
@Command(name = "projects", mixinStandardHelpOptions = true,
        description = {"Lists the projects the archive's reports follow, one entry per project however its name "
                + "is written (海洋科技城项目, 汀湾海洋科技城项目): its id, name, region, current stage, the stages it went "
                + "through by report period (在谈→签约→开工), how many reports mention it and the latest investment "
                + "stated. `huibao project ID` shows one with its timeline and figures."})
final class ProjectsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "QUERY", arity = "0..1",
            description = "keep the projects whose name, region or investor contains QUERY (or whose id starts with it)")
    String query;

    @Option(names = "--json", description = "one JSON object per project and line, with timeline, figures and mentions")
    boolean json;

    @Mixin
    DataOptions data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Huibao huibao = Huibao.open(data.config())) {
            List<TrackedProject> projects = huibao.projects().stream()
                    .filter(p -> query == null || p.matches(query)).toList();
            if (json) {
                projects.forEach(p -> out.println(ProjectJson.line(p)));
            } else {
                ProjectsText.list(projects, out);
            }
        }
        return ExitCodes.OK;
    }
}
