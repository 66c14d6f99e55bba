package huibao.extract.entity;

import huibao.model.Entity;

/**
 * A name found in a sentence, before overlapping finds are settled.
 *
 * @param kind   project or organisation
 * @param start  offset of the name's first character in the sentence
 * @param end    offset just past its last character
 * @param source the rule that found it; on the same stretch a list item wins over an ending
 */
record EntityCandidate(Entity.Kind kind, int start, int end, Source source) {

    /** The rules that find names, strongest evidence first. */
    enum Source {
        /** An item of a list whose head names industries (A、B等主导产业项目): no name at all. */
        NOT_A_NAME,
        /** An item of a list whose head names projects or firms. */
        LIST,
        /** A partner of 与A、B联合成立. */
        PARTNER,
        /** A name an amount is stated for (A到资120万美元). */
        AMOUNT,
        /** A name read back from its ending (…项目, …有限公司). */
        ENDING,
        /** HanLP's organisation recognition. */
        RECOGNISED
    }

    int length() {
        return end - start;
    }

    boolean overlaps(EntityCandidate o) {
        return start < o.end && o.start < end;
    }
}
