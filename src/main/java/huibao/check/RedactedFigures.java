package huibao.check;

import huibao.model.Fact;
import huibao.model.Finding;

import java.util.List;

/** Every masked figure (XX亿元, *个, ×× 万美元, a blank before 亿元) is a gap the analyst must fill. */
final class RedactedFigures implements Check {

    @Override
    public void run(CheckContext c, List<Finding> out) {
        for (ReportFacts r : c.reports()) {
            for (Fact f : r.facts) {
                if (f.redacted()) {
                    String shown = f.text().strip().isEmpty() || f.text().strip().equals(f.unit()) ? "（空白）" + f.text().strip()
                            : f.text().strip();
                    out.add(new Finding(Finding.Kind.REDACTED, Finding.Severity.WARNING, f.doc(), f.indicator(),
                            List.of(f), null, shown, c.words().label(f.indicator()) + "数字缺失：" + shown, false));
                }
            }
        }
    }
}
