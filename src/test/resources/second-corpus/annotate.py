#!/usr/bin/env python3
"""Hand-written gold annotations for the huibao second corpus (held-out reports).

The eight reports in this directory were written for the held-out evaluation and
annotated sentence by sentence following the seed annotation policy.  Every fact
below was typed by hand; this script does NOT look for figures in the text.  It only
  * converts the hand-entered value + unit to base_value/base_unit (exact Decimal),
  * locates each hand-entered `text` in the file, searching forward from the
    previous fact (or from an explicit `ctx` anchor) to record its char offset,
    and refuses a match that sits inside a longer number,
  * writes gold/<name>.json.
Run:  python3 annotate.py && python3 validate.py gold .
Fact tuple: F(text, value, unit, indicator, measure, scope, **opts)
  value None  -> redacted figure; opts: a=approx, vmax=upper bound of a range,
  ctx=unique surrounding string that contains text, bu=base_unit (for unit None).
"""
import json, os
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "gold")

MONEY = {"亿元": ("1e8", "CNY"), "万元": ("1e4", "CNY"), "元": ("1", "CNY"),
         "亿": ("1e8", "CNY"), "亿美元": ("1e8", "USD"), "万美元": ("1e4", "USD"),
         "美元": ("1", "USD")}
COUNT = ["个", "家", "次", "批次", "只", "项", "名", "人", "场", "处", "条", "天", "户", "期", "支"]
UNITS = dict(MONEY)
UNITS.update({u: ("1", "count") for u in COUNT})
UNITS.update({"%": ("1", "percent"), "个百分点": ("1", "pp"), "倍": ("100", "percent"),
              "位": ("1", "rank"), "亩": ("1", "mu"), "平方米": ("1", "m2"),
              "万平方米": ("1e4", "m2")})

# characters that may not touch a figure's text from outside (a match inside a longer number)
NUMERIC = set("0123456789.０１２３４５６７８９零〇一二两三四五六七八九十百千Xx*×")


def num(d):
    d = Decimal(d)
    if d == d.to_integral_value():
        return int(d)
    return float(str(d.normalize()))


def F(text, value, unit, indicator, measure, scope=None, **o):
    return dict(text=text, value=value, unit=unit, indicator=indicator,
                measure=measure, scope=scope, o=o)


def C(kind, facts, computed, stated, consistent, note=""):
    return {"kind": kind, "facts": facts, "computed": computed, "stated": stated,
            "consistent": consistent, "note": note}


# ---------------------------------------------------------------- 1 county, Q1, terse
SHANPING = dict(
    title="杉坪县2024年一季度招商引资工作情况", region="杉坪县", region_masked=False,
    period={"year": 2024, "from_month": 1, "to_month": 3, "label": "1-3月"},
    notes="Terse numbered style. 低于序时进度3.4个百分点 is the gap of the 21.6% completion to the "
          "25% schedule of a first quarter; recorded as pp_change -3.4 (below = negative, like a decrease) with "
          "the comparison in scope. 不少于8批次 is read like 至少 (approx, text without the prefix). "
          "仅1个 / 仅2个: 仅 stays outside text and is not approximate. 500强企业6家 counts visited firms "
          "(firms_visited, scope 500强企业), not 500强 projects. 年产3万吨 is part of a project name. "
          "四大班子 is not written; 一项目一专班 is a slogan.",
    facts=[
        F("14个", "14", "个", "projects_signed", "value", None),
        F("38.6亿元", "38.6", "亿元", "projects_signed_investment", "value", None),
        F("21.4%", "21.4", "%", "projects_signed_investment", "yoy", None),
        F("9个", "9", "个", "projects_signed", "value", "亿元以上"),
        F("3个", "3", "个", "projects_signed", "value", "5000万元至1亿元"),
        F("6个", "6", "个", "projects_started", "value", None),
        F("15.2亿元", "15.2", "亿元", "projects_started_investment", "value", None),
        F("42.9%", "42.9", "%", "contract_fulfillment_rate", "value", None),
        F("9.73亿元", "9.73", "亿元", "domestic_capital_actual", "value", "省外"),
        F("12.6%", "12.6", "%", "domestic_capital_actual", "yoy", "省外"),
        F("45亿元", "45", "亿元", "domestic_capital_actual", "target", "省外; 年度目标任务"),
        F("21.6%", "21.6", "%", "domestic_capital_actual", "completion", "省外; 年度目标任务"),
        F("3.4个百分点", "-3.4", "个百分点", "domestic_capital_actual", "pp_change", "省外; 低于序时进度"),
        F("426万美元", "426", "万美元", "fdi_actual", "value", None),
        F("18.3%", "-18.3", "%", "fdi_actual", "yoy", None),
        F("2家", "2", "家", "fdi_enterprises_new", "value", None),
        F("6.8亿元", "6.8", "亿元", "fixed_asset_investment", "value", "招商引资项目"),
        F("31.5%", "31.5", "%", "fixed_asset_investment", "share", "招商引资项目"),
        F("11批次", "11", "批次", "outreach_trips", "value", "县级领导带队"),
        F("47家", "47", "家", "firms_visited", "value", None),
        F("6家", "6", "家", "firms_visited", "value", "500强企业"),
        F("2场", "2", "场", "promotion_events", "value", "宁波产业推介会"),
        F("3次", "3", "次", "promotion_events", "value", "省、市招商活动"),
        F("5个", "5", "个", "projects_signed", "value", "招商活动现场签约"),
        F("12.4亿元", "12.4", "亿元", "projects_signed_investment", "value", "招商活动现场签约"),
        F("23个", "23", "个", "projects_negotiating", "value", None),
        F("86亿元", "86", "亿元", "projects_negotiating_investment", "value", None),
        F("4个", "4", "个", "projects_negotiating", "value", "10亿元以上"),
        F("8个", "8", "个", "other", "value", "一季度新入库项目"),
        F("17个", "17", "个", "other", "value", "续建项目"),
        F("4.1亿元", "4.1", "亿元", "fixed_asset_investment", "value", "续建项目"),
        F("6.5亿元", "6.5", "亿元", "other", "value", "总投资: 衡越纸业年产3万吨特种纸项目"),
        F("1.2亿元", "1.2", "亿元", "other", "value", "完成投资: 东岭农旅康养综合体项目"),
        F("1个", "1", "个", "projects_signed", "value", "10亿元以上"),
        F("2个", "2", "个", "projects_negotiating", "value", "外资"),
        F("320亩", "320", "亩", "land_area", "value", "工业用地指标缺口", a=True),
        F("10个", "10", "个", "projects_signed", "target", "亿元以上; 二季度", a=True),
        F("22亿元", "22", "亿元", "domestic_capital_actual", "target", "省外; 上半年", a=True),
        F("8批次", "8", "批次", "outreach_trips", "target", "招商攻坚月; 小分队", a=True),
    ],
    projects=["衡越纸业年产3万吨特种纸项目", "东岭农旅康养综合体项目"],
    organizations=[],
    checks=[
        C("ratio", "6个 / 14个 = 履约率42.9%", "42.86%", "42.9%", True, "新开工 / 新签约"),
        C("completion", "9.73亿元 / 45亿元 = 21.6%", "21.62% (21.61-21.63%)", "21.6%", True, ""),
        C("ratio", "21.6% - 25% (3/12 序时进度) = -3.4个百分点", "-3.4", "-3.4", True,
          "schedule of a first quarter is 3/12 = 25%"),
        C("share", "6.8亿元 / ? = 31.5%", "implied whole 21.6亿元", "31.5%", None,
          "the county's total 固定资产投资 is not stated"),
        C("sum", "9个 + 3个 <= 14个", "12", "14", True,
          "亿元以上 and 5000万元至1亿元 classes leave 2 smaller projects; not an identity"),
    ],
)

