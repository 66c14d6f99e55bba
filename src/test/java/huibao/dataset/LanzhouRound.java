package huibao.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One round of reports on the first half of 2024, written as the districts and counties of 澜州市
 * write them, each with the one thing that keeps a figure out of a comparable total: 实际使用外资
 * given in 人民币, hedged figures (近, 超, 约), a masked figure, a county that gives its 新签约项目
 * twice with different values, a county that gives only its 制造业 foreign capital and its 省外
 * funds, a county still on 1-5月; besides them a compilation of two reports, a district of another
 * province (钢城区) and a district that masks its name.
 */
public final class LanzhouRound {

    /** The files of the round by name, in UTF-8. */
    static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("2024h1-lanzhou.txt", "澜州市2024年1-6月招商引资工作情况汇报\n澜州市投资促进局\n\n"
                + "1-6月，全市实际使用外资3.10亿美元，同比增长12.6%，完成全年任务的51.7%。"
                + "全市新签约项目82个，总投资436.8亿元。全市到位内资97.36亿元。\n");
        FILES.put("2024h1-luting.txt", "鹭汀区2024年1-6月招商引资工作总结\n\n"
                + "1-6月，全区实际使用外资6125万美元，同比增长18.3%。全区新签约项目14个，总投资92.6亿元。"
                + "全区到位内资18.64亿元。\n");
        FILES.put("2024h1-yunchuan.txt", "蕴川区2024年1-6月招商引资工作总结\n\n"
                + "1-6月，全区实际使用外资2.4亿元人民币，同比增长9.7%。全区新签约项目11个，总投资73.7亿元。"
                + "全区到位内资12.37亿元。\n");
        FILES.put("2024h1-fengzhu.txt", "枫渚区2024年1-6月招商引资工作总结\n\n"
                + "1-6月，全区实际使用外资2486万美元，同比增长6.1%。全区新签约项目近10个，总投资超25亿元。"
                + "全区到位内资约9.85亿元。\n");
        FILES.put("2024h1-lantai.txt", "岚台区2024年1-6月招商引资工作总结\n\n"
                + "1-6月，全区实际使用外资XX万美元，同比增长XX%。全区新签约项目8个，总投资33.5亿元。"
                + "全区到位内资8.12亿元。\n");
        FILES.put("2024h1-luxu.txt", "芦溆县2024年1-6月招商引资工作总结\n\n"
                + "1-6月，全县实际使用外资1128万美元，同比增长35.2%。全县新签约项目7个，总投资27.8亿元。"
                + "全县到位内资6.43亿元。\n上半年，全县共新签约项目9个。\n");
        FILES.put("2024h1-tangfu.txt", "棠阜县2024年1-6月招商引资工作总结\n\n"
                + "1-6月，全县制造业实际使用外资846万美元，同比增长4.7%。全县新签约项目6个，总投资19.6亿元。"
                + "全县引进省外到位资金5.26亿元。\n");
        FILES.put("2024m5-hongshui.txt", "泓水县2024年1-5月招商引资工作汇报\n\n"
                + "1-5月，全县实际使用外资960万美元，同比增长3.2%。全县新签约项目5个，总投资12.4亿元。"
                + "全县到位内资3.78亿元。\n");
        FILES.put("2024h1-compiled.txt", "2024年上半年开发区和县级市招商引资工作情况汇编\n澜州市投资促进局\n\n"
                + "目录\n澜州经济技术开发区2024年1-6月招商引资工作汇报\t2\n澹川市2024年1-6月招商引资工作汇报\t3\n\n"
                + "澜州经济技术开发区2024年1-6月招商引资工作汇报\n\n"
                + "1-6月，全区实际使用外资9856万美元，同比增长19.6%。全区新签约项目12个，总投资89.7亿元。"
                + "全区到位内资16.5亿元。\n\n"
                + "澹川市2024年1-6月招商引资工作汇报\n\n"
                + "1-6月，全市实际使用外资4372万美元，同比增长22.6%。全市新签约项目10个，总投资61.7亿元。"
                + "全市到位内资13.95亿元。\n");
        FILES.put("2024h1-gangcheng.txt", "钢城区2024年1-6月招商引资工作汇报\n\n"
                + "1-6月，全区实际使用外资2310万美元。全区新签约项目19个，总投资58.2亿元。全区到位内资41.7亿元。\n");
        FILES.put("2024h1-masked.txt", "XX区2024年1-6月招商引资工作汇报\n\n"
                + "1-6月，全区实际使用外资1500万美元。全区新签约项目12个，总投资40亿元。全区到位内资10.5亿元。\n");
    }

    private LanzhouRound() {
    }

    /** Writes the round's files into {@code dir}, made if need be, and returns it. */
    public static Path writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        return dir;
    }
}
