package huibao;

import huibao.catalog.Catalogs;
import huibao.check.Checker;
import huibao.check.RegionDirectory;
import huibao.config.Dictionaries;
import huibao.config.HuibaoConfig;
import huibao.dataset.DatasetBuilder;
import huibao.dataset.DatasetRequest;
import huibao.dataset.Table;
import huibao.export.Exports;
import huibao.extract.Extractor;
import huibao.extract.metadata.ReportMetadataHints;
import huibao.extract.period.PeriodReader;
import huibao.extract.place.RegionResolver;
import huibao.index.Archive;
import huibao.index.IndexStats;
import huibao.index.ReportIndex;
import huibao.index.SearchRequest;
import huibao.index.SearchResults;
import huibao.ingest.InputFile;
import huibao.ingest.ReportFiles;
import huibao.ingest.ReportReader;
import huibao.ingest.UnreadableFileException;
import huibao.model.Entity;
import huibao.model.Fact;
import huibao.model.Finding;
import huibao.model.Period;
import huibao.model.Problem;
import huibao.model.Region;
import huibao.model.Report;
import huibao.model.ReportExtraction;
import huibao.model.SourceText;
import huibao.project.ProjectTracker;
import huibao.project.TrackedProject;
import huibao.solr.SolrArchive;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * huibao in one object: read reports into facts, ingest them into the archive, search it, and
 * read it back for the dataset and the checks. The parser, the extractor and the index are
 * each loaded on first use and kept, so a search never pays for the extractor's dictionaries.
 */
public final class Huibao implements Closeable {

    private final HuibaoConfig config;
    private final Dictionaries dictionaries;
    private Catalogs catalogs;
    private ReportReader reader;
    private Extractor extractor;
    private RegionResolver regions;
    private Archive index;

    private Huibao(HuibaoConfig config) {
        this.config = config;
        this.dictionaries = config.dictionaries();
    }

    /** A huibao working with {@code config}'s data folder and dictionaries. */
    public static Huibao open(HuibaoConfig config) {
        return new Huibao(config);
    }

    /** The configuration in use. */
    public HuibaoConfig config() {
        return config;
    }

    /** The files under the given files and folders, in the order they will be read. */
    public List<InputFile> inputs(List<Path> paths) throws IOException {
        return ReportFiles.list(paths);
    }

    /**
     * Parses, cleans, splits and extracts one file; a file that cannot be read comes back as a failure,
     * and so does one on which huibao itself fails, whatever it throws (a stack overflow on a document
     * nested tens of thousands deep included), so that one file never ends a batch.
     */
    public FileOutcome read(InputFile input, ReportMetadataHints hints) {
        if (input.problem() != null) {
            return FileOutcome.failed(input.problem(), null);
        }
        SourceText source;
        try {
            source = reader().read(input.path(), input.file());
        } catch (UnreadableFileException e) {
            return FileOutcome.failed(e.toProblem(), e);
        } catch (Throwable e) {
            return FileOutcome.failed(internalFailure(input.file(), "reading", e), e);
        }
        try {
            return FileOutcome.read(source, extractor().extract(source, hints));
        } catch (Throwable e) {
            return FileOutcome.failed(internalFailure(input.file(), "extraction", e), e);
        }
    }

    /** A defect in huibao met on one file, in one line that says where, so it can be reported and fixed. */
    private static Problem internalFailure(String file, String stage, Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        String what = e.toString().lines().findFirst().orElse(e.getClass().getName());
        return new Problem(file, null, Problem.Kind.FAILED,
                stage + " failed: " + what + (trace.length == 0 ? "" : " at " + trace[0]));
    }

    /**
     * Reads every file under {@code paths} in order, each with its hints, and hands {@code each} what
     * became of it, a file that could not be read included.
     */
    public void read(List<Path> paths, ReportHints hints, Consumer<FileOutcome> each) throws IOException {
        for (InputFile in : inputs(paths)) {
            each.accept(read(in, hints.of(in)));
        }
    }