# ---------------------------------------------------------------- 2 city bulletin ranking its districts
LINZHU = dict(
    title="关于2024年1-8月全市招商引资工作情况的通报", region="临渚市", region_masked=False,
    period={"year": 2024, "from_month": 1, "to_month": 8, "label": "1-8月"},
    notes="Bulletin of the city bureau ranking its nine 县（区）(5 districts/counties named as 区/县 plus 临渚经开区 and "
          "临渚高新区). 前三位/后三位 and 居全市前三位 are selection descriptors kept in scope. 列第N位 gives rank facts with "
          "unit 位; 第一 without 位 has unit null. 高于序时进度1.3个百分点 is +1.3, 低于序时进度12.1个百分点 is -12.1. "
          "9-12月尚需 288.05亿元 and the monthly 72.0亿元以上 are what is left of the target: measure target. "
          "外资到位仍为空白 and 排名末位 carry no number and give no fact. The closing line repeats the issuing body.",
    facts=[
        F("186个", "186", "个", "projects_signed", "value", "亿元以上"),
        F("9.4%", "9.4", "%", "projects_signed", "yoy", "亿元以上"),
        F("1342.7亿元", "1342.7", "亿元", "projects_signed_investment", "value", "亿元以上"),
        F("611.95亿元", "611.95", "亿元", "domestic_capital_actual", "value", "市外"),
        F("7.8%", "7.8", "%", "domestic_capital_actual", "yoy", "市外"),
        F("900亿元", "900", "亿元", "domestic_capital_actual", "target", "市外; 年度目标任务"),
        F("68.0%", "68.0", "%", "domestic_capital_actual", "completion", "市外; 年度目标任务"),
        F("1.3个百分点", "1.3", "个百分点", "domestic_capital_actual", "pp_change", "市外; 高于序时进度"),
        F("2.14亿美元", "2.14", "亿美元", "fdi_actual", "value", None),
        F("59.4%", "59.4", "%", "fdi_actual", "completion", "年度任务"),
        F("第5位", "5", "位", "fdi_actual", "rank", "全省"),
        F("31个", "31", "个", "projects_signed", "value", "亿元以上; 东渚区(前三位)"),
        F("27个", "27", "个", "projects_signed", "value", "亿元以上; 枫桥县(前三位)"),
        F("25个", "25", "个", "projects_signed", "value", "亿元以上; 临渚经开区(前三位)"),
        F("12个", "12", "个", "projects_signed", "value", "亿元以上; 宁湖县(后三位)"),
        F("11个", "11", "个", "projects_signed", "value", "亿元以上; 云岙县(后三位)"),
        F("9个", "9", "个", "projects_signed", "value", "亿元以上; 临渚高新区(后三位)"),
        F("81.2%", "81.2", "%", "domestic_capital_actual", "completion", "市外; 北澜区"),
        F("第1位", "1", "位", "domestic_capital_actual", "rank", "市外完成进度; 北澜区; 全市"),
        F("76.5%", "76.5", "%", "domestic_capital_actual", "completion", "市外; 东渚区"),
        F("第2位", "2", "位", "domestic_capital_actual", "rank", "市外完成进度; 东渚区; 全市"),
        F("72.3%", "72.3", "%", "domestic_capital_actual", "completion", "市外; 枫桥县"),
        F("第3位", "3", "位", "domestic_capital_actual", "rank", "市外完成进度; 枫桥县; 全市"),
        F("70.8%", "70.8", "%", "domestic_capital_actual", "completion", "市外; 临渚经开区"),
        F("第4位", "4", "位", "domestic_capital_actual", "rank", "市外完成进度; 临渚经开区; 全市"),
        F("65.9%", "65.9", "%", "domestic_capital_actual", "completion", "市外; 南屏区"),
        F("第5位", "5", "位", "domestic_capital_actual", "rank", "市外完成进度; 南屏区; 全市"),
        F("63.4%", "63.4", "%", "domestic_capital_actual", "completion", "市外; 石溪县"),
        F("第6位", "6", "位", "domestic_capital_actual", "rank", "市外完成进度; 石溪县; 全市"),
        F("61.7%", "61.7", "%", "domestic_capital_actual", "completion", "市外; 临渚高新区"),
        F("第7位", "7", "位", "domestic_capital_actual", "rank", "市外完成进度; 临渚高新区; 全市"),
        F("58.2%", "58.2", "%", "domestic_capital_actual", "completion", "市外; 宁湖县"),
        F("第8位", "8", "位", "domestic_capital_actual", "rank", "市外完成进度; 宁湖县; 全市"),
        F("54.6%", "54.6", "%", "domestic_capital_actual", "completion", "市外; 云岙县"),
        F("第9位", "9", "位", "domestic_capital_actual", "rank", "市外完成进度; 云岙县; 全市"),
        F("4个", "4", "个", "other", "value", "超过序时进度的县（区）"),
        F("12.1个百分点", "-12.1", "个百分点", "domestic_capital_actual", "pp_change", "市外; 云岙县; 低于序时进度"),
        F("98.6亿元", "98.6", "亿元", "domestic_capital_actual", "value", "市外; 东渚区(前三位)"),
        F("91.2亿元", "91.2", "亿元", "domestic_capital_actual", "value", "市外; 北澜区(前三位)"),
        F("80.4亿元", "80.4", "亿元", "domestic_capital_actual", "value", "市外; 枫桥县(前三位)"),
        F("38.7亿元", "38.7", "亿元", "domestic_capital_actual", "value", "市外; 云岙县"),
        F("41.05亿元", "41.05", "亿元", "domestic_capital_actual", "value", "市外; 宁湖县"),
        F("6.2%", "-6.2", "%", "domestic_capital_actual", "yoy", "市外; 云岙县"),
        F("3.5%", "-3.5", "%", "domestic_capital_actual", "yoy", "市外; 宁湖县"),
        F("6820万美元", "6820", "万美元", "fdi_actual", "value", "临渚经开区"),
        F("31.9%", "31.9", "%", "fdi_actual", "share", "临渚经开区"),
        F("第一", "1", None, "fdi_actual", "rank", "临渚经开区; 各县（区）"),
        F("4150万美元", "4150", "万美元", "fdi_actual", "value", "东渚区"),
        F("3560万美元", "3560", "万美元", "fdi_actual", "value", "北澜区"),
        F("143批次", "143", "批次", "outreach_trips", "value", "各县（区）党政主要负责同志"),
        F("612家", "612", "家", "firms_visited", "value", "各县（区）党政主要负责同志"),
        F("22批次", "22", "批次", "outreach_trips", "value", "枫桥县"),
        F("第一", "1", None, "outreach_trips", "rank", "枫桥县; 各县（区）"),
        F("6批次", "6", "批次", "outreach_trips", "value", "临渚高新区"),
        F("288.05亿元", "288.05", "亿元", "domestic_capital_actual", "target", "市外; 9-12月尚需"),
        F("72.0亿元", "72.0", "亿元", "domestic_capital_actual", "target", "市外; 9-12月月均", a=True),
        F("80%", "80", "%", "contract_fulfillment_rate", "target", "签约项目; 年底前", a=True),
    ],
    projects=[],
    organizations=[],
    checks=[
        C("completion", "611.95亿元 / 900亿元 = 68.0%", "67.99%", "68.0%", True, ""),
        C("ratio", "68.0% - 66.7% (8/12 序时进度) = +1.3个百分点", "1.33 (67.99 - 66.67)", "1.3", True,
          "8/12 = 66.67%"),
        C("sum", "900亿元 - 611.95亿元 = 288.05亿元", "288.05", "288.05", True, "remaining to the annual target"),
        C("ratio", "288.05亿元 / 4 months = 72.0亿元", "72.01", "72.0", True, "9-12月 is four months"),
        C("ratio", "54.6% - 66.7% = -12.1个百分点", "-12.07", "-12.1", True, "云岙县 against the 8/12 schedule"),
        C("sum", "4个县（区） = 4 named (北澜区、东渚区、枫桥县、临渚经开区)", "4", "4", True,
          "and exactly these four are above 66.7%"),
        C("share", "6820万美元 / 2.14亿美元 = 31.9%", "31.87% (31.79-31.95%)", "31.9%", True, ""),
    ],
)

