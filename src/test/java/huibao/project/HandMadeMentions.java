package huibao.project;

import huibao.extract.metadata.ReportDateReader;
import huibao.config.Dictionaries;
import huibao.model.Entity;
import huibao.model.Period;
import huibao.model.Region;
import huibao.model.RegionLevel;
import huibao.model.Report;
import huibao.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reports and the project and place mentions extraction would find in them, written by hand, so
 * that a test states exactly what the tracker is given. A report is one line of text; a mention
 * is the next place its name stands in that text.
 */
final class HandMadeMentions {

    static final ProjectTracker TRACKER = new ProjectTracker(Dictionaries.packaged());

    private final List<Report> reports = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final Map<String, Integer> cursor = new HashMap<>();

    /** A district or county's report of {@code period} in {@code year} (1-{@code toMonth}月), dated {@code date}. */
    HandMadeMentions county(String doc, String code, String name, int year, int toMonth, String date, String text) {
        return report(doc, new Region(code, name, RegionLevel.COUNTY, code.substring(0, 4) + "00"), year, toMonth, date, text);
    }

    /** A city's report. */
    HandMadeMentions city(String doc, String code, String name, int year, int toMonth, String date, String text) {
        return report(doc, new Region(code, name, RegionLevel.CITY, code.substring(0, 2) + "0000"), year, toMonth, date, text);
    }

    /** A report whose region is masked (XX县). */
    HandMadeMentions masked(String doc, int year, int toMonth, String text) {
        return report(doc, null, year, toMonth, null, text);
    }

    private HandMadeMentions report(String doc, Region region, int year, int toMonth, String date, String text) {
        reports.add(new Report(doc, doc, null, null, date, new Span(0, text.length()), text, region,
                region == null ? "XX县" : region.name(), region == null, region == null ? null : region.level(),
                new Period(year, 1, toMonth, "1-" + toMonth + "月"), ReportDateReader.read(date)));
        return this;
    }

    /** The next mention of project {@code name} in {@code doc}, with the stage and investor extraction gave it. */
    HandMadeMentions project(String doc, String name, String stage, String investor) {
        Span span = next(doc, name);
        entities.add(new Entity(doc, Entity.Kind.PROJECT, name, span, sentence(doc, span), stage, investor, null, null));
        return this;
    }

    /** The next mention of the place {@code name} in {@code doc}, resolved to {@code code}. */
    HandMadeMentions place(String doc, String name, String code) {
        Span span = next(doc, name);
        entities.add(new Entity(doc, Entity.Kind.PLACE, name, span, sentence(doc, span), null, null, null, code));
        return this;
    }

    List<Entity> entities() {
        return List.copyOf(entities);
    }

    List<TrackedProject> track() {
        return track(entities);
    }

    /** The tracker over these reports and the given entities (a reordering of {@link #entities()}). */
    List<TrackedProject> track(List<Entity> given) {
        return TRACKER.track(reports, List.of(), given);
    }

    private Span next(String doc, String name) {
        String text = report(doc).text();
        int at = text.indexOf(name, cursor.getOrDefault(doc + "\t" + name, 0));
        if (at < 0) {
            throw new IllegalArgumentException(name + " is not (again) in " + doc + ": " + text);
        }
        cursor.put(doc + "\t" + name, at + name.length());
        return new Span(at, at + name.length());
    }

    private String sentence(String doc, Span span) {
        String text = report(doc).text();
        int at = span.start();
        int start = Math.max(0, text.lastIndexOf('。', at) + 1);
        int end = text.indexOf('。', at);
        return text.substring(start, end < 0 ? text.length() : end + 1);
    }

    private Report report(String doc) {
        return reports.stream().filter(r -> r.doc().equals(doc)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no report " + doc));
    }
}