    /**
     * Reads every file under {@code paths} and puts its reports into the archive, replacing the
     * older version of a changed file and leaving unchanged files alone. Files are read, extracted
     * and written to the archive on {@link HuibaoConfig#threads()} threads; {@code progress} hears
     * of each in input order, and, when it is an {@link IngestProgress}, first of how many files there are. The archive is committed in batches, by {@link CommitPolicy#DEFAULT}.
     *
     * @param removeMissing whether files indexed from these folders but gone from them are dropped
     */
    public IngestSummary ingest(List<Path> paths, Function<InputFile, ReportMetadataHints> hints,
                                Consumer<FileOutcome> progress, boolean removeMissing) throws IOException {
        return ingest(paths, hints, progress, removeMissing, CommitPolicy.DEFAULT);
    }

    /**
     * {@link #ingest(List, Function, Consumer, boolean)} committing by {@code commits}: a run that
     * is stopped keeps the files committed before, and running it again completes it.
     */
    public IngestSummary ingest(List<Path> paths, Function<InputFile, ReportMetadataHints> hints,
                                Consumer<FileOutcome> progress, boolean removeMissing, CommitPolicy commits)
            throws IOException {
        List<InputFile> inputs = inputs(paths);
        if (progress instanceof IngestProgress run) {
            run.started(inputs.size());
        }
        return new Ingestion(indexForIngest(), this::read, config.threads(), commits)
                .run(paths, inputs, hints, progress, removeMissing);
    }

    /** {@link #ingest(List, Function, Consumer, boolean)} with the hints the analyst gave. */
    public IngestSummary ingest(List<Path> paths, ReportHints hints, Consumer<FileOutcome> progress,
                                boolean removeMissing) throws IOException {
        return ingest(paths, hints::of, progress, removeMissing);
    }

    /** {@link #ingest(List, Function, Consumer, boolean, CommitPolicy)} with the hints the analyst gave. */
    public IngestSummary ingest(List<Path> paths, ReportHints hints, Consumer<FileOutcome> progress,
                                boolean removeMissing, CommitPolicy commits) throws IOException {
        return ingest(paths, hints::of, progress, removeMissing, commits);
    }

    /**
     * The period a phrase names as reports write it ("1-6月", "上半年", "2024年1-6月"), read as the
     * extractor reads a clause, or empty when it names none.
     */
    public Optional<Period> period(String phrase) {
        return PeriodReader.load(dictionaries).readClause(phrase, Period.unknown());
    }

    /** Searches the archive. */
    public SearchResults search(SearchRequest request) {
        return index().search(request);
    }

    /** Counts of what the archive holds. */
    public IndexStats stats() {
        return index().stats();
    }

    /** Every report in the archive. */
    public List<Report> reports() {
        return index().reports();
    }

    /**
     * Every report in the archive with its facts and entities as extraction gave them (the
     * problems met in reading are not kept in the archive, so they are none here).
     */
    public List<ReportExtraction> extractions() {
        return ReportExtraction.regroup(reports(), facts(), entities());
    }

    /** Every fact in the archive, by report and position. */
    public List<Fact> facts() {
        return index().facts();
    }

    /** The table {@code dataset-columns.tsv} describes, over every region and period. */
    public DatasetRequest defaultDataset() {
        return DatasetRequest.defaults(dictionaries);
    }

    /** The few columns of {@code dataset-columns.tsv} marked {@code brief}, over every region and period. */
    public DatasetRequest briefDataset() {
        return DatasetRequest.brief(dictionaries);
    }

    /** The comparable table {@code request} asks for, over the archive. */
    public Table dataset(DatasetRequest request) {
        return dataset(reports(), facts(), request);
    }

    /** The comparable table {@code request} asks for, over reports read without an archive. */
    public Table dataset(List<Report> reports, List<Fact> facts, DatasetRequest request) {
        return new DatasetBuilder(catalogs()).build(reports, facts, request);
    }

    /** The comparable table {@code request} asks for, over reports kept with their facts (the workspace's view). */
    public Table dataset(List<ReportExtraction> extractions, DatasetRequest request) {
        return new DatasetBuilder(catalogs()).build(extractions, request);
    }

