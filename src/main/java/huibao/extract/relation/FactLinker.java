package huibao.extract.relation;

import huibao.catalog.Catalogs;
import huibao.config.Dictionaries;
import huibao.model.Clause;
import huibao.model.ClauseMark;
import huibao.model.Fact;
import huibao.model.Report;
import huibao.model.Span;
import huibao.model.TableCell;
import huibao.text.Clauses;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The last step of fact extraction: places every fact of a report in its sentence and attaches
 * what the dataset and the checks would otherwise read from the text (issue 9): the sentence's
 * offsets, its {@link ClauseMark marks}, the words of the figure's clause before it, its table
 * cell, and the size class its scope names; then ties each completion rate to its actual level and
 * target ({@link CompletionLinks}) and each share to the figures it is of and, where the report
 * states it, its whole ({@link ShareLinks}).
 * Runs after the facts and their part-of links are built; immutable and thread-safe.
 */
public final class FactLinker {

    private final ClauseMarks marks;
    private final SizeClasses sizes;
    private final ShareLinks shares;

    /**
     * Reads the words the marks are made of from {@code dictionaries}, the whole-region words and the
     * multipliers of size classes from {@code catalogs}.
     */
    public FactLinker(Dictionaries dictionaries, Catalogs catalogs) {
        this.marks = new ClauseMarks(dictionaries, catalogs.selfWords());
        this.sizes = new SizeClasses(catalogs.unitPrefixes());
        this.shares = new ShareLinks(dictionaries, catalogs.scopes().words("area"));
    }

    /** Reads the words of the marks and the multipliers of size classes from {@code dictionaries}. */
    public FactLinker(Dictionaries dictionaries) {
        this(dictionaries, Catalogs.load(dictionaries));
    }

    /** {@code facts} of {@code report}, each with its {@link Clause} and links, in the same order. */
    public List<Fact> link(Report report, List<Fact> facts) {
        return link(report, facts, Map.of());
    }

    /**
     * {@link #link(Report, List)}, knowing the sets sentences name again (在117个新签约项目中): the id of the
     * earlier count each names, by the start of the sentence that names it; a share the sentence states of a
     * count of that set is of the set.
     */
    public List<Fact> link(Report report, List<Fact> facts, Map<Integer, String> namedSets) {
        Map<Span, List<ClauseMark>> bySentence = new HashMap<>();
        List<Fact> out = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            String s = f.sentence() == null ? "" : f.sentence();
            int start = sentenceStart(report, f, s);
            Span sentence = new Span(start, start + s.length());
            List<ClauseMark> found = bySentence.computeIfAbsent(sentence, k -> marks.of(s, start));
            int at = f.span().start() - start;
            out.add(f.withClause(new Clause(sentence, lead(s, at), cell(s, at), sizes.ofScope(f.scope()), found)));
        }
        return shares.link(CompletionLinks.link(out), namedSets);
    }

    /**
     * Where the sentence starts in the file's text: placed by the fact's span in its report's text
     * (a short figure may stand earlier in its own sentence too), else by the figure's first place
     * in the sentence.
     */
    private static int sentenceStart(Report report, Fact f, String s) {
        int placed = report == null ? -1 : report.sentenceStart(f);
        if (placed >= 0) {
            return placed;
        }
        int k = s.indexOf(f.text());
        return k < 0 ? f.span().start() : f.span().start() - k;
    }

    /** The words of the clause before the figure at {@code at}: after the last ；, ; and ，, without headline cues. */
    private String lead(String s, int at) {
        int to = Math.min(at, s.length());
        int from = Clauses.afterLast(s, Clauses.SEMICOLONS, to);
        String lead = s.substring(Math.max(0, from), Math.max(0, to));
        lead = lead.substring(Clauses.afterLast(lead, Clauses.COMMAS, lead.length()));
        for (String cue : marks.cues()) {
            lead = lead.replace(cue, "");
        }
        return lead;
    }

    /** The row label and column of a figure in a tab-separated row, or {@code null} outside tables. */
    private static TableCell cell(String s, int at) {
        int tab = s.indexOf('\t');
        if (tab < 0) {
            return null;
        }
        String before = s.substring(0, Math.max(0, Math.min(at, s.length())));
        return new TableCell(s.substring(0, tab).strip(), (int) before.chars().filter(ch -> ch == '\t').count());
    }
}
