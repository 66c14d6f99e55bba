package huibao.project;

import huibao.catalog.StageCatalog;

import java.util.List;

/**
 * The order a project goes through its stages (在谈, 签约, 开工, 在建, 竣工投产): the labels of
 * {@code dictionaries/entities-stages.tsv} in the order of its rows, the same labels extraction
 * gives project mentions.
 */
final class StageLadder {

    private final List<String> labels;

    StageLadder(StageCatalog stages) {
        this.labels = List.copyOf(stages.labels().values());
    }

    /**
     * The stage's place on the ladder, 0 for the first; a label the ladder does not hold (an
     * archive extracted with other dictionaries) goes after every known one.
     */
    int rank(String label) {
        int i = labels.indexOf(label);
        return i < 0 ? labels.size() : i;
    }
}
