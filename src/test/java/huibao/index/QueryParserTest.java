package huibao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import huibao.index.QueryNode.And;
import huibao.index.QueryNode.Field;
import huibao.index.QueryNode.FieldName;
import huibao.index.QueryNode.Not;
import huibao.index.QueryNode.Or;
import huibao.index.QueryNode.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the analyst's query syntax, and the messages for what cannot be read. */
class QueryParserTest {

    @Test
    void wordsSideBySideMustAllMatch() {
        assertEquals(new And(List.of(new Text("金雷风电", false), new Text("海上风电", false))),
                QueryParser.parse("金雷风电　海上风电"));
    }

    @Test
    void andBindsTighterThanOr() {
        assertEquals(new Or(List.of(new Text("海洋城", false),
                        new And(List.of(new Text("金雷", false), new Text("风电", false))))),
                QueryParser.parse("海洋城 OR 金雷 AND 风电"));
    }

    @Test
    void quotesInEitherWidthMakeAPhrase() {
        assertEquals(new Text("海洋城 项目", true), QueryParser.parse("\"海洋城 项目\""));
        assertEquals(new Text("海洋城项目", true), QueryParser.parse("“海洋城项目”"));
    }

    @Test
    void notAndLeadingMinusNegate() {
        assertEquals(new And(List.of(new Text("海洋", false), new Not(new Text("海洋城", false)))),
                QueryParser.parse("海洋 NOT 海洋城"));
        assertEquals(new And(List.of(new Text("海洋", false), new Not(new Text("钢城区", false)))),
                QueryParser.parse("海洋 -钢城区"));
    }

    @Test
    void fullWidthBracketsGroup() {
        assertEquals(new And(List.of(new Or(List.of(new Text("金雷", false), new Text("明阳", false))),
                        new Text("风电", false))),
                QueryParser.parse("（金雷 OR 明阳）风电"));
    }

    @Test
    void fieldPrefixesTakeAWordOrAQuotedValue() {
        assertEquals(new And(List.of(new Field(FieldName.REGION, "370100", 1), new Field(FieldName.YEAR, "2019-2021", 15),
                        new Field(FieldName.PROJECT, "海洋城 项目", 30))),
                QueryParser.parse("region:370100 year:2019-2021 project:\"海洋城 项目\""));
        assertEquals(new Field(FieldName.ORG, "金雷科技", 1), QueryParser.parse("ORG:金雷科技"));
    }

    @Test
    void aColonInsideChineseTextIsNotAField() {
        assertEquals(new Text("项目:海洋城", false), QueryParser.parse("项目:海洋城"));
    }

    @Test
    void blankQueryReadsAsNothing() {
        assertNull(QueryParser.parse(" 　"));
    }

    private static String errorOf(String query) {
        return assertThrows(QuerySyntaxException.class, () -> QueryParser.parse(query)).getMessage();
    }

    @Test
    void unclosedBracketIsNamedWithItsColumn() {
        assertEquals("cannot read the query \"金雷 AND (\": the bracket is never closed (at column 8)",
                errorOf("金雷 AND ("));
        assertEquals("cannot read the query \"(金雷 OR 风电\": the bracket is never closed (at column 1)",
                errorOf("(金雷 OR 风电"));
    }

    @Test
    void fieldWithoutValueSaysWhatToWrite() {
        assertEquals("cannot read the query \"region:\": region: has no value after it, "
                + "as in region:370100 or region:钢城区 (at column 1)", errorOf("region:"));
    }

    @Test
    void unknownFieldListsTheKnownOnes() {
        assertEquals("cannot read the query \"city:济南\": there is no field city: "
                + "(the fields are region: year: indicator: type: project: org:) (at column 1)", errorOf("city:济南"));
    }

    @Test
    void danglingOperatorsAndStrayBracketsAreRefused() {
        assertEquals("cannot read the query \"AND 风电\": AND has nothing before it (at column 1)", errorOf("AND 风电"));
        assertEquals("cannot read the query \"风电 OR\": OR has nothing after it (at column 4)", errorOf("风电 OR"));
        assertEquals("cannot read the query \"风电 NOT\": NOT has nothing after it (at column 4)", errorOf("风电 NOT"));
        assertEquals("cannot read the query \"风电)\": the closing bracket has no opening bracket (at column 3)",
                errorOf("风电)"));
        assertEquals("cannot read the query \"()\": the brackets are empty (at column 1)", errorOf("()"));
        assertEquals("cannot read the query \"\"海洋城\": the quote is never closed (at column 1)", errorOf("\"海洋城"));
    }

    @Test
    void errorKeepsQueryAndColumnForRenderers() {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> QueryParser.parse("金雷 AND ("));
        assertEquals("金雷 AND (", e.query());
        assertEquals(8, e.column());
        assertEquals("the bracket is never closed", e.reason());
    }
}
