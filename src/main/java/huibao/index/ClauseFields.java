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

    static void writeLinks(PackedFields.Writer w, List<FactLink> links) {
        w.integer(links.size());
        links.forEach(l -> w.string(l.kind().id()).string(l.fact()));
    }

    static List<FactLink> readLinks(PackedFields.Reader r) {
        int n = r.integer();
        List<FactLink> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new FactLink(FactLink.Kind.of(r.string()), r.string()));
        }
        return out;
    }

    static void write(PackedFields.Writer w, Clause c) {
        w.flag(c != null);
        if (c == null) {
            return;
        }
        w.integer(c.sentence().start()).integer(c.sentence().end()).string(c.lead());
        w.flag(c.cell() != null);
        if (c.cell() != null) {
            w.string(c.cell().row()).integer(c.cell().column());
        }
        w.flag(c.scopeSize() != null);
        if (c.scopeSize() != null) {
            w.decimal(c.scopeSize().lo()).decimal(c.scopeSize().hi());
        }
        w.integer(c.marks().size());
        for (ClauseMark m : c.marks()) {
            w.integer(m.kind().ordinal()).string(m.word()).integer(m.span().start()).integer(m.span().end())
                    .integer(m.count());
        }
    }

    /** The clause as written; arguments are evaluated left to right, so the values come back in order. */
    static Clause read(PackedFields.Reader r) {
        if (!r.flag()) {
            return null;
        }
        Span sentence = new Span(r.integer(), r.integer());
        String lead = r.string();
        TableCell cell = r.flag() ? new TableCell(r.string(), r.integer()) : null;
        SizeClass size = r.flag() ? new SizeClass(r.decimal(), r.decimal()) : null;
        int n = r.integer();
        List<ClauseMark> marks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            marks.add(new ClauseMark(ClauseMark.Kind.values()[r.integer()], r.string(), new Span(r.integer(), r.integer()),
                    r.integer()));
        }
        return new Clause(sentence, lead, cell, size, marks);
    }
}
