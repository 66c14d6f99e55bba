package huibao.extract.metadata;

import huibao.catalog.SelfWords;
import huibao.catalog.SelfWords.SelfWord;
import huibao.extract.place.PlaceMention;
import huibao.extract.place.RegionResolver;
import huibao.model.Region;
import huibao.model.RegionLevel;
import huibao.text.Clauses;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the region a report speaks as. Every place the heading and the body name is weighed by
 * where it stands (title, issuer, file name, the opening sentence's subject, a 《document》 title),
 * by compound patterns (上海-六安对口合作, 合六同城化, 嘉定六安商会) and by repetition; places the
 * report goes to, comes from or deals with (赴上海, 来自山东, 承接合肥产业转移, 上海医药集团) count
 * against or not at all. The words by which the report speaks of itself (我区, 全市, 全县) tell the
 * division word the reporter's name must end with. A masked name in the same positions (XX市, XX区)
 * makes the region masked; a report that masks place names and names no reporter is masked too.
 */
final class ReportMetadataRegion {


    private static final int TITLE = 6;
    private static final int ISSUER = 6;
    private static final int FILE = 4;
    private static final int SUBJECT = 4;
    private static final int OPENING = 2;
    private static final int DOCUMENT = 3;
    private static final int SELF_CUE = 2;
    private static final int PAIR = 2;
    private static final int HOMETOWN = 3;
    private static final int PLAIN_CAP = 3;
    private static final int THRESHOLD = 3;
    private static final int LEAD_CLAUSE = 12;
    private static final int HEADLINE = 40;
    /** A run of mask characters standing for a name (XX, xx, **, ××), as place masks are written. */
    private static final String MASK = "(?:[XxＸｘ]{2,}|[*＊]+|[×╳]+)";

    /** The outcome: a resolved region, or a masked one, or nothing; and the reporter's level. */
    record Result(Region region, String mention, boolean masked, RegionLevel level) {
    }

    private final RegionResolver regions;
    private final ReportMetadataRoles roles;
    private final List<SelfWord> selfWords;
    private final ReportMetadataLocalBody localBodies;

    ReportMetadataRegion(RegionResolver regions, SelfWords selfWords, ReportMetadataLocalBody localBodies) {
        this.regions = regions;
        this.roles = new ReportMetadataRoles(regions);
        this.selfWords = selfWords.all();
        this.localBodies = localBodies;
    }

    /**
     * The reporter: a township, subdistrict or development zone its title names, else the one
     * division its title names, else a local body its issuer line, file name or opening sentence
     * has as subject, else the division the whole text weighs highest.
     */
    Result infer(String title, String issuer, String file, String body) {
        Region inTitle = titleRegion(title);
        Result division = divisionOf(title, issuer, file, body);
        Region context = inTitle != null ? inTitle : division.region();
        Optional<ReportMetadataLocalBody.Found> local = localBodies.inHeading(title, context);
        if (local.isPresent()) {
            return local(local.get(), context, body);
        }
        if (inTitle != null) {
            // a title that names one region names the reporter, whatever level words the body uses
            return new Result(inTitle, mentionIn(title, inTitle), false, inTitle.level());
        }
        local = localBodies.inHeading(issuer, context).or(() -> localBodies.inHeading(file, context))
                .or(() -> localBodies.inOpening(body, context));
        return local.isPresent() && !division.masked() ? local(local.get(), context, body) : division;
    }

    /**
     * A local body as the reporter: a zone is the statistical zone of that name when one is known,
     * else the division its name is built on or, for a bare 高新区, the text's city and that city's
     * zone of the name; a township or subdistrict has no division of its own.
     */
    private Result local(ReportMetadataLocalBody.Found found, Region textRegion, String body) {
        Matcher masked = Pattern.compile(MASK + "[ \\u3000]*"
                + Pattern.quote(found.name())).matcher(body);
        if (found.attachedTo() == null && masked.find()) {
            return new Result(null, masked.group(), true, null); // xx经济开发区: the text masks the reporter's name
        }
        if (found.kind() == ReportMetadataLocalBody.Kind.TOWNSHIP) {
            return new Result(null, found.name(), false, null);
        }
        Region city = found.attachedTo() != null ? found.attachedTo() : textRegion;
        Region zone = regions.resolve(found.name(), city).orElse(null);
        if (zone == null && found.attachedTo() == null) {
            zone = zoneNamedWith(found.name(), body);
        }
        Region region = zone != null ? zone : city;
        return new Result(region, found.name(), false, region == null ? null : region.level());
    }

    /**
     * The zone a bare zone word names in a text that names its city, as its superior or otherwise
     * (高新区 … 居济南市各县区第二位: 济南高新区), when exactly one named division has such a zone.
     */
    private Region zoneNamedWith(String word, String body) {
        java.util.Set<Region> zones = new java.util.LinkedHashSet<>();
        for (PlaceMention m : regions.findPlaces(body)) {
            m.unique().map(city -> zoneOf(city, word)).ifPresent(zones::add);
        }
        return zones.size() == 1 ? zones.iterator().next() : null;
    }

    /** The zone of {@code city} a bare zone word names (高新区 of 济南市: 济南高新区), or {@code null}. */
    private Region zoneOf(Region city, String word) {
        String name = city.name();
        for (String stem : new String[] {name, name.length() > 2 ? name.substring(0, name.length() - 1) : name}) {
            Optional<Region> z = regions.resolve(stem + word, city);
            if (z.isPresent() && city.code().equals(z.get().parentCode())) {
                return z.get();
            }
        }
        return null;
    }

    private Result divisionOf(String title, String issuer, String file, String body) {
        SelfWord self = selfWord(title, body);
        String suffix = self == null ? null : self.suffix();
        RegionLevel selfLevel = self == null ? null : self.level();
        ReportMetadataTally named = new ReportMetadataTally();
        ReportMetadataTally masked = new ReportMetadataTally();
        heading(title == null || title.isBlank() ? headline(body) : title, TITLE, named, masked);
        heading(issuer, ISSUER, named, masked);
        heading(file, FILE, named, masked);
        body(body, named, masked, null);
        Optional<ReportMetadataTally.Score> provisional = named.best(null, 0);
        if (provisional.isPresent()) {
            // ambiguous names (朝阳区, 鼓楼区) count once the likeliest region gives them a context
            body(body, named, masked, provisional.get().region());
        }
        Optional<ReportMetadataTally.Score> bestNamed = named.best(suffix, 0);
        Optional<ReportMetadataTally.Score> bestMasked = masked.best(suffix, 0);
        int maskedTotal = bestMasked.map(ReportMetadataTally.Score::total).orElse(0);
        if (bestNamed.isPresent()) {
            ReportMetadataTally.Score b = bestNamed.get();
            int second = named.best(suffix, 1).map(ReportMetadataTally.Score::total).orElse(Integer.MIN_VALUE);
            if (b.total() >= THRESHOLD && b.total() > second && b.total() > maskedTotal) {
                return new Result(b.region(), b.mention(), false, b.region().level());
            }
        }
        if (masked.isEmpty()) {
            return new Result(null, null, false, selfLevel);
        }
        String mention = maskedTotal >= THRESHOLD ? bestMasked.get().mention() : null;
        return new Result(null, mention, true, selfLevel);
    }

    /**
     * A report without a title line may open with a news headline: a short first line without
     * clause marks (1月南湖利用外资实现开门红). It names the reporter as a title does.
     */
    private static String headline(String body) {
        int start = 0;
        while (start < body.length() && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        int end = body.indexOf('\n', start);
        if (end < 0 || end - start > HEADLINE) {
            return null;
        }
        String line = body.substring(start, end);
        return indexOfAny(line, Clauses.CLAUSE_MARKS, 0) < line.length() ? null : line;
    }

    /** The one region a title names as its subject, or {@code null}. */
    private Region titleRegion(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        List<PlaceMention> mentions = regions.findPlaces(title);
        Region found = null;
        for (PlaceMention m : mentions) {
            if (m.isMasked()) {
                return null;
            }
            ReportMetadataRoles.Role role = roles.role(title, m, mentions);
            if (role == ReportMetadataRoles.Role.AWAY || role == ReportMetadataRoles.Role.ORGANISATION) {
                continue;
            }
            Region r = regions.resolve(m, null).orElse(null);
            if (r == null) {
                return null;
            }
            if (found == null || within(r, found)) {
                found = r; // 山东省聊城市茌平县: a chain of divisions names its innermost
            } else if (!within(found, r)) {
                return null;
            }
        }
        return found;
    }

    /** Whether {@code inner} is {@code outer} or lies inside it. */
    private boolean within(Region inner, Region outer) {
        for (Region r = inner; r != null; r = regions.parent(r).orElse(null)) {
            if (r.equals(outer)) {
                return true;
            }
        }
        return false;
    }

    private String mentionIn(String title, Region region) {
        for (PlaceMention m : regions.findPlaces(title)) {
            if (m.unique().map(region::equals).orElse(false)) {
                return m.text();
            }
        }
        return region.name();
    }

    private void heading(String line, int weight, ReportMetadataTally named, ReportMetadataTally masked) {
        if (line == null || line.isBlank()) {
            return;
        }
        List<PlaceMention> mentions = regions.findPlaces(line);
        for (PlaceMention m : mentions) {
            if (localBodies.startsTownshipName(line, m)) {
                continue;
            }
            ReportMetadataRoles.Role role = roles.role(line, m, mentions);
            int w = switch (role) {
                case AWAY -> -1;
                case ORGANISATION -> 0;
                default -> weight;
            };
            add(m, w, false, named, masked, null);
        }
    }

    private void body(String text, ReportMetadataTally named, ReportMetadataTally masked, Region context) {
        List<PlaceMention> mentions = regions.findPlaces(text, context);
        int start = 0;
        while (start < text.length() && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '\u3000')) {
            start++;
        }
        int openingEnd = indexOfAny(text, Clauses.WIDE_SENTENCE_ENDS, start);
        int comma = indexOfAny(text, Clauses.COMMAS, start);
        int afterLead = comma >= 0 && comma - start <= LEAD_CLAUSE && comma < openingEnd ? comma + 1 : -1;
        for (PlaceMention m : mentions) {
            boolean ambiguousPass = context != null;
            if (ambiguousPass != (m.isAmbiguous() && !m.isMasked())) {
                continue; // the first pass takes unambiguous names, the second the ambiguous ones
            }
            if (localBodies.startsTownshipName(text, m)) {
                continue; // 黎城街道 is no mention of 黎城县
            }
            int b = m.span().start();
            ReportMetadataRoles.Role role = roles.role(text, m, mentions);
            int weight = 0;
            boolean plain = false;
            switch (role) {
                case AWAY -> weight = -1;
                case ORGANISATION -> weight = 0;
                case HOMETOWN -> weight = HOMETOWN;
                default -> {
                    if (b == start || b == afterLead) {
                        weight = SUBJECT;
                    } else if (b < openingEnd) {
                        weight = OPENING;
                    }
                    if (roles.insideDocumentTitle(text, m)) {
                        weight = Math.max(weight, DOCUMENT);
                    }
                    if (role == ReportMetadataRoles.Role.SELF) {
                        weight += SELF_CUE;
                    }
                    plain = weight == 0;
                    weight = plain ? 1 : weight;
                }
            }
            add(m, weight, plain, named, masked, context);
        }
        if (context == null) {
            roles.pairs(text, mentions).forEach((region, n) -> named.add(region, region.name(), PAIR * n, false));
        }
    }

    private void add(PlaceMention m, int weight, boolean plain, ReportMetadataTally named, ReportMetadataTally masked,
                     Region context) {
        if (m.isMasked()) {
            masked.add(m.text(), weight, plain);
            return;
        }
        Optional<Region> region = regions.resolve(m, context);
        region.ifPresent(r -> named.add(r, m.text(), weight, plain));
    }

    /** The self word whose division word carries most weight in the title (double) and the body. */
    private SelfWord selfWord(String title, String body) {
        Map<String, Integer> bySuffix = new LinkedHashMap<>();
        Map<String, SelfWord> strongest = new LinkedHashMap<>();
        for (SelfWord w : selfWords) {
            int n = count(body, w.word()) + 2 * (title == null ? 0 : count(title, w.word()));
            if (n > 0) {
                bySuffix.merge(w.suffix(), n * w.weight(), Integer::sum);
                strongest.merge(w.suffix(), w, (a, c) -> a.weight() >= c.weight() ? a : c);
            }
        }
        return bySuffix.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> strongest.get(e.getKey())).orElse(null);
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            n++;
        }
        return n;
    }

    static int indexOfAny(String text, String chars, int from) {
        for (int i = from; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }
}
