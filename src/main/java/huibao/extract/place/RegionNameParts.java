package huibao.extract.place;

import huibao.config.Dictionaries;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parts official division names are made of ({@code region-name-parts.tsv}): division words
 * (市, 区, 自治县 ...), ethnic groups and development-zone phrases. Derives the short forms that
 * reports write (钢城区 → 钢城, 景谷傣族彝族自治县 → 景谷) and lists the division words that
 * follow a masked name (XX市, ×× 县).
 */
final class RegionNameParts {

    static final String FILE = "region-name-parts.tsv";

    private record Suffix(String text, int minStem) {
    }

    private final List<Suffix> suffixes;
    private final List<String> autonomous;
    private final List<String> ethnic;
    private final Map<String, String> zones;

    private RegionNameParts(List<Suffix> suffixes, List<String> autonomous, List<String> ethnic,
                            Map<String, String> zones) {
        this.suffixes = suffixes;
        this.autonomous = autonomous;
        this.ethnic = ethnic;
        this.zones = zones;
    }

    static RegionNameParts load(Dictionaries dictionaries) {
        List<Suffix> suffixes = new ArrayList<>();
        List<String> autonomous = new ArrayList<>();
        List<String> ethnic = new ArrayList<>();
        Map<String, String> zones = new LinkedHashMap<>();
        for (Dictionaries.Table.Row row : dictionaries.table(FILE, "part", "kind", "replacement", "min_stem").rows()) {
            String part = row.get("part");
            switch (row.get("kind")) {
                case "suffix" -> suffixes.add(new Suffix(part, minStem(row)));
                case "autonomous" -> autonomous.add(part);
                case "ethnic" -> ethnic.add(part);
                case "zone" -> zones.put(part, row.get("replacement"));
                default -> throw row.error("unknown kind '" + row.get("kind")
                        + "' (expected suffix, autonomous, ethnic or zone)");
            }
        }
        // longest first, so that 自治县 is tried before 县 and 土家 before 土
        Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed();
        suffixes.sort(Comparator.comparing(Suffix::text, longestFirst));
        autonomous.sort(longestFirst);
        ethnic.sort(longestFirst);
        return new RegionNameParts(List.copyOf(suffixes), List.copyOf(autonomous), List.copyOf(ethnic), zones);
    }

    private static int minStem(Dictionaries.Table.Row row) {
        String s = row.get("min_stem");
        try {
            return s.isEmpty() ? 2 : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw row.error("min_stem must be a number, was '" + s + "'");
        }
    }

    /**
     * Whether {@code form} is a development-zone phrase alone or its abbreviation (经济开发区, 经开区,
     * 高新区): a word every zone shares, which names no zone of its own.
     */
    boolean isBareZoneWord(String form) {
        return zones.containsKey(form) || zones.containsValue(form);
    }

    /**
     * Short forms of a division's official name, never shorter than two characters: the name
     * without its division word and ethnic groups (钢城区 → 钢城, 新疆维吾尔自治区 → 新疆).
     */
    List<String> shortForms(String name) {
        String stem = stem(name);
        return stem == null || stem.equals(name) ? List.of() : List.of(stem);
    }

    /**
     * Short forms of a development zone's name: the abbreviation reports use (合肥经济技术开发区
     * → 合肥经开区), and the name and abbreviation without a leading province name.
     *
     * @param name             official name
     * @param provincePrefixes short province names a zone's name may begin with (河北唐山芦台…)
     */
    List<String> zoneShortForms(String name, List<String> provincePrefixes) {
        Set<String> forms = new LinkedHashSet<>();
        List<String> zoneNames = new ArrayList<>();
        zoneNames.add(name);
        for (String prefix : provincePrefixes) {
            if (name.startsWith(prefix) && name.length() - prefix.length() >= 4) {
                zoneNames.add(name.substring(prefix.length()));
                forms.add(name.substring(prefix.length()));
                break;
            }
        }
        for (String zoneName : zoneNames) {
            for (Map.Entry<String, String> z : zones.entrySet()) {
                if (zoneName.endsWith(z.getKey()) && zoneName.length() > z.getKey().length()) {
                    forms.add(zoneName.substring(0, zoneName.length() - z.getKey().length()) + z.getValue());
                    break;
                }
            }
        }
        forms.remove(name);
        forms.removeIf(f -> f.length() < 2);
        return List.copyOf(forms);
    }

    /** The name without its division word (and ethnic groups), or {@code null} when too short. */
    String stem(String name) {
        for (String a : autonomous) {
            if (name.endsWith(a)) {
                return withoutEthnicGroups(name.substring(0, name.length() - a.length()));
            }
        }
        for (Suffix s : suffixes) {
            int stemLength = name.length() - s.text().length();
            if (name.endsWith(s.text()) && stemLength >= Math.max(2, s.minStem())) {
                return name.substring(0, stemLength);
            }
        }
        return null;
    }

    private String withoutEthnicGroups(String rest) {
        boolean changed = true;
        while (changed) {
            changed = false;
            String bare = rest.endsWith("族") ? rest.substring(0, rest.length() - 1) : rest;
            for (String e : ethnic) {
                if (bare.endsWith(e) && bare.length() - e.length() >= 2) {
                    rest = bare.substring(0, bare.length() - e.length());
                    changed = true;
                    break;
                }
            }
        }
        if (rest.endsWith("族") && rest.length() >= 3) {
            rest = rest.substring(0, rest.length() - 1); // 鄂温克族自治旗 → 鄂温克
        }
        return rest.length() >= 2 ? rest : null;
    }

    /** Division words that may close a place name: suffixes and autonomy suffixes, longest first. */
    List<String> divisionWords() {
        List<String> words = new ArrayList<>(autonomous);
        suffixes.forEach(s -> words.add(s.text()));
        words.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(words);
    }

    /** Autonomy suffixes (自治县 …), longest first. */
    List<String> autonomySuffixes() {
        return autonomous;
    }

    /** Ethnic group names, longest first. */
    List<String> ethnicGroups() {
        return ethnic;
    }
}
