package huibao.index;

import huibao.index.QueryNode.FieldName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads the analyst's query syntax into a {@link QueryNode}: words, quoted phrases ("" or “”),
 * {@code AND}, {@code OR}, {@code NOT} or a leading {@code -}, brackets (half- or full-width) and
 * the prefixes {@code region: year: indicator: type: project: org:}. Words side by side must all match;
 * {@code AND} binds tighter than {@code OR}. Anything else is a {@link QuerySyntaxException}.
 */
final class QueryParser {

    private enum Kind { WORD, PHRASE, FIELD, AND, OR, NOT, OPEN, CLOSE }

    private record Token(Kind kind, String text, FieldName field, int column) {
    }

    private final String query;
    private final List<Token> tokens;
    private int next;

    private QueryParser(String query) {
        this.query = query;
        this.tokens = tokenize(query);
    }

    /** The tree of {@code query}, or {@code null} when the query is blank. */
    static QueryNode parse(String query) {
        QueryParser parser = new QueryParser(query);
        if (parser.tokens.isEmpty()) {
            return null;
        }
        QueryNode node = parser.or();
        if (parser.next < parser.tokens.size()) {
            Token t = parser.tokens.get(parser.next);
            throw parser.error(t.column(), "the closing bracket has no opening bracket");
        }
        return node;
    }

    private QueryNode or() {
        List<QueryNode> parts = new ArrayList<>();
        parts.add(and());
        while (peek(Kind.OR)) {
            Token or = tokens.get(next++);
            if (atEndOfGroup()) {
                throw error(or.column(), "OR has nothing after it");
            }
            parts.add(and());
        }
        return parts.size() == 1 ? parts.get(0) : new QueryNode.Or(parts);
    }

    private QueryNode and() {
        List<QueryNode> parts = new ArrayList<>();
        parts.add(unary());
        while (!atEndOfGroup() && !peek(Kind.OR)) {
            if (peek(Kind.AND)) {
                Token and = tokens.get(next++);
                if (atEndOfGroup() || peek(Kind.OR) || peek(Kind.AND)) {
                    throw error(and.column(), "AND has nothing after it");
                }
            }
            parts.add(unary());
        }
        return parts.size() == 1 ? parts.get(0) : new QueryNode.And(parts);
    }

    private QueryNode unary() {
        if (peek(Kind.NOT)) {
            Token not = tokens.get(next++);
            if (atEndOfGroup() || peek(Kind.AND) || peek(Kind.OR)) {
                throw error(not.column(), "NOT has nothing after it");
            }
            return new QueryNode.Not(unary());
        }
        return primary();
    }

    private QueryNode primary() {
        Token t = tokens.get(next++);
        return switch (t.kind()) {
            case WORD -> new QueryNode.Text(t.text(), false);
            case PHRASE -> new QueryNode.Text(t.text(), true);
            case FIELD -> new QueryNode.Field(t.field(), t.text(), t.column());
            case OPEN -> {
                if (peek(Kind.CLOSE)) {
                    throw error(t.column(), "the brackets are empty");
                }
                if (next >= tokens.size()) {
                    throw error(t.column(), "the bracket is never closed");
                }
                QueryNode inner = or();
                if (!peek(Kind.CLOSE)) {
                    throw error(t.column(), "the bracket is never closed");
                }
                next++;
                yield inner;
            }
            case CLOSE -> throw error(t.column(), "the closing bracket has no opening bracket");
            case AND, OR -> throw error(t.column(), t.text() + " has nothing before it");
            case NOT -> throw new IllegalStateException("NOT is read by unary()");
        };
    }

    private boolean peek(Kind kind) {
        return next < tokens.size() && tokens.get(next).kind() == kind;
    }

    private boolean atEndOfGroup() {
        return next >= tokens.size() || peek(Kind.CLOSE);
    }

    private QuerySyntaxException error(int column, String reason) {
        return new QuerySyntaxException(query, column, reason);
    }

    private List<Token> tokenize(String q) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < q.length()) {
            char c = q.charAt(i);
            if (isSpace(c)) {
                i++;
            } else if (c == '(' || c == '（') {
                out.add(new Token(Kind.OPEN, String.valueOf(c), null, i + 1));
                i++;
            } else if (c == ')' || c == '）') {
                out.add(new Token(Kind.CLOSE, String.valueOf(c), null, i + 1));
                i++;
            } else if (isQuote(c)) {
                int end = closingQuote(q, i);
                out.add(new Token(Kind.PHRASE, q.substring(i + 1, end), null, i + 1));
                i = end + 1;
            } else if (c == '-' && i + 1 < q.length() && !isSpace(q.charAt(i + 1)) && startsTerm(q, i)) {
                out.add(new Token(Kind.NOT, "-", null, i + 1));
                i++;
            } else {
                i = word(q, i, out);
            }
        }
        return out;
    }

    /** Reads a word, an operator or a prefixed field value starting at {@code start}. */
    private int word(String q, int start, List<Token> out) {
        int end = start;
        while (end < q.length() && !isBoundary(q.charAt(end))) {
            end++;
        }
        String w = q.substring(start, end);
        int colon = w.indexOf(':');
        if (colon > 0 && w.substring(0, colon).chars().allMatch(ch -> ch < 128 && Character.isLetter(ch))) {
            FieldName field = fieldNamed(w.substring(0, colon), start + 1);
            String value = w.substring(colon + 1);
            if (value.isEmpty() && end < q.length() && isQuote(q.charAt(end))) {
                int close = closingQuote(q, end);
                value = q.substring(end + 1, close);
                end = close + 1;
            }
            if (value.isBlank()) {
                throw error(start + 1, field.prefix() + ": has no value after it, as in " + example(field));
            }
            out.add(new Token(Kind.FIELD, value.strip(), field, start + 1));
            return end;
        }
        Kind kind = switch (w) {
            case "AND" -> Kind.AND;
            case "OR" -> Kind.OR;
            case "NOT" -> Kind.NOT;
            default -> Kind.WORD;
        };
        out.add(new Token(kind, w, null, start + 1));
        return end;
    }

    private FieldName fieldNamed(String prefix, int column) {
        try {
            return FieldName.valueOf(prefix.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            String known = Arrays.stream(FieldName.values()).map(f -> f.prefix() + ":").collect(Collectors.joining(" "));
            throw error(column, "there is no field " + prefix + ": (the fields are " + known + ")");
        }
    }

    private int closingQuote(String q, int open) {
        char c = q.charAt(open);
        char close = c == '“' ? '”' : c;
        for (int j = open + 1; j < q.length(); j++) {
            char d = q.charAt(j);
            if (d == close || (c == '“' && d == '"')) {
                return j;
            }
        }
        throw error(open + 1, "the quote is never closed");
    }

    private static String example(FieldName field) {
        return switch (field) {
            case REGION -> "region:370100 or region:钢城区";
            case YEAR -> "year:2021 or year:2019-2021";
            case INDICATOR -> "indicator:fdi_actual";
            case TYPE -> "type:通报";
            case PROJECT -> "project:海洋城";
            case ORG -> "org:金雷科技";
        };
    }

    /** A '-' negates only at the start of a term, not inside 2019-2021. */
    private static boolean startsTerm(String q, int i) {
        return i == 0 || isSpace(q.charAt(i - 1)) || q.charAt(i - 1) == '(' || q.charAt(i - 1) == '（';
    }

    private static boolean isBoundary(char c) {
        return isSpace(c) || c == '(' || c == ')' || c == '（' || c == '）' || isQuote(c);
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '“' || c == '”';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0';
    }
}
