package huibao.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordMatcherTest {

    private static WordMatcher<String> matcher(String... words) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String w : words) {
            m.put(w, "v:" + w);
        }
        return new WordMatcher<>(m);
    }

    private static List<String> found(List<WordMatcher.Match<String>> matches) {
        return matches.stream().map(m -> m.start() + "-" + m.end() + " " + m.word() + " " + m.value()).toList();
    }

    @Test
    void findsEveryOccurrenceOverlappingOnesIncludedByStartThenLongest() {
        WordMatcher<String> indicators = matcher("外资", "实际使用外资", "使用", "实际", "资");
        assertEquals(List.of(
                        "0-6 实际使用外资 v:实际使用外资", "0-2 实际 v:实际",
                        "2-4 使用 v:使用",
                        "4-6 外资 v:外资",
                        "5-6 资 v:资",
                        "16-18 外资 v:外资",
                        "17-18 资 v:资"),
                found(indicators.findAll("实际使用外资16.7亿美元，利用外资增长")));
    }

    @Test
    void aWordThatRunsPastTheEndOfTheTextIsNotFound() {
        WordMatcher<String> stages = matcher("新签约项目", "签约");
        assertEquals(List.of("1-3 签约 v:签约"), found(stages.findAll("新签约项")));
    }

    @Test
    void readsLeftmostLongestLikeADictionarySegmenter() {
        WordMatcher<String> words = matcher("招商", "招商引资", "引资", "资金", "到位资金");
        assertEquals(List.of("0-4 招商引资 v:招商引资", "4-8 到位资金 v:到位资金"),
                found(words.findLongest("招商引资到位资金")));
    }

    @Test
    void aTextWithoutTheVocabularysCharactersHasNoMatch() {
        WordMatcher<String> words = matcher("项目", "签约");
        assertTrue(words.findAll("实际使用外资16.7亿美元").isEmpty());
        assertFalse(words.containsAny("增长32.8%"));
        assertTrue(words.containsAny("新签约项目25个"));
        assertTrue(matcher().findAll("项目").isEmpty());
    }

    @Test
    void singleCharactersAndLatinWordsAreWordsToo() {
        WordMatcher<String> marks = matcher("余", "GDP", "G");
        assertEquals(List.of("0-3 GDP v:GDP", "0-1 G v:G", "8-9 余 v:余"), found(marks.findAll("GDP增长 20余个")));
    }
}
