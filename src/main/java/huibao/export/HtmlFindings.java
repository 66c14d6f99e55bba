package huibao.export;

import huibao.model.Fact;
import huibao.model.Finding;

import java.io.PrintWriter;
import java.util.List;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

/**
 * The findings report as one self-contained HTML file (UTF-8, styles inline, nothing fetched):
 * the count table, then a section per report with its errors, gaps and rounding notes, each with
 * the sentences it rests on and their figures marked.
 */
final class HtmlFindings {

    private static final String STYLE = """
            body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:2em auto;\
            max-width:60em;padding:0 1em;color:#222;line-height:1.6}
            table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #bfbfbf;padding:.2em .6em}
            th{background:#dce6f1}td.n{text-align:right}
            h2{border-bottom:2px solid #dce6f1;margin-top:2em}.byline{color:#555}
            li.finding{margin:.6em 0}.where{color:#555;font-family:monospace}
            mark{background:#fff2a8;font-weight:bold}
            .error h3{color:#9c0006}.warning h3{color:#9c5700}.info h3,.ok h3{color:#1f4e79}
            .rounding{color:#1f4e79}
            """;

    private final PrintWriter out;
    private final ReportsByDoc reports;
    private final IndicatorLabels indicators;

    HtmlFindings(PrintWriter out, ReportsByDoc reports, IndicatorLabels indicators) {
        this.out = out;
        this.reports = reports;
        this.indicators = indicators;
    }

    /** Writes the report of {@code digest}. */
    void write(FindingsDigest digest) {
        out.print("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n"
                + "<title>核查发现</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n");
        out.print("<h1>核查发现</h1>\n<p>" + escapeHtml4(digest.summary()) + "</p>\n");
        counts(digest);
        for (FindingsDigest.Group g : digest.groups()) {
            out.print("<section>\n<h2>" + escapeHtml4(g.heading(reports)) + "</h2>\n<p class=\"byline\">"
                    + escapeHtml4(g.byline()) + "</p>\n");
            for (Finding.Severity severity : Finding.Severity.values()) {
                List<Finding> findings = g.of(severity);
                if (!findings.isEmpty()) {
                    out.print("<div class=\"" + severity.id() + "\">\n<h3>" + severity.label() + "（" + findings.size()
                            + "）</h3>\n<ul>\n");
                    findings.forEach(this::finding);
                    out.print("</ul>\n</div>\n");
                }
            }
            out.print("</section>\n");
        }
        if (!digest.clean().isEmpty()) {
            out.print("<section>\n<h2>未发现问题的报告</h2>\n<ul>\n");
            for (FindingsDigest.Group g : digest.clean()) {
                out.print("<li>" + escapeHtml4(g.heading(reports)) + "：" + escapeHtml4(g.byline()) + "</li>\n");
            }
            out.print("</ul>\n</section>\n");
        }
        out.print("</body>\n</html>\n");
        out.flush();
    }

    private void counts(FindingsDigest digest) {
        List<Finding.Severity> severities = digest.severities();
        out.print("<table class=\"counts\">\n<tr><th>类别</th>");
        severities.forEach(s -> out.print("<th>" + s.label() + "</th>"));
        out.print("<th>合计</th></tr>\n");
        for (Finding.Kind kind : digest.kinds()) {
            countRow(digest, kind.label(), kind, severities);
        }
        countRow(digest, "合计", null, severities);
        out.print("</table>\n");
    }

    private void countRow(FindingsDigest digest, String label, Finding.Kind kind, List<Finding.Severity> severities) {
        out.print("<tr><th>" + label + "</th>");
        severities.forEach(s -> out.print("<td class=\"n\">" + digest.count(kind, s) + "</td>"));
        out.print("<td class=\"n\">" + digest.count(kind, null) + "</td></tr>\n");
    }

    private void finding(Finding f) {
        out.print("<li class=\"finding\"><strong>" + escapeHtml4(FindingWords.headline(f, indicators)) + "</strong>："
                + escapeHtml4(f.message()));
        String comparison = FindingWords.comparison(f);
        if (!comparison.isEmpty() || f.roundingOnly()) {
            out.print("<br>" + escapeHtml4(comparison));
            if (f.roundingOnly()) {
                out.print((comparison.isEmpty() ? "" : "；") + "<span class=\"rounding\">" + FindingWords.ROUNDING_ONLY
                        + "</span>");
            }
        }
        if (!f.facts().isEmpty()) {
            out.print("\n<ul>\n");
            for (Fact fact : f.facts()) {
                out.print("<li><span class=\"where\">" + escapeHtml4(FindingWords.where(fact)) + "</span>："
                        + sentence(fact) + "</li>\n");
            }
            out.print("</ul>");
        }
        out.print("</li>\n");
    }

    private String sentence(Fact fact) {
        FigureInSentence s = FigureInSentence.of(fact, reports.get(fact.doc()));
        if (!s.located()) {
            return escapeHtml4(s.before()) + "（<mark>" + escapeHtml4(s.shownFigure()) + "</mark>）";
        }
        return escapeHtml4(s.before()) + "<mark>" + escapeHtml4(s.shownFigure()) + "</mark>" + escapeHtml4(s.after());
    }
}