# ---------------------------------------------------------------- 3 high-tech zone, half year, projects
HEXI = dict(
    title="鹤溪高新区2024年上半年招商引资工作总结", region="鹤溪高新技术产业开发区", region_masked=False,
    period={"year": 2024, "from_month": 1, "to_month": 6, "label": "1-6月"},
    notes="The reporter is a high-tech zone (管委会), named in full in the issuing line; region is that zone "
          "(no GB/T 2260 code). 全区 means the zone. Per-project amounts (总投资, 已完成投资, 累计完成投资, 年产值, "
          "产值, 拟投资) are indicator other with the project in scope, as the policy does for per-project investment; "
          "the 74.7% of one project's completed investment is other/share. 在建项目42个 is a stock count (other); their "
          "完成固定资产投资 is fixed_asset_investment. The 一体化压铸基地 of an unnamed investor is not listed as a project "
          "(no name). 晟铂项目 / 澜芯项目 later are short back-references, not new projects. 三大主导产业 is a label. "
          "全年实际到位市外资金88亿元 in the plan is taken as the annual task behind 53.2%.",
    facts=[
        F("28个", "28", "个", "projects_signed", "value", None),
        F("217.5亿元", "217.5", "亿元", "projects_signed_investment", "value", None),
        F("19个", "19", "个", "projects_signed", "value", "亿元以上"),
        F("6个", "6", "个", "projects_signed", "value", "10亿元以上"),
        F("1个", "1", "个", "projects_signed", "value", "50亿元以上"),
        F("15个", "15", "个", "projects_started", "value", None),
        F("96.3亿元", "96.3", "亿元", "projects_started_investment", "value", None),
        F("42个", "42", "个", "other", "value", "在建项目"),
        F("58.7亿元", "58.7", "亿元", "fixed_asset_investment", "value", "在建项目"),
        F("14.2%", "14.2", "%", "fixed_asset_investment", "yoy", "在建项目"),
        F("9个", "9", "个", "projects_completed", "value", None),
        F("31.4亿元", "31.4", "亿元", "projects_completed_investment", "value", None),
        F("37个", "37", "个", "projects_negotiating", "value", None),
        F("410亿元", "410", "亿元", "projects_negotiating_investment", "value", None, a=True),
        F("46.8亿元", "46.8", "亿元", "domestic_capital_actual", "value", "市外"),
        F("53.2%", "53.2", "%", "domestic_capital_actual", "completion", "市外; 年度任务"),
        F("3120万美元", "3120", "万美元", "fdi_actual", "value", None),
        F("52亿元", "52", "亿元", "other", "value", "总投资: 晟铂新能源储能电池产业园项目"),
        F("120亿元", "120", "亿元", "other", "value", "达产后年产值: 晟铂新能源储能电池产业园项目"),
        F("18.6亿元", "18.6", "亿元", "other", "value", "总投资: 澜芯半导体封装测试基地项目"),
        F("6.2亿元", "6.2", "亿元", "other", "value", "总投资: 康屹生物抗体药物中试平台"),
        F("3.5亿元", "3.5", "亿元", "other", "value", "总投资: 汇恒精密结构件项目"),
        F("24亿元", "24", "亿元", "other", "value", "总投资: 鼎钧重工海上风电装备制造项目"),
        F("5.3亿元", "5.3", "亿元", "other", "value", "已完成投资: 鼎钧重工海上风电装备制造项目"),
        F("8.8亿元", "8.8", "亿元", "other", "value", "总投资: 禾润医疗器械产业园一期项目"),
        F("15亿元", "15", "亿元", "other", "value", "总投资: 铂睿光学镜头模组项目"),
        F("11.2亿元", "11.2", "亿元", "other", "value", "累计完成投资: 铂睿光学镜头模组项目"),
        F("74.7%", "74.7", "%", "other", "share", "完成投资占总投资: 铂睿光学镜头模组项目"),
        F("9个", "9", "个", "projects_completed", "value", None),
        F("2100万元", "2100", "万元", "other", "value", "6月产值: 凯诺包装智能工厂项目"),
        F("1个", "1", "个", "projects_negotiating", "value", "总投资100亿元以上"),
        F("2个", "2", "个", "projects_negotiating", "value", "50亿至100亿元"),
        F("9个", "9", "个", "projects_negotiating", "value", "10亿至50亿元"),
        F("30-40亿元", "30", "亿元", "other", "value", "拟投资: 一体化压铸基地", vmax="40"),
        F("16批次", "16", "批次", "outreach_trips", "value", "管委会主要领导带队; 长三角、珠三角"),
        F("83家", "83", "家", "firms_visited", "value", None),
        F("2场", "2", "场", "promotion_events", "value", "深圳、苏州专题推介会"),
        F("130余人", "130", "人", "other", "value", "推介会邀请企业家", a=True),
        F("7个", "7", "个", "projects_signed", "value", "推介会现场签约"),
        F("41.3亿元", "41.3", "亿元", "projects_signed_investment", "value", "推介会现场签约"),
        F("1个", "1", "个", "other", "value", "与鹤溪理工大学共建中试基地"),
        F("5个", "5", "个", "other", "value", "高层次人才团队"),
        F("2个", "2", "个", "projects_started", "value", "10亿元以上签约项目中"),
        F("15个", "15", "个", "projects_signed", "target", "亿元以上; 下半年"),
        F("12个", "12", "个", "projects_started", "target", "下半年"),
        F("88亿元", "88", "亿元", "domestic_capital_actual", "target", "市外; 全年"),
        F("6000万美元", "6000", "万美元", "fdi_actual", "target", "全年"),
        F("6条", "6", "条", "other", "value", "产线: 晟铂项目一期"),
    ],
    projects=["晟铂新能源储能电池产业园项目", "澜芯半导体封装测试基地项目", "康屹生物抗体药物中试平台",
              "汇恒精密结构件项目", "鼎钧重工海上风电装备制造项目", "禾润医疗器械产业园一期项目",
              "铂睿光学镜头模组项目", "伟拓新材料电子级硅微粉项目", "凯诺包装智能工厂项目"],
    organizations=["江苏晟铂能源科技股份有限公司", "深圳澜芯微电子有限公司", "鹤溪理工大学"],
    checks=[
        C("completion", "46.8亿元 / 88亿元 = 53.2%", "53.18% (52.82-53.54%)", "53.2%", True,
          "88亿元 is the full-year figure of the plan, read as the annual task"),
        C("share", "11.2亿元 / 15亿元 = 74.7%", "74.67% (71.94-77.59%)", "74.7%", True, "铂睿光学镜头模组项目"),
        C("sum", "9个 completed = 2 named + others (等)", "2 named", "9", None,
          "等 closes an open list; the count cannot be checked against the names"),
    ],
)

