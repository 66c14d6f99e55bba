package huibao.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One figure read from a report, in the shape of the fact contract ({@code shared/spec/facts.md}).
 * Every field that an output prints comes from here, so that any number can be traced back to its
 * sentence and offsets.
 *
 * @param id           stable identifier: the doc id and the start offset, "002.docx@120"
 * @param doc          the file as given, with "#n" for the n-th report of a compilation
 * @param region       reporting region's normalised name, or {@code null} when unknown or masked
 * @param regionCode   GB/T 2260 code of the reporting region, or {@code null}
 * @param period       the period the figure covers
 * @param indicator    canonical indicator id ("fdi_actual"), "other" when none fits
 * @param measure      what the figure says about the indicator
 * @param scope        qualifiers taken from the text in reading order (sub-region, source, sector,
 *                     size class), empty when none; outputs join them with "; "
 * @param text         exact substring of the cleaned text that carries the figure
 * @param value        the number as written, or {@code null} when redacted
 * @param valueMax     upper bound of a range as written, else {@code null}
 * @param unit         the unit as written ("亿元", "个", "%"), or {@code null} when none is written
 * @param baseValue    the value in the base unit, exact; {@code null} when redacted
 * @param baseValueMax upper bound of a range in the base unit, else {@code null}
 * @param baseUnit     CNY, USD, count, percent, pp, rank, mu, m2 ...
 * @param approx       whether the figure is hedged on itself (约, 近, 余, 多, 超, 以上)
 * @param project      the named project the figure belongs to, or {@code null}
 * @param versus       what a rank, change, completion or target compares with, or {@code null}
 * @param redacted     whether the number is masked (XX, *, ×, blank)
 * @param sentence     the whole sentence that holds the figure
 * @param span         offsets of {@code text} in the cleaned text of the file
 * @param links        ties to other facts of the report: the total it is a part of (其中, 分别 breakdowns),
 *                     a completion rate's actual level and target
 * @param clause       what extraction read around the figure (sentence offsets, marks, table cell),
 *                     or {@code null} before extraction has placed it
 * @param ocr          whether the figure was read by OCR (a scanned page or image): its digits may be misread
 */
public record Fact(
        String id,
        String doc,
        String region,
        String regionCode,
        Period period,
        String indicator,
        Measure measure,
        List<String> scope,
        String text,
        BigDecimal value,
        BigDecimal valueMax,
        String unit,
        BigDecimal baseValue,
        BigDecimal baseValueMax,
        BaseUnit baseUnit,
        boolean approx,
        String project,
        String versus,
        boolean redacted,
        String sentence,
        Span span,
        List<FactLink> links,
        Clause clause,
        boolean ocr) {

    /** The indicator id for figures that no canonical indicator fits. */
    public static final String OTHER = "other";

    public Fact {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(baseUnit, "baseUnit");
        Objects.requireNonNull(span, "span");
        scope = scope == null ? List.of() : List.copyOf(scope);
        links = links == null ? List.of() : List.copyOf(links);
        if (redacted != (value == null)) {
            throw new IllegalArgumentException("a fact has a value exactly when it is not redacted: " + text);
        }
        if (redacted && baseValue != null) {
            throw new IllegalArgumentException("a redacted fact has no base value: " + text);
        }
        if (span.length() != text.length()) {
            throw new IllegalArgumentException("span " + span + " does not fit text '" + text + "'");
        }
    }

    /** A figure read from text, not by OCR. */
    public Fact(String id, String doc, String region, String regionCode, Period period, String indicator,
            Measure measure, List<String> scope, String text, BigDecimal value, BigDecimal valueMax, String unit,
            BigDecimal baseValue, BigDecimal baseValueMax, BaseUnit baseUnit, boolean approx, String project,
            String versus, boolean redacted, String sentence, Span span, List<FactLink> links, Clause clause) {
        this(id, doc, region, regionCode, period, indicator, measure, scope, text, value, valueMax, unit, baseValue,
                baseValueMax, baseUnit, approx, project, versus, redacted, sentence, span, links, clause, false);
    }

    /** A copy flagged as read by OCR. */
    public Fact withOcr() {
        return new Fact(id, doc, region, regionCode, period, indicator, measure, scope, text, value, valueMax,
                unit, baseValue, baseValueMax, baseUnit, approx, project, versus, redacted, sentence, span, links, clause,
                true);
    }

    /** Whether the figure is a range such as 6至8亿元. */
    public boolean isRange() {
        return valueMax != null;
    }

    /** The scope as the fact contract writes it: its parts joined with "; ", or {@code null} when none. */
    public String scopeText() {
        return scope.isEmpty() ? null : String.join("; ", scope);
    }

    /** Id of the fact this one is a part of (其中, 分别 breakdowns), or {@code null}. */
    public String partOf() {
        return linked(FactLink.Kind.PART_OF);
    }

    /** Id of the fact this one is linked to as {@code kind}, or {@code null}. */
    public String linked(FactLink.Kind kind) {
        for (FactLink l : links) {
            if (l.kind() == kind) {
                return l.fact();
            }
        }
        return null;
    }

    /** A copy with another indicator, measure and scope, as attribution refines them. */
    public Fact withAttribution(String newIndicator, Measure newMeasure, List<String> newScope) {
        return new Fact(id, doc, region, regionCode, period, newIndicator, newMeasure, newScope, text, value, valueMax,
                unit, baseValue, baseValueMax, baseUnit, approx, project, versus, redacted, sentence, span, links, clause, ocr);
    }

    /** A copy tied to the parent fact it is a part of. */
    public Fact withPartOf(String parentId) {
        List<FactLink> tied = new ArrayList<>(links);
        tied.removeIf(l -> l.kind() == FactLink.Kind.PART_OF);
        tied.add(new FactLink(FactLink.Kind.PART_OF, parentId));
        return new Fact(id, doc, region, regionCode, period, indicator, measure, scope, text, value, valueMax,
                unit, baseValue, baseValueMax, baseUnit, approx, project, versus, redacted, sentence, span, tied, clause, ocr);
    }

    /** A copy with {@code newLinks} to other facts. */
    public Fact withLinks(List<FactLink> newLinks) {
        return new Fact(id, doc, region, regionCode, period, indicator, measure, scope, text, value, valueMax,
                unit, baseValue, baseValueMax, baseUnit, approx, project, versus, redacted, sentence, span, newLinks, clause, ocr);
    }

    /** A copy placed in its sentence by extraction. */
    public Fact withClause(Clause newClause) {
        return new Fact(id, doc, region, regionCode, period, indicator, measure, scope, text, value, valueMax,
                unit, baseValue, baseValueMax, baseUnit, approx, project, versus, redacted, sentence, span, links, newClause, ocr);
    }
}
