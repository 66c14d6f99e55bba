package huibao.model;

import java.util.List;
import java.util.Objects;

/**
 * What extraction read around a figure, so that the dataset and the checks read records rather
 * than the text between figures (issue 9).
 *
 * @param sentence  offsets of the fact's sentence in the cleaned text of the file
 * @param lead      the words of the figure's clause just before it (after the last ，), without
 *                  headline cues: 全年新签约项目 → 新签约项目
 * @param cell      where the figure stands in a table row, or {@code null} outside tables
 * @param scopeSize the size class the scope's last part names, or {@code null}
 * @param marks     the marks of the sentence, in reading order
 */
public record Clause(Span sentence, String lead, TableCell cell, SizeClass scopeSize, List<ClauseMark> marks) {

    public Clause {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(lead, "lead");
        marks = List.copyOf(marks);
    }
}
