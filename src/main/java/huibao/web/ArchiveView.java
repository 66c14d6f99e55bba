package huibao.web;

import huibao.Huibao;
import huibao.dataset.Column;
import huibao.dataset.Row;
import huibao.dataset.Table;
import huibao.export.json.WorkspaceJson;
import huibao.index.IndexStats;
import huibao.model.Entity;
import huibao.model.Fact;
import huibao.model.Finding;
import huibao.model.Report;
import huibao.model.ReportExtraction;
import huibao.project.TrackedProject;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One version of the archive as the facade reads it, computed once: reports with their facts,
 * the findings, the projects and the default table. Requests read it and never the index, so that
 * the table and the findings of 20,000 reports answer from memory; an upload's ingest makes a new
 * one. Answers built from it on demand (a filtered table) are kept in {@link #answers}.
 */
final class ArchiveView {

    /** The answers kept per view; a view is replaced whole after an ingest, and these with it. */
    private static final int KEPT_ANSWERS = 64;

    final long version;
    final String updated;
    final IndexStats stats;
    final List<Report> reports;
    final List<ReportExtraction> extractions;
    final Map<String, ReportExtraction> byDoc;
    /** Every finding, relations that hold (severity OK) included: coverage counts what was checked. */
    final List<Finding> allFindings;
    /** The findings the analyst looks at: those that are not OK, in the checks' order. */
    final List<Finding> findings;
    final Map<String, List<Finding>> findingsByDoc;
    /** The report each of {@link #findings} is about (its own, else its first fact's), or {@code null}. */
    final List<Report> findingReports;
    final List<TrackedProject> projects;
    final Map<String, TrackedProject> projectsById;
    /** The table {@code dataset-columns.tsv} describes, over every region and period. */
    final Table table;
    final String choices;
    /**
     * The table of each period the picker offers, built with the view: choosing a period is the
     * analyst's most common step, and at 20,000 reports each table takes a tenth of a second.
     */
    final Map<String, Table> periodTables;
    /** The names analysts uploaded, by {@link UploadJobs#uploadKey}: shown for the stored paths. */
    final Map<String, String> uploadedNames;
    /** The catalogue's indicator labels, by id: what the pages show instead of ids. */
    final Map<String, String> labels;
    /** The coverage of every report, ready to send (megabytes at 20,000 reports). */
    final byte[] coverage;
    private final Map<String, byte[]> answers = new ConcurrentHashMap<>();

    private ArchiveView(Huibao huibao, long version, IndexStats stats, List<Report> reports, List<Fact> facts,
                        List<Entity> entities, List<Finding> allFindings, List<TrackedProject> projects,
                        Map<String, String> uploadedNames) {
        this.version = version;
        this.updated = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        this.stats = stats;
        this.uploadedNames = Map.copyOf(uploadedNames);
        reports = reports.stream().map(r -> shown(r, uploadedNames)).toList();
        this.reports = reports;
        this.extractions = ReportExtraction.regroup(reports, facts, entities);
        Map<String, ReportExtraction> docs = new LinkedHashMap<>();
        extractions.forEach(x -> docs.put(x.report().doc(), x));
        this.byDoc = Map.copyOf(docs);
        this.allFindings = List.copyOf(allFindings);
        this.findings = allFindings.stream().filter(f -> f.severity() != Finding.Severity.OK).toList();
        Map<String, List<Finding>> perDoc = new HashMap<>();
        for (Finding f : findings) {
            for (String doc : docsOf(f)) {
                perDoc.computeIfAbsent(doc, k -> new ArrayList<>()).add(f);
            }
        }
        this.findingsByDoc = perDoc;
        List<Report> about = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            about.add(reportOf(f));
        }
        this.findingReports = about;
        this.projects = List.copyOf(projects);
        Map<String, TrackedProject> ids = new HashMap<>();
        projects.forEach(p -> ids.put(p.id(), p));
        this.projectsById = ids;
        this.table = huibao.dataset(extractions, huibao.defaultDataset());
        List<String> periods = periods(table);
        this.choices = choices(table, periods);
        Map<String, Table> perPeriod = new HashMap<>();
        for (String period : periods) {
            try {
                perPeriod.put(period, huibao.dataset(extractions, huibao.defaultDataset().withPeriods(List.of(period))));
            } catch (IllegalArgumentException e) {
                // a period no picker can ask for again (no year, no months) is built when asked, and refused then
            }
        }
        this.periodTables = Map.copyOf(perPeriod);
        this.labels = Map.copyOf(huibao.indicatorLabels());
        this.coverage = WorkspaceJson.coverage(coverage(extractions, allFindings)).getBytes(StandardCharsets.UTF_8);
    }

    /** Reads the archive through the facade; an archive not yet made reads as empty. */
    static ArchiveView read(Huibao huibao, long version, boolean archiveExists) {
        if (!archiveExists) {
            return new ArchiveView(huibao, version, new IndexStats(0, 0, 0, 0, 0, 0), List.of(), List.of(), List.of(),
                    List.of(), List.of(), Map.of());
        }
        List<Report> reports = huibao.reports();
        List<Fact> facts = huibao.facts();
        List<Entity> entities = huibao.entities();
        return new ArchiveView(huibao, version, huibao.stats(), reports, facts, entities, huibao.check(reports, facts),
                huibao.projects(reports, facts, entities),
                UploadJobs.uploadedNames(huibao.config().dataDir().resolve("uploads")));
    }

    /** {@code r} with the name its analyst uploaded as its file, when it came in an upload; its doc id stays. */
    private static Report shown(Report r, Map<String, String> names) {
        String name = names.isEmpty() ? null : names.get(UploadJobs.uploadKey(r.file()));
        return name == null ? r : new Report(r.doc(), name, r.title(), r.issuer(), r.date(), r.range(), r.text(),
                r.region(), r.regionMention(), r.regionMasked(), r.level(), r.period(), r.dated());
    }

    /** The answer kept under {@code key}, made by {@code make} the first time it is asked for. */
    byte[] answer(String key, java.util.function.Supplier<byte[]> make) {
        byte[] kept = answers.get(key);
        if (kept != null) {
            return kept;
        }
        byte[] made = make.get();
        if (answers.size() >= KEPT_ANSWERS) {
            answers.clear();
        }
        answers.put(key, made);
        return made;
    }

    /** The report a finding is about: its own, else that of the first fact it rests on. */
    private Report reportOf(Finding f) {
        ReportExtraction x = f.doc() == null ? null : byDoc.get(f.doc());
        if (x == null && !f.facts().isEmpty()) {
            x = byDoc.get(f.facts().get(0).doc());
        }
        return x == null ? null : x.report();
    }

    /** The docs a finding is about: its own, and those of the facts it rests on. */
    static Set<String> docsOf(Finding f) {
        Set<String> docs = new HashSet<>();
        if (f.doc() != null) {
            docs.add(f.doc());
        }
        for (Fact fact : f.facts()) {
            docs.add(fact.doc());
        }
        return docs;
    }

    /** The periods of the table's rows, as the table writes them, in order. */
    private static List<String> periods(Table table) {
        Set<String> periods = new java.util.TreeSet<>();
        for (Row r : table.rows()) {
            periods.add(r.period().normalized());
        }
        return List.copyOf(periods);
    }

    private static String choices(Table table, List<String> periods) {
        Map<String, String> regions = new LinkedHashMap<>();
        for (Row r : table.rows()) {
            if (r.regionCode() != null) {
                regions.putIfAbsent(r.regionCode(), r.region().name());
            }
        }
        Map<String, String> indicators = new LinkedHashMap<>();
        for (Column c : table.columns()) {
            indicators.putIfAbsent(c.indicator(), c.label());
        }
        return WorkspaceJson.choices(
                periods.stream().map(p -> new WorkspaceJson.Choice(p, p)).toList(),
                regions.entrySet().stream().map(e -> new WorkspaceJson.Choice(e.getKey(), e.getValue())).toList(),
                indicators.entrySet().stream().map(e -> new WorkspaceJson.Choice(e.getKey(), e.getValue())).toList());
    }

    /**
     * Per report: the figures found, those given an indicator, those a check read (a finding or a
     * relation that holds rests on them) and those masked or redacted.
     */
    private static List<WorkspaceJson.Coverage> coverage(List<ReportExtraction> extractions, List<Finding> findings) {
        Set<String> checked = new HashSet<>();
        for (Finding f : findings) {
            for (Fact fact : f.facts()) {
                checked.add(key(fact));
            }
        }
        List<WorkspaceJson.Coverage> rows = new ArrayList<>();
        for (ReportExtraction x : extractions) {
            int attributed = 0;
            int read = 0;
            int unreadable = 0;
            for (Fact f : x.facts()) {
                attributed += Fact.OTHER.equals(f.indicator()) ? 0 : 1;
                read += checked.contains(key(f)) ? 1 : 0;
                unreadable += f.redacted() ? 1 : 0;
            }
            Report r = x.report();
            rows.add(new WorkspaceJson.Coverage(r.doc(), r.file(), r.title(), r.regionName(), r.period().normalized(),
                    x.facts().size(), attributed, read, unreadable));
        }
        return rows;
    }

    private static String key(Fact f) {
        return f.doc() + "@" + f.span().start() + "-" + f.span().end();
    }
}