# ---------------------------------------------------------------- 4 district, full year and next year's plan
QINGFENG = dict(
    title="青枫区2023年招商引资工作总结和2024年工作打算", region="青枫区", region_masked=False,
    period={"year": 2023, "from_month": 1, "to_month": 12, "label": "全年"},
    notes="Full-year 2023 summary with the 2024 plan (measure target). 增长1.3倍 / 增长2.4倍 are yoy 130 / 240. "
          "较上年增加23个 / 多7家 / 增加6个 / 增加30批次 are yoy_abs. 比重较上年提高8.2个百分点 is the 制造业 share; "
          "履约率较上年提高11.5个百分点 is contract_fulfillment_rate pp_change. The planned growth 增长9.3% is a target "
          "(as 003's *%以上的增速), indicator domestic_capital_actual, unit %. 近五年 is a period, 零的突破 and "
          "两大主导产业链 / 周调度、月通报 are labels, 不少于 is read as 至少 (approx). 四个产业招商专班 counts the "
          "专班 (the four are named in the same phrase).",
    facts=[
        F("112个", "112", "个", "projects_signed", "value", None),
        F("23个", "23", "个", "projects_signed", "yoy_abs", None),
        F("25.8%", "25.8", "%", "projects_signed", "yoy", None),
        F("486.2亿元", "486.2", "亿元", "projects_signed_investment", "value", None),
        F("1.3倍", "1.3", "倍", "projects_signed_investment", "yoy", None),
        F("178.45亿元", "178.45", "亿元", "domestic_capital_actual", "value", "区外"),
        F("16.9%", "16.9", "%", "domestic_capital_actual", "yoy", "区外"),
        F("160亿元", "160", "亿元", "domestic_capital_actual", "target", "区外; 市下达任务"),
        F("111.5%", "111.5", "%", "domestic_capital_actual", "completion", "区外; 市下达任务"),
        F("4.6个百分点", "4.6", "个百分点", "domestic_capital_actual", "pp_change", "区外; 增速高于全市平均水平"),
        F("第二位", "2", "位", "domestic_capital_actual", "rank", "区外; 全市"),
        F("1.06亿美元", "1.06", "亿美元", "fdi_actual", "value", None),
        F("62.3%", "62.3", "%", "fdi_actual", "yoy", None),
        F("2.8亿美元", "2.8", "亿美元", "fdi_contracted", "value", None),
        F("2.4倍", "2.4", "倍", "fdi_contracted", "yoy", None),
        F("19家", "19", "家", "fdi_enterprises_new", "value", None),
        F("7家", "7", "家", "fdi_enterprises_new", "yoy_abs", None),
        F("67个", "67", "个", "projects_signed", "value", "制造业"),
        F("59.8%", "59.8", "%", "projects_signed", "share", "制造业"),
        F("8.2个百分点", "8.2", "个百分点", "projects_signed", "pp_change", "制造业占比"),
        F("14个", "14", "个", "projects_signed", "value", "10亿元以上"),
        F("6个", "6", "个", "projects_signed", "yoy_abs", "10亿元以上"),
        F("62亿元", "62", "亿元", "other", "value", "总投资: 青枫绿氢装备产业园项目"),
        F("58个", "58", "个", "projects_started", "value", None),
        F("51.8%", "51.8", "%", "contract_fulfillment_rate", "value", None),
        F("11.5个百分点", "11.5", "个百分点", "contract_fulfillment_rate", "pp_change", None),
        F("31个", "31", "个", "projects_completed", "value", None),
        F("14.8%", "14.8", "%", "projects_completed", "yoy", None),
        F("132.6亿元", "132.6", "亿元", "fixed_asset_investment", "value", "招商引资项目"),
        F("46.3%", "46.3", "%", "fixed_asset_investment", "share", "招商引资项目"),
        F("四个", "4", "个", "other", "value", "产业招商专班"),
        F("96批次", "96", "批次", "outreach_trips", "value", None),
        F("30批次", "30", "批次", "outreach_trips", "yoy_abs", None),
        F("405家", "405", "家", "firms_visited", "value", None),
        F("18场", "18", "场", "promotion_events", "value", None),
        F("78.4%", "78.4", "%", "fdi_actual", "share", "港资"),
        F("3.1%", "3.1", "%", "fdi_actual", "share", "欧美资"),
        F("9个", "9", "个", "other", "value", "2022年签约项目中未开工"),
        F("27人", "27", "人", "other", "value", "专职招商人员"),
        F("120个", "120", "个", "projects_signed", "target", "2024年目标", a=True),
        F("15个", "15", "个", "projects_signed", "target", "10亿元以上; 2024年目标"),
        F("195亿元", "195", "亿元", "domestic_capital_actual", "target", "区外; 2024年目标"),
        F("9.3%", "9.3", "%", "domestic_capital_actual", "target", "区外; 2024年目标增速"),
        F("1.2亿美元", "1.2", "亿美元", "fdi_actual", "target", "2024年目标"),
        F("65个", "65", "个", "projects_started", "target", "2024年目标"),
        F("35个", "35", "个", "projects_completed", "target", "2024年目标"),
        F("20场", "20", "场", "promotion_events", "target", "2024年", a=True),
        F("12批次", "12", "批次", "outreach_trips", "target", "区主要领导; 2024年", a=True),
    ],
    projects=["青枫绿氢装备产业园项目"],
    organizations=[],
    checks=[
        C("yoy", "112个, +23个 -> 23 / (112 - 23) = 25.8%", "25.84%", "25.8%", True, "last year's level 89 implied"),
        C("completion", "178.45亿元 / 160亿元 = 111.5%", "111.53%", "111.5%", True, ""),
        C("share", "67个 / 112个 = 59.8%", "59.82%", "59.8%", True, ""),
        C("ratio", "58个 / 112个 = 履约率51.8%", "51.79%", "51.8%", True, "新开工 / 新签约"),
        C("yoy", "31个 at +14.8% -> base 27个", "31 / 27 - 1 = 14.81%", "14.8%", True, "last year's level 27 implied"),
        C("yoy", "195亿元 / 178.45亿元 - 1 = 9.3%", "9.27% (8.99-9.56%)", "9.3%", True, "planned growth"),
        C("share", "132.6亿元 / ? = 46.3%", "implied whole 286.4亿元", "46.3%", None,
          "the district's total 固定资产投资 is not stated"),
    ],
)

