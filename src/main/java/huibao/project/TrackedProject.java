package huibao.project;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One real-world project as the reports follow it: the names they write it under, where it is,
 * who invests, how far it has come and what it is said to cost, each traced to its report and
 * sentence.
 *
 * @param id         a short stable id: a hash of the region's code and the canonical name, so that
 *                   {@code huibao project ID} finds it again in a later run over the same archive
 * @param name       the canonical name: the fullest name any report writes
 * @param names      every name as written, in the order the reports first use them
 * @param regionCode the county or district it lies in (a city's code when no report tells which
 *                   district), or {@code null} when unknown
 * @param regionName that region's name, or {@code null}
 * @param investors  the investors the reports name, as first written
 * @param timeline   the stages reported, ordered by report (period, then date) and, within a
 *                   report, by stage; planned stages included and marked
 * @param investment the investment figures, ordered by report
 * @param mentions   every mention, ordered by report and offset
 */
public record TrackedProject(String id, String name, List<String> names, String regionCode, String regionName,
                             List<String> investors, List<StageStep> timeline, List<InvestmentFigure> investment,
                             List<ProjectMention> mentions) {

    public TrackedProject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        names = List.copyOf(names);
        investors = List.copyOf(investors);
        timeline = List.copyOf(timeline);
        investment = List.copyOf(investment);
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("a tracked project has at least one mention: " + name);
        }
    }

    /** The stage of the latest step taken (plans aside), or {@code null} when no report states one. */
    public String stage() {
        List<StageStep> taken = taken();
        return taken.isEmpty() ? null : taken.get(taken.size() - 1).stage();
    }

    /** The stages taken in report order, a stage repeated by the next report kept once: [在谈, 签约, 开工]. */
    public List<String> stagePath() {
        List<String> path = new ArrayList<>();
        for (StageStep s : taken()) {
            if (path.isEmpty() || !path.get(path.size() - 1).equals(s.stage())) {
                path.add(s.stage());
            }
        }
        return path;
    }

    /** The steps taken, plans left out. */
    public List<StageStep> taken() {
        return timeline.stream().filter(s -> !s.planned()).toList();
    }

    /** The reports that mention the project, in order. */
    public List<ReportRef> reports() {
        Set<ReportRef> seen = new LinkedHashSet<>();
        mentions.forEach(m -> seen.add(m.report()));
        return List.copyOf(seen);
    }

    /** The first investment figure of the latest report that states one, if any does. */
    public Optional<InvestmentFigure> latestInvestment() {
        if (investment.isEmpty()) {
            return Optional.empty();
        }
        ReportRef latest = investment.get(investment.size() - 1).report();
        return investment.stream().filter(f -> f.report().equals(latest)).findFirst();
    }

    /**
     * Whether {@code query} is part of a name, the region's name or code, or an investor's
     * name, or begins the id.
     */
    public boolean matches(String query) {
        String q = query.strip();
        if (q.isEmpty() || id.startsWith(q) || q.equals(regionCode)) {
            return true;
        }
        if (regionName != null && regionName.contains(q)) {
            return true;
        }
        return names.stream().anyMatch(n -> n.contains(q)) || investors.stream().anyMatch(i -> i.contains(q));
    }
}
