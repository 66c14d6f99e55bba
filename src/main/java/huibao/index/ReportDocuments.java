package huibao.index;

import static huibao.index.NullableFields.integer;
import static huibao.index.NullableFields.keyword;
import static huibao.index.NullableFields.store;
import static huibao.index.NullableFields.string;

import huibao.model.Entity;
import huibao.model.Fact;
import huibao.model.Period;
import huibao.model.Region;
import huibao.model.RegionLevel;
import huibao.model.Report;
import huibao.model.ReportDate;
import huibao.model.ReportExtraction;
import huibao.model.SourceText;
import huibao.model.Span;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/** The file record and the report document: how a {@link Report} is written and read back. */
final class ReportDocuments {

    /**
     * What a search hit shows, with the text its passages are cut from, where that lies in the file
     * and the facts its passages state: reading a document decompresses all its stored fields, so
     * it is read once, whole.
     */
    static final Set<String> HIT_FIELDS = Set.of(Schema.DOC, Schema.FILE, Schema.TITLE, Schema.DATE, Schema.REGION_CODE,
            Schema.REGION_NAME, Schema.REGION_LEVEL, Schema.REGION_PARENT, Schema.YEAR, Schema.FROM_MONTH,
            Schema.TO_MONTH, Schema.PERIOD_LABEL, Schema.REPORT_TYPE, Schema.RANGE_START, Schema.RANGE_END, Schema.TEXT_DEFLATED,
            "parts");

    /** The report's facts and entities, packed ({@link FactDocuments}, {@link EntityDocuments}). */
    static final String PARTS = "parts";
    /** What reading the report's facts and entities needs. */
    static final Set<String> PARTS_FIELDS = Set.of(Schema.DOC, Schema.FILE, Schema.TEXT_DEFLATED, Schema.RANGE_START, PARTS);
    /** Every stored field of the report but its facts and entities. */
    static final Set<String> REPORT_FIELDS = Set.of(Schema.DOC, Schema.FILE, Schema.SHA256, Schema.TITLE,
            Schema.ISSUER, Schema.DATE, Schema.RANGE_START, Schema.RANGE_END, Schema.REGION_CODE, Schema.REGION_NAME,
            Schema.REGION_LEVEL, Schema.REGION_PARENT, Schema.REGION_MENTION, Schema.REGION_MASKED, Schema.LEVEL,
            Schema.YEAR, Schema.FROM_MONTH, Schema.TO_MONTH, Schema.PERIOD_LABEL, Schema.REPORT_TYPE, Schema.DATE_KEY,
            Schema.TEXT_DEFLATED);

    private ReportDocuments() {
    }

    /** The record of an ingested file: its hash, so an unchanged file can be skipped next time. */
    static Document file(SourceText source) {
        Document d = new Document();
        d.add(new StringField(Schema.TYPE, Schema.TYPE_FILE, Field.Store.NO));
        d.add(new StringField(Schema.FILE, source.file(), Field.Store.YES));
        store(d, Schema.SHA256, source.sha256());
        store(d, Schema.MEDIA_TYPE, source.mediaType());
        // An empty text, which no search matches, so that every document has the text's length: with
        // a length on every document ranking reads it from an array, not from a sparse structure
        // that took some 8% of a search at 100,000 reports. Scores are unchanged.
        d.add(new Field(Schema.TEXT, "", Schema.REPORT_TEXT));
        // the same for the names a search ranks by
        d.add(noName(Schema.HEADING));
        d.add(noName(Schema.PROJECT));
        d.add(noName(Schema.ORG));
        return d;
    }

    /** An empty value of a names field, which no search matches but which gives the document the field's length. */
    private static Field noName(String field) {
        return new Field(field, "", Schema.NAMES);
    }

    /**
     * The documents of {@code source}'s file: its record first, then its reports in order, each with
     * its facts and entities packed into it.
     *
     * @throws IllegalArgumentException when a report belongs to another file or its text is not the file's
     */
    static List<Document> ofFile(SourceText source, List<ReportExtraction> reports, ReportTypes types) {
        List<Document> docs = new ArrayList<>();
        docs.add(file(source));
        for (ReportExtraction x : reports) {
            if (!x.report().file().equals(source.file())) {
                throw new IllegalArgumentException("report " + x.report().doc() + " belongs to "
                        + x.report().file() + ", not to " + source.file());
            }
            Span range = x.report().range();
            if (range.end() > source.text().length()
                    || !source.text().regionMatches(range.start(), x.report().text(), 0, range.length())) {
                throw new IllegalArgumentException("the text of report " + x.report().doc() + " is not the text of "
                        + source.file() + " within " + range);
            }
            docs.add(report(x, source.sha256(), types));
        }
        return docs;
    }