# ---------------------------------------------------------------- 5 masked county report
MASKED = dict(
    title="20XX年XX县上半年招商引资工作情况汇报", region=None, region_masked=True,
    period={"year": None, "from_month": 1, "to_month": 6, "label": "1-6月"},
    notes="County, year and towns masked (XX县, 20XX, XX镇/XX乡/XX工业园区): masked names are kept in scope as written "
          "and are not figures; 20XX年7月 and the document number X政发〔20XX〕X号 are not facts. Masks used: XX, xx, ×, *, **, "
          "XXX, two ideographic spaces (新开工项目\u3000\u3000个) and three ASCII spaces (实际使用外资   万美元); the blank "
          "facts' text starts at the first blank. 第×位 is a redacted rank. XX多亿元 keeps 多 (approx). 下降**% is "
          "a redacted yoy (sign unknown, value null). 到位资金 of XX乡 is read as 县外 money like the county total. "
          "Only the share 21.3/36.8 survives redaction as a check.",
    facts=[
        F("XX个", None, "个", "projects_signed", "value", None),
        F("36.8亿元", "36.8", "亿元", "projects_signed_investment", "value", None),
        F("XX%", None, "%", "projects_signed_investment", "yoy", None),
        F("×个", None, "个", "projects_signed", "value", "亿元以上"),
        F("2个", "2", "个", "projects_signed", "value", "10亿元以上"),
        F("\u3000\u3000个", None, "个", "projects_started", "value", None),
        F("14.6亿元", "14.6", "亿元", "projects_started_investment", "value", None),
        F("5个", "5", "个", "projects_completed", "value", None),
        F("**亿元", None, "亿元", "domestic_capital_actual", "value", "县外"),
        F("52.6%", "52.6", "%", "domestic_capital_actual", "completion", "县外; 年度目标"),
        F("第×位", None, "位", "domestic_capital_actual", "rank", "县外; 全市"),
        F("   万美元", None, "万美元", "fdi_actual", "value", None),
        F("2家", "2", "家", "fdi_enterprises_new", "value", None),
        F("xx万美元", None, "万美元", "fdi_contracted", "value", None),
        F("11个", "11", "个", "projects_signed", "value", "XX工业园区"),
        F("21.3亿元", "21.3", "亿元", "projects_signed_investment", "value", "XX工业园区"),
        F("57.9%", "57.9", "%", "projects_signed_investment", "share", "XX工业园区"),
        F("4个", "4", "个", "projects_signed", "value", "XX镇"),
        F("xx个", None, "个", "projects_signed", "value", "XX镇"),
        F("*亿元", None, "亿元", "domestic_capital_actual", "value", "县外; XX乡"),
        F("**%", None, "%", "domestic_capital_actual", "yoy", "县外; XX乡"),
        F("X个", None, "个", "other", "value", "驻点招商组"),
        F("12名", "12", "名", "other", "value", "外派驻点人员"),
        F("XX条", None, "条", "other", "value", "驻点组收集有效信息"),
        F("3个", "3", "个", "projects_signed", "value", "驻点组促成"),
        F("1场", "1", "场", "promotion_events", "value", "全市食品产业招商推介会"),
        F("XX个", None, "个", "projects_signed", "value", "推介会签约"),
        F("XX多亿元", None, "亿元", "projects_signed_investment", "value", "推介会签约", a=True),
        F("XX亿元", None, "亿元", "other", "value", "投资: 绿源冷链食品产业园项目"),
        F("26批次", "26", "批次", "outreach_trips", "value", "县领导"),
        F("×家", None, "家", "firms_visited", "value", None),
        F("1.8亿元", "1.8", "亿元", "other", "value", "增资扩产新增投资: 金禾粮油有限公司"),
        F("XX万元", None, "万元", "other", "value", "招商引资奖补资金"),
        F("312亩", "312", "亩", "land_area", "value", "新增工业用地"),
        F("4.5万平方米", "4.5", "万平方米", "other", "value", "盘活闲置厂房"),
        F("XX%", None, "%", "projects_signed", "share", "5000万元以下"),
        F("**%", None, "%", "fdi_actual", "yoy", None),
        F("XX个百分点", None, "个百分点", "fdi_actual", "pp_change", "低于全市平均水平"),
        F("XX个", None, "个", "projects_signed", "target", "亿元以上; 全年"),
        F("30亿元", "30", "亿元", "domestic_capital_actual", "target", "县外; 全年", a=True),
        F("XXX万美元", None, "万美元", "fdi_actual", "target", "全年"),
    ],
    projects=["绿源冷链食品产业园项目"],
    organizations=["金禾粮油有限公司"],
    checks=[
        C("share", "21.3亿元 / 36.8亿元 = 57.9%", "57.88% (57.67-58.10%)", "57.9%", True, "XX工业园区 share of the county"),
    ],
)

# ---------------------------------------------------------------- 6 town, small counts and Chinese numerals
XIQIAO = dict(
    title="溪桥镇2024年1-10月招商引资工作情况汇报", region="溪桥镇", region_masked=False,
    period={"year": 2024, "from_month": 1, "to_month": 10, "label": "1-10月"},
    notes="Town-level reporter (溪桥镇, no GB/T 2260 code). 新引进项目 is projects_signed. Chinese numerals that say how many "
          "are facts (九个, 五个, 三个, 一个 in the breakdown, 十二批次, 二十六家, 两场, 二十六名, 三家, 十二处, 两家, 两个, 三名); "
          "一个 here counts a breakdown item, and 恳谈会一场 counts an event after its noun, so neither is the article 一. "
          "九个项目中 (twice) refers back to the nine projects already counted and is not a new fact. 每名班子成员 is "
          "'each', not a count. Ranges: 3-5家, 2至3个, 2至3亿元, 3-5次. 超800亩 planting area of a project is land_area. "
          "Labels: 双招双引, 一企一策, 十四五, 两大方向, 5G, 专精特新, 500强企业名单, 第一批.",
    facts=[
        F("九个", "9", "个", "projects_signed", "value", None),
        F("五个", "5", "个", "projects_signed", "value", "工业"),
        F("三个", "3", "个", "projects_signed", "value", "农文旅"),
        F("一个", "1", "个", "projects_signed", "value", "商贸服务"),
        F("8.6亿元", "8.6", "亿元", "projects_signed_investment", "value", None, a=True),
        F("六个", "6", "个", "projects_started", "value", None),
        F("2.37亿元", "2.37", "亿元", "domestic_capital_actual", "value", "县外"),
        F("3亿元", "3", "亿元", "domestic_capital_actual", "target", "县外; 全年任务"),
        F("79%", "79", "%", "domestic_capital_actual", "completion", "县外; 全年任务"),
        F("15%", "15", "%", "domestic_capital_actual", "yoy", "县外", a=True),
        F("十二批次", "12", "批次", "outreach_trips", "value", "镇主要领导带队"),
        F("二十六家", "26", "家", "firms_visited", "value", None),
        F("40批次", "40", "批次", "other", "value", "接待来镇考察客商", a=True),
        F("两场", "2", "场", "promotion_events", "value", "县级以上招商推介会"),
        F("一场", "1", "场", "promotion_events", "value", "乡贤恳谈会"),
        F("60余名", "60", "名", "other", "value", "邀请在外乡贤", a=True),
        F("二十六名", "26", "名", "other", "value", "抽调机关干部(企业服务专班)"),
        F("3-5家", "3", "家", "other", "value", "每名班子成员联系企业", vmax="5"),
        F("120多次", "120", "次", "other", "value", "上门服务", a=True),
        F("二十余个", "20", "个", "other", "value", "帮助企业解决问题", a=True),
        F("120亩", "120", "亩", "land_area", "value", "工业集中区新平整土地", a=True),
        F("4处", "4", "处", "other", "value", "盘活闲置厂房"),
        F("1.2万平方米", "1.2", "万平方米", "other", "value", "盘活闲置厂房面积"),
        F("2至3个", "2", "个", "other", "value", "可满足中小项目入驻", vmax="3"),
        F("三家", "3", "家", "other", "value", "新增规上工业企业"),
        F("2至3亿元", "2", "亿元", "other", "value", "投资: 恒翔精密铸件项目", vmax="3"),
        F("1.5亿元", "1.5", "亿元", "other", "value", "总投资: 溪桥田园综合体（一期）项目", a=True),
        F("十二处", "12", "处", "other", "value", "已建成民宿院落: 溪桥田园综合体（一期）项目"),
        F("800亩", "800", "亩", "land_area", "value", "种植面积: 林下中药材种植项目", a=True),
        F("三百余户", "300", "户", "other", "value", "带动周边农户增收: 林下中药材种植项目", a=True),
        F("两家", "2", "家", "other", "value", "协助申报省级“专精特新”企业"),
        F("两个", "2", "个", "projects_signed", "value", "亿元以上"),
        F("三名", "3", "名", "other", "value", "专职招商人员"),
        F("12个", "12", "个", "projects_signed", "target", "全年", a=True),
        F("3亿元", "3", "亿元", "domestic_capital_actual", "target", "县外; 全年", a=True),
        F("3-5次", "3", "次", "outreach_trips", "target", None, vmax="5"),
    ],
    projects=["恒翔精密铸件项目", "溪桥田园综合体（一期）项目", "林下中药材种植项目"],
    organizations=["常州恒翔机械有限公司"],
    checks=[
        C("sum", "五个 + 三个 + 一个 = 九个", "9", "9", True, "工业 + 农文旅 + 商贸服务"),
        C("completion", "2.37亿元 / 3亿元 = 79%", "79.00% (78.83-79.17%)", "79%", True, ""),
    ],
)

