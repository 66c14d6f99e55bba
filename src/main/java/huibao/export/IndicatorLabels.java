package huibao.export;

import huibao.config.Dictionaries;

import java.util.HashMap;
import java.util.Map;

/** The headings of indicators as {@code indicators.tsv} writes them ("实际使用外资"). */
final class IndicatorLabels {

    private final Map<String, String> labels = new HashMap<>();

    IndicatorLabels(Dictionaries dictionaries) {
        for (Dictionaries.Table.Row row : dictionaries.table("indicators.tsv", "id", "label").rows()) {
            labels.put(row.get("id"), row.get("label"));
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
