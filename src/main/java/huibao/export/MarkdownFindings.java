package huibao.export;

import huibao.model.Fact;
import huibao.model.Finding;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The findings report in Markdown: the count table, then a section per report with its errors,
 * gaps and rounding notes, each with the sentences it rests on and their figures in bold.
 */
final class MarkdownFindings {

    private static final Pattern ENTITY = Pattern.compile("&#?[A-Za-z0-9]+;");

    private final PrintWriter out;
    private final ReportsByDoc reports;
    private final IndicatorLabels indicators;

    MarkdownFindings(PrintWriter out, ReportsByDoc reports, IndicatorLabels indicators) {
        this.out = out;
        this.reports = reports;
        this.indicators = indicators;
    }

    /** Writes the report of {@code digest}. */
    void write(FindingsDigest digest) {
        out.print("# 核查发现\n\n" + escape(digest.summary()) + "\n\n");
        counts(digest);
        for (FindingsDigest.Group g : digest.groups()) {
            out.print("## " + escape(g.heading(reports)) + "\n\n" + escape(g.byline()) + "\n\n");
            for (Finding.Severity severity : Finding.Severity.values()) {
                List<Finding> findings = g.of(severity);
                if (!findings.isEmpty()) {
                    out.print("### " + severity.label() + "（" + findings.size() + "）\n\n");
                    findings.forEach(this::finding);
                    out.print("\n");
                }
            }
        }
        if (!digest.clean().isEmpty()) {
            out.print("## 未发现问题的报告\n\n");
            for (FindingsDigest.Group g : digest.clean()) {
                out.print("- " + escape(g.heading(reports)) + "：" + escape(g.byline()) + "\n");
            }
            out.print("\n");
        }
        out.flush();
    }

    private void counts(FindingsDigest digest) {
        List<Finding.Severity> severities = digest.severities();
        StringBuilder head = new StringBuilder("| 类别 |");
        StringBuilder rule = new StringBuilder("| --- |");
        for (Finding.Severity s : severities) {
            head.append(' ').append(s.label()).append(" |");
            rule.append(" ---: |");
        }
        out.print(head + " 合计 |\n" + rule + " ---: |\n");
        for (Finding.Kind kind : digest.kinds()) {
            countRow(digest, kind.label(), kind, severities);
        }
        countRow(digest, "合计", null, severities);
        out.print("\n");
    }

    private void countRow(FindingsDigest digest, String label, Finding.Kind kind, List<Finding.Severity> severities) {
        StringBuilder line = new StringBuilder("| " + label + " |");
        for (Finding.Severity s : severities) {
            line.append(' ').append(digest.count(kind, s)).append(" |");
        }
        out.print(line + " " + digest.count(kind, null) + " |\n");
    }

    private void finding(Finding f) {
        List<String> notes = new ArrayList<>();
        String comparison = FindingWords.comparison(f);
        if (!comparison.isEmpty()) {
            notes.add(escape(comparison));
        }
        if (f.roundingOnly()) {
            notes.add(FindingWords.ROUNDING_ONLY);
        }
        out.print("- **" + escape(FindingWords.headline(f, indicators)) + "**：" + escape(f.message()));
        if (!notes.isEmpty()) {
            // a backslash before the line break keeps the note on a line of its own
            out.print("\\\n  " + String.join("；", notes));
        }
        out.print("\n");
        for (Fact fact : f.facts()) {
            out.print("  - " + escape(FindingWords.where(fact)) + "：" + sentence(fact) + "\n");
        }
    }

    private String sentence(Fact fact) {
        FigureInSentence s = FigureInSentence.of(fact, reports.get(fact.doc()));
        if (!s.located()) {
            return escape(s.before()) + "（" + bold("", escape(s.shownFigure()), "") + "）";
        }
        String before = escape(s.before());
        String after = escape(s.after());
        return before + bold(before, escape(s.shownFigure()), after) + after;
    }

    /**
     * The figure in bold. CommonMark opens {@code **} before punctuation only after a space or
     * punctuation, and closes it after punctuation only before one (外资**XX%**的 stays literal),
     * so where the neighbours would keep the delimiters from counting, a zero-width space inside
     * them does.
     */
    private static String bold(String before, String figure, String after) {
        boolean openBlocked = punctuation(figure.codePointAt(0)) && !before.isEmpty()
                && !spaceOrPunctuation(before.codePointBefore(before.length()));
        boolean closeBlocked = punctuation(figure.codePointBefore(figure.length())) && !after.isEmpty()
                && !spaceOrPunctuation(after.codePointAt(0));
        return (openBlocked ? "**\u200B" : "**") + figure + (closeBlocked ? "\u200B**" : "**");
    }

    private static boolean spaceOrPunctuation(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || punctuation(c);
    }

    /** Unicode punctuation as CommonMark counts it: the P and S categories. */
    private static boolean punctuation(int c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                 Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    /**
     * Text with what Markdown would read as markup escaped (emphasis, code, links, tags, tables,
     * entities such as {@code &amp;}); line breaks become spaces. Text never starts a line here,
     * so marks that only count there (# headings, > quotes) stay as written.
     */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[<|~".indexOf(c) >= 0 || c == '&' && ENTITY.matcher(text).region(i, text.length()).lookingAt()) {
                sb.append('\\');
            }
            sb.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return sb.toString();
    }
}
