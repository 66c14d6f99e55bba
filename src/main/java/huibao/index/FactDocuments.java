package huibao.index;

import huibao.model.BaseUnit;
import huibao.model.Clause;
import huibao.model.Fact;
import huibao.model.Measure;
import huibao.model.Period;
import huibao.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;

/**
 * How the {@link Fact}s of a report are stored: packed one after another, in reading order, into the
 * report's document ({@link ReportDocuments#PARTS}), every field of each so that it reads back equal.
 * Its id, doc id, figure text and sentence are not written out again when they can be told from the
 * report (its doc id, a piece of its text); a sentence that several facts share is written once. The
 * report counts its facts and redacted facts in doc values, for {@link IndexStats}.
 */
final class FactDocuments {

    /** Facts of the report, as a doc value. */
    static final String COUNT = Schema.FACT_PREFIX + "count";
    /** Redacted facts of the report, as a doc value. */
    static final String REDACTED = Schema.FACT_PREFIX + "redacted_count";

    private FactDocuments() {
    }

    /** Packs {@code facts}, the report's in reading order, and adds their counts to the report's document. */
    static void write(Document d, PackedFields.Writer w, ReportText report, List<Fact> facts) {
        w.integer(facts.size());
        int redacted = 0;
        Fact previous = null;
        for (Fact f : facts) {
            write(w, report, f, previous);
            redacted += f.redacted() ? 1 : 0;
            previous = f;
        }
        d.add(new NumericDocValuesField(COUNT, facts.size()));
        d.add(new NumericDocValuesField(REDACTED, redacted));
    }

    private static void write(PackedFields.Writer w, ReportText report, Fact f, Fact previous) {
        boolean ownDoc = f.doc().equals(report.doc());
        w.flag(ownDoc);
        if (!ownDoc) {
            w.string(f.doc());
        }
        boolean ownId = f.id() != null && f.id().equals(f.doc() + "@" + f.span().start());
        w.flag(ownId);
        if (!ownId) {
            w.string(f.id());
        }
        w.shared(f.region()).shared(f.regionCode()).flag(f.period() != null);
        if (f.period() != null) {
            w.integer(f.period().year()).integer(f.period().fromMonth()).integer(f.period().toMonth())
                    .shared(f.period().label());
        }
        w.shared(f.indicator()).shared(f.measure().id());
        ClauseFields.writeScope(w, f.scope());
        w.integer(f.span().start()).integer(f.span().end());
        boolean textInReport = report.holds(f.text(), f.span());
        w.flag(textInReport);
        if (!textInReport) {
            w.string(f.text());
        }
        w.decimal(f.value()).decimal(f.valueMax()).shared(f.unit())
                .decimal(f.baseValue()).decimal(f.baseValueMax()).shared(f.baseUnit().id())
                .flag(f.approx()).shared(f.project()).shared(f.versus()).flag(f.redacted());
        Span sentence = f.clause() == null ? null : f.clause().sentence();
        boolean sentenceInReport = sentence != null && report.holds(f.sentence(), sentence);
        w.flag(sentenceInReport);
        if (!sentenceInReport) {
            w.shared(f.sentence());
        }
        ClauseFields.writeLinks(w, report, f.links());
        ClauseFields.write(w, f.clause(), previous == null ? null : previous.clause());
        w.flag(f.ocr());
    }

    /** The facts packed by {@link #write}, in the order they were written. */
    static List<Fact> read(PackedFields.Reader r, ReportText report) {
        int n = r.integer();
        List<Fact> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(read1(r, report, out.isEmpty() ? null : out.get(out.size() - 1).clause()));
        }
        return out;
    }

    /** One fact; arguments are evaluated left to right, so the values come back in order. */
    private static Fact read1(PackedFields.Reader r, ReportText report, Clause previous) {
        String doc = r.flag() ? report.doc() : r.string();
        boolean ownId = r.flag();
        String id = ownId ? null : r.string();
        String region = r.shared();
        String regionCode = r.shared();
        Period period = r.flag() ? new Period(r.integer(), r.integer(), r.integer(), r.shared()) : null;
        String indicator = r.shared();
        Measure measure = Measure.of(r.shared());
        List<String> scope = ClauseFields.readScope(r);
        Span span = new Span(r.integer(), r.integer());
        String text = r.flag() ? report.at(span) : r.string();
        var value = r.decimal();
        var valueMax = r.decimal();
        String unit = r.shared();
        var baseValue = r.decimal();
        var baseValueMax = r.decimal();
        BaseUnit baseUnit = BaseUnit.of(r.shared());
        boolean approx = r.flag();
        String project = r.shared();
        String versus = r.shared();
        boolean redacted = r.flag();
        boolean sentenceInReport = r.flag();
        String sentence = sentenceInReport ? null : r.shared();
        var links = ClauseFields.readLinks(r, report);
        var clause = ClauseFields.read(r, previous);
        if (sentenceInReport) {
            sentence = report.at(clause.sentence());
        }
        boolean ocr = r.flag();
        return new Fact(ownId ? doc + "@" + span.start() : id, doc, region, regionCode, period, indicator, measure,
                scope, text, value, valueMax, unit, baseValue, baseValueMax, baseUnit, approx, project, versus,
                redacted, sentence, span, links, clause, ocr);
    }
}
