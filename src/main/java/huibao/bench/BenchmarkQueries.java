package huibao.bench;

import huibao.index.SearchRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A mix of the searches an analyst runs against an archive of {@link GeneratedReports}: common
 * words, proper nouns (company brands, cities, districts), quoted phrases, field queries
 * ({@code region:}, {@code year:}, {@code project:}, {@code org:}, {@code indicator:}), boolean
 * combinations, and words within a region or a year as the command line's filters give them.
 * Deterministic for a seed.
 */
public final class BenchmarkQueries {

    /** Words of the genre, each found in the sample corpus. */
    private static final List<String> WORDS = List.of("招商引资", "外资", "实际使用外资", "产业园", "新能源", "智能制造",
            "营商环境", "签约", "开工", "竣工投产", "物流", "海洋", "在谈项目", "推介会", "走访企业", "商协会", "集成电路",
            "生物医药", "新材料", "冷链", "项目", "增长", "亿元", "同比", "任务", "重大项目", "产业链", "外出招商",
            "存在问题", "下步打算", "合同外资", "到位资金", "民营500强", "专班", "制造业", "服务业");
    private static final List<String> INDICATORS = List.of("fdi_actual", "projects_signed", "domestic_capital_actual",
            "projects_started", "fdi_contracted");
    private static final List<String> BRAND_NAMES = List.of("新能源", "智能装备", "集成电路", "精密科技", "食品",
            "汽车电子", "新型建材", "生物医药", "重工集团", "半导体材料");

    /**
     * A search of the mix.
     *
     * @param kind    what sort of search it is, for per-kind figures
     * @param request the search as the command line would make it
     */
    public record Search(String kind, SearchRequest request) {
    }

    private final GeneratedReports reports;
    private final int count;
    private final Random random;

    /**
     * @param reports the generator of the archive
     * @param count   how many reports the archive holds, {@code 0..count-1}
     */
    public BenchmarkQueries(GeneratedReports reports, int count, long seed) {
        this.reports = reports;
        this.count = count;
        this.random = new Random(seed);
    }

    /** {@code n} searches in a fixed mix. */
    public List<Search> next(int n) {
        List<Search> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(switch (i % 20) {
                case 0, 1, 2, 3 -> new Search("word", SearchRequest.of(word()));
                case 4, 5 -> new Search("brand", SearchRequest.of(brand() + pick(BRAND_NAMES)));
                case 6 -> new Search("place", SearchRequest.of(random.nextBoolean() ? city().name() : county()));
                case 7, 8 -> new Search("phrase", SearchRequest.of("\"" + phrase() + "\""));
                case 9 -> new Search("words", SearchRequest.of(word() + " " + word()));
                case 10 -> new Search("or/not", SearchRequest.of(random.nextBoolean() ? word() + " OR " + word()
                        : word() + " NOT " + word()));
                case 11 -> new Search("region:", SearchRequest.of(word() + " region:" + city().name()));
                case 12 -> new Search("year:", SearchRequest.of(random.nextBoolean() ? word() + " year:" + year()
                        : yearRange()));
                case 13 -> new Search("project:", SearchRequest.of("project:" + brand()));
                case 14 -> new Search("org:", SearchRequest.of("org:" + brand()));
                case 15 -> new Search("indicator:", SearchRequest.of(word() + " indicator:" + pick(INDICATORS)));
                case 16, 17 -> new Search("--region", SearchRequest.of(word()).inRegion(city().code()));
                case 18 -> new Search("--year", SearchRequest.of(word()).inYear(year()));
                default -> new Search("--region --year", SearchRequest.of(word()).inRegion(city().code())
                        .inYear(year()));
            });
        }
        return out;
    }

    private String word() {
        return pick(WORDS);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private int set() {
        return random.nextInt(Math.max(1, count / reports.templates()));
    }

    private String brand() {
        return pick(GeneratedReports.brandsOf(set()));
    }

    private GeneratedReports.City city() {
        return reports.cities().get(set() % reports.cities().size());
    }

    private String county() {
        return pick(city().counties())[1];
    }

    private int year() {
        return 2015 + random.nextInt(11);
    }

    private String yearRange() {
        int from = year();
        return "year:" + from + "-" + (from + 2);
    }

    /** Four to eight Han characters from a report of the archive. */
    private String phrase() {
        String text = reports.report(random.nextInt(count)).text();
        for (int tries = 0; tries < 100; tries++) {
            int length = 4 + random.nextInt(5);
            int start = random.nextInt(Math.max(1, text.length() - length));
            String s = text.substring(start, Math.min(text.length(), start + length));
            if (s.length() == length && s.codePoints().allMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN)) {
                return s;
            }
        }
        return word();
    }
}
