package huibao.extract.entity;

import huibao.catalog.Catalogs;
import huibao.config.Dictionaries;
import huibao.extract.lexicon.WordMatcher;
import huibao.extract.place.RegionResolver;
import huibao.extract.sentence.Sentence;
import huibao.extract.sentence.SentenceSplitter;
import huibao.model.Entity;
import huibao.model.Fact;
import huibao.model.Report;
import huibao.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the named projects, organisations and places of a report. Names are found by their
 * ending (…项目, …有限公司, 省建行), as items of lists whose head names them (国轩二期、鹏辉三期等一批重大
 * 项目), as partners (与A、B联合成立), by the amount stated for them (济南环投到资120万美元) and, for
 * firms the rules miss, by HanLP's organisation recognition. A name must hold a word of its own,
 * so generic phrases (推动项目, 制造业项目) are none. Within a sentence a name inside a longer one is
 * kept once, so a firm that only heads a project's name is not listed apart. A project carries
 * the stage word nearest it, its investor and the fact that states its investment; a place
 * carries the code it resolves to. Immutable and safe to share between threads.
 */
public final class EntityExtractor {

    private final EntityEndings endings;
    private final EntityLists lists;
    private final OrganisationPartners partners;
    private final ProjectAmounts amounts;
    private final OrganisationRecogniser recogniser;
    private final ProjectAttributes attributes;
    private final PlaceEntities places;

    /** Loads the vocabularies and the divisions from {@code dictionaries}. */
    public EntityExtractor(Dictionaries dictionaries) {
        this(dictionaries, RegionResolver.load(dictionaries));
    }

    /**
     * Loads the vocabularies of {@code entities*.tsv}, {@code stages.tsv} and {@code scopes.tsv}
     * from {@code dictionaries}, over already loaded divisions.
     */
    public EntityExtractor(Dictionaries dictionaries, RegionResolver regions) {
        this(dictionaries, Catalogs.load(dictionaries), regions);
    }

    /**
     * Loads the vocabularies of {@code entities*.tsv} from {@code dictionaries}, taking the stage
     * words and labels and the scope words (which are no names) from {@code catalogs}, over already
     * loaded divisions.
     */
    public EntityExtractor(Dictionaries dictionaries, Catalogs catalogs, RegionResolver regions) {
        EntityVocabulary vocabulary = new EntityVocabulary(dictionaries, catalogs.scopes(), catalogs.stages());
        EntityTerms terms = new EntityTerms();
        EntityDistinctness distinct = new EntityDistinctness(vocabulary, terms, regions);
        EntityNamer namer = new EntityNamer(vocabulary, terms, distinct);
        this.endings = new EntityEndings(vocabulary, namer);
        this.lists = new EntityLists(vocabulary, namer, terms, distinct);
        this.partners = new OrganisationPartners(vocabulary, namer, distinct);
        this.amounts = new ProjectAmounts(vocabulary, namer, distinct);
        this.recogniser = new OrganisationRecogniser(vocabulary, namer, distinct);
        this.attributes = new ProjectAttributes(vocabulary);
        this.places = new PlaceEntities(regions);
    }

    /** The projects, organisations and places of {@code report} in reading order; {@code facts} are its facts. */
    public List<Entity> extract(Report report, List<Fact> facts) {
        List<Sentence> sentences = SentenceSplitter.split(report.text(), report.range().start());
        List<Entity> out = new ArrayList<>();
        for (Sentence s : sentences) {
            names(report, s, facts, out);
        }
        out.addAll(places.find(report, sentences));
        out.sort(Comparator.comparingInt((Entity e) -> e.span().start()).thenComparingInt(e -> -e.span().length()));
        return out;
    }

    private void names(Report report, Sentence sentence, List<Fact> facts, List<Entity> out) {
        String s = sentence.text();
        List<EntityCandidate> found = new ArrayList<>();
        List<WordMatcher.Match<EntityVocabulary.Ending>> ends = endings.in(s);
        endings.find(s, ends, found);
        lists.find(s, found);
        partners.find(s, found);
        amounts.find(s, found);
        found.addAll(recogniser.find(s, ends, found));
        for (EntityCandidate c : EntityNesting.settle(found)) {
            Span span = new Span(sentence.start() + c.start(), sentence.start() + c.end());
            String name = s.substring(c.start(), c.end());
            if (c.kind() == Entity.Kind.PROJECT) {
                out.add(new Entity(report.doc(), c.kind(), name, span, s, attributes.stage(s, c, found),
                        attributes.investor(s, c, found), ProjectAttributes.factId(name, span, report, facts), null));
            } else {
                out.add(new Entity(report.doc(), c.kind(), name, span, s, null, null, null, null));
            }
        }
    }
}
