package huibao.ingest;

import huibao.config.Dictionaries;

/** The packaged cleaning rules and a way to run one step alone. */
final class Cleaning {

    static final Dictionaries DICTIONARIES = Dictionaries.packaged();
    static final BoilerplateRules BOILERPLATE = BoilerplateRules.from(DICTIONARIES);
    static final CleaningRules RULES = CleaningRules.from(DICTIONARIES);

    private Cleaning() {
    }

    /** What {@code step} makes of {@code text}. */
    static String run(CleaningStep step, String text) {
        TextEdit edit = new TextEdit(text);
        step.apply(text, edit);
        return edit.text();
    }

    static TextCleaner cleaner() {
        return new TextCleaner(BOILERPLATE, RULES);
    }
}
