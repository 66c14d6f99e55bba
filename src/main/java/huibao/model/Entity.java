package huibao.model;

import java.util.Objects;

/**
 * A named thing in a report: a project, a company or institution, or a place.
 *
 * @param doc      the report it appears in
 * @param kind     project, organisation or place
 * @param name     the name as written
 * @param span     offsets of the name in the file's cleaned text
 * @param sentence the sentence that mentions it
 * @param stage    for projects: 在谈, 签约, 开工, 在建, 竣工投产, or {@code null}
 * @param investor for projects: the investing company as written, or {@code null}
 * @param factId   for projects: id of the fact stating its investment, or {@code null}
 * @param code     for places: the GB/T 2260 code the name resolves to, or {@code null} when it does not
 *                 resolve (masked, ambiguous)
 */
public record Entity(
        String doc,
        Kind kind,
        String name,
        Span span,
        String sentence,
        String stage,
        String investor,
        String factId,
        String code) {

    /** The kinds of named things huibao collects. */
    public enum Kind {
        PROJECT, ORGANIZATION, PLACE;

        /** Lower-case identifier for outputs. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Entity {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(span, "span");
    }
}
