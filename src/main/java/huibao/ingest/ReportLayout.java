package huibao.ingest;

import huibao.model.Problem;
import huibao.model.ReportSection;
import java.util.List;

/**
 * The reports found in a cleaned text, and what the splitter could not settle.
 *
 * @param sections the reports in order: one section with index 0, or sections 1..n of a compilation
 * @param problems entries of a table of contents whose report was not found, with the entry's span
 */
record ReportLayout(List<ReportSection> sections, List<Problem> problems) {

    ReportLayout {
        sections = List.copyOf(sections);
        problems = List.copyOf(problems);
    }
}