    /** The report with its text, metadata, filters and facets; {@code types} tells its kinds from its title. */
    static Document report(ReportExtraction extraction, String sha256, ReportTypes types) {
        Report r = extraction.report();
        Document d = new Document();
        d.add(new StringField(Schema.TYPE, Schema.TYPE_REPORT, Field.Store.NO));
        d.add(new StringField(Schema.FILE, r.file(), Field.Store.YES));
        d.add(new StringField(Schema.DOC, r.doc(), Field.Store.YES));
        store(d, Schema.SHA256, sha256);
        store(d, Schema.TITLE, r.title());
        store(d, Schema.ISSUER, r.issuer());
        store(d, Schema.DATE, r.date());
        d.add(new StoredField(Schema.RANGE_START, r.range().start()));
        d.add(new StoredField(Schema.RANGE_END, r.range().end()));
        addRegion(d, r.region());
        keyword(d, Schema.REGION_MENTION, r.regionMention());
        store(d, Schema.REGION_MASKED, String.valueOf(r.regionMasked()));
        store(d, Schema.LEVEL, r.level() == null ? null : r.level().id());
        addPeriod(d, r.period());
        addDate(d, r);
        for (String type : types.of(r.title())) {
            d.add(new StringField(Schema.REPORT_TYPE, type, Field.Store.YES));
            d.add(new SortedSetDocValuesField(Schema.FACET_TYPE, new BytesRef(type)));
        }
        Set<String> indicators = new TreeSet<>();
        Set<String> projects = new LinkedHashSet<>();
        Set<String> orgs = new LinkedHashSet<>();
        for (Fact f : extraction.facts()) {
            indicators.add(f.indicator());
            if (f.project() != null) {
                projects.add(f.project());
            }
        }
        for (Entity e : extraction.entities()) {
            switch (e.kind()) {
                case PROJECT -> projects.add(e.name());
                case ORGANIZATION -> orgs.add(e.name());
                case PLACE -> { }
            }
            if (e.investor() != null) {
                orgs.add(e.investor());
            }
        }
        for (String indicator : indicators) {
            d.add(new StringField(Schema.INDICATOR, indicator, Field.Store.NO));
            d.add(new SortedSetDocValuesField(Schema.FACET_INDICATOR, new BytesRef(indicator)));
        }
        List<String> heading = new ArrayList<>();
        for (String h : new String[] {r.title(), r.regionName(), r.regionMention()}) {
            // once each: a title that names the region already says it
            if (h != null && heading.stream().noneMatch(earlier -> earlier.contains(h))) {
                heading.add(h);
                d.add(new Field(Schema.HEADING, h, Schema.NAMES));
            }
        }
        projects.forEach(p -> d.add(new Field(Schema.PROJECT, p, Schema.NAMES)));
        orgs.forEach(o -> d.add(new Field(Schema.ORG, o, Schema.NAMES)));
        // a length for every report, as for a file's record: ranking then reads names' lengths from an array
        if (heading.isEmpty()) {
            d.add(noName(Schema.HEADING));
        }
        if (projects.isEmpty()) {
            d.add(noName(Schema.PROJECT));
        }
        if (orgs.isEmpty()) {
            d.add(noName(Schema.ORG));
        }
        d.add(new Field(Schema.TEXT, r.text(), Schema.REPORT_TEXT));
        d.add(new StoredField(Schema.TEXT_DEFLATED, Deflated.of(r.text())));
        PackedFields.Writer parts = new PackedFields.Writer();
        ReportText text = new ReportText(r.doc(), r.text(), r.range().start());
        FactDocuments.write(d, parts, text, extraction.facts());
        EntityDocuments.write(d, parts, text, extraction.entities());
        d.add(parts.field(PARTS));
        return d;
    }

    /** The report's facts, in reading order, from its {@link #PARTS_FIELDS}. */
    static List<Fact> facts(Document d) {
        return FactDocuments.read(new PackedFields.Reader(d, PARTS), reportText(d));
    }

    /** The report's entities, in reading order, from its {@link #PARTS_FIELDS}. */
    static List<Entity> entities(Document d) {
        PackedFields.Reader r = new PackedFields.Reader(d, PARTS);
        ReportText text = reportText(d);
        FactDocuments.read(r, text);
        return EntityDocuments.read(r, text);
    }

    private static ReportText reportText(Document d) {
        return new ReportText(d.get(Schema.DOC), text(d), NullableFields.requiredInt(d, Schema.RANGE_START));
    }

