package huibao.index;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * Field names and field types of the index. Every document carries {@link #TYPE}, {@link #FILE}
 * and, except the file record, {@link #DOC}; the other fields are named per document type so that
 * each name keeps one Lucene field schema.
 */
final class Schema {

    /** The key under which each commit records the layout of the documents it holds. */
    static final String VERSION_KEY = "huibao.schema";
    /**
     * The layout of the documents; raised whenever an archive written before cannot be searched
     * as it is. 2: one stored gram field per report with offsets; no passage, smartcn or file text fields.
     * 3: a fact's scope parts, links and clause (sentence offsets, marks, table cell) packed with it.
     * 4: no fact or entity documents: a report's facts and entities packed into its document, their
     * counts in doc values.
     * 5: the text stored deflated apart from its postings, the packed facts and entities deflated.
     */
    static final String VERSION = "5";

    /** The report's written date as yyyymmdd (day 0 when only the month is written), stored. */
    static final String DATE_KEY = "date_key";

    /** Document type: one of the {@code TYPE_*} values. */
    static final String TYPE = "type";
    static final String TYPE_FILE = "file";
    static final String TYPE_REPORT = "report";

    /** The file as given; every document of a file carries it, so a file is replaced in one step. */
    static final String FILE = "file";
    /** The report's doc id, "001.txt#2". */
    static final String DOC = "doc";

    // the file record
    static final String SHA256 = "sha256";
    static final String MEDIA_TYPE = "media_type";

    /**
     * The report's text, stored once, and analysed once as CJK unigrams and bigrams with their
     * offsets: searched, and highlighted from the offsets. There is no smartcn field: the words of
     * a query's smartcn reading are looked for as gram phrases, which also finds them where the
     * text's own segmentation would have cut differently.
     */
    static final String TEXT = "text";
    /** The report's text as stored: UTF-8, deflated ({@link Deflated}), apart from its indexed field. */
    static final String TEXT_DEFLATED = "text_deflated";

    // the report
    static final String TITLE = "title";
    static final String ISSUER = "issuer";
    static final String DATE = "date";
    static final String RANGE_START = "range_start";
    static final String RANGE_END = "range_end";
    static final String REGION_CODE = "region_code";
    static final String REGION_NAME = "region_name";
    static final String REGION_LEVEL = "region_level";
    static final String REGION_PARENT = "region_parent";
    /** The region's code and the codes above it, so that a city's filter takes in its districts. */
    static final String REGION_PATH = "region_path";
    static final String REGION_MENTION = "region_mention";
    static final String REGION_MASKED = "region_masked";
    static final String LEVEL = "level";
    static final String YEAR = "year";
    static final String FROM_MONTH = "from_month";
    static final String TO_MONTH = "to_month";
    static final String PERIOD_LABEL = "period_label";
    /** Indicators of the report's facts, for filtering reports by indicator. */
    static final String INDICATOR = "indicator";
    /** Names of the report's projects, analysed as CJK grams for {@code project:}. */
    static final String PROJECT = "project";
    /** Names of the report's organisations and investors, analysed as CJK grams for {@code org:}. */
    static final String ORG = "org";
    /**
     * What the report says it is about: its title, its region's name and the region as written,
     * as CJK grams (indexed only), so that a query naming them ranks the report of 鹭汀区 above a
     * city report that speaks of 鹭汀区 often.
     */
    static final String HEADING = "heading";
    /** The report's kinds told by its title (汇报, 通报 ...), for filtering; see {@link ReportTypes}. */
    static final String REPORT_TYPE = "report_type";
    /** The day the report stands at, yyyymmdd, for sorting by date; see {@link ReportDates}. */
    static final String SORT_DATE = "sort_date";
    static final String FACET_REGION = "facet_region";
    static final String FACET_YEAR = "facet_year";
    static final String FACET_INDICATOR = "facet_indicator";
    static final String FACET_TYPE = "facet_type";
    /** Separates a region's code from its name in {@link #FACET_REGION} values. */
    static final char FACET_SEPARATOR = '\u001f';

    /** Fact and entity fields: the record's field name under this prefix. */
    static final String FACT_PREFIX = "fact_";
    static final String ENTITY_PREFIX = "entity_";

    /**
     * Report text: positions for phrases, offsets in the postings so that passages are marked
     * without analysing the text again (that took some 0.2 ms a hit, a third of a search, for a
     * seventh of the archive's room), not stored here: {@link Deflated} stores it.
     */
    static final FieldType REPORT_TEXT = textType(false, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    /** Names matched as phrases. */
    static final FieldType NAMES = textType(false, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);

    private Schema() {
    }

    private static FieldType textType(boolean stored, IndexOptions options) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(stored);
        type.setIndexOptions(options);
        type.freeze();
        return type;
    }
}
