package huibao.project;

import huibao.model.Entity;
import huibao.model.Report;
import huibao.model.RegionLevel;
import huibao.model.Span;
import huibao.text.Clauses;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the project entities of the reports into mentions: which report, which region the
 * project lies in, its name's key, and whether its stage is a plan. A district or county report's
 * projects lie in that district; a city report places a project in the district it names right
 * before it in the same clause (鹭汀区汀湾海洋科技城项目于5月下旬开工), else leaves it at the city.
 */
final class MentionReader {

    /** Enough text after a name to read a phase written after it: （一期）. */
    private static final int FOLLOWING = 6;

    private final ProjectNames names;
    private final PlanCues plans;

    MentionReader(ProjectNames names, PlanCues plans) {
        this.names = names;
        this.plans = plans;
    }

    /** The mentions of the project entities among {@code entities}, in the order given. */
    List<NamedMention> read(Map<String, Report> reports, List<Entity> entities) {
        Map<String, List<Entity>> places = new HashMap<>();
        for (Entity e : entities) {
            if (e.kind() == Entity.Kind.PLACE && e.code() != null) {
                places.computeIfAbsent(e.doc(), d -> new ArrayList<>()).add(e);
            }
        }
        List<NamedMention> out = new ArrayList<>();
        for (Entity e : entities) {
            if (e.kind() != Entity.Kind.PROJECT) {
                continue;
            }
            Report report = reports.get(e.doc());
            ReportRef ref = report == null ? ReportRef.unknown(e.doc()) : ReportRef.of(report);
            String region = report == null ? null : region(report, e, places.getOrDefault(e.doc(), List.of()));
            boolean planned = report != null && plans.planned(e.stage(), report, e.span());
            ProjectMention m = new ProjectMention(ref, e.name(), e.span(), e.sentence(), e.stage(), planned,
                    e.investor(), region);
            String investor = e.investor() == null ? null : names.investorCore(e.investor());
            out.add(new NamedMention(m, names.key(e.name(), following(report, e.span())), investor, e));
        }
        return out;
    }

    private static String following(Report report, Span name) {
        if (report == null || !report.range().contains(name)) {
            return null;
        }
        int end = Math.min(report.range().end(), name.end() + FOLLOWING);
        return report.slice(new Span(name.end(), end));
    }

    private static String region(Report report, Entity project, List<Entity> places) {
        String code = report.regionCode();
        if (code == null || report.region().level() == RegionLevel.COUNTY) {
            return code;
        }
        Entity nearest = null;
        for (Entity p : places) {
            if (p.span().end() <= project.span().start() && RegionCodes.inside(p.code(), code)
                    && report.range().contains(p.span())
                    && Clauses.oneClause(report.slice(new Span(p.span().end(), project.span().start())))
                    && (nearest == null || p.span().end() > nearest.span().end())) {
                nearest = p;
            }
        }
        return nearest == null ? code : nearest.code();
    }
}
