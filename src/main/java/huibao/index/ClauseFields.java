package huibao.index;

import huibao.model.Clause;
import huibao.model.ClauseMark;
import huibao.model.FactLink;
import huibao.model.SizeClass;
import huibao.model.Span;
import huibao.model.TableCell;

import java.util.ArrayList;
import java.util.List;

/**
 * How a fact's structure is packed beside its contract fields: its scope parts, its links and
 * its {@link Clause}, so that checks over an archive read the same records as over files.
 */
final class ClauseFields {

    private ClauseFields() {
    }

    static void writeScope(PackedFields.Writer w, List<String> scope) {
        w.integer(scope.size());
        scope.forEach(w::string);
    }

    static List<String> readScope(PackedFields.Reader r) {
        int n = r.integer();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(r.string());
        }
        return out;
    }

    static void writeLinks(PackedFields.Writer w, ReportText report, List<FactLink> links) {
        w.integer(links.size());
        for (FactLink l : links) {
            w.shared(l.kind().id());
            report.writeId(w, l.fact());
        }
    }

    static List<FactLink> readLinks(PackedFields.Reader r, ReportText report) {
        int n = r.integer();
        List<FactLink> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new FactLink(FactLink.Kind.of(r.shared()), report.readId(r)));
        }
        return out;
    }

    /**
     * The clause of a fact; its sentence's marks, which every figure of the sentence carries alike,
     * only once for the figures in a row that share them ({@code previous} is the clause of the fact
     * written before).
     */
    static void write(PackedFields.Writer w, Clause c, Clause previous) {
        w.flag(c != null);
        if (c == null) {
            return;
        }
        w.integer(c.sentence().start()).integer(c.sentence().end()).shared(c.lead());
        w.flag(c.cell() != null);
        if (c.cell() != null) {
            w.string(c.cell().row()).integer(c.cell().column());
        }
        w.flag(c.scopeSize() != null);
        if (c.scopeSize() != null) {
            w.decimal(c.scopeSize().lo()).decimal(c.scopeSize().hi());
        }
        boolean sameMarks = previous != null && previous.marks().equals(c.marks());
        w.flag(sameMarks);
        if (sameMarks) {
            return;
        }
        w.integer(c.marks().size());
        for (ClauseMark m : c.marks()) {
            w.integer(m.kind().ordinal()).shared(m.word()).integer(m.span().start() - c.sentence().start())
                    .integer(m.span().length()).integer(m.count());
        }
    }

    /** The clause as written; arguments are evaluated left to right, so the values come back in order. */
    static Clause read(PackedFields.Reader r, Clause previous) {
        if (!r.flag()) {
            return null;
        }
        Span sentence = new Span(r.integer(), r.integer());
        String lead = r.shared();
        TableCell cell = r.flag() ? new TableCell(r.string(), r.integer()) : null;
        SizeClass size = r.flag() ? new SizeClass(r.decimal(), r.decimal()) : null;
        if (r.flag()) {
            return new Clause(sentence, lead, cell, size, previous.marks());
        }
        int n = r.integer();
        List<ClauseMark> marks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ClauseMark.Kind kind = ClauseMark.Kind.values()[r.integer()];
            String word = r.shared();
            int start = sentence.start() + r.integer();
            marks.add(new ClauseMark(kind, word, new Span(start, start + r.integer()), r.integer()));
        }
        return new Clause(sentence, lead, cell, size, marks);
    }
}
