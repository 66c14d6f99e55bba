package huibao.ingest;

/**
 * One job of the cleaning chain, like a Lucene TokenFilter: it reads the text the step before it
 * left and declares its edits. A step may only delete characters or replace them one for one, so
 * that every cleaned offset still points at a raw one.
 */
interface CleaningStep {

    /** Declares this step's edits of {@code text} on {@code edit}, in ascending order of offset. */
    void apply(String text, TextEdit edit);
}
