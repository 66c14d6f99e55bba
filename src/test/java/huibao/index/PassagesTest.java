package huibao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import huibao.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cutting report text into the passages hits show. */
class PassagesTest {

    private static List<String> passages(String text) {
        return Passages.split(text, 0).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void cutsAtSentenceEndsAndLineBreaksAndTrimsIndent() {
        assertEquals(List.of("一、上半年招商引资工作完成情况", "实到外资405万美元。", "完成任务数的11.57%；", "另外，引进农业项目3个！"),
                passages("　　一、上半年招商引资工作完成情况\n　　实到外资405万美元。完成任务数的11.57%；另外，引进农业项目3个！\n"));
    }

    @Test
    void keepsClosingQuotesWithTheirSentence() {
        assertEquals(List.of("坚持招商引资“一号工程。”", "不动摇。"), passages("坚持招商引资“一号工程。”不动摇。"));
    }

    @Test
    void offsetsPointIntoTheFile() {
        assertEquals(List.of(new Span(102, 108), new Span(110, 113)), Passages.split("新签约项目。\r\n开工。", 102));
    }

    @Test
    void cutsALongSentenceAtACommaWithinReach() {
        String clause = "引进项目总投资37.35亿元，";
        String text = clause.repeat(20) + "完成全年任务。";
        List<String> parts = passages(text);
        assertTrue(parts.stream().allMatch(p -> p.length() <= Passages.MAX_LENGTH));
        assertEquals(text, String.join("", parts));
        assertTrue(parts.get(0).endsWith("，"));
    }

    @Test
    void blankTextHasNoPassages() {
        assertEquals(List.of(), passages(" \n　\n"));
    }
}