# ---------------------------------------------------------------- 7 city, foreign investment
CENYANG = dict(
    title="岑阳市2024年1-9月利用外资工作情况报告", region="岑阳市", region_masked=False,
    period={"year": 2024, "from_month": 1, "to_month": 9, "label": "1-9月"},
    notes="Foreign-investment report. 港澳台资/日韩资/欧美资到位 and RCEP成员国实际投资 are fdi_actual with the source in scope; "
          "新设RCEP国家投资企业 is fdi_enterprises_new. 到位外资1000万美元以上 / 5000万美元以上 are thresholds (scope); the "
          "project counts under them are other (they count projects with money arriving, not new enterprises). Per-project "
          "到位外资 amounts are fdi_actual with the project in scope (as 002's 济南环投 120万美元); 增资 amounts are "
          "fdi_contracted (占合同外资的22.9%). 分列第2、3、4位 shares the unit 位: texts '2', '3' (number only) and '4位'. "
          "明湖区实际使用外资为0 is a bare zero (unit null, USD). 注册资本100万美元以下 is a size class (scope).",
    facts=[
        F("64家", "64", "家", "fdi_enterprises_new", "value", None),
        F("18.5%", "18.5", "%", "fdi_enterprises_new", "yoy", None),
        F("9.36亿美元", "9.36", "亿美元", "fdi_contracted", "value", None),
        F("22.1%", "22.1", "%", "fdi_contracted", "yoy", None),
        F("4.82亿美元", "4.82", "亿美元", "fdi_actual", "value", None),
        F("11.7%", "11.7", "%", "fdi_actual", "yoy", None),
        F("9.4个百分点", "9.4", "个百分点", "fdi_actual", "pp_change", "增幅高于全省平均水平"),
        F("第4位", "4", "位", "fdi_actual", "rank", "全省"),
        F("6.3%", "6.3", "%", "fdi_actual", "share", "占全省"),
        F("6.5亿美元", "6.5", "亿美元", "fdi_actual", "target", "年度目标任务"),
        F("74.2%", "74.2", "%", "fdi_actual", "completion", "年度目标任务"),
        F("2.95亿美元", "2.95", "亿美元", "fdi_actual", "value", "制造业"),
        F("26.4%", "26.4", "%", "fdi_actual", "yoy", "制造业"),
        F("61.2%", "61.2", "%", "fdi_actual", "share", "制造业"),
        F("7.8个百分点", "7.8", "个百分点", "fdi_actual", "pp_change", "制造业占比"),
        F("1.12亿美元", "1.12", "亿美元", "fdi_actual", "value", "高技术制造业"),
        F("1.1倍", "1.1", "倍", "fdi_actual", "yoy", "高技术制造业"),
        F("2.61亿美元", "2.61", "亿美元", "fdi_actual", "value", "港澳台资"),
        F("54.1%", "54.1", "%", "fdi_actual", "share", "港澳台资"),
        F("0.86亿美元", "0.86", "亿美元", "fdi_actual", "value", "日韩资"),
        F("35.2%", "35.2", "%", "fdi_actual", "yoy", "日韩资"),
        F("17.8%", "17.8", "%", "fdi_actual", "share", "日韩资"),
        F("0.74亿美元", "0.74", "亿美元", "fdi_actual", "value", "欧美资"),
        F("15.4%", "15.4", "%", "fdi_actual", "share", "欧美资"),
        F("2.3个百分点", "-2.3", "个百分点", "fdi_actual", "pp_change", "欧美资占比"),
        F("0.97亿美元", "0.97", "亿美元", "fdi_actual", "value", "RCEP成员国"),
        F("41.6%", "41.6", "%", "fdi_actual", "yoy", "RCEP成员国"),
        F("11家", "11", "家", "fdi_enterprises_new", "value", "RCEP国家"),
        F("14个", "14", "个", "other", "value", "到位外资1000万美元以上项目"),
        F("3.58亿美元", "3.58", "亿美元", "fdi_actual", "value", "到位外资1000万美元以上项目"),
        F("74.3%", "74.3", "%", "fdi_actual", "share", "到位外资1000万美元以上项目"),
        F("3个", "3", "个", "other", "value", "到位外资5000万美元以上项目"),
        F("8200万美元", "8200", "万美元", "fdi_actual", "value", "韩国世岩化学新材料项目"),
        F("6500万美元", "6500", "万美元", "fdi_actual", "value", "泰瑞克（香港）冷链物流园项目"),
        F("5600万美元", "5600", "万美元", "fdi_actual", "value", "日本三和精工汽车零部件项目"),
        F("21个", "21", "个", "other", "value", "外资企业增资项目"),
        F("2.14亿美元", "2.14", "亿美元", "fdi_contracted", "value", "增资"),
        F("22.9%", "22.9", "%", "fdi_contracted", "share", "增资"),
        F("3000万美元", "3000", "万美元", "fdi_contracted", "value", "增资; 岑阳美佳食品有限公司"),
        F("1800万美元", "1800", "万美元", "fdi_contracted", "value", "增资; 新港宝德包装（岑阳）有限公司"),
        F("1.68亿美元", "1.68", "亿美元", "fdi_actual", "value", "岑阳经开区"),
        F("第1位", "1", "位", "fdi_actual", "rank", "岑阳经开区; 全市"),
        F("6120万美元", "6120", "万美元", "fdi_actual", "value", "柘浦县"),
        F("4870万美元", "4870", "万美元", "fdi_actual", "value", "澹水县"),
        F("3950万美元", "3950", "万美元", "fdi_actual", "value", "芦汀县"),
        F("2", "2", "位", "fdi_actual", "rank", "柘浦县; 全市"),
        F("3", "3", "位", "fdi_actual", "rank", "澹水县; 全市"),
        F("4位", "4", "位", "fdi_actual", "rank", "芦汀县; 全市"),
        F("0", "0", None, "fdi_actual", "value", "明湖区", bu="USD"),
        F("85万美元", "85", "万美元", "fdi_actual", "value", "蓼洲区"),
        F("62.5%", "-62.5", "%", "fdi_actual", "yoy", "蓼洲区"),
        F("71.9%", "71.9", "%", "fdi_enterprises_new", "share", "注册资本100万美元以下"),
        F("5家", "5", "家", "fdi_enterprises_new", "value", "欧美资"),
        F("6.5亿美元", "6.5", "亿美元", "fdi_actual", "target", "全年", a=True),
        F("85家", "85", "家", "fdi_enterprises_new", "target", "全年"),
        F("12亿美元", "12", "亿美元", "fdi_contracted", "target", "全年"),
        F("2批次", "2", "批次", "outreach_trips", "target", "赴日韩"),
        F("1场", "1", "场", "promotion_events", "target", "RCEP经贸合作对接会"),
    ],
    projects=["韩国世岩化学新材料项目", "泰瑞克（香港）冷链物流园项目", "日本三和精工汽车零部件项目"],
    organizations=["岑阳美佳食品有限公司", "新港宝德包装（岑阳）有限公司"],
    checks=[
        C("yoy", "64家 at +18.5% -> base 54家", "64 / 54 - 1 = 18.52%", "18.5%", True, "last year's level 54 implied"),
        C("completion", "4.82亿美元 / 6.5亿美元 = 74.2%", "74.15% (73.51-74.81%)", "74.2%", True, ""),
        C("share", "4.82亿美元 / ? = 6.3% of the province", "implied provincial total 76.5亿美元", "6.3%", None,
          "the provincial total is not stated"),
        C("share", "2.95亿美元 / 4.82亿美元 = 61.2%", "61.20% (61.04-61.37%)", "61.2%", True, ""),
        C("share", "2.61亿美元 / 4.82亿美元 = 54.1%", "54.15% (53.99-54.31%)", "54.1%", True, ""),
        C("share", "0.86亿美元 / 4.82亿美元 = 17.8%", "17.84% (17.72-17.96%)", "17.8%", True, ""),
        C("share", "0.74亿美元 / 4.82亿美元 = 15.4%", "15.35% (15.23-15.47%)", "15.4%", True, ""),
        C("share", "3.58亿美元 / 4.82亿美元 = 74.3%", "74.27% (74.09-74.45%)", "74.3%", True, ""),
        C("sum", "5000万美元以上项目3个 = 3 named projects", "3", "3", True,
          "世岩化学新材料, 泰瑞克冷链物流园, 三和精工汽车零部件; each amount is above 5000万美元"),
        C("share", "2.14亿美元 / 9.36亿美元 = 22.9%", "22.86% (22.80-22.93%)", "22.9%", True, "增资 share of 合同外资"),
        C("share", "71.9% x 64家 = 46家", "46 / 64 = 71.88%", "71.9%", True, "implied 46 small enterprises"),
        C("sum", "1.68亿 + 6120 + 4870 + 3950 + 0 + 85 万美元 <= 4.82亿美元", "3.1825亿美元", "4.82亿美元", True,
          "named 县（市、区） only; the rest is not listed"),
    ],
)

