package huibao.extract.attribution;

import huibao.catalog.Indicator;
import huibao.catalog.Role;
import huibao.extract.lexicon.IndicatorLexicon;
import huibao.extract.lexicon.MeasureCues;
import huibao.extract.lexicon.Vocabulary;
import huibao.extract.lexicon.WordMatcher;
import huibao.extract.number.Figure;
import huibao.extract.number.FigureChars;
import huibao.extract.number.Unit;
import huibao.extract.sentence.Sentence;
import huibao.model.Fact;
import huibao.model.Measure;
import huibao.model.Span;
import huibao.model.UnitKind;
import huibao.text.ChineseNumerals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the figures of a table (rows of tab-separated cells, as Word tables come out of the
 * parser): the header names each column's indicator, measure and unit (实际使用外资（万美元）,
 * 同比增长（%）), a "单位：万元" line above the table gives the unit of columns that name none,
 * and the first cell of each row is the row's scope (a district, a sector, 合计).
 */
public final class TableReader {

    private static final Pattern UNIT_IN_HEADER = Pattern.compile("[（(]([^）)]{1,6})[）)]\\s*$");
    private static final Pattern TABLE_UNIT = Pattern.compile("单位[：:]\\s*([^，,。；\\s]{1,6})");

    private final Vocabulary v;

    /** Reads table rows with the indicators and units of {@code vocabulary}. */
    public TableReader(Vocabulary vocabulary) {
        this.v = vocabulary;
    }

    /** Whether a sentence (a line) is a table row. */
    public static boolean isRow(Sentence s) {
        return s.text().indexOf('\t') > 0;
    }

    /**
     * Attributes the cells of one table.
     *
     * @param rows      the table's lines, header first
     * @param unitLine  the line just before the table, which may give the table's unit, or {@code null}
     */
    public List<Attribution> read(List<Sentence> rows, String unitLine) {
        List<Attribution> out = new ArrayList<>();
        if (rows.size() < 2) {
            return out;
        }
        String[] header = rows.get(0).text().split("\t", -1);
        Unit tableUnit = null;
        if (unitLine != null) {
            Matcher m = TABLE_UNIT.matcher(unitLine);
            if (m.find()) {
                tableUnit = v.units.get(m.group(1));
            }
        }
        Column[] columns = new Column[header.length];
        for (int i = 1; i < header.length; i++) {
            columns[i] = column(header[i].strip(), tableUnit);
            Column before = i > 1 ? columns[i - 1] : null;
            if (columns[i] != null && Fact.OTHER.equals(columns[i].indicator()) && columns[i].measure() == Measure.VALUE
                    && columns[i].unit().kind() == UnitKind.MONEY && !v.investmentWords.findAll(header[i]).isEmpty()) {
                // 签约项目（个）｜协议投资（万元）: an investment column belongs to the projects counted before it
                columns[i] = new Column(investmentOf(columns, i), Measure.VALUE, columns[i].unit());
            }
            if (columns[i] != null && Fact.OTHER.equals(columns[i].indicator()) && columns[i].measure() == Measure.VALUE
                    && before != null && before.unit() != null && before.unit().kind() == columns[i].unit().kind()
                    && opensWithBreakdown(header[i].strip())) {
                // 新签约项目（个）｜其中亿元以上（个）: a 其中 column breaks down the column before it
                columns[i] = new Column(before.indicator(), Measure.VALUE, columns[i].unit());
            }
            if (columns[i] != null && Fact.OTHER.equals(columns[i].indicator()) && columns[i].measure() != Measure.VALUE
                    && before != null) {
                // 实际使用外资（万美元）｜完成年度任务（%）: a column of a rate belongs to the column before it
                columns[i] = new Column(before.indicator(), columns[i].measure(), columns[i].unit());
            }
        }
        for (Sentence row : rows.subList(1, rows.size())) {
            String[] cells = row.text().split("\t", -1);
            String label = cells[0].strip();
            int pos = cells[0].length() + 1;
            for (int i = 1; i < cells.length && i < columns.length; i++) {
                Column col = columns[i];
                String cell = cells[i];
                int lead = cell.length() - cell.stripLeading().length();
                String text = cell.strip();
                if (col != null && col.unit != null && !text.isEmpty()) {
                    Figure f = figure(text, col.unit, row.start() + pos + lead);
                    if (f != null) {
                        List<String> scope = ScopeParts.of(List.of(label.isEmpty() ? "" : label));
                        out.add(new Attribution(f, col.indicator, col.measure, 1, scope, null, null));
                    }
                }
                pos += cell.length() + 1;
            }
        }
        return out;
    }

    private record Column(String indicator, Measure measure, Unit unit) {
    }

    private boolean opensWithBreakdown(String head) {
        return v.clauseWords.words("breakdown").stream().anyMatch(w -> head.startsWith(w) && !w.startsWith("（") && !w.startsWith("("));
    }

    private String investmentOf(Column[] columns, int i) {
        for (int k = i - 1; k >= 1; k--) {
            Indicator ind = columns[k] == null ? null : v.indicators.get(columns[k].indicator());
            if (ind != null && ind.investment() != null) {
                return ind.investment();
            }
        }
        return v.indicators.byRole(Role.PROJECT_COUNT).investment(); // a table that names no investment column
    }

    private Column column(String head, Unit tableUnit) {
        Unit unit = tableUnit;
        String name = head;
        Matcher m = UNIT_IN_HEADER.matcher(head);
        if (m.find()) {
            Unit u = v.units.get(m.group(1));
            if (u != null) {
                unit = u;
                name = head.substring(0, m.start());
            }
        }
        if (unit == null) {
            return null;
        }
        Measure measure = Measure.VALUE;
        for (WordMatcher.Match<List<MeasureCues.Cue>> c : v.measures.findBefore(name)) {
            for (MeasureCues.Cue cue : c.value()) {
                if (cue.appliesTo(unit.kind()) && cue.requires().isEmpty()) {
                    measure = cue.measure();
                }
            }
        }
        String indicator = Fact.OTHER;
        int best = -1;
        for (WordMatcher.Match<List<IndicatorLexicon.Sense>> t : v.indicators.find(name)) {
            for (IndicatorLexicon.Sense sense : t.value()) {
                boolean fits = measure != Measure.VALUE || IndicatorLexicon.fitsLevel(sense.indicator(), unit);
                if (fits && t.length() > best) {
                    best = t.length();
                    indicator = sense.indicator().id();
                }
            }
        }
        return new Column(indicator, measure, unit);
    }

    private static Figure figure(String text, Unit unit, int start) {
        Span span = new Span(start, start + text.length());
        if (text.chars().allMatch(c -> FigureChars.isMask((char) c))) {
            return new Figure(span, text, null, null, unit, false, true, Figure.Kind.QUANTITY, false, false);
        }
        BigDecimal value;
        try {
            value = ChineseNumerals.parse(text);
        } catch (NumberFormatException e) {
            return null; // —, 无, a note: not a figure
        }
        return new Figure(span, text, value, null, unit, false, false, Figure.Kind.QUANTITY, false, false);
    }
}
