package huibao.project;

import huibao.catalog.Catalogs;
import huibao.catalog.InvestmentWords;
import huibao.config.Dictionaries;
import huibao.model.Entity;
import huibao.model.Fact;
import huibao.model.Report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Follows projects through the reports: merges the project mentions extraction found into one
 * {@link TrackedProject} per real-world project (see {@link MentionClusters} for when two
 * mentions are one project), each with its stage timeline and investment figures. Loads its
 * vocabularies once; immutable and safe to share between threads.
 */
public final class ProjectTracker {

    private final InvestmentWords investment;
    private final ProjectNames names;
    private final PlanCues plans;
    private final StageLadder ladder;

    /** A tracker reading {@code projects-names.tsv}, {@code projects-plans.tsv}, {@code entities-stages.tsv} and {@code investment-words.tsv}. */
    public ProjectTracker(Dictionaries dictionaries) {
        this(dictionaries, Catalogs.load(dictionaries));
    }

    /**
     * A tracker reading {@code projects-names.tsv} and {@code projects-plans.tsv}, with the stage
     * labels and investment words of the already loaded {@code catalogs}.
     */
    public ProjectTracker(Dictionaries dictionaries, Catalogs catalogs) {
        this.investment = catalogs.investmentWords();
        this.names = new ProjectNames(dictionaries);
        this.plans = new PlanCues(dictionaries, investment);
        this.ladder = new StageLadder(catalogs.stages());
    }

    /**
     * The projects that {@code entities} mention, one entry per project, ordered by region code
     * (unknown last), then by the report that first mentions them and where.
     *
     * @param reports  the reports the entities were read from
     * @param facts    their facts, where the investment figures come from
     * @param entities their projects, and the places that tell which district a city report's project lies in
     */
    public List<TrackedProject> track(List<Report> reports, List<Fact> facts, List<Entity> entities) {
        Map<String, Report> byDoc = new HashMap<>();
        reports.forEach(r -> byDoc.put(r.doc(), r));
        List<NamedMention> mentions = new MentionReader(names, plans).read(byDoc, entities);
        InvestmentFigures figures = new InvestmentFigures(investment, names, plans, facts, entities);
        ProjectAssembly assembly = new ProjectAssembly(names, ladder, figures, byDoc, regionNames(reports, entities));
        List<List<NamedMention>> groups = MentionClusters.of(mentions);
        Map<List<NamedMention>, String> ids = ids(groups, assembly);
        List<TrackedProject> out = new ArrayList<>();
        for (List<NamedMention> g : groups) {
            out.add(assembly.assemble(ids.get(g), g));
        }
        out.sort(Comparator.comparing((TrackedProject p) -> p.regionCode() == null ? "~" : p.regionCode())
                .thenComparing(p -> p.mentions().get(0).report())
                .thenComparingInt(p -> p.mentions().get(0).span().start())
                .thenComparing(TrackedProject::id));
        return List.copyOf(out);
    }

    /**
     * Each group's id; two projects of one name and region (two investors' 新能源汽车零部件项目)
     * are told apart by the first investor, and failing that by the first mention's place.
     */
    private static Map<List<NamedMention>, String> ids(List<List<NamedMention>> groups, ProjectAssembly assembly) {
        Map<String, List<List<NamedMention>>> byBase = new LinkedHashMap<>();
        for (List<NamedMention> g : groups) {
            byBase.computeIfAbsent(assembly.baseId(g), k -> new ArrayList<>()).add(g);
        }
        Map<List<NamedMention>, String> ids = new IdentityHashMap<>();
        Map<String, Integer> taken = new HashMap<>();
        for (Map.Entry<String, List<List<NamedMention>>> e : byBase.entrySet()) {
            for (List<NamedMention> g : e.getValue()) {
                String id = e.getValue().size() == 1 ? e.getKey() : assembly.investorId(g);
                int n = taken.merge(id, 1, Integer::sum);
                ids.put(g, n == 1 ? id : ProjectIds.of(id, first(g), n));
            }
        }
        return ids;
    }

    private static String first(List<NamedMention> group) {
        return group.stream().map(m -> m.mention().location()).sorted().findFirst().orElse("");
    }

    /** Region names by code: the reports' own, then the places as written for districts no report is from. */
    private static Map<String, String> regionNames(List<Report> reports, List<Entity> entities) {
        Map<String, String> names = new HashMap<>();
        for (Report r : reports) {
            if (r.regionCode() != null) {
                names.put(r.regionCode(), r.regionName());
            }
        }
        for (Entity e : entities) {
            if (e.kind() == Entity.Kind.PLACE && e.code() != null) {
                names.putIfAbsent(e.code(), e.name());
            }
        }
        return names;
    }
}
