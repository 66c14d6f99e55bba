package huibao.index;

import huibao.extract.metadata.ReportDateReader;
import huibao.model.BaseUnit;
import huibao.model.Entity;
import huibao.model.Fact;
import huibao.model.Measure;
import huibao.model.OffsetMap;
import huibao.model.Period;
import huibao.model.Region;
import huibao.model.RegionLevel;
import huibao.model.Report;
import huibao.model.ReportExtraction;
import huibao.model.ReportSection;
import huibao.model.SourceText;
import huibao.model.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the records ingest and extract would produce for a hand-written report: the report over
 * a range of its file's text, and facts and entities located by the words they carry, so that
 * every span and sentence is the real one.
 */
final class ReportFixture {

    static final Region JINAN = new Region("370100", "济南市", RegionLevel.CITY, "370000");
    static final Region GANGCHENG = new Region("370117", "钢城区", RegionLevel.COUNTY, "370100");
    static final Region HUANGDAO = new Region("370211", "黄岛区", RegionLevel.COUNTY, "370200");

    private final String fileText;
    private final Span range;
    private final String file;
    private final String doc;
    private Region region;
    private String regionMention;
    private Period period = Period.unknown();
    private String date;
    private final List<Fact> facts = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private int factFrom;
    private int entityFrom;

    private ReportFixture(String file, String doc, String fileText, Span range) {
        this.file = file;
        this.doc = doc;
        this.fileText = fileText;
        this.range = range;
        this.factFrom = range.start();
        this.entityFrom = range.start();
    }

    /** A report that is the whole file. */
    static ReportFixture whole(String file, String text) {
        return new ReportFixture(file, file, text, new Span(0, text.length()));
    }

    /** The {@code index}-th report (1, 2 ...) of a compilation, lying at {@code range} in the file. */
    static ReportFixture section(String file, String fileText, int index, Span range) {
        return new ReportFixture(file, file + "#" + index, fileText, range);
    }

    ReportFixture region(Region r) {
        this.region = r;
        this.regionMention = r.name();
        return this;
    }

    /** The date written under the title, as written. */
    ReportFixture date(String written) {
        this.date = written;
        return this;
    }

    ReportFixture period(Integer year, Integer from, Integer to, String label) {
        this.period = new Period(year, from, to, label);
        return this;
    }

    /** A fact carried by the next occurrence of {@code surface}; values as decimal strings. */
    ReportFixture fact(String indicator, Measure measure, String surface, String value, String unit, String base,
            BaseUnit baseUnit) {
        return fact(indicator, measure, surface, value, null, unit, base, null, baseUnit, false, null);
    }

    ReportFixture fact(String indicator, Measure measure, String surface, String value, String valueMax,
            String unit, String base, String baseMax, BaseUnit baseUnit, boolean approx, String project) {
        Span span = locate(surface, factFrom);
        factFrom = span.end();
        facts.add(new Fact(doc + "@" + span.start(), doc, region == null ? null : region.name(),
                region == null ? null : region.code(), period, indicator, measure, null, surface, decimal(value),
                decimal(valueMax), unit, decimal(base), decimal(baseMax), baseUnit, approx, project, null,
                value == null, sentenceAround(span), span, null, null));
        return this;
    }

    /** A masked figure such as XX亿元. */
    ReportFixture redacted(String indicator, String surface, String unit, BaseUnit baseUnit) {
        return fact(indicator, Measure.VALUE, surface, null, null, unit, null, null, baseUnit, false, null);
    }

    /** An entity named by the next occurrence of {@code name}. */
    ReportFixture entity(Entity.Kind kind, String name, String stage, String investor) {
        Span span = locate(name, entityFrom);
        entityFrom = span.end();
        entities.add(new Entity(doc, kind, name, span, sentenceAround(span), stage, investor, null, null));
        return this;
    }

    ReportExtraction build() {
        String title = fileText.substring(range.start(), fileText.indexOf('\n', range.start()));
        Report report = new Report(doc, file, title, null, date, range,
                fileText.substring(range.start(), range.end()), region, regionMention, false,
                region == null ? null : region.level(), period, ReportDateReader.read(date));
        return new ReportExtraction(report, facts, entities, List.of());
    }

    /** The file as ingest hands it over, with the given hash and its reports' sections. */
    static SourceText source(String file, String text, String sha256, List<ReportExtraction> reports) {
        List<ReportSection> sections = new ArrayList<>();
        for (ReportExtraction x : reports) {
            String d = x.report().doc();
            int index = d.contains("#") ? Integer.parseInt(d.substring(d.indexOf('#') + 1)) : 0;
            sections.add(new ReportSection(index, x.report().title(), x.report().range()));
        }
        return new SourceText(file, sha256, "text/plain; charset=UTF-8", text, OffsetMap.identity(), sections,
                List.of());
    }

    private Span locate(String surface, int from) {
        int at = fileText.indexOf(surface, from);
        if (at < 0 || at + surface.length() > range.end()) {
            throw new IllegalArgumentException("'" + surface + "' is not in " + doc + " after offset " + from);
        }
        return new Span(at, at + surface.length());
    }

    private String sentenceAround(Span span) {
        int start = span.start();
        while (start > range.start() && "。\n".indexOf(fileText.charAt(start - 1)) < 0) {
            start--;
        }
        int end = fileText.indexOf('。', span.end());
        end = end < 0 || end >= range.end() ? range.end() : end + 1;
        return fileText.substring(start, end);
    }

    private static BigDecimal decimal(String s) {
        return s == null ? null : new BigDecimal(s);
    }
}
