package huibao.export;

import huibao.catalog.Indicator;
import huibao.catalog.IndicatorCatalog;

import java.util.HashMap;
import java.util.Map;

/** The headings of indicators as {@code indicators.tsv} writes them ("实际使用外资"). */
final class IndicatorLabels {

    private final Map<String, String> labels = new HashMap<>();

    IndicatorLabels(IndicatorCatalog catalog) {
        for (Indicator ind : catalog.all()) {
            labels.put(ind.id(), ind.label());
        }
    }

    /** The label of {@code indicator}, the id itself when the dictionary has none, "" for {@code null}. */
    String of(String indicator) {
        if (indicator == null) {
            return "";
        }
        String label = labels.get(indicator);
        return label == null || label.isEmpty() ? indicator : label;
    }
}