# ---------------------------------------------------------------- 8 table report, 1-5 months
LINGJIANG = dict(
    title="泠江市2024年1-5月招商引资主要指标完成情况", region="泠江市", region_masked=False,
    period={"year": 2024, "from_month": 1, "to_month": 5, "label": "1-5月"},
    notes="Tab-separated table; each cell is a fact whose unit comes from the header in parentheses (text is the bare "
          "number). Row names go into scope; the 合计 row is the city total (scope null like the city-level figures of the "
          "prose headline, which it restates). 表1 is a table label, not a figure. 序时进度41.7% is a named benchmark line (measure target). "
          "低于序时进度9、3.7个百分点 shares its unit: text '9' then '3.7个百分点', both negative. "
          "泠南区和泠江高新区各1个 is one fact. Deliberate inconsistencies: the 外资 column adds to 8900, not 8640; "
          "the 新签约项目 column adds to 83, not 86; 泠江高新区 1290/8640 is 14.9%, not the stated 17.3%.",
    facts=[
        F("8640万美元", "8640", "万美元", "fdi_actual", "value", None),
        F("2.1亿美元", "2.1", "亿美元", "fdi_actual", "target", "年度任务"),
        F("41.1%", "41.1", "%", "fdi_actual", "completion", "年度任务"),
        F("215.6亿元", "215.6", "亿元", "domestic_capital_actual", "value", "市外"),
        F("8.3%", "8.3", "%", "domestic_capital_actual", "yoy", "市外"),
        F("86个", "86", "个", "projects_signed", "value", None),
        F("52个", "52", "个", "projects_signed", "value", "亿元以上"),
        # table: 实际使用外资（万美元） 完成年度任务（%） 市外到位资金（亿元） 同比增长（%） 新签约项目（个）
        F("2800", "2800", "万美元", "fdi_actual", "value", "泠北区"),
        F("48.3", "48.3", "%", "fdi_actual", "completion", "泠北区; 年度任务"),
        F("52.4", "52.4", "亿元", "domestic_capital_actual", "value", "市外; 泠北区"),
        F("10.2", "10.2", "%", "domestic_capital_actual", "yoy", "市外; 泠北区"),
        F("23", "23", "个", "projects_signed", "value", "泠北区"),
        F("1650", "1650", "万美元", "fdi_actual", "value", "泠南区"),
        F("39.3", "39.3", "%", "fdi_actual", "completion", "泠南区; 年度任务"),
        F("41.8", "41.8", "亿元", "domestic_capital_actual", "value", "市外; 泠南区"),
        F("7.5", "7.5", "%", "domestic_capital_actual", "yoy", "市外; 泠南区"),
        F("18", "18", "个", "projects_signed", "value", "泠南区"),
        F("1420", "1420", "万美元", "fdi_actual", "value", "茗山县"),
        F("40.6", "40.6", "%", "fdi_actual", "completion", "茗山县; 年度任务"),
        F("38.6", "38.6", "亿元", "domestic_capital_actual", "value", "市外; 茗山县"),
        F("9.1", "9.1", "%", "domestic_capital_actual", "yoy", "市外; 茗山县"),
        F("15", "15", "个", "projects_signed", "value", "茗山县"),
        F("980", "980", "万美元", "fdi_actual", "value", "汀阳县"),
        F("32.7", "32.7", "%", "fdi_actual", "completion", "汀阳县; 年度任务"),
        F("27.9", "27.9", "亿元", "domestic_capital_actual", "value", "市外; 汀阳县"),
        F("0.8", "0.8", "%", "domestic_capital_actual", "yoy", "市外; 汀阳县"),
        F("4", "4", "个", "projects_signed", "value", "汀阳县"),
        F("760", "760", "万美元", "fdi_actual", "value", "槿湖县"),
        F("38.0", "38.0", "%", "fdi_actual", "completion", "槿湖县; 年度任务"),
        F("24.3", "24.3", "亿元", "domestic_capital_actual", "value", "市外; 槿湖县"),
        F("6.4", "6.4", "%", "domestic_capital_actual", "yoy", "市外; 槿湖县"),
        F("9", "9", "个", "projects_signed", "value", "槿湖县"),
        F("1290", "1290", "万美元", "fdi_actual", "value", "泠江高新区"),
        F("43.0", "43.0", "%", "fdi_actual", "completion", "泠江高新区; 年度任务"),
        F("30.6", "30.6", "亿元", "domestic_capital_actual", "value", "市外; 泠江高新区"),
        F("11.3", "11.3", "%", "domestic_capital_actual", "yoy", "市外; 泠江高新区"),
        F("14", "14", "个", "projects_signed", "value", "泠江高新区"),
        F("8640", "8640", "万美元", "fdi_actual", "value", None),
        F("41.1", "41.1", "%", "fdi_actual", "completion", "年度任务"),
        F("215.6", "215.6", "亿元", "domestic_capital_actual", "value", "市外"),
        F("8.3", "8.3", "%", "domestic_capital_actual", "yoy", "市外"),
        F("86", "86", "个", "projects_signed", "value", None),
        # prose after the table
        F("第1位", "1", "位", "fdi_actual", "rank", "泠北区; 各县（市、区）"),
        F("32.4%", "32.4", "%", "fdi_actual", "share", "泠北区"),
        F("17.3%", "17.3", "%", "fdi_actual", "share", "泠江高新区"),
        F("0.8%", "0.8", "%", "domestic_capital_actual", "yoy", "市外; 汀阳县"),
        F("4个", "4", "个", "projects_signed", "value", "汀阳县"),
        F("41.7%", "41.7", "%", "fdi_actual", "target", "序时进度"),
        F("9", "-9", "个百分点", "fdi_actual", "pp_change", "汀阳县; 低于序时进度"),
        F("3.7个百分点", "-3.7", "个百分点", "fdi_actual", "pp_change", "槿湖县; 低于序时进度"),
        F("7个", "7", "个", "projects_signed", "value", "10亿元以上"),
        F("3个", "3", "个", "projects_signed", "value", "10亿元以上; 泠北区"),
        F("2个", "2", "个", "projects_signed", "value", "10亿元以上; 茗山县"),
        F("1个", "1", "个", "projects_signed", "value", "10亿元以上; 泠南区和泠江高新区(各)"),
        F("50%", "50", "%", "fdi_actual", "target", "6月底完成年度任务进度", a=True),
        F("55%", "55", "%", "domestic_capital_actual", "target", "市外; 6月底完成年度任务进度", a=True),
    ],
    projects=[],
    organizations=[],
    checks=[
        C("completion", "8640万美元 / 2.1亿美元 = 41.1%", "41.14% (40.18-42.15% given 2.1's rounding)", "41.1%", True, ""),
        C("sum", "2800 + 1650 + 1420 + 980 + 760 + 1290 = 合计8640万美元", "8900", "8640", False,
          "the rows add to 8900万美元; 合计 and the headline both say 8640"),
        C("sum", "52.4 + 41.8 + 38.6 + 27.9 + 24.3 + 30.6 = 合计215.6亿元", "215.6", "215.6", True, ""),
        C("sum", "23 + 18 + 15 + 4 + 9 + 14 = 合计86个", "83", "86", False, "the rows add to 83 projects"),
        C("share", "2800 / 8640 = 32.4%", "32.41%", "32.4%", True, "against the stated 合计; 31.5% against the row sum 8900"),
        C("share", "1290 / 8640 = 17.3%", "14.93%", "17.3%", False, "14.49% against the row sum 8900; neither gives 17.3%"),
        C("ratio", "41.7% - 32.7% = 9个百分点; 41.7% - 38.0% = 3.7个百分点", "9.0; 3.7", "9; 3.7", True,
          "序时进度 5/12 = 41.67%"),
        C("sum", "3个 + 2个 + 1个 + 1个 = 7个", "7", "7", True, "各1个 counts for 泠南区 and 泠江高新区"),
    ],
)