    /** The writers of the table and findings for the analyst to hand on: workbook, Markdown, HTML, JSON. */
    public Exports exports() {
        return new Exports(catalogs().indicators());
    }

    /** What the checks find over the archive, errors first; relations that hold come with severity OK. */
    public List<Finding> check() {
        return check(reports(), facts());
    }

    /** What the checks find over reports read without an archive. */
    public List<Finding> check(List<Report> reports, List<Fact> facts) {
        RegionResolver resolver = regions();
        RegionDirectory directory = new RegionDirectory() {
            @Override
            public List<Region> children(String code) {
                return resolver.children(code);
            }

            @Override
            public Optional<Region> place(String written, Region context) {
                return resolver.resolve(written, context);
            }
        };
        return new Checker(dictionaries, catalogs()).check(reports, facts, directory);
    }

    /**
     * The GB/T 2260 codes of regions the analyst names ("澜州市", "321700", "钢城"); a name that
     * matches no division is an error naming it.
     */
    public List<String> regionCodes(List<String> names) {
        List<String> codes = new ArrayList<>();
        for (String name : names) {
            String n = name.strip();
            if (n.matches("\\d{6}") && regions().byCode(n) != null) {
                codes.add(n);
                continue;
            }
            Region r = regions().resolve(n, null).orElseThrow(() -> new IllegalArgumentException(
                    "no region called '" + n + "' in the dictionaries (regions.tsv and regions-*.tsv)"));
            codes.add(r.code());
        }
        return codes;
    }

    /** Every project, organisation and place in the archive. */
    public List<Entity> entities() {
        return index().entities();
    }

    /** Every project the archive's reports mention, one entry per project, with its stages and investment over time. */
    public List<TrackedProject> projects() {
        return projects(reports(), facts(), entities());
    }

    /** The projects of reports read without an archive: their facts and entities as extraction gave them. */
    public List<TrackedProject> projects(List<Report> reports, List<Fact> facts, List<Entity> entities) {
        return new ProjectTracker(dictionaries, catalogs()).track(reports, facts, entities);
    }

    @Override
    public synchronized void close() throws IOException {
        if (index != null) {
            index.close();
            index = null;
        }
    }

    /** The Chinese label of every indicator of the catalogue, by id ("fdi_actual" -> "实际使用外资"), in its order. */
    public Map<String, String> indicatorLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (huibao.catalog.Indicator ind : catalogs().indicators().all()) {
            labels.put(ind.id(), ind.label());
        }
        labels.putIfAbsent(Fact.OTHER, "其他"); // figures no indicator fits
        return labels;
    }

    /** The typed catalogues (indicators, scope words, unit prefixes), loaded once and handed to every stage. */
    private synchronized Catalogs catalogs() {
        if (catalogs == null) {
            catalogs = Catalogs.load(dictionaries);
        }
        return catalogs;
    }

    private synchronized ReportReader reader() {
        if (reader == null) {
            reader = new ReportReader(dictionaries);
        }
        return reader;
    }

    private synchronized Extractor extractor() {
        if (extractor == null) {
            extractor = Extractor.load(dictionaries, catalogs());
        }
        return extractor;
    }

    private synchronized RegionResolver regions() {
        if (regions == null) {
            regions = RegionResolver.load(config);
        }
        return regions;
    }

    /**
     * The archive for reading: the Solr collection the configuration names, else the data folder's;
     * a data folder without one is refused, never made.
     */
    private synchronized Archive index() {
        if (index == null) {
            index = config.solr() != null ? SolrArchive.open(config.solr(), dictionaries)
                    : ReportIndex.openExisting(config.dataDir(), dictionaries);
        }
        return index;
    }

    /**
     * The archive for ingest, which alone makes a local one (in a new or empty folder); a Solr
     * collection is made beforehand by {@code solr/create-collection.sh}.
     */
    private synchronized Archive indexForIngest() {
        if (index == null) {
            index = config.solr() != null ? SolrArchive.open(config.solr(), dictionaries)
                    : ReportIndex.openForIngest(config.dataDir(), dictionaries);
        }
        return index;
    }
}
