package huibao.export.text;

import huibao.project.InvestmentFigure;
import huibao.project.ProjectMention;
import huibao.project.StageStep;
import huibao.project.TrackedProject;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Prints tracked projects for a terminal: a list aligned by display width, or one project in full. */
public final class ProjectsText {

    private ProjectsText() {
    }

    /** One line per project: id, name, region, stage, stage path, reports, latest investment. */
    public static void list(List<TrackedProject> projects, PrintWriter out) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of("编号", "项目", "地区", "阶段", "阶段变化", "报告", "最新投资"));
        for (TrackedProject p : projects) {
            lines.add(List.of(p.id(), p.name(), orDash(p.regionName()), orDash(p.stage()),
                    p.stagePath().isEmpty() ? "—" : String.join("→", p.stagePath()),
                    String.valueOf(p.reports().size()),
                    p.latestInvestment().map(f -> f.display() + "（" + f.report().doc() + "）").orElse("—")));
        }
        int[] widths = new int[lines.get(0).size()];
        for (List<String> l : lines) {
            for (int i = 0; i < l.size(); i++) {
                widths[i] = Math.max(widths[i], TableText.width(l.get(i)));
            }
        }
        for (List<String> l : lines) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < l.size(); i++) {
                String cell = l.get(i);
                String pad = " ".repeat(widths[i] - TableText.width(cell));
                sb.append(i == 5 ? pad + cell : cell + pad).append("  ");
            }
            out.println(sb.toString().stripTrailing());
        }
        out.println(projects.size() + " 个项目");
    }

    /** One project with its names, region, investors, stage timeline, investment and other mentions. */
    public static void detail(TrackedProject p, PrintWriter out) {
        out.println(p.name() + "  [" + p.id() + "]");
        out.println("地区    " + orDash(p.regionName()) + (p.regionCode() == null ? "" : "（" + p.regionCode() + "）"));
        out.println("名称    " + String.join("、", p.names()));
        out.println("投资方  " + (p.investors().isEmpty() ? "—" : String.join("、", p.investors())));
        out.println("阶段    " + orDash(p.stage()) + (p.stagePath().size() > 1 ? "（" + String.join("→", p.stagePath()) + "）" : "")
                + "，" + p.reports().size() + " 份报告");
        out.println();
        out.println("阶段时间线");
        if (p.timeline().isEmpty()) {
            out.println("  —（报告未写明阶段）");
        }
        for (StageStep s : p.timeline()) {
            out.println("  " + s.report().when() + "  " + s.label() + "  " + s.location());
            out.println("    " + s.sentence());
        }
        out.println();
        out.println("投资");
        if (p.investment().isEmpty()) {
            out.println("  —（报告未写明投资额）");
        }
        for (InvestmentFigure f : p.investment()) {
            out.println("  " + f.report().when() + "  " + f.display() + "  " + f.location());
            out.println("    " + f.fact().sentence());
        }
        List<ProjectMention> others = p.mentions().stream()
                .filter(m -> m.stage() == null && p.investment().stream().noneMatch(f -> f.report().equals(m.report())))
                .toList();
        if (!others.isEmpty()) {
            out.println();
            out.println("其他提及");
            for (ProjectMention m : others) {
                out.println("  " + m.report().when() + "  " + m.name() + "  " + m.location());
                out.println("    " + m.sentence());
            }
        }
    }

    private static String orDash(String s) {
        return s == null ? "—" : s;
    }
}
