package huibao.model;

import java.util.Objects;

/**
 * A fact's tie to another fact of its report, made by extraction so that later stages follow
 * ids instead of reading the text between figures.
 *
 * @param kind what the other fact is to this one
 * @param fact the other fact's id ("002.docx@120")
 */
public record FactLink(Kind kind, String fact) {

    /** What a linked fact is to the fact that holds the link. */
    public enum Kind {
        /** The total this fact is a 其中 or 分别 part of. */
        PART_OF("part_of"),
        /**
         * The level a completion rate is of (实际利用外资1740万美元，完成…的168.1%), or the figure a task
         * in brackets is set for (上报到位资金27亿元（任务数25亿元）: on the target, to 27亿元).
         */
        ACTUAL("actual"),
        /** The target a completion rate is measured against, in its phrase or the report's one for the year. */
        TARGET("target"),
        /** The level just before a share, closing the figures the share is of. */
        PART("part"),
        /** One of the figures a share is of, in reading order (one, or several listed with 合计). */
        SHARE_OF("share_of"),
        /**
         * The whole a share is of, where the report states it: written in the share's phrase
         * (占目标任务11000万元的), the total its part is a 其中 part of, the count a rate's definition
         * divides by (开工率 over the signed projects), or the unscoped total of a scoped part.
         */
        WHOLE("whole");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** The kind's name in outputs and in the index. */
        public String id() {
            return id;
        }

        /** The kind of {@code id}. */
        public static Kind of(String id) {
            for (Kind k : values()) {
                if (k.id.equals(id)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown link kind: " + id);
        }
    }

    public FactLink {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fact, "fact");
    }
}
