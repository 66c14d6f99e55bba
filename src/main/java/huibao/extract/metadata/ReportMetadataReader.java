package huibao.extract.metadata;

import huibao.catalog.SelfWords;
import huibao.config.Dictionaries;
import huibao.extract.period.PeriodReader;
import huibao.extract.place.RegionResolver;
import huibao.model.Period;
import huibao.model.Region;
import huibao.model.RegionLevel;
import huibao.model.Report;
import huibao.model.ReportSection;
import huibao.model.SourceText;
import huibao.model.Span;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads what a report says about itself: title, issuing body and date from its heading, the
 * region it speaks as ({@link ReportMetadataRegion}) and the period its figures cover
 * ({@link PeriodReader}). The analyst's hints win over the text.
 *
 * <p>Takes {@code report-self-words.tsv} (我区/全市/全县 and the division word each implies) from the catalogues, reads
 * {@code report-issuers.tsv} (endings of an issuing body's line) and {@code report-local-bodies.tsv} (endings of
 * a township's, subdistrict's or zone's name), besides the dictionaries of
 * {@link RegionResolver} and {@link PeriodReader}.
 */
public final class ReportMetadataReader {

    private final RegionResolver regions;
    private final PeriodReader periods;
    private final ReportMetadataRegion reporter;
    private final List<String> issuerEndings;

    private ReportMetadataReader(RegionResolver regions, PeriodReader periods, Dictionaries dictionaries,
                                 SelfWords selfWords) {
        this.regions = regions;
        this.periods = periods;
        this.reporter = new ReportMetadataRegion(regions, selfWords, new ReportMetadataLocalBody(dictionaries, regions));
        this.issuerEndings = dictionaries.words(ReportMetadataHeader.ISSUERS);
    }

    /** A reader over already loaded divisions and periods. */
    public static ReportMetadataReader load(Dictionaries dictionaries, RegionResolver regions, PeriodReader periods) {
        return load(dictionaries, SelfWords.load(dictionaries), regions, periods);
    }

    /** A reader over already loaded divisions, periods and words by which a report speaks of its own region. */
    public static ReportMetadataReader load(Dictionaries dictionaries, SelfWords selfWords, RegionResolver regions,
                                            PeriodReader periods) {
        return new ReportMetadataReader(Objects.requireNonNull(regions, "regions"),
                Objects.requireNonNull(periods, "periods"), dictionaries, Objects.requireNonNull(selfWords, "selfWords"));
    }

    /** A reader that loads divisions and periods from {@code dictionaries}. */
    public static ReportMetadataReader load(Dictionaries dictionaries) {
        return load(dictionaries, RegionResolver.load(dictionaries), PeriodReader.load(dictionaries));
    }

    /** Reads one report of a file with nothing known beforehand. */
    public Report read(SourceText source, ReportSection section) {
        return read(source, section, ReportMetadataHints.none());
    }

    /** Reads one report of a file; the hints' region and period win over the text's. */
    public Report read(SourceText source, ReportSection section, ReportMetadataHints hints) {
        return read(source.file(), section, source.text(), hints);
    }

    /**
     * Reads one report.
     *
     * @param file     the file as given, used for the doc id and as a last hint of the region
     * @param section  where the report lies in {@code fileText} and its title
     * @param fileText the file's cleaned text
     * @param hints    the analyst's region and period, each {@code null} when unknown
     * @throws IllegalArgumentException when a hint names no known division or period; the message
     *                                  names the file
     */
    public Report read(String file, ReportSection section, String fileText, ReportMetadataHints hints) {
        Span range = section.range();
        String text = fileText.substring(range.start(), range.end());
        ReportMetadataHeader header = ReportMetadataHeader.read(text, section.title(), issuerEndings);
        String body = text.substring(header.bodyStart());

        ReportMetadataRegion.Result found = reporter.infer(header.title(), header.issuer(), fileStem(file), body);
        Region region = found.region();
        String mention = found.mention();
        boolean masked = found.masked();
        RegionLevel level = found.level();
        if (hints.region() != null) {
            region = regions.resolve(hints.region(), region).orElseThrow(() -> new IllegalArgumentException(
                    file + ": the region given, '" + hints.region() + "', is no known division or is ambiguous"));
            mention = hints.region();
            masked = false;
            level = region.level();
        }

        Period period = periods.readReport(header.title(), body, header.date());
        if (hints.period() != null) {
            Optional<Period> given = periods.readClause(hints.period(), period);
            period = given.orElseThrow(() -> new IllegalArgumentException(
                    file + ": the period given, '" + hints.period() + "', names no period"));
        }
        return new Report(section.docId(file), file, header.title(), header.issuer(), header.date(), range, text,
                region, mention, masked, level, period, ReportDateReader.read(header.date()));
    }

    /** The file's name without folders and extension: 钢城区2021年招商工作汇报.docx → 钢城区2021年招商工作汇报. */
    private static String fileStem(String file) {
        String name = file.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
