package huibao;

import huibao.config.Dictionaries;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The part of a project's or a company's name that an analyst would type to find it: the name
 * without its generic ending (项目, 工程, 有限公司, 集团, 股份 ...), a trailing bracket (（二期）), a
 * leading mask (XX县) or a leading place name (山东, 济南市), as long as at least two characters
 * remain, and at least three after a place name is taken off (上海医药 stays, 医药 alone would be
 * anybody's). Derived the same way for every name, never chosen by hand.
 */
final class DistinctiveNames {

    private static final List<String> ENDINGS = List.of("股份有限公司", "有限责任公司", "有限公司", "股份公司", "分公司",
            "公司", "集团", "股份", "控股", "项目", "工程");
    private static final Pattern TRAILING_BRACKET = Pattern.compile("[（(][^（()）]*[)）]$");
    private static final Pattern LEADING_MASK = Pattern.compile("^[*＊×xX]+[省市区县镇乡村]?");

    private final List<String> places;

    private DistinctiveNames(List<String> places) {
        this.places = places;
    }

    /** Place names from the packaged regions.tsv and regions-sample.tsv: full names and short forms, longest first. */
    static DistinctiveNames load() {
        Dictionaries d = Dictionaries.packaged();
        List<String> places = new ArrayList<>();
        for (String table : List.of("regions.tsv", "regions-sample.tsv")) {
            for (Dictionaries.Table.Row row : d.table(table, "name", "short_names").rows()) {
                places.add(row.get("name"));
                for (String s : row.get("short_names").split("\\|")) {
                    if (s.length() >= 2) {
                        places.add(s);
                    }
                }
            }
        }
        places.sort(Comparator.comparingInt(String::length).reversed());
        return new DistinctiveNames(places);
    }

    /** What to search for {@code name}. */
    String of(String name) {
        String s = name.replaceAll("\\s+", "");
        boolean changed = true;
        while (changed) {
            changed = false;
            String next = strip(s);
            if (!next.equals(s) && next.codePointCount(0, next.length()) >= 2) {
                s = next;
                changed = true;
            }
        }
        return s;
    }

    /** One step: a bracket, an ending, a mask or a place taken off, or {@code s} itself. */
    private String strip(String s) {
        String bracket = TRAILING_BRACKET.matcher(s).replaceFirst("");
        if (!bracket.equals(s)) {
            return bracket;
        }
        for (String e : ENDINGS) {
            if (s.endsWith(e)) {
                return s.substring(0, s.length() - e.length());
            }
        }
        String mask = LEADING_MASK.matcher(s).replaceFirst("");
        if (!mask.equals(s)) {
            return mask;
        }
        for (String p : places) {
            if (s.startsWith(p) && s.length() - p.length() >= 3) {
                return s.substring(p.length());
            }
        }
        for (String p : places) {
            // a place at the end, as in 国电集团公司浙江(分公司)
            if (s.endsWith(p) && s.length() - p.length() >= 3) {
                return s.substring(0, s.length() - p.length());
            }
        }
        return s;
    }
}