FILES = {
    "shanping-2024q1.txt": [SHANPING],
    "linzhu-2024m8-ranking.txt": [LINZHU],
    "hexi-hitech-2024h1.txt": [HEXI],
    "qingfeng-2023-annual.txt": [QINGFENG],
    "masked-county-h1.txt": [MASKED],
    "xiqiao-town-2024m10.txt": [XIQIAO],
    "cenyang-fdi-2024m9.txt": [CENYANG],
    "lingjiang-2024m5-table.txt": [LINGJIANG],
}


def dumps(out):
    """JSON with one fact / check per line, for readable diffs."""
    j = lambda x: json.dumps(x, ensure_ascii=False)
    lines = ['{"file": %s,' % j(out["file"]), ' "reports": [']
    for ri, r in enumerate(out["reports"]):
        lines.append('  {')
        for k in ("title", "region", "region_masked", "period", "lines", "notes"):
            lines.append('   %s: %s,' % (j(k), j(r[k])))
        for k in ("facts", "checks"):
            items = r[k]
            lines.append('   %s: [' % j(k))
            for i, x in enumerate(items):
                lines.append('    ' + j(x) + (',' if i < len(items) - 1 else ''))
            lines.append('   ],')
        lines.append('   "projects": %s,' % j(r["projects"]))
        lines.append('   "organizations": %s' % j(r["organizations"]))
        lines.append('  }' + (',' if ri < len(out["reports"]) - 1 else ''))
    lines.append(' ]')
    lines.append('}')
    return "\n".join(lines) + "\n"


def locate(s, f, pos, fn):
    """Offset of f's text at or after pos (or after its ctx anchor), never inside a longer number."""
    o = f["o"]
    if "ctx" in o:
        c = s.find(o["ctx"], pos)
        assert c >= 0 and s.count(o["ctx"]) == 1, (fn, o["ctx"])
        pos = c
    t = f["text"]
    i = s.find(t, pos)
    assert i >= 0, (fn, t, pos)
    before = s[i - 1] if i > 0 else ""
    after = s[i + len(t)] if i + len(t) < len(s) else ""
    assert before not in NUMERIC or not before, (fn, t, i, "glued to a number before")
    assert not (t[-1] in NUMERIC and after in NUMERIC and after), (fn, t, i, "glued to a number after")
    return i


def build():
    os.makedirs(GOLD, exist_ok=True)
    total = 0
    for fn, reps in FILES.items():
        s = open(os.path.join(HERE, fn), encoding="utf-8").read()
        nlines = len(s.rstrip("\n").split("\n"))
        out = {"file": fn, "reports": []}
        for r in reps:
            pos = 0
            facts = []
            for f in r["facts"]:
                o = f["o"]
                i = locate(s, f, pos, fn)
                pos = i + len(f["text"])
                unit = f["unit"]
                if unit is None:
                    mult, bu = "1", o.get("bu", "rank")
                else:
                    mult, bu = UNITS[unit]
                v = f["value"]
                d = {"text": f["text"], "offset": i}
                if v is None:
                    d.update(value=None, unit=unit, base_value=None, base_unit=bu)
                else:
                    d.update(value=num(v), unit=unit, base_value=num(Decimal(v) * Decimal(mult)), base_unit=bu)
                if "vmax" in o:
                    d["value_max"] = num(o["vmax"])
                    d["base_value_max"] = num(Decimal(o["vmax"]) * Decimal(mult))
                d.update(indicator=f["indicator"], measure=f["measure"], scope=f["scope"],
                         approx=bool(o.get("a", False)), redacted=v is None)
                facts.append(d)
            for k in ("projects", "organizations"):
                for x in r[k]:
                    assert x in s, (fn, k, x)
            out["reports"].append({
                "title": r["title"], "region": r["region"], "region_masked": r["region_masked"],
                "period": r["period"], "lines": [1, nlines], "notes": r["notes"],
                "facts": facts, "projects": r["projects"], "organizations": r["organizations"],
                "checks": r["checks"]})
            total += len(facts)
        with open(os.path.join(GOLD, fn[:-4] + ".json"), "w", encoding="utf-8") as w:
            w.write(dumps(out))
        print(fn, [len(r["facts"]) for r in out["reports"]])
    print("total facts", total)


if __name__ == "__main__":
    build()
