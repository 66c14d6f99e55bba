package huibao.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a {@link QueryNode} tree into Lucene queries: one that selects reports and one that picks
 * and highlights their passages (the free text and names the query asks for, without negations).
 */
final class QueryTranslator {

    private static final Pattern YEARS = Pattern.compile("(\\d{4})年?(?:\\s*[-–~～至]\\s*(\\d{4})年?)?");

    private final String query;
    private final TextQueries text;
    private final Function<String, Set<String>> regionCodesNamed;
    private final ReportTypes types;

    /**
     * @param query            the query as typed, for messages
     * @param text             builds the free-text queries
     * @param regionCodesNamed the codes of the indexed regions bearing a name ("济南市")
     * @param types            the report types {@code type:} may name
     */
    QueryTranslator(String query, TextQueries text, Function<String, Set<String>> regionCodesNamed,
                    ReportTypes types) {
        this.query = query;
        this.text = text;
        this.regionCodesNamed = regionCodesNamed;
        this.types = types;
    }

    /** Whether translating {@code node} will segment words with smartcn; {@code false} for {@code null}. */
    static boolean needsWords(QueryNode node) {
        if (node instanceof QueryNode.Text t) {
            return TextQueries.needsWords(t.text());
        } else if (node instanceof QueryNode.And and) {
            return and.parts().stream().anyMatch(QueryTranslator::needsWords);
        } else if (node instanceof QueryNode.Or or) {
            return or.parts().stream().anyMatch(QueryTranslator::needsWords);
        } else if (node instanceof QueryNode.Not not) {
            return needsWords(not.part());
        }
        return false;
    }

    /** The query matching the reports {@code node} asks for; nothing when it holds nothing searchable. */
    Query reports(QueryNode node) {
        Query q = reports(node, false);
        return q != null ? q : new MatchNoDocsQuery("nothing searchable in the query");
    }

    /**
     * The query for {@code node}, or {@code null} when it holds nothing searchable (a lone 、 or -),
     * so that stray punctuation drops out of a query instead of emptying it.
     *
     * @param strict match free text only as written; under NOT, so that excluding 海洋城 drops the
     *               reports naming it, not those that merely have 海洋 and 城 somewhere
     */
    private Query reports(QueryNode node, boolean strict) {
        if (node instanceof QueryNode.Text t) {
            return text.text(t.text(), strict || t.quoted());
        } else if (node instanceof QueryNode.Field f) {
            return field(f);
        } else if (node instanceof QueryNode.And and) {
            return and(and.parts(), strict);
        } else if (node instanceof QueryNode.Or or) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            boolean any = false;
            for (QueryNode p : or.parts()) {
                Query q = reports(p, strict);
                if (q != null) {
                    b.add(q, Occur.SHOULD);
                    any = true;
                }
            }
            return any ? b.build() : null;
        }
        return and(List.of(node), strict);
    }

    /**
     * The query for the passages worth showing: any positive word, phrase, project or organisation
     * of {@code node} on the passage text, or {@code null} when the query names none.
     */
    /**
     * The query that ranks higher the reports where the words of the query stand close together
     * (恒屹 竣工投产 in one sentence), or {@code null} when the query has fewer than two words side by
     * side. It only reorders the best hits: run over every match it would cost more than the search.
     */
    Query closeness(QueryNode node) {
        List<QueryNode> parts = node instanceof QueryNode.And and ? and.parts() : List.of(node);
        List<String> words = parts.stream().filter(p -> p instanceof QueryNode.Text t && !t.quoted())
                .map(p -> ((QueryNode.Text) p).text()).toList();
        return words.size() < 2 ? null : text.near(words);
    }

    Query passages(QueryNode node) {
        List<Query> wanted = new ArrayList<>();
        collectWanted(node, wanted);
        if (wanted.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        wanted.forEach(q -> b.add(q, Occur.SHOULD));
        return b.build();
    }

    private void collectWanted(QueryNode node, List<Query> wanted) {
        if (node instanceof QueryNode.Text t) {
            add(wanted, text.passage(t.text(), t.quoted()));
        } else if (node instanceof QueryNode.Field f) {
            if (f.field() == QueryNode.FieldName.PROJECT || f.field() == QueryNode.FieldName.ORG) {
                add(wanted, text.passage(f.value(), true));
            }
        } else if (node instanceof QueryNode.And and) {
            and.parts().forEach(p -> collectWanted(p, wanted));
        } else if (node instanceof QueryNode.Or or) {
            or.parts().forEach(p -> collectWanted(p, wanted));
        }
        // what the analyst excludes (NOT) is not what they want to see
    }

    private static void add(List<Query> wanted, Query q) {
        if (q != null) {
            wanted.add(q);
        }
    }

    private Query and(List<QueryNode> parts, boolean strict) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean positive = false;
        boolean negative = false;
        for (QueryNode p : parts) {
            if (p instanceof QueryNode.Not not) {
                Query q = reports(not.part(), true);
                if (q != null) {
                    b.add(q, Occur.MUST_NOT);
                    negative = true;
                }
            } else {
                Query q = reports(p, strict);
                if (q != null) {
                    // filters narrow without scoring, so ranking rests on the words alone
                    b.add(q, p instanceof QueryNode.Field f && isFilter(f) ? Occur.FILTER : Occur.MUST);
                    positive = true;
                }
            }
        }
        if (!positive && !negative) {
            return null;
        }
        if (!positive) {
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return b.build();
    }

    private static boolean isFilter(QueryNode.Field f) {
        return f.field() == QueryNode.FieldName.REGION || f.field() == QueryNode.FieldName.YEAR
                || f.field() == QueryNode.FieldName.INDICATOR || f.field() == QueryNode.FieldName.TYPE;
    }

    private Query field(QueryNode.Field f) {
        String v = f.value();
        return switch (f.field()) {
            case REGION -> region(v);
            case YEAR -> years(f);
            case INDICATOR -> new TermQuery(new Term(Schema.INDICATOR, v.toLowerCase(Locale.ROOT)));
            case TYPE -> type(f);
            case PROJECT -> text.name(Schema.PROJECT, v);
            case ORG -> text.name(Schema.ORG, v);
        };
    }

    /** A code takes in the regions under it; a name matches the region so named and those under it. */
    private Query region(String value) {
        if (value.matches("\\d{6}")) {
            return new TermQuery(new Term(Schema.REGION_PATH, value));
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(Schema.REGION_NAME, value)), Occur.SHOULD);
        b.add(new TermQuery(new Term(Schema.REGION_MENTION, value)), Occur.SHOULD);
        for (String code : regionCodesNamed.apply(value)) {
            b.add(new TermQuery(new Term(Schema.REGION_PATH, code)), Occur.SHOULD);
        }
        return b.build();
    }

    private Query type(QueryNode.Field f) {
        if (!types.knows(f.value())) {
            throw new QuerySyntaxException(query, f.column(), "there is no report type " + f.value()
                    + " (the types are " + String.join(" ", types.names()) + ")");
        }
        return new TermQuery(new Term(Schema.REPORT_TYPE, f.value()));
    }

    private Query years(QueryNode.Field f) {
        Matcher m = YEARS.matcher(f.value());
        if (!m.matches()) {
            throw new QuerySyntaxException(query, f.column(),
                    "year:" + f.value() + " is not a year; write year:2021 or year:2019-2021");
        }
        int from = Integer.parseInt(m.group(1));
        int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
        if (to < from) {
            throw new QuerySyntaxException(query, f.column(), "year:" + f.value() + " runs backwards");
        }
        return ReportSearch.years(from, to);
    }
}
