package huibao.index;

import static huibao.model.BaseUnit.CNY;
import static huibao.model.BaseUnit.COUNT;
import static huibao.model.BaseUnit.PERCENT;
import static huibao.model.BaseUnit.RANK;
import static huibao.model.BaseUnit.USD;

import huibao.model.Entity;
import huibao.model.Measure;
import huibao.model.ReportExtraction;
import java.util.List;

/**
 * Three short investment-promotion reports of Shandong, written for the tests: 钢城区 names the
 * 海洋城 project and the 金雷风电 offshore-wind project; 济南市 speaks of 海洋 and of 城 apart;
 * 黄岛区 speaks of 风电 often but never of 金雷风电. They are a 汇报 dated 2021年11月5日, a 总结
 * dated in Chinese numerals and an undated 通报 of the year 2020.
 */
final class DistrictReports {

    static final String GANGCHENG_FILE = "gangcheng.txt";
    static final String GANGCHENG_TEXT = """
            钢城区2021年1-10月招商引资工作情况汇报
            今年以来，我区坚持把招商引资作为经济工作的生命线，紧盯新旧动能转换，扎实推进项目建设。\
            1-10月，全区新签约项目25个，实际使用外资1740万美元，同比增长32.8%，完成市下达任务的86.5%；\
            实际到位市外资金XX亿元。
            重点项目进展顺利。投资额16亿元的海洋城项目已完成土地摘牌，计划年底前开工建设。\
            我们多次召集有关部门和单位认真分析金雷风电海上风电智能装备项目情况，研究制定支持政策，\
            项目总投资约12亿元，目前设备已进场安装。
            下一步，我区将继续围绕新材料、高端装备等主导产业开展精准招商。
            """;

    static final String JINAN_FILE = "jinan.txt";
    static final String JINAN_TEXT = """
            济南市2021年上半年招商引资工作总结
            上半年，全市实际使用外资5.2亿美元，同比增长18.3%，居全省第二位。\
            我们大力发展海洋经济，建设现代海洋牧场，加强与沿海地区的产业合作。
            同时推进产城融合，新签约项目86个，签约项目总投资412.6亿元。
            """;

    static final String HUANGDAO_FILE = "huangdao.txt";
    static final String HUANGDAO_TEXT = """
            黄岛区2020年招商引资工作情况通报
            2020年，全区新开工项目12个，实际到位市外资金86.4亿元，同比增长9.6%。
            风电装备产业集聚发展，引进明阳风电、金风科技等风电装备龙头企业，海上风电产业链加快完善。
            """;

    private DistrictReports() {
    }

    static ReportExtraction gangcheng() {
        return ReportFixture.whole(GANGCHENG_FILE, GANGCHENG_TEXT)
                .region(ReportFixture.GANGCHENG)
                .date("2021年11月5日")
                .period(2021, 1, 10, "1-10月")
                .fact("projects_signed", Measure.VALUE, "25个", "25", "个", "25", COUNT)
                .fact("fdi_actual", Measure.VALUE, "1740万美元", "1740", "万美元", "1.740E+7", USD)
                .fact("fdi_actual", Measure.YOY, "32.8%", "32.8", "%", "32.8", PERCENT)
                .fact("fdi_actual", Measure.COMPLETION, "86.5%", "86.5", "%", "86.5", PERCENT)
                .redacted("domestic_capital_actual", "XX亿元", "亿元", CNY)
                .fact("projects_signed_investment", Measure.VALUE, "16亿元", "16", null, "亿元", "1.6E+9", null, CNY,
                        false, "海洋城项目")
                .fact("projects_signed_investment", Measure.VALUE, "12亿元", "12", null, "亿元", "1.2E+9", null, CNY,
                        true, "金雷风电海上风电智能装备项目")
                .entity(Entity.Kind.PROJECT, "海洋城项目", "签约", null)
                .entity(Entity.Kind.PROJECT, "金雷风电海上风电智能装备项目", "在建", "金雷科技股份公司")
                .build();
    }

    static ReportExtraction jinan() {
        return ReportFixture.whole(JINAN_FILE, JINAN_TEXT)
                .region(ReportFixture.JINAN)
                .date("二〇二一年七月")
                .period(2021, 1, 6, "上半年")
                .fact("fdi_actual", Measure.VALUE, "5.2亿美元", "5.2", "亿美元", "5.2E+8", USD)
                .fact("fdi_actual", Measure.YOY, "18.3%", "18.3", "%", "18.3", PERCENT)
                .fact("fdi_actual", Measure.RANK, "第二位", "2", "位", "2", RANK)
                .fact("projects_signed", Measure.VALUE, "86个", "86", "个", "86", COUNT)
                .fact("projects_signed_investment", Measure.VALUE, "412.6亿元", "412.6", "亿元", "4.126E+10", CNY)
                .build();
    }

    static ReportExtraction huangdao() {
        return ReportFixture.whole(HUANGDAO_FILE, HUANGDAO_TEXT)
                .region(ReportFixture.HUANGDAO)
                .period(2020, 1, 12, "2020年")
                .fact("projects_started", Measure.VALUE, "12个", "12", "个", "12", COUNT)
                .fact("domestic_capital_actual", Measure.VALUE, "86.4亿元", "86.4", "亿元", "8.64E+9", CNY)
                .fact("domestic_capital_actual", Measure.YOY, "9.6%", "9.6", "%", "9.6", PERCENT)
                .entity(Entity.Kind.ORGANIZATION, "明阳风电", null, null)
                .entity(Entity.Kind.ORGANIZATION, "金风科技", null, null)
                .build();
    }

    /** Writes the three reports into {@code index} and commits. */
    static void indexAll(ReportIndex index) {
        index.replace(ReportFixture.source(GANGCHENG_FILE, GANGCHENG_TEXT, "a1", List.of(gangcheng())),
                List.of(gangcheng()));
        index.replace(ReportFixture.source(JINAN_FILE, JINAN_TEXT, "b2", List.of(jinan())), List.of(jinan()));
        index.replace(ReportFixture.source(HUANGDAO_FILE, HUANGDAO_TEXT, "c3", List.of(huangdao())),
                List.of(huangdao()));
        index.commit();
    }
}
