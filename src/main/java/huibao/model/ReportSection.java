package huibao.model;

import java.util.Objects;

/**
 * One report inside a file's cleaned text: the whole file, or one piece of a compilation.
 *
 * @param index 0 for a file holding one report; 1, 2, ... for the reports of a compilation
 * @param title the report's title line as written, or {@code null} when it has none
 * @param range where the report lies in the file's cleaned text (title included)
 */
public record ReportSection(int index, String title, Span range) {

    public ReportSection {
        Objects.requireNonNull(range, "range");
        if (index < 0) {
            throw new IllegalArgumentException("negative report index " + index);
        }
    }

    /** The report's address: "file" for a single report, "file#n" inside a compilation. */
    public String docId(String file) {
        return index == 0 ? file : file + "#" + index;
    }
}