    /** The report's text, stored deflated; {@code null} when {@code d} was read without it. */
    static String text(Document d) {
        BytesRef stored = d.getBinaryValue(Schema.TEXT_DEFLATED);
        return stored == null ? null : Deflated.text(stored);
    }

    /** The written date as read, and the day the report sorts at. */
    private static void addDate(Document d, Report r) {
        if (r.dated() != null) {
            d.add(new StoredField(Schema.DATE_KEY, r.dated().key()));
        }
        Integer day = sortKey(r.dated(), r.period());
        if (day != null) {
            d.add(new NumericDocValuesField(Schema.SORT_DATE, day));
        }
    }

    private static void addRegion(Document d, Region region) {
        if (region == null) {
            return;
        }
        keyword(d, Schema.REGION_CODE, region.code());
        keyword(d, Schema.REGION_NAME, region.name());
        store(d, Schema.REGION_LEVEL, region.level().id());
        store(d, Schema.REGION_PARENT, region.parentCode());
        Set<String> path = new LinkedHashSet<>();
        path.add(region.code());
        if (region.parentCode() != null) {
            path.add(region.parentCode());
        }
        path.add(region.provinceCode());
        path.forEach(code -> d.add(new StringField(Schema.REGION_PATH, code, Field.Store.NO)));
        d.add(new SortedSetDocValuesField(Schema.FACET_REGION,
                new BytesRef(region.code() + Schema.FACET_SEPARATOR + region.name())));
    }

    private static void addPeriod(Document d, Period p) {
        if (p.year() != null) {
            d.add(new IntPoint(Schema.YEAR, p.year()));
            d.add(new StoredField(Schema.YEAR, p.year()));
            d.add(new SortedSetDocValuesField(Schema.FACET_YEAR, new BytesRef(String.valueOf(p.year()))));
        }
        // points as well, so that a period filter (1-6月) can match the months
        month(d, Schema.FROM_MONTH, p.fromMonth());
        month(d, Schema.TO_MONTH, p.toMonth());
        store(d, Schema.PERIOD_LABEL, p.label());
    }

    private static void month(Document d, String field, Integer month) {
        if (month != null) {
            d.add(new IntPoint(field, month));
            d.add(new StoredField(field, month));
        }
    }

    /** The stored kinds of the report, in the order its title's types were told. */
    static List<String> types(Document d) {
        return List.of(d.getValues(Schema.REPORT_TYPE));
    }

    /** The report as it was written. */
    static Report read(Document d) {
        String level = string(d, Schema.LEVEL);
        return new Report(string(d, Schema.DOC), string(d, Schema.FILE), string(d, Schema.TITLE),
                string(d, Schema.ISSUER), string(d, Schema.DATE), range(d), text(d),
                region(d), string(d, Schema.REGION_MENTION), NullableFields.flag(d, Schema.REGION_MASKED),
                level == null ? null : RegionLevel.of(level), period(d), dated(d));
    }

    private static ReportDate dated(Document d) {
        IndexableField key = d.getField(Schema.DATE_KEY);
        return key == null ? null : ReportDate.ofKey(key.numericValue().intValue());
    }

    /**
     * The day a report stands at, as a number yyyymmdd that sorts by time: its written date (a
     * date without its day counts as day 0 of its month), else the last day of the period it
     * covers (2024年1-6月 ends on 20240630); {@code null} when neither tells. Searches sorted by
     * date put the newest first.
     */
    static Integer sortKey(ReportDate date, Period period) {
        if (date != null) {
            return date.key();
        }
        if (period == null || period.year() == null) {
            return null;
        }
        int month = period.toMonth() == null ? 12 : period.toMonth();
        return period.year() * 10_000 + month * 100 + YearMonth.of(period.year(), month).lengthOfMonth();
    }

    /** Where the report's text lies in its file's cleaned text. */
    static Span range(Document d) {
        return new Span(NullableFields.requiredInt(d, Schema.RANGE_START),
                NullableFields.requiredInt(d, Schema.RANGE_END));
    }

    /** The stored region, or {@code null} when the report's region was not resolved. */
    static Region region(Document d) {
        String code = string(d, Schema.REGION_CODE);
        if (code == null) {
            return null;
        }
        return new Region(code, string(d, Schema.REGION_NAME), RegionLevel.of(string(d, Schema.REGION_LEVEL)),
                string(d, Schema.REGION_PARENT));
    }

    /** The stored period. */
    static Period period(Document d) {
        return new Period(integer(d, Schema.YEAR), integer(d, Schema.FROM_MONTH), integer(d, Schema.TO_MONTH),
                string(d, Schema.PERIOD_LABEL));
    }
}
