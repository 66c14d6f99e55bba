package huibao;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The annotated sets of reports the tests read, each a folder of {@code src/test/resources/sets/}
 * with its reports in {@code reports/}, its hand-made gold beside them in {@code gold/}, a README.md
 * and the approved output of {@code huibao extract --format jsonl} ({@code approved-facts.jsonl}).
 *
 * <p>The sample city's reports as an analyst receives them (Word, PDF, GBK text) are the top-level
 * {@code corpus/}, rendered from the UTF-8 reports of its set by {@code huibao.corpus.CorpusBuilder};
 * its gold names the rendered files. The real seed reports and their gold stay in
 * {@code ../shared/seeds}; only their approved facts, without their text, are in the project.
 */
public final class TestSets {

    /** The folder of every set. */
    public static final Path SETS = Path.of("src", "test", "resources", "sets");

    /** The fictional city 澜州市: the sources of {@code corpus/}, their gold and planted problems. */
    public static final AnnotatedSet SAMPLE_CITY = new AnnotatedSet("sample-city", SETS.resolve("sample-city"));

    /** The sample city's reports as the analyst receives them, rendered from its set. */
    public static final Path CORPUS = Path.of("corpus");

    /** The real seed reports, outside the project; tests that read them skip when they are absent. */
    public static final Path SEEDS = Path.of("..", "shared", "seeds");

    /** The seeds' derived data kept in the project (approved facts without the reports' text). */
    public static final AnnotatedSet SEED_SET = new AnnotatedSet("seeds", SETS.resolve("seeds"));

    /** Eight reports of a city, a hi-tech zone, counties, a district and a town, annotated blind. */
    public static final AnnotatedSet BLIND_CITY_TO_TOWN = blind("blind-city-to-town");

    /** Eight bulletins, summaries and a speech, trade figures and slogans among them, annotated blind. */
    public static final AnnotatedSet BLIND_BULLETINS_AND_SPEECH = blind("blind-bulletins-and-speech");

    /** Eight reports with industry chains, key-project lists and a county-and-town compilation, annotated blind. */
    public static final AnnotatedSet BLIND_CHAINS_AND_COMPILATION = blind("blind-chains-and-compilation");

    /** Eight reports with project stages, street breakdowns, mixed currencies and a table, annotated blind. */
    public static final AnnotatedSet BLIND_STAGES_AND_CURRENCIES = blind("blind-stages-and-currencies");

    /** The four blind sets in the order they were written. */
    public static final List<AnnotatedSet> BLIND = List.of(BLIND_CITY_TO_TOWN, BLIND_BULLETINS_AND_SPEECH,
            BLIND_CHAINS_AND_COMPILATION, BLIND_STAGES_AND_CURRENCIES);

    private TestSets() {
    }

    /** Whether the real seed reports and their gold are here. */
    public static boolean seedsArePresent() {
        return Files.isDirectory(SEEDS.resolve("gold"));
    }

    private static AnnotatedSet blind(String name) {
        return new AnnotatedSet(name, SETS.resolve(name));
    }

    /**
     * One set of reports with its gold.
     *
     * @param name the set's folder name, which the tests print as its display name
     * @param dir  the set's folder
     */
    public record AnnotatedSet(String name, Path dir) {

        /** The reports as UTF-8 text (for the sample city, the sources of {@code corpus/}). */
        public Path reports() {
            return dir.resolve("reports");
        }

        /** One gold JSON per report file. */
        public Path gold() {
            return dir.resolve("gold");
        }

        /** The facts {@code huibao extract --format jsonl} printed when they were last approved. */
        public Path approvedFacts() {
            return dir.resolve("approved-facts.jsonl");
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
