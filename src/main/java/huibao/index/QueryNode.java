package huibao.index;

import java.util.List;

/** The analyst's query read into a tree, before it meets the index's analyzers. */
sealed interface QueryNode {

    /**
     * A word or a quoted phrase of free text.
     *
     * @param text   the word or phrase as typed
     * @param quoted whether it was in quotes, to be matched only as it stands
     */
    record Text(String text, boolean quoted) implements QueryNode {
    }

    /**
     * A value for one of the prefixed fields.
     *
     * @param field  the prefix, lower-case
     * @param value  the value as typed
     * @param column 1-based column of the prefix, for messages
     */
    record Field(FieldName field, String value, int column) implements QueryNode {
    }

    /** Every part must match. */
    record And(List<QueryNode> parts) implements QueryNode {
        public And {
            parts = List.copyOf(parts);
        }
    }

    /** At least one part must match. */
    record Or(List<QueryNode> parts) implements QueryNode {
        public Or {
            parts = List.copyOf(parts);
        }
    }

    /** The part must not match. */
    record Not(QueryNode part) implements QueryNode {
    }

    /** The field prefixes a query may use. */
    enum FieldName {
        REGION, YEAR, INDICATOR, TYPE, PROJECT, ORG;

        /** The prefix as typed, without the colon. */
        String prefix() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
