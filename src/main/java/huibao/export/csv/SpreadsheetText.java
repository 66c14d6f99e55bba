package huibao.export.csv;

/**
 * Text for a CSV cell that a spreadsheet will open. Excel and LibreOffice read a cell beginning
 * with {@code = + - @}, a tab or a carriage return as a formula, so a file named
 * {@code =HYPERLINK(…)} would become a live link; such text gets a leading {@code '}, which the
 * spreadsheet shows as text. Only text goes through here: numbers huibao computed (a growth of
 * -3.2) are written as they are, so they stay numbers.
 */
final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** {@code text} as a spreadsheet shows it verbatim; {@code null} stays {@code null}. */
    static String text(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    /** {@link #text(String)} of {@code value}'s text; {@code null} stays {@code null}. */
    static String text(Object value) {
        return value == null ? null : text(value.toString());
    }
}
