package huibao.index;

/**
 * A query that cannot be read. The message quotes the query and says what is wrong and where,
 * for the analyst to read as it is.
 */
public final class QuerySyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String query;
    private final int column;
    private final String reason;

    /**
     * @param query  the query as typed
     * @param column 1-based position of the trouble in the query
     * @param reason what is wrong, as a sentence without the query
     */
    public QuerySyntaxException(String query, int column, String reason) {
        super("cannot read the query \"" + query + "\": " + reason + " (at column " + column + ")");
        this.query = query;
        this.column = column;
        this.reason = reason;
    }

    /** The query as typed. */
    public String query() {
        return query;
    }

    /** 1-based position of the trouble in the query. */
    public int column() {
        return column;
    }

    /** What is wrong, without the query. */
    public String reason() {
        return reason;
    }
}
