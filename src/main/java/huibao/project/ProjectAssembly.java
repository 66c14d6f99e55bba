package huibao.project;

import huibao.model.Report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link TrackedProject} from the mentions of one project: its canonical name, names,
 * region, investors, stage timeline and investment figures.
 */
final class ProjectAssembly {

    private final ProjectNames names;
    private final StageLadder ladder;
    private final InvestmentFigures figures;
    private final Map<String, Report> reports;
    private final Map<String, String> regionNames;

    ProjectAssembly(ProjectNames names, StageLadder ladder, InvestmentFigures figures, Map<String, Report> reports,
                    Map<String, String> regionNames) {
        this.names = names;
        this.ladder = ladder;
        this.figures = figures;
        this.reports = reports;
        this.regionNames = regionNames;
    }

    /** The project the mentions {@code group} make, under {@code id}. */
    TrackedProject assemble(String id, List<NamedMention> group) {
        List<NamedMention> ordered = inReportOrder(group);
        List<ProjectMention> mentions = ordered.stream().map(NamedMention::mention).toList();
        Set<String> written = new LinkedHashSet<>();
        mentions.forEach(m -> written.add(m.name()));
        String region = region(group);
        return new TrackedProject(id, canonicalName(mentions), List.copyOf(written), region,
                region == null ? null : regionNames.get(region), investors(ordered), timeline(mentions),
                investment(ordered), mentions);
    }

    /** The id of the project {@code group} makes: see {@link ProjectIds}. */
    String baseId(List<NamedMention> group) {
        List<NamedMention> ordered = inReportOrder(group);
        String region = region(group);
        List<ProjectMention> mentions = ordered.stream().map(NamedMention::mention).toList();
        return ProjectIds.of(region == null ? "?" + ordered.get(0).doc() : region, names.plain(canonicalName(mentions)),
                phase(group));
    }

    /** The id that also tells the first investor, for two projects of one name and region. */
    String investorId(List<NamedMention> group) {
        String investor = inReportOrder(group).stream().map(NamedMention::investor).filter(i -> i != null)
                .findFirst().orElse("");
        return ProjectIds.of(baseId(group), investor, 0);
    }

    private static List<NamedMention> inReportOrder(List<NamedMention> group) {
        List<NamedMention> ordered = new ArrayList<>(group);
        ordered.sort(Comparator.comparing((NamedMention m) -> m.mention().report())
                .thenComparingInt(m -> m.mention().span().start())
                .thenComparing(NamedMention::doc));
        return ordered;
    }

    private static int phase(List<NamedMention> group) {
        return group.stream().mapToInt(m -> m.key().phase()).max().orElse(0);
    }

    /** The most specific region the mentions give: a district over its city. */
    private static String region(List<NamedMention> group) {
        String region = null;
        for (NamedMention m : group) {
            if (region == null || RegionCodes.inside(m.region(), region)) {
                region = m.region() == null ? region : m.region();
            }
        }
        return region;
    }

    /** The fullest name: the longest as compared, then the most often written, then the first. */
    private String canonicalName(List<ProjectMention> mentions) {
        Map<String, Integer> counts = new HashMap<>();
        mentions.forEach(m -> counts.merge(m.name(), 1, Integer::sum));
        String best = null;
        for (ProjectMention m : mentions) {
            String n = m.name();
            if (best == null || length(n) > length(best) || length(n) == length(best) && counts.get(n) > counts.get(best)) {
                best = n;
            }
        }
        return best;
    }

    private int length(String name) {
        String p = names.plain(name);
        return p.codePointCount(0, p.length());
    }

    private static List<String> investors(List<NamedMention> ordered) {
        Map<String, String> byCore = new LinkedHashMap<>();
        for (NamedMention m : ordered) {
            String core = m.investor();
            if (core != null && byCore.keySet().stream().noneMatch(c -> ProjectNames.sameInvestor(c, core))) {
                byCore.put(core, m.mention().investor());
            }
        }
        return List.copyOf(byCore.values());
    }

    /**
     * One step per report and stage (taken or planned), told by the fullest sentence that states
     * it; by report, then by stage within a report.
     */
    private List<StageStep> timeline(List<ProjectMention> mentions) {
        Map<String, ProjectMention> steps = new LinkedHashMap<>();
        for (ProjectMention m : mentions) {
            if (m.stage() == null) {
                continue;
            }
            String key = m.report().doc() + "\t" + m.stage() + "\t" + m.planned();
            ProjectMention held = steps.get(key);
            if (held == null || chars(m.sentence()) > chars(held.sentence())) {
                steps.put(key, m);
            }
        }
        return steps.values().stream()
                .sorted(Comparator.comparing(ProjectMention::report)
                        .thenComparingInt(m -> ladder.rank(m.stage()))
                        .thenComparing(ProjectMention::planned)
                        .thenComparingInt(m -> m.span().start()))
                .map(m -> new StageStep(m.stage(), m.planned(), m.report(), m.name(), m.sentence(), m.span()))
                .toList();
    }

    private static int chars(String s) {
        return s == null ? 0 : s.length();
    }

    private List<InvestmentFigure> investment(List<NamedMention> ordered) {
        Map<String, InvestmentFigure> byFact = new LinkedHashMap<>();
        for (NamedMention m : ordered) {
            figures.of(m, reports.get(m.doc())).ifPresent(f -> byFact.putIfAbsent(f.fact().id(), f));
        }
        return byFact.values().stream()
                .sorted(Comparator.comparing(InvestmentFigure::report).thenComparingInt(f -> f.fact().span().start()))
                .toList();
    }
}
