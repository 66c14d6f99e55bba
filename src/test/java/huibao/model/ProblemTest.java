package huibao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A problem is one line for the analyst, whatever the file is called. */
class ProblemTest {

    @Test
    void aFileNameWithControlCharactersPrintsEscapedOnOneLine() {
        Problem p = new Problem("reports/a\nfailed   b\t\r.docx", null, Problem.Kind.EMPTY, "no text in the file");
        assertEquals("reports/a\\nfailed   b\\t\\r.docx: empty: no text in the file", p.toString());
    }

    @Test
    void invisibleCharactersThatReorderOrHideTextAreShownByTheirCode() {
        // U+202E turns the rest of a line around; U+0007 rings the terminal's bell
        assertEquals("报告\\u202excod.exe\\u0007", Problem.printable("报告\u202excod.exe\u0007"));
        assertEquals("蕴川区 2024年.docx", Problem.printable("蕴川区 2024年.docx"));
    }
}
