package huibao.extract;

import huibao.extract.metadata.ReportMetadataHints;
import huibao.catalog.Catalogs;
import huibao.config.Dictionaries;
import huibao.extract.entity.EntityExtractor;
import huibao.extract.metadata.ReportMetadataReader;
import huibao.extract.period.PeriodReader;
import huibao.extract.place.RegionResolver;
import huibao.model.Fact;
import huibao.model.Problem;
import huibao.model.Report;
import huibao.model.ReportExtraction;
import huibao.model.ReportSection;
import huibao.model.SourceText;

import java.util.ArrayList;
import java.util.List;

/**
 * The extract stage as one call: each report of a cleaned file gets its metadata (title,
 * issuer, region, period), its facts and its named entities. Loads its dictionaries once;
 * immutable and safe to share between threads.
 */
public final class Extractor {

    private final ReportMetadataReader metadata;
    private final FactExtractor facts;
    private final EntityExtractor entities;

    private Extractor(ReportMetadataReader metadata, FactExtractor facts, EntityExtractor entities) {
        this.metadata = metadata;
        this.facts = facts;
        this.entities = entities;
    }

    /** Loads the catalogues and every vocabulary the stage reads from {@code dictionaries}. */
    public static Extractor load(Dictionaries dictionaries) {
        return load(dictionaries, Catalogs.load(dictionaries));
    }

    /**
     * Loads every vocabulary the stage reads from {@code dictionaries} over the already loaded
     * {@code catalogs}; the divisions once, for metadata and places.
     */
    public static Extractor load(Dictionaries dictionaries, Catalogs catalogs) {
        RegionResolver regions = RegionResolver.load(dictionaries);
        PeriodReader periods = PeriodReader.load(dictionaries);
        return new Extractor(ReportMetadataReader.load(dictionaries, catalogs.selfWords(), regions, periods),
                new FactExtractor(dictionaries, catalogs, regions, periods),
                new EntityExtractor(dictionaries, catalogs, regions));
    }

    /**
     * Extracts every report of {@code source}; {@code hints} set what the text does not say.
     *
     * @param source a file's text as ingest cleaned it: full-width digits, Latin letters and ％ are
     *               already folded to ASCII (ingest's {@code FullWidthFolder}), and extraction reads
     *               figures, counts and masks in ASCII only; hand it no text that skipped cleaning
     * @param hints  what the analyst knows (region, period); read as typed, full-width digits included
     */
    public List<ReportExtraction> extract(SourceText source, ReportMetadataHints hints) {
        List<ReportExtraction> out = new ArrayList<>(source.sections().size());
        List<ReportSection> sections = source.sections();
        for (int i = 0; i < sections.size(); i++) {
            ReportSection section = sections.get(i);
            Report report = metadata.read(source, section, hints);
            FactExtractor.Result result = facts.extract(report);
            List<Problem> problems = new ArrayList<>(result.problems());
            problems.addAll(readingProblems(source, i));
            List<Fact> found = ocrFlagged(source, result.facts());
            out.add(new ReportExtraction(report, found, entities.extract(report, found), problems));
        }
        return out;
    }

    /** {@code facts} with those whose figure was read by OCR flagged so. */
    private static List<Fact> ocrFlagged(SourceText source, List<Fact> facts) {
        if (source.ocr().isEmpty()) {
            return facts;
        }
        return facts.stream().map(f -> source.readByOcr(f.span()) ? f.withOcr() : f).toList();
    }

    /**
     * The problems met in reading the file (a text cut at the write limit, a contents entry without
     * its report) that fall in section {@code i}: those from its start up to the next section's, so
     * that each is told with its report and none is lost.
     */
    private static List<Problem> readingProblems(SourceText source, int i) {
        List<ReportSection> sections = source.sections();
        int from = i == 0 ? Integer.MIN_VALUE : sections.get(i).range().start();
        int to = i + 1 < sections.size() ? sections.get(i + 1).range().start() : Integer.MAX_VALUE;
        return source.problems().stream()
                .filter(p -> {
                    int at = p.span() == null ? Integer.MIN_VALUE : p.span().start();
                    return at >= from && at < to;
                })
                .toList();
    }
}
