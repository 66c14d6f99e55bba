package huibao.extract.entity;

import huibao.extract.place.PlaceMention;
import huibao.extract.place.RegionResolver;
import huibao.extract.sentence.Sentence;
import huibao.model.Entity;
import huibao.model.Region;
import huibao.model.Report;
import huibao.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * The places a report names, each with the GB/T 2260 code it resolves to in the report's region
 * (钢城 in a report of 钢城区 is 370117), or no code when the name is masked (**区) or ambiguous.
 */
final class PlaceEntities {

    private final RegionResolver regions;

    PlaceEntities(RegionResolver regions) {
        this.regions = regions;
    }

    /** Every place mention of {@code report}, in reading order. */
    List<Entity> find(Report report, List<Sentence> sentences) {
        List<Entity> out = new ArrayList<>();
        int base = report.range().start();
        int k = 0;
        for (PlaceMention m : regions.findPlaces(report.text(), report.region())) {
            Span span = new Span(base + m.span().start(), base + m.span().end());
            while (k + 1 < sentences.size() && sentences.get(k).span().end() <= span.start()) {
                k++;
            }
            String sentence = sentences.isEmpty() ? null : sentences.get(k).text();
            String code = m.isMasked() ? null : regions.resolve(m, report.region()).map(Region::code).orElse(null);
            out.add(new Entity(report.doc(), Entity.Kind.PLACE, m.text(), span, sentence, null, null, null, code));
        }
        return out;
    }
}
