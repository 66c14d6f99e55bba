package huibao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Equal scores settle by doc id in every archive, whatever their last bits (issue 13). */
class TieOrderTest {

    private static TieOrder.Ranked<String> hit(String doc, long day, float score) {
        return new TieOrder.Ranked<>(doc, day, score);
    }

    private static List<String> docs(List<TieOrder.Ranked<String>> ranked) {
        return ranked.stream().map(TieOrder.Ranked::hit).toList();
    }

    private static List<TieOrder.Ranked<String>> settle(List<TieOrder.Ranked<String>> ranked, int limit) {
        return TieOrder.settle(ranked, limit, doc -> doc);
    }

    @Test
    void scoresEqualButForTheirLastBitsAreATieOrderedByDoc() {
        float a = 3.2186437f;
        float b = Math.nextUp(Math.nextUp(a));
        assertEquals(List.of("2024h1-city.docx", "2024h1-luting.pdf", "2023-luting-annual.txt"),
                docs(settle(List.of(hit("2024h1-luting.pdf", 0, b), hit("2024h1-city.docx", 0, a),
                        hit("2023-luting-annual.txt", 0, 1.5f)), 10)));
    }

    @Test
    void clearlyDifferentScoresKeepTheirOrder() {
        assertEquals(List.of("b", "a"),
                docs(settle(List.of(hit("b", 0, 2.0001f), hit("a", 0, 2.0f)), 10)));
    }

    @Test
    void aTieAtThePageEndSettlesOverTheHitsFetchedPastIt() {
        List<TieOrder.Ranked<String>> fetched = List.of(hit("c", 0, 5f), hit("z", 0, 1f), hit("y", 0, 1f),
                hit("x", 0, 1f));
        assertEquals(List.of("c", "x"), docs(settle(fetched, 2)));
    }

    @Test
    void aSearchWithoutTiesAsksForNoDocId() {
        List<String> asked = new java.util.ArrayList<>();
        TieOrder.settle(List.of(hit("b", 0, 3f), hit("a", 0, 2f), hit("c", 0, 1f), hit("d", 0, 1f)), 2, doc -> {
            asked.add(doc);
            return doc;
        });
        assertEquals(List.of(), asked);
    }

    @Test
    void sortedByDateOnlyOneDaysReportsTie() {
        assertEquals(List.of("b", "a", "c"), docs(settle(List.of(hit("b", 20240710, 1f),
                hit("a", 20240630, 1f), hit("c", Long.MIN_VALUE, 1f)), 10)));
    }
}
