package huibao.index;

import java.util.Locale;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Writes the queries {@link QueryTranslator} builds in the standard query syntax that Solr's
 * {@code lucene} parser reads back into the same queries: every term quoted and escaped, so the
 * analyst's text never reaches the parser as syntax. Terms are written as the local analyzers made
 * them; the configset's gram fields read a query by whitespace only, and a phrase's gap (where a
 * unigram was covered by a bigram) is written as {@link #GAP}, which those fields drop while keeping
 * its position.
 */
final class StandardSyntax {

    /** Stands for a position a phrase skips; the configset's {@code phrase-gaps.txt} names it as a stop word. */
    static final String GAP = "huibaogap";

    private StandardSyntax() {
    }

    /**
     * {@code q} in the standard syntax.
     *
     * @throws IllegalArgumentException for a kind of query the translator does not build
     */
    static String of(Query q) {
        StringBuilder out = new StringBuilder();
        write(q, out);
        return out.toString();
    }

    private static void write(Query q, StringBuilder out) {
        if (q instanceof BooleanQuery b) {
            clauses(b, out);
        } else if (q instanceof BoostQuery b) {
            out.append('(');
            write(b.getQuery(), out);
            out.append(")^").append(boost(b.getBoost()));
        } else if (q instanceof TermQuery t) {
            term(t.getTerm(), out);
        } else if (q instanceof PhraseQuery p) {
            phrase(p, out);
        } else if (q instanceof MatchAllDocsQuery) {
            out.append("*:*");
        } else if (q instanceof MatchNoDocsQuery) {
            out.append("(+*:* -*:*)");
        } else if (q instanceof IndexOrDocValuesQuery q2) {
            write(q2.getIndexQuery(), out);
        } else if (q instanceof PointRangeQuery r && r.getNumDims() == 1 && r.getBytesPerDim() == Integer.BYTES) {
            out.append(r.getField()).append(":[").append(IntPoint.decodeDimension(r.getLowerPoint(), 0))
                    .append(" TO ").append(IntPoint.decodeDimension(r.getUpperPoint(), 0)).append(']');
        } else {
            throw new IllegalArgumentException("no standard syntax for " + q.getClass().getSimpleName() + " " + q);
        }
    }

    private static void clauses(BooleanQuery b, StringBuilder out) {
        if (b.getMinimumNumberShouldMatch() != 0) {
            throw new IllegalArgumentException("no standard syntax for a minimum to match: " + b);
        }
        out.append('(');
        String sep = "";
        for (BooleanClause c : b.clauses()) {
            out.append(sep);
            sep = " ";
            switch (c.getOccur()) {
                case MUST -> out.append('+');
                case MUST_NOT -> out.append('-');
                case SHOULD -> { }
                // a filter scores nothing: a constant score of zero, as Lucene's FILTER clause adds
                case FILTER -> out.append('+');
            }
            if (c.getOccur() == BooleanClause.Occur.FILTER) {
                out.append('(');
                write(c.getQuery(), out);
                out.append(")^=0");
            } else {
                write(c.getQuery(), out);
            }
        }
        out.append(')');
    }

    private static void term(Term t, StringBuilder out) {
        out.append(t.field()).append(":\"").append(escape(t.text())).append('"');
    }

    private static void phrase(PhraseQuery p, StringBuilder out) {
        if (p.getSlop() != 0) {
            throw new IllegalArgumentException("no standard syntax for a sloppy phrase: " + p);
        }
        Term[] terms = p.getTerms();
        int[] positions = p.getPositions();
        out.append(p.getField()).append(":\"");
        for (int i = 0; i < terms.length; i++) {
            if (i > 0) {
                out.append(' ');
                for (int gap = positions[i - 1] + 1; gap < positions[i]; gap++) {
                    out.append(GAP).append(' ');
                }
            }
            out.append(escape(terms[i].text()));
        }
        out.append('"');
    }

    /** Inside quotes only the quote and the backslash are syntax. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String boost(float b) {
        return String.format(Locale.ROOT, "%s", b);
    }
}
