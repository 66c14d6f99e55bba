#!/usr/bin/env python3
"""Hand-written gold annotations for the fourth huibao corpus (eight reports).

Every fact below was entered by reading the reports sentence by sentence; this
script does NOT look for figures in the text.  It only
  * converts the hand-entered value + unit to base_value/base_unit (exact Decimal),
  * locates each hand-entered `text` in the file, searching forward from the
    previous fact (or from an explicit `ctx` anchor) to record its char offset,
    and refuses a match that sits inside a longer number (12个 inside 112个),
  * works out the interval arithmetic of the checks from the printed figures and
    asserts that the hand-decided verdict (consistent true/false) agrees with it,
  * writes gold/<report>.json.
Run:  python3 annotate.py && python3 /work/shared/seeds/gold/validate.py gold .
      python3 annotate.py --uncovered   lists digit and mask runs that no fact covers
                                        (dates, list markers, names: a review aid only)
Fact tuple: (text, value, unit, indicator, measure, scope, opts)
  value None  -> redacted figure; opts: a=approx, vmax=upper bound of a range,
  ctx=unique surrounding string that contains text, bu=base_unit (for unit None).
Precision of checks: a measured figure printed as 412.6 stands for [412.55, 412.65],
an integer amount for +-0.5; counts, targets handed down (任务, 目标, 计划) and the
time share of a period (序时进度 = months/12) are exact.
"""
import json, os, re, sys
from decimal import Decimal, getcontext

getcontext().prec = 28
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
NUMCHARS = set("0123456789.,０１２３４５６７８９")
MASKS = set("Xx*×")


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


# ------------------------------------------------------------ interval arithmetic
def iv(s, exact=False):
    """Interval (lo, hi, point) of a printed figure."""
    d = Decimal(s)
    if exact:
        return (d, d, d)
    h = Decimal(5).scaleb(d.as_tuple().exponent - 1)
    return (d - h, d + h, d)


def ex(s):
    return iv(s, exact=True)


def plus(*xs):
    return tuple(sum((x[i] for x in xs), Decimal(0)) for i in range(3))


def minus(a, b):
    return (a[0] - b[1], a[1] - b[0], a[2] - b[2])


def pct(a, b):
    return (a[0] / b[1] * 100, a[1] / b[0] * 100, a[2] / b[2] * 100)


def fmt(x):
    return format(Decimal(x).normalize(), "f")


def _verdict(got, stated, consistent):
    overlap = got[0] <= stated[1] and stated[0] <= got[1]
    assert overlap == consistent, (got, stated, consistent)


def Q(kind, facts, num_, den, stated, consistent, note="", stated_exact=False):
    """A percentage check: num_/den against the stated percent."""
    got = pct(num_, den)
    _verdict(got, iv(stated, stated_exact), consistent)
    if got[0] == got[1]:
        computed = f"{got[2]:.2f}%"
    else:
        computed = f"{got[2]:.2f}% ({got[0]:.2f}-{got[1]:.2f}%)"
    return C(kind, facts, computed, stated + "%", consistent, note)


def S(facts, parts, stated, consistent, note="", stated_exact=True, kind="sum"):
    """A sum check: the parts against the stated total."""
    got = plus(*parts)
    _verdict(got, iv(stated, stated_exact), consistent)
    if got[0] == got[1]:
        computed = fmt(got[2])
    else:
        computed = f"{fmt(got[2])} ({fmt(got[0])}-{fmt(got[1])})"
    return C(kind, facts, computed, stated, consistent, note)


def G(facts, target, level, stated, consistent, note=""):
    """A planned growth: target/level - 1 against the stated growth rate."""
    q = pct(target, level)
    got = tuple(x - 100 for x in q)
    _verdict(got, iv(stated), consistent)
    return C("yoy", facts, f"{got[2]:.2f}% ({got[0]:.2f}-{got[1]:.2f}%)", stated + "%", consistent, note)


def Y(facts, level, change, stated, consistent, note=""):
    """A yoy check from a level and its absolute change (counts, exact)."""
    base = minus(level, change)
    got = pct(change, base)
    _verdict(got, iv(stated), consistent)
    return C("yoy", facts, f"{got[2]:.2f}%", stated + "%", consistent,
             (f"last year's level {base[2]} implied. " + note).strip())


# ---------------------------------------------------------------- 01 霁川市
R01 = dict(
    title="霁川市投资促进局关于2024年上半年全市招商引资工作情况的报告", region="霁川市", region_masked=False,
    period={"year": 2024, "from_month": 1, "to_month": 6, "label": "1-6月"},
    lines=[1, 29],
    notes="City-level mid-year report of an investment promotion bureau to the city people's congress. "
          "开工率 (started / signed) is read as projects_started with measure share, like the 69.5% of seed 004. "
          "A named project's own realised investment (完成投资) keeps its indicator as seed 002 does with per-project 到资, "
          "while the project's size (投资120亿元的…项目) is `other`. "
          "上述五条产业链 is a back-reference to the chains already named (no fact); 三个细分领域 and 两个方向 state how many (facts). "
          "仍有89个未开工 counts signed projects not yet started: `other`. 完成率低于40% is a selection descriptor (scope).",
    facts=[
        F("186个", "186", "个", "projects_signed", "value", "亿元以上"),
        F("23个", "23", "个", "projects_signed", "yoy_abs", "亿元以上"),
        F("14.1%", "14.1", "%", "projects_signed", "yoy", "亿元以上"),
        F("1126.8亿元", "1126.8", "亿元", "projects_signed_investment", "value", "亿元以上"),
        F("18.6%", "18.6", "%", "projects_signed_investment", "yoy", "亿元以上"),
        F("31个", "31", "个", "projects_signed", "value", "10亿元以上"),
        F("4个", "4", "个", "projects_signed", "value", "50亿元以上"),
        F("97个", "97", "个", "projects_started", "value", "亿元以上"),
        F("52.2%", "52.2", "%", "projects_started", "share", "开工率; 亿元以上"),
        F("218.7亿元", "218.7", "亿元", "fixed_asset_investment", "value", "新开工亿元以上项目"),
        F("412.6亿元", "412.6", "亿元", "domestic_capital_actual", "value", "市外"),
        F("11.3%", "11.3", "%", "domestic_capital_actual", "yoy", "市外"),
        F("800亿元", "800", "亿元", "domestic_capital_actual", "target", "市外; 年度目标任务"),
        F("51.6%", "51.6", "%", "domestic_capital_actual", "completion", "市外; 年度目标任务"),
        F("2.87亿美元", "2.87", "亿美元", "fdi_actual", "value", None),
        F("9.5%", "9.5", "%", "fdi_actual", "yoy", None),
        F("第4位", "4", "位", "fdi_actual", "rank", "全省"),
        F("142个", "142", "个", "projects_signed", "value", "制造业"),
        F("76.3%", "76.3", "%", "projects_signed", "share", "制造业"),
        F("862.4亿元", "862.4", "亿元", "projects_signed_investment", "value", "制造业"),
        F("76.5%", "76.5", "%", "projects_signed_investment", "share", "制造业"),
        F("108个", "108", "个", "projects_signed", "value", "来源长三角、粤港澳大湾区"),
        F("614.9亿元", "614.9", "亿元", "projects_signed_investment", "value", "来源长三角、粤港澳大湾区"),
        F("１２个", "12", "个", "fortune500_projects", "value", "世界500强、中国500强和民营500强"),
        F("5个", "5", "个", "fortune500_projects", "yoy_abs", "三类500强"),
        # 二、产业链招商
        F("16条", "16", "条", "other", "value", "重点产业链"),
        F("1个", "1", "个", "other", "value", "每条链牵头部门"),
        F("1个", "1", "个", "other", "value", "每条链招商专班"),
        F("1862家", "1862", "家", "other", "value", "各链梳理目标企业"),
        F("三个", "3", "个", "other", "value", "新能源汽车及零部件产业链细分领域"),
        F("28个", "28", "个", "projects_signed", "value", "新能源汽车及零部件产业链"),
        F("312.5亿元", "312.5", "亿元", "projects_signed_investment", "value", "新能源汽车及零部件产业链"),
        F("120亿元", "120", "亿元", "other", "value", "投资: 擎远新能源整车基地项目"),
        F("35 亿元", "35", "亿元", "other", "value", "投资: 锂晟动力电池结构件项目"),
        F("15个", "15", "个", "projects_started", "value", "新能源汽车及零部件产业链"),
        F("46.3亿元", "46.3", "亿元", "fixed_asset_investment", "value", "新能源汽车及零部件产业链"),
        F("52.8亿元", "52.8", "亿元", "domestic_capital_actual", "value", "市外; 新能源汽车及零部件产业链"),
        F("21个", "21", "个", "projects_signed", "value", "电子信息产业链"),
        F("186.4亿元", "186.4", "亿元", "projects_signed_investment", "value", "电子信息产业链"),
        F("26.7%", "26.7", "%", "projects_signed_investment", "yoy", "电子信息产业链"),
        F("18.6亿元", "18.6", "亿元", "other", "value", "总投资: 芯澜微电子封装测试项目"),
        F("11个", "11", "个", "projects_started", "value", "电子信息产业链"),
        F("29.4亿元", "29.4", "亿元", "domestic_capital_actual", "value", "市外; 电子信息产业链"),
        F("两个", "2", "个", "other", "value", "生物医药产业链招引方向"),
        F("14个", "14", "个", "projects_signed", "value", "生物医药产业链"),
        F("76.8亿元", "76.8", "亿元", "projects_signed_investment", "value", "生物医药产业链"),
        F("5个", "5", "个", "projects_signed", "value", "生物医药产业链; 来源京津冀"),
        F("128.6亿元", "128.6", "亿元", "other", "value", "生物医药产业链规上企业产值"),
        F("12. 5%", "12.5", "%", "other", "yoy", "生物医药产业链规上企业产值"),
        F("19个", "19", "个", "projects_signed", "value", "高端装备制造产业链"),
        F("98.3亿元", "98.3", "亿元", "projects_signed_investment", "value", "高端装备制造产业链"),
        F("10个", "10", "个", "projects_started", "value", "高端装备制造产业链"),
        F("55.6%", "55.6", "%", "projects_started", "share", "开工率; 高端装备制造产业链"),
        F("6个", "6", "个", "projects_signed", "value", "高端装备制造产业链; 链主企业带动配套项目"),
        F("12个", "12", "个", "projects_signed", "value", "绿色食品产业链"),
        F("41.2亿元", "41.2", "亿元", "projects_signed_investment", "value", "绿色食品产业链"),
        F("8.4%", "-8.4", "%", "projects_signed_investment", "yoy", "绿色食品产业链"),
        F("1个", "1", "个", "projects_signed", "value", "绿色食品产业链; 去年同期; 30亿元以上"),
        F("94个", "94", "个", "projects_signed", "value", "五条产业链合计"),
        F("715.2亿元", "715.2", "亿元", "projects_signed_investment", "value", "五条产业链合计"),
        F("50.5%", "50.5", "%", "projects_signed", "share", "五条产业链; 占全市亿元以上签约项目"),
        F("63.5%", "63.5", "%", "projects_signed_investment", "share", "五条产业链; 占全市亿元以上签约项目"),
        # 三、主要工作举措
        F("43批次", "43", "批次", "outreach_trips", "value", "市级链长带队"),
        F("276家", "276", "家", "firms_visited", "value", "市级链长"),
        F("29次", "29", "次", "other", "value", "产业链专题推进会"),
        F("10个", "10", "个", "other", "value", "赛马比拼: 县（市、区）"),
        F("4个", "4", "个", "other", "value", "赛马比拼: 开发区"),
        F("3个", "3", "个", "other", "value", "赛马比拼“红旗单位”(一季度)"),
        F("2个", "2", "个", "other", "value", "赛马比拼“蜗牛单位”(一季度)"),
        F("50亿元", "50", "亿元", "other", "value", "产业链招商引导基金总规模"),
        F("7个", "7", "个", "other", "value", "引导基金已投资项目"),
        F("18场", "18", "场", "promotion_events", "value", "上海、深圳等地招商推介会"),
        F("41个", "41", "个", "projects_signed", "value", "推介会现场签约"),
        F("238.6亿元", "238.6", "亿元", "projects_signed_investment", "value", "推介会现场签约"),
        F("4860亩", "4860", "亩", "land_area", "value", "为招商项目供应土地"),
        F("23.5亿元", "23.5", "亿元", "other", "value", "争取专项债券资金"),
        F("167个", "167", "个", "other", "value", "协调解决项目落地问题"),
        F("98.6%", "98.6", "%", "other", "value", "政务服务事项“一网通办”率"),
        F("8.2%", "8.2", "%", "other", "yoy", "规上工业增加值"),
        F("36家", "36", "家", "other", "value", "新增规上工业企业"),
        # 四、存在的问题
        F("186个", "186", "个", "projects_signed", "value", "亿元以上"),
        F("89个", "89", "个", "other", "value", "签约亿元以上项目中未开工"),
        F("4.1%", "4.1", "%", "fdi_actual", "share", "占全省"),
        F("3个", "3", "个", "other", "value", "县（市、区）; 到位市外资金完成率低于40%"),
        # 五、下半年工作打算
        F("400个", "400", "个", "projects_signed", "target", "亿元以上; 全年(以上)", a=True),
        F("800亿元", "800", "亿元", "domestic_capital_actual", "target", "市外; 全年(突破)", a=True),
        F("5.5亿美元", "5.5", "亿美元", "fdi_actual", "target", "全年"),
        F("16条", "16", "条", "other", "value", "重点产业链"),
    ],
    projects=["擎远新能源整车基地项目", "锂晟动力电池结构件项目", "芯澜微电子封装测试项目"],
    organizations=["沧岭重工", "鸿泰液压"],
    checks=[
        Y("186个, +23个 -> 23 / (186 - 23) vs 14.1%", ex("186"), ex("23"), "14.1", True),
        Q("ratio", "97个 / 186个 = 开工率52.2%", ex("97"), ex("186"), "52.2", True, "新开工 / 新签约 (亿元以上)"),
        S("186个 - 97个 = 89个 (未开工)", [ex("186"), (-97, -97, -97)], "89", True, "签约 less 开工 gives the 未开工 of section 四"),
        Q("completion", "412.6亿元 / 800亿元 = 51.6%", iv("412.6"), ex("800"), "51.6", True),
        Q("share", "142个 / 186个 = 76.3%", ex("142"), ex("186"), "76.3", True),
        Q("share", "862.4亿元 / 1126.8亿元 = 76.5%", iv("862.4"), iv("1126.8"), "76.5", True),
        S("28个 + 21个 + 14个 + 19个 + 12个 = 94个", [ex("28"), ex("21"), ex("14"), ex("19"), ex("12")], "94", True,
          "five chains against the stated 合计"),
        S("312.5 + 186.4 + 76.8 + 98.3 + 41.2 亿元 = 715.2亿元",
          [iv("312.5"), iv("186.4"), iv("76.8"), iv("98.3"), iv("41.2")], "715.2", True, stated_exact=False),
        Q("share", "94个 / 186个 = 50.5%", ex("94"), ex("186"), "50.5", True),
        Q("share", "715.2亿元 / 1126.8亿元 = 63.5%", iv("715.2"), iv("1126.8"), "63.5", True),
        Q("ratio", "10个 / 19个 = 开工率55.6%", ex("10"), ex("19"), "55.6", False,
          "10/19 = 52.63%; 55.6% is 10/18, as if one of the 19 signed projects were left out"),
        C("share", "2.87亿美元 / ? = 4.1% (全省)", "implied provincial total about 70亿美元", "4.1%", None,
          "the provincial total is not stated"),
    ],
)

# ---------------------------------------------------------------- 02 渌宁县
R02 = dict(
    title="渌宁县2024年1-10月招商引资和重点项目建设工作汇报", region="渌宁县", region_masked=False,
    period={"year": 2024, "from_month": 1, "to_month": 10, "label": "1-10月"},
    lines=[1, 23],
    notes="County report mixing 招商引资 with key-project construction and 固定资产投资. "
          "Counts of 省/市/县重点项目 are key-project lists (`other`, policy); their 年度计划投资 is fixed_asset_investment/target, "
          "their realised 完成投资 fixed_asset_investment/value and 完成年度计划的X% fixed_asset_investment/completion. "
          "The total investment of a key-project list (总投资286.7亿元) is `other` like seed 004's 58.92亿元. "
          "Construction progress of one work (路基工程完成75%) is `other`/completion. "
          "降幅收窄1.9个百分点 is +1.9 (policy); 低于序时进度4.6个百分点 is -4.6. "
          "贡献率80%以上 is `other`/share with approx. Growth targets in percent (增长8%以上) and a 开工率 target are measure target. "
          "四大班子, 一对一, 一月一调度 are labels.",
    facts=[
        F("7.6%", "7.6", "%", "fixed_asset_investment", "yoy", None),
        F("2.1个百分点", "2.1", "个百分点", "fixed_asset_investment", "pp_change", "增速高于全市平均"),
        F("第3位", "3", "位", "fixed_asset_investment", "rank", "全市"),
        F("15.8%", "15.8", "%", "fixed_asset_investment", "yoy", "工业投资"),
        F("41.3%", "41.3", "%", "fixed_asset_investment", "share", "工业投资"),
        F("4.2个百分点", "4.2", "个百分点", "fixed_asset_investment", "pp_change", "工业投资占比"),
        F("3.4%", "-3.4", "%", "fixed_asset_investment", "yoy", "民间投资"),
        F("1.9个百分点", "1.9", "个百分点", "fixed_asset_investment", "pp_change", "民间投资; 降幅较上半年收窄"),
        # (一) 省重点项目
        F("8个", "8", "个", "other", "value", "省重点项目"),
        F("36.5亿元", "36.5", "亿元", "fixed_asset_investment", "target", "省重点项目; 年度计划投资"),
        F("31.2亿元", "31.2", "亿元", "fixed_asset_investment", "value", "省重点项目"),
        F("85.5%", "85.5", "%", "fixed_asset_investment", "completion", "省重点项目; 年度计划"),
        F("5个", "5", "个", "other", "value", "省重点项目; 续建"),
        F("22.6亿元", "22.6", "亿元", "fixed_asset_investment", "value", "省重点项目; 续建"),
        F("3个", "3", "个", "projects_started", "value", "省重点项目; 新开工"),
        F("14.3亿元", "14.3", "亿元", "fixed_asset_investment", "value", "渌宁抽水蓄能电站项目"),
        F("102.1%", "102.1", "%", "fixed_asset_investment", "completion", "渌宁抽水蓄能电站项目; 年度计划"),
        F("6.8亿元", "6.8", "亿元", "fixed_asset_investment", "value", "澧原高速渌宁段"),
        F("75%", "75", "%", "other", "completion", "路基工程: 澧原高速渌宁段"),
        # (二) 市重点项目
        F("46个", "46", "个", "other", "value", "市重点项目"),
        F("286.7亿元", "286.7", "亿元", "other", "value", "市重点项目总投资"),
        F("62.4亿元", "62.4", "亿元", "fixed_asset_investment", "target", "市重点项目; 年度计划投资"),
        F("51.9亿元", "51.9", "亿元", "fixed_asset_investment", "value", "市重点项目"),
        F("83.2%", "83.2", "%", "fixed_asset_investment", "completion", "市重点项目; 年度计划"),
        F("41个", "41", "个", "projects_started", "value", "市重点项目; 已开工"),
        F("89.1%", "89.1", "%", "projects_started", "share", "开工率; 市重点项目"),
        F("17个", "17", "个", "projects_started", "value", "市重点项目; 当年新开工"),
        F("9个", "9", "个", "projects_completed", "value", "市重点项目"),
        F("5个", "5", "个", "other", "value", "市重点项目; 未开工(要素制约)"),
        # (三) 县重点项目
        F("120个", "120", "个", "other", "value", "县级重点项目"),
        F("48.6亿元", "48.6", "亿元", "fixed_asset_investment", "value", "县重点项目"),
        F("79.4%", "79.4", "%", "fixed_asset_investment", "completion", "县重点项目; 年度计划"),
        F("133.7亿元", "133.7", "亿元", "fixed_asset_investment", "value", "三级重点项目合计"),
        F("61.2%", "61.2", "%", "fixed_asset_investment", "share", "三级重点项目; 占全县固定资产投资"),
        F("80%", "80", "%", "other", "share", "三级重点项目对全县投资增长的贡献率(以上)", a=True),
        # 二、招商引资
        F("52个", "52", "个", "projects_signed", "value", None),
        F("218.4亿元", "218.4", "亿元", "projects_signed_investment", "value", None),
        F("39个", "39", "个", "projects_signed", "value", "亿元以上"),
        F("14 个", "14", "个", "projects_signed", "value", "5亿元以上"),
        F("6个", "6", "个", "projects_signed", "value", "10亿元以上"),
        F("32亿元", "32", "亿元", "other", "value", "总投资: 渌宁曜屏新材料产业园项目"),
        F("15.6亿元", "15.6", "亿元", "other", "value", "总投资: 华粤智能家居产业园项目"),
        F("33个", "33", "个", "projects_signed", "value", "先进制造业"),
        F("63.5%", "63.5", "%", "projects_signed", "share", "先进制造业"),
        F("31个", "31", "个", "projects_started", "value", "招商项目"),
        F("59.6%", "59.6", "%", "contract_fulfillment_rate", "value", None),
        F("18个", "18", "个", "projects_completed", "value", None),
        F("86.3亿元", "86.3", "亿元", "domestic_capital_actual", "value", "省外"),
        F("10.7%", "10.7", "%", "domestic_capital_actual", "yoy", "省外"),
        F("110亿元", "110", "亿元", "domestic_capital_actual", "target", "省外; 市下达任务"),
        F("78.5%", "78.5", "%", "domestic_capital_actual", "completion", "省外; 市下达任务"),
        F("第5位", "5", "位", "domestic_capital_actual", "rank", "省外; 全市"),
        F("1360万美元", "1360", "万美元", "fdi_actual", "value", None),
        F("2000万美元", "2000", "万美元", "fdi_actual", "target", "全年任务"),
        F("68%", "68", "%", "fdi_actual", "completion", "全年任务"),
        F("27个", "27", "个", "projects_negotiating", "value", None),
        F("163.5亿元", "163.5", "亿元", "projects_negotiating_investment", "value", "意向投资总额"),
        F("68批次", "68", "批次", "outreach_trips", "value", "县四大班子领导带队"),
        F("312家", "312", "家", "firms_visited", "value", "走访对接企业"),
        F("154批次", "154", "批次", "other", "value", "接待来渌考察客商"),
        F("6个", "6", "个", "other", "value", "产业招商小分队"),
        F("7场", "7", "场", "promotion_events", "value", "专题招商推介会; 全年"),
        # 三、其他主要经济指标
        F("286.5亿元", "286.5", "亿元", "other", "value", "规上工业总产值"),
        F("9.1%", "9.1", "%", "other", "yoy", "规上工业总产值"),
        F("15.82亿元", "15.82", "亿元", "other", "value", "一般公共预算收入"),
        F("11.46亿元", "11.46", "亿元", "other", "value", "税收收入"),
        F("72.4%", "72.4", "%", "other", "share", "税收占一般公共预算收入"),
        F("21家", "21", "家", "other", "value", "新增规上工业企业"),
        F("9.6亿元", "9.6", "亿元", "other", "value", "争取专项债券资金"),
        F("13个", "13", "个", "other", "value", "专项债券支持项目"),
        F("4862人", "4862", "人", "other", "value", "城镇新增就业"),
        F("108%", "108", "%", "other", "completion", "城镇新增就业; 年度目标"),
        # 四、存在的问题
        F("27个", "27", "个", "projects_negotiating", "value", "亿元以上"),
        F("1200亩", "1200", "亩", "land_area", "value", "新增建设用地指标缺口", a=True),
        F("4.6个百分点", "-4.6", "个百分点", "fixed_asset_investment", "pp_change", "县重点项目完成率低于序时进度"),
        # 五、下步工作打算
        F("8%", "8", "%", "fixed_asset_investment", "target", "全年增速(以上)", a=True),
        F("60个", "60", "个", "projects_signed", "target", "全年(以上)", a=True),
        F("110亿元", "110", "亿元", "domestic_capital_actual", "target", "省外; 全年(突破)", a=True),
        F("2000万美元", "2000", "万美元", "fdi_actual", "target", "全年"),
        F("5个", "5", "个", "other", "value", "未开工市重点项目"),
        F("95%", "95", "%", "projects_started", "target", "市重点项目开工率; 年底前(以上)", a=True),
    ],
    projects=["渌宁抽水蓄能电站项目", "澧原高速渌宁段", "渌宁曜屏新材料产业园项目", "华粤智能家居产业园项目"],
    organizations=[],
    checks=[
        Q("completion", "31.2亿元 / 36.5亿元 = 85.5%", iv("31.2"), ex("36.5"), "85.5", True, "省重点项目"),
        S("5个 + 3个 = 8个", [ex("5"), ex("3")], "8", True, "续建 + 新开工 = 省重点项目"),
        C("completion", "14.3亿元 / ? = 102.1%", "implied plan 14.0亿元", "102.1%", None,
          "the project's annual plan is not stated"),
        Q("completion", "51.9亿元 / 62.4亿元 = 83.2%", iv("51.9"), ex("62.4"), "83.2", True, "市重点项目"),
        Q("ratio", "41个 / 46个 = 开工率89.1%", ex("41"), ex("46"), "89.1", True),
        S("46个 - 41个 = 5个 (未开工)", [ex("46"), (-41, -41, -41)], "5", True),
        C("completion", "48.6亿元 / ? = 79.4%", "implied plan 61.2亿元", "79.4%", None,
          "the 县重点项目 annual plan is not stated"),
        S("31.2 + 51.9 + 48.6 亿元 = 133.7亿元", [iv("31.2"), iv("51.9"), iv("48.6")], "133.7", False,
          "the three levels add up to 131.7亿元, 2亿元 short of the stated 合计 (unless a project is counted at two levels)",
          stated_exact=False),
        C("ratio", "序时进度 10/12 = 83.33% - 79.4% vs 低于4.6个百分点", "3.93个百分点 (3.88-3.98)", "4.6个百分点", False,
          "after ten months the time share is 83.33%, so 79.4% lies about 3.9 points behind it, not 4.6; "
          "4.6 would need a 序时进度 of 84.0%"),
        Q("ratio", "31个 / 52个 = 履约率59.6%", ex("31"), ex("52"), "59.6", True, "新开工 / 新签约"),
        Q("share", "33个 / 52个 = 63.5%", ex("33"), ex("52"), "63.5", True),
        Q("completion", "86.3亿元 / 110亿元 = 78.5%", iv("86.3"), ex("110"), "78.5", True),
        Q("completion", "1360万美元 / 2000万美元 = 68%", iv("1360"), ex("2000"), "68", True),
        Q("share", "11.46亿元 / 15.82亿元 = 72.4%", iv("11.46"), iv("15.82"), "72.4", True, "税收 / 一般公共预算收入"),
    ],
)

# ---------------------------------------------------------------- 03 岫川区
R03 = dict(
    title="岫川区2024年前三季度利用外资工作情况汇报", region="岫川区", region_masked=False,
    period={"year": 2024, "from_month": 1, "to_month": 9, "label": "前三季度"},
    lines=[1, 17],
    notes="District report on foreign investment. The 人民币口径 16.82亿元 is fdi_actual in CNY, kept apart from the USD figures. "
          "Per-project 到资 is fdi_actual with the project in scope (seed 002). "
          "跨境人民币 settlement, QFLP funds and 总部企业 figures are `other`. "
          "Targets written mid-text (确保…、力争突破…) are measure target; a growth target (增长15%以上) is measure target with unit %; "
          "a rank to be kept (保持全市第2位) stays measure rank with 目标 in scope, since a rank needs measure rank. "
          "六成以上 (twice) is not a fact: 成 is not a unit of the contract. 到资500万美元以上的项目 is a threshold with no fact of its own. "
          "三个项目合计 refers back to the three projects just named (no fact).",
    facts=[
        F("47家", "47", "家", "fdi_enterprises_new", "value", None),
        F("9家", "9", "家", "fdi_enterprises_new", "yoy_abs", None),
        F("23.7%", "23.7", "%", "fdi_enterprises_new", "yoy", None),
        F("3.82亿美元", "3.82", "亿美元", "fdi_contracted", "value", None),
        F("6.3%", "-6.3", "%", "fdi_contracted", "yoy", None),
        F("2.36亿美元", "2.36", "亿美元", "fdi_actual", "value", None),
        F("12.7%", "12.7", "%", "fdi_actual", "yoy", None),
        F("18.4%", "18.4", "%", "fdi_actual", "share", "占全市"),
        F("2.3个百分点", "2.3", "个百分点", "fdi_actual", "pp_change", "占全市比重"),
        F("第2位", "2", "位", "fdi_actual", "rank", "全市"),
        F("3.2亿美元", "3.2", "亿美元", "fdi_actual", "target", "市下达年度任务"),
        F("73.8%", "73.8", "%", "fdi_actual", "completion", "市下达年度任务"),
        F("3.2亿美元", "3.2", "亿美元", "fdi_actual", "target", "全年(确保)"),
        F("3.5亿美元", "3.5", "亿美元", "fdi_actual", "target", "全年(力争突破)", a=True),
        F("16.82亿元", "16.82", "亿元", "fdi_actual", "value", "人民币口径"),
        F("13.5%", "13.5", "%", "fdi_actual", "yoy", "人民币口径"),
        F("1.58亿美元", "1.58", "亿美元", "fdi_actual", "value", "港澳地区"),
        F("66.9%", "66.9", "%", "fdi_actual", "share", "港澳地区"),
        F("2860万美元", "2860", "万美元", "fdi_actual", "value", "新加坡"),
        F("1,250万美元", "1250", "万美元", "fdi_actual", "value", "日韩"),
        F("980万美元", "980", "万美元", "fdi_actual", "value", "欧美"),
        F("41.2%", "-41.2", "%", "fdi_actual", "yoy", "欧美"),
        F("8760万美元", "8760", "万美元", "fdi_actual", "value", "制造业"),
        F("31.2%", "31.2", "%", "fdi_actual", "yoy", "制造业"),
        F("37.1%", "37.1", "%", "fdi_actual", "share", "制造业"),
        F("6420万美元", "6420", "万美元", "fdi_actual", "value", "高技术产业"),
        F("27.2%", "27.2", "%", "fdi_actual", "share", "高技术产业"),
        # 二、重点工作
        F("4200万美元", "4200", "万美元", "fdi_actual", "value", "岫川数据中心项目"),
        F("3600万美元", "3600", "万美元", "fdi_actual", "value", "裕丰置业增资项目"),
        F("820万美元", "820", "万美元", "fdi_actual", "value", "锐驰精工汽车零部件扩产项目"),
        F("8620万美元", "8620", "万美元", "fdi_actual", "value", "三个重点外资项目合计"),
        F("36.5%", "36.5", "%", "fdi_actual", "share", "三个重点外资项目"),
        F("23个", "23", "个", "projects_negotiating", "value", "外资"),
        F("8个", "8", "个", "projects_signed", "target", "外资; 四季度(至少)", a=True),
        F("5.6亿美元", "5.6", "亿美元", "projects_negotiating_investment", "value", "外资; 拟投资总额"),
        F("6家", "6", "家", "other", "value", "新认定总部企业"),
        F("2家", "2", "家", "other", "value", "跨国公司地区总部"),
        F("58家", "58", "家", "other", "value", "累计认定总部企业"),
        F("37.6亿元", "37.6", "亿元", "other", "value", "总部企业纳税"),
        F("29.8%", "29.8", "%", "other", "share", "总部企业纳税占全区税收"),
        F("10家", "10", "家", "other", "target", "新认定总部企业; 全年(确保)"),
        F("60家", "60", "家", "fdi_enterprises_new", "target", "全年(以上)", a=True),
        F("186.4亿元", "186.4", "亿元", "other", "value", "跨境人民币结算量"),
        F("24.3%", "24.3", "%", "other", "yoy", "跨境人民币结算量"),
        F("21.7亿元", "21.7", "亿元", "other", "value", "跨境人民币直接投资结算额"),
        F("3支", "3", "支", "other", "value", "QFLP试点基金"),
        F("15亿元", "15", "亿元", "other", "value", "QFLP基金认缴规模"),
        F("1460次", "1460", "次", "other", "value", "外汇登记等服务"),
        F("4批次", "4", "批次", "outreach_trips", "value", "区主要领导赴港澳、新加坡"),
        F("5场", "5", "场", "promotion_events", "value", "外资专题推介会"),
        F("138家", "138", "家", "firms_visited", "value", "外资企业"),
        F("52项", "52", "项", "other", "value", "协调解决外资企业诉求"),
        F("96.5%", "96.5", "%", "other", "value", "外资企业满意度"),
        # 三、下步打算
        F("9600万美元", "9600", "万美元", "fdi_actual", "target", "四季度"),
        F("3.5亿美元", "3.5", "亿美元", "fdi_actual", "target", "全年(突破)", a=True),
        F("15%", "15", "%", "fdi_actual", "target", "全年增速(以上)", a=True),
        F("第2位", "2", "位", "fdi_actual", "rank", "全市; 目标(保持)"),
        F("1500万美元", "1500", "万美元", "fdi_actual", "target", "欧美(不低于)", a=True),
    ],
    projects=["岫川数据中心项目", "裕丰置业增资项目", "锐驰精工汽车零部件扩产项目"],
    organizations=["澜海资本"],
    checks=[
        Y("47家, +9家 -> 9 / (47 - 9) vs 23.7%", ex("47"), ex("9"), "23.7", True),
        Q("completion", "2.36亿美元 / 3.2亿美元 = 73.8%", iv("2.36"), ex("3.2"), "73.8", True),
        Q("share", "1.58亿美元 / 2.36亿美元 = 66.9%", iv("1.58"), iv("2.36"), "66.9", True),
        Q("share", "8760万美元 / 23600万美元 = 37.1%", iv("8760"), (Decimal("23550"), Decimal("23650"), Decimal("23600")),
          "37.1", True, "2.36亿美元 taken as 23550-23650万美元"),
        Q("share", "6420万美元 / 23600万美元 = 27.2%", iv("6420"), (Decimal("23550"), Decimal("23650"), Decimal("23600")),
          "27.2", True),
        S("4200 + 3600 + 820 万美元 = 8620万美元", [iv("4200"), iv("3600"), iv("820")], "8620", True, stated_exact=False),
        Q("share", "8620万美元 / 23600万美元 = 36.5%", iv("8620"), (Decimal("23550"), Decimal("23650"), Decimal("23600")),
          "36.5", True),
        S("2.36亿美元 + 四季度9600万美元 vs 全年突破3.5亿美元",
          [(Decimal("2.355"), Decimal("2.365"), Decimal("2.36")), ex("0.96")], "3.5", False,
          "the plan adds up to 3.32亿美元: enough for the 3.2亿美元 确保 target but short of the 3.5亿美元 the next clause promises"),
        C("share", "2.36亿美元 / ? = 18.4% (全市)", "implied city total about 12.8亿美元", "18.4%", None,
          "the city total is not stated"),
        C("share", "37.6亿元 / ? = 29.8% (全区税收)", "implied district tax about 126.2亿元", "29.8%", None,
          "the district's tax revenue is not stated"),
    ],
)

# ---------------------------------------------------------------- 04 枫汀经济技术开发区
R04 = dict(
    title="枫汀经济技术开发区2024年1-5月重点招商项目推进情况", region="枫汀经济技术开发区", region_masked=False,
    period={"year": 2024, "from_month": 1, "to_month": 5, "label": "1-5月"},
    lines=[1, 16],
    notes="Development-zone report whose project section is one table-like paragraph (项目名称：…；总投资：…；进展：…). "
          "The zone is not a GB/T 2260 division; region keeps its name as written. "
          "Per project: 总投资 is `other` with the project in scope; 用地 is land_area; realised 完成投资 is fixed_asset_investment "
          "(a named project's realised amount keeps its indicator, as seed 002 does with 到资); 其中外资3000万美元 inside a project "
          "total is fdi_contracted (policy); 年度计划投资 is fixed_asset_investment/target. "
          "年产10GW and 1号厂房 are inside names (no facts). 等待期超过4个月 is a duration (no fact). "
          "The 低于序时进度0.2个百分点 is recorded as -0.2 although 42.1% is above the 1-5月 time share of 41.67%.",
    facts=[
        F("17个", "17", "个", "projects_signed", "value", None),
        F("146.3亿元", "146.3", "亿元", "projects_signed_investment", "value", None),
        F("13个", "13", "个", "projects_signed", "value", "工业"),
        F("121.7亿元", "121.7", "亿元", "projects_signed_investment", "value", "工业"),
        F("83.2%", "83.2", "%", "projects_signed_investment", "share", "工业"),
        F("9个", "9", "个", "projects_started", "value", None),
        F("68.5亿元", "68.5", "亿元", "projects_started_investment", "value", None),
        F("4个", "4", "个", "projects_completed", "value", None),
        F("31.6亿元", "31.6", "亿元", "domestic_capital_actual", "value", "区外"),
        F("75亿元", "75", "亿元", "domestic_capital_actual", "target", "区外; 年度任务"),
        F("42.1%", "42.1", "%", "domestic_capital_actual", "completion", "区外; 年度任务"),
        F("0.2个百分点", "-0.2", "个百分点", "domestic_capital_actual", "pp_change", "完成率低于序时进度"),
        F("1860万美元", "1860", "万美元", "fdi_actual", "value", None),
        F("8.8%", "8.8", "%", "fdi_actual", "yoy", None),
        F("12.6万平方米", "12.6", "万平方米", "other", "value", "建成标准厂房"),
        F("386亩", "386", "亩", "land_area", "value", "新增供地"),
        F("97.4亿元", "97.4", "亿元", "other", "value", "规上工业产值"),
        F("10.2%", "10.2", "%", "other", "yoy", "规上工业产值"),
        F("6.35亿元", "6.35", "亿元", "other", "value", "入库税收"),
        # 二、重点项目推进明细
        F("42亿元", "42", "亿元", "other", "value", "总投资: 晶汀年产10GW高效光伏组件项目"),
        F("6.8亿元", "6.8", "亿元", "fixed_asset_investment", "value", "晶汀年产10GW高效光伏组件项目"),
        F("18.5亿元", "18.5", "亿元", "other", "value", "总投资: 枫汀新能源汽车热管理系统项目"),
        F("126亩", "126", "亩", "land_area", "value", "枫汀新能源汽车热管理系统项目"),
        F("25亿元", "25", "亿元", "other", "value", "总投资: 华澜生物CDMO基地项目"),
        F("210亩", "210", "亩", "land_area", "value", "华澜生物CDMO基地项目"),
        F("8.6亿元", "8.6", "亿元", "other", "value", "总投资: 锐通智能物流装备项目"),
        F("3000万美元", "3000", "万美元", "fdi_contracted", "value", "锐通智能物流装备项目(其中外资)"),
        F("2.3亿元", "2.3", "亿元", "other", "value", "产值: 锐通智能物流装备项目"),
        F("12 亿元", "12", "亿元", "other", "value", "总投资: 启澄半导体材料项目"),
        F("5亿元", "5", "亿元", "fixed_asset_investment", "target", "启澄半导体材料项目; 年度计划投资"),
        F("3.1亿元", "3.1", "亿元", "fixed_asset_investment", "value", "启澄半导体材料项目"),
        F("62%", "62", "%", "fixed_asset_investment", "completion", "启澄半导体材料项目; 年度计划"),
        F("6.2亿元", "6.2", "亿元", "other", "value", "总投资: 沐禾冷链物流园项目"),
        F("15亿元", "15", "亿元", "other", "value", "总投资: 栖云数字产业园项目"),
        F("9.8亿元", "9.8", "亿元", "other", "value", "总投资: 卓岭高端精密轴承项目"),
        F("1.2亿元", "1.2", "亿元", "fixed_asset_investment", "value", "卓岭高端精密轴承项目"),
        F("80%", "80", "%", "other", "completion", "钢结构厂房: 卓岭高端精密轴承项目"),
        F("8个", "8", "个", "other", "value", "重点项目"),
        F("137.1亿元", "137.1", "亿元", "other", "value", "8个重点项目总投资"),
        F("3个", "3", "个", "projects_started", "value", "8个重点项目; 已开工"),
        F("1个", "1", "个", "projects_completed", "value", "8个重点项目"),
        F("3个", "3", "个", "projects_signed", "value", "8个重点项目; 已签约待开工"),
        F("1个", "1", "个", "projects_negotiating", "value", "8个重点项目"),
        F("11.1亿元", "11.1", "亿元", "fixed_asset_investment", "value", "已开工重点项目累计"),
        # 三、存在问题
        F("2个", "2", "个", "other", "value", "供地滞后项目"),
        F("150亩", "150", "亩", "land_area", "value", "剩余用地指标", a=True),
        F("2个", "2", "个", "projects_negotiating", "value", "外资"),
        # 四、下步打算
        F("20个", "20", "个", "projects_signed", "target", "上半年(以上)", a=True),
        F("37.5亿元", "37.5", "亿元", "domestic_capital_actual", "target", "区外; 上半年"),
        F("20个", "20", "个", "projects_started", "target", "全年(不少于)", a=True),
        F("75亿元", "75", "亿元", "domestic_capital_actual", "target", "区外; 年度任务"),
    ],
    projects=["晶汀年产10GW高效光伏组件项目", "枫汀新能源汽车热管理系统项目", "华澜生物CDMO基地项目",
              "锐通智能物流装备项目", "启澄半导体材料项目", "沐禾冷链物流园项目", "栖云数字产业园项目",
              "卓岭高端精密轴承项目"],
    organizations=["江苏晶汀新能源科技有限公司", "苏州远衡热能科技股份有限公司", "华澜生物医药（上海）有限公司",
                   "栖云科技集团有限公司"],
    checks=[
        Q("share", "121.7亿元 / 146.3亿元 = 83.2%", iv("121.7"), iv("146.3"), "83.2", True, "工业 of 新签约 总投资"),
        Q("completion", "31.6亿元 / 75亿元 = 42.1%", iv("31.6"), ex("75"), "42.1", True),
        C("ratio", "42.1% vs 序时进度 5/12 = 41.67%: stated 低于0.2个百分点",
          "+0.43个百分点 (42.05-42.15% against 41.67%)", "-0.2个百分点", False,
          "the completion rate is above the 1-5月 time share, not 0.2个百分点 below it; "
          "the statement would hold against a 序时进度 of about 42.3%"),
        Q("completion", "3.1亿元 / 5亿元 = 62%", iv("3.1"), ex("5"), "62", True, "启澄半导体材料项目"),
        S("42 + 18.5 + 25 + 8.6 + 12 + 6.2 + 15 + 9.8 亿元 = 137.1亿元",
          [iv("42"), iv("18.5"), iv("25"), iv("8.6"), iv("12"), iv("6.2"), iv("15"), iv("9.8")], "137.1", True,
          "总投资 of the eight listed projects", stated_exact=False),
        S("3个 + 1个 + 3个 + 1个 = 8个", [ex("3"), ex("1"), ex("3"), ex("1")], "8", True,
          "stages; 已开工: 晶汀, 启澄, 卓岭; 竣工投产: 锐通; 待开工: 远衡热管理, 华澜, 栖云; 在谈: 沐禾"),
        S("6.8 + 3.1 + 1.2 亿元 = 11.1亿元", [iv("6.8"), iv("3.1"), iv("1.2")], "11.1", True,
          "完成投资 of the three started projects", stated_exact=False),
        S("8个重点项目 = 8 named projects", [ex("8")], "8", True, "项目名称 entries of section 二"),
    ],
)

# ---------------------------------------------------------------- 05 **县 (masked)
R05 = dict(
    title="**县20XX年一季度招商引资工作汇报", region=None, region_masked=True,
    period={"year": None, "from_month": 1, "to_month": 3, "label": "1-3月"},
    lines=[1, 17],
    notes="County masked as **县, its city as XX市, a partner district as ××区; the year is masked (20XX) so year is null. "
          "Masked figures: X个 and X次/X支 (single X), XX%, XX.X%, X.X%, **%, ××万美元, 第X位 (masked rank, unit 位), "
          "a blank of three spaces before 亿元, a blank of two ideographic spaces before 个百分点 and a blank of two spaces before 亿元 in the plan. "
          "来**考察 is a masked place, not a figure. 三条主导产业链 states how many (fact); 三条产业链共 refers back (no fact). "
          "Most checks are made impossible by redaction and are omitted.",
    facts=[
        F("X个", None, "个", "projects_signed", "value", None),
        F("   亿元", None, "亿元", "projects_signed_investment", "value", None),
        F("14个", "14", "个", "projects_signed", "value", "亿元以上"),
        F("**亿元", None, "亿元", "projects_signed_investment", "value", "亿元以上"),
        F("9个", "9", "个", "projects_started", "value", None),
        F("23.6亿元", "23.6", "亿元", "projects_started_investment", "value", None),
        F("XX%", None, "%", "projects_started", "share", "开工率"),
        F("18.7亿元", "18.7", "亿元", "domestic_capital_actual", "value", "市外"),
        F("XX.X%", None, "%", "domestic_capital_actual", "yoy", "市外"),
        F("**%", None, "%", "domestic_capital_actual", "completion", "市外; XX市下达全年任务"),
        F("第X位", None, "位", "domestic_capital_actual", "rank", "市外; 全市"),
        F("××万美元", None, "万美元", "fdi_actual", "value", None),
        F("2家", "2", "家", "fdi_enterprises_new", "value", None),
        F("X.X%", None, "%", "fixed_asset_investment", "yoy", None),
        F("\u3000\u3000个百分点", None, "个百分点", "fixed_asset_investment", "pp_change", "增速高于全市平均"),
        F("6.9%", "6.9", "%", "other", "yoy", "规上工业增加值"),
        F("1286户", "1286", "户", "other", "value", "新增市场主体"),
        # 一、主要做法
        F("X次", None, "次", "outreach_trips", "value", "县委、县政府主要负责同志; 长三角、珠三角"),
        F("23家", "23", "家", "firms_visited", "value", "拜访企业"),
        F("36批次", "36", "批次", "other", "value", "接待客商来**考察"),
        F("57条", "57", "条", "other", "value", "县级领导对接项目线索"),
        F("X支", None, "支", "other", "value", "招商小分队"),
        F("三条", "3", "条", "other", "value", "主导产业链"),
        F("5个", "5", "个", "projects_signed", "value", "新材料产业链"),
        F("16.2亿元", "16.2", "亿元", "projects_signed_investment", "value", "新材料产业链"),
        F("4个", "4", "个", "projects_signed", "value", "装备制造产业链"),
        F("XX亿元", None, "亿元", "projects_signed_investment", "value", "装备制造产业链"),
        F("3个", "3", "个", "projects_signed", "value", "农产品加工产业链"),
        F("5.8亿元", "5.8", "亿元", "projects_signed_investment", "value", "农产品加工产业链"),
        F("12个", "12", "个", "projects_signed", "value", "三条主导产业链合计"),
        F("8.5亿元", "8.5", "亿元", "other", "value", "总投资: 瑞禾农牧生猪全产业链项目"),
        F("XX亿元", None, "亿元", "other", "value", "投资: 宏峰钢结构装配式建筑项目"),
        F("3个", "3", "个", "projects_signed", "value", "与××区共建飞地园区"),
        F("6.4亿元", "6.4", "亿元", "projects_signed_investment", "value", "与××区共建飞地园区"),
        F("6个", "6", "个", "projects_signed", "value", "XX市“春季招商周”集中签约"),
        F("31.5亿元", "31.5", "亿元", "projects_signed_investment", "value", "XX市“春季招商周”集中签约"),
        F("**%", None, "%", "projects_signed_investment", "share", "XX市“春季招商周”; 占一季度签约总投资"),
        F("第2", "2", None, "projects_signed", "rank", "XX市“春季招商周”签约项目数; 全市"),
        F("31个", "31", "个", "projects_negotiating", "value", None),
        F("XX亿元", None, "亿元", "projects_negotiating_investment", "value", "意向投资额"),
        F("X个", None, "个", "projects_negotiating", "value", "10亿元以上"),
        F("24个", "24", "个", "other", "value", "协调解决企业用工、用地等问题"),
        F("1350人", "1350", "人", "other", "value", "帮助企业招工"),
        # 二、存在问题
        F("1个", "1", "个", "projects_signed", "value", "10亿元以上"),
        F("XX人", None, "人", "other", "value", "全县专职招商人员"),
        # 三、下步打算
        F("XX个", None, "个", "projects_signed", "target", "亿元以上; 二季度"),
        F("  亿元", None, "亿元", "domestic_capital_actual", "target", "市外; 二季度"),
        F("500万美元", "500", "万美元", "fdi_actual", "target", "全年"),
    ],
    projects=["瑞禾农牧生猪全产业链项目", "宏峰钢结构装配式建筑项目"],
    organizations=[],
    checks=[
        S("5个 + 4个 + 3个 = 12个", [ex("5"), ex("4"), ex("3")], "12", True, "three chains against 三条产业链共签约"),
    ],
)

# ---------------------------------------------------------------- 06 沅屏市
R06 = dict(
    title="沅屏市招商局关于2023年全市招商引资工作情况的通报", region="沅屏市", region_masked=False,
    period={"year": 2023, "from_month": 1, "to_month": 12, "label": "2023年"},
    lines=[1, 25],
    notes="Bureau bulletin comparing 2023 with 2022. 增长1.3倍 -> yoy 130, 增长2倍 -> 200, 增长1倍 -> 100 (policy). "
          "翻一番 / 实现翻番 are not facts: no numeral with a contract unit (番 is not a unit), like 双过半; the 50亿元以上 项目8个 "
          "that doubled is a fact. 列全市末位 has no number (no fact). 分别居全市前三位 and 排名后两位 are selection descriptors (scope). "
          "Ranks written 第3 / 第9 / 第1 / 第5 / 列第12 without 位 have unit null. "
          "实际使用外资仅为合同外资的41.8% is fdi_actual/share with the contracted amount as the whole. "
          "The 2024 growth target 增长8.8% is measure target. 沅招通〔2024〕3号 is a document number.",
    facts=[
        F("412个", "412", "个", "projects_signed", "value", None),
        F("37个", "37", "个", "projects_signed", "yoy_abs", None),
        F("9.9%", "9.9", "%", "projects_signed", "yoy", None),
        F("2186.5亿元", "2186.5", "亿元", "projects_signed_investment", "value", None),
        F("15.3%", "15.3", "%", "projects_signed_investment", "yoy", None),
        F("268个", "268", "个", "projects_signed", "value", "亿元以上"),
        F("21个", "21", "个", "projects_signed", "yoy_abs", "亿元以上"),
        F("9.3%", "9.3", "%", "projects_signed", "yoy", "亿元以上"),
        F("46个", "46", "个", "projects_signed", "value", "10亿元以上"),
        F("3个", "-3", "个", "projects_signed", "yoy_abs", "10亿元以上"),
        F("6.1%", "-6.1", "%", "projects_signed", "yoy", "10亿元以上"),
        F("8个", "8", "个", "projects_signed", "value", "50亿元以上"),
        F("236个", "236", "个", "projects_started", "value", None),
        F("18个", "18", "个", "projects_started", "yoy_abs", None),
        F("57.3%", "57.3", "%", "contract_fulfillment_rate", "value", None),
        F("121个", "121", "个", "projects_completed", "value", None),
        F("9个", "-9", "个", "projects_completed", "yoy_abs", None),
        F("6.9%", "-6.9", "%", "projects_completed", "yoy", None),
        F("73个", "73", "个", "projects_negotiating", "value", "重大在谈"),
        F("11个", "-11", "个", "projects_negotiating", "yoy_abs", "重大在谈"),
        F("1286.4亿元", "1286.4", "亿元", "domestic_capital_actual", "value", "市外"),
        F("12.6%", "12.6", "%", "domestic_capital_actual", "yoy", "市外"),
        F("第6位", "6", "位", "domestic_capital_actual", "rank", "市外; 全省; 总量"),
        F("第3", "3", None, "domestic_capital_actual", "rank", "市外; 全省; 增速"),
        F("4.12亿美元", "4.12", "亿美元", "fdi_actual", "value", None),
        F("1.3倍", "1.3", "倍", "fdi_actual", "yoy", None),
        F("第9", "9", None, "fdi_actual", "rank", "全省; 总量"),
        F("9.86亿美元", "9.86", "亿美元", "fdi_contracted", "value", None),
        F("2.4倍", "2.4", "倍", "fdi_contracted", "yoy", None),
        F("58家", "58", "家", "fdi_enterprises_new", "value", None),
        F("26家", "26", "家", "fdi_enterprises_new", "yoy_abs", None),
        F("81.3%", "81.3", "%", "fdi_enterprises_new", "yoy", None),
        F("86场", "86", "场", "promotion_events", "value", "各类招商推介活动"),
        F("32场", "32", "场", "promotion_events", "yoy_abs", "各类招商推介活动"),
        F("14场", "14", "场", "promotion_events", "value", "市级推介会"),
        F("125批次", "125", "批次", "outreach_trips", "value", "市领导带队"),
        F("47.1%", "47.1", "%", "outreach_trips", "yoy", "市领导带队"),
        F("438家", "438", "家", "firms_visited", "value", None),
        F("1倍", "1", "倍", "firms_visited", "yoy", None),
        F("第4位", "4", "位", "other", "rank", "全市招商引资综合考核; 全省"),
        # 二、各地完成情况
        F("81个", "81", "个", "projects_signed", "value", "沅屏高新区"),
        F("71个", "71", "个", "projects_signed", "value", "濂州区"),
        F("64个", "64", "个", "projects_signed", "value", "琅溪县"),
        F("58个", "58", "个", "projects_signed", "value", "蓼洲区"),
        F("52个", "52", "个", "projects_signed", "value", "鹤岑县"),
        F("47个", "47", "个", "projects_signed", "value", "湄川县"),
        F("39个", "39", "个", "projects_signed", "value", "汐川县"),
        F("268.5亿元", "268.5", "亿元", "domestic_capital_actual", "value", "市外; 沅屏高新区(全市前三位)"),
        F("231.4亿元", "231.4", "亿元", "domestic_capital_actual", "value", "市外; 濂州区(全市前三位)"),
        F("196.8亿元", "196.8", "亿元", "domestic_capital_actual", "value", "市外; 琅溪县(全市前三位)"),
        F("98.6亿元", "98.6", "亿元", "domestic_capital_actual", "value", "市外; 汐川县"),
        F("4.7%", "-4.7", "%", "domestic_capital_actual", "yoy", "市外; 汐川县"),
        F("38.6%", "38.6", "%", "domestic_capital_actual", "yoy", "市外; 琅溪县"),
        F("第1", "1", None, "domestic_capital_actual", "rank", "市外; 琅溪县; 全市增速"),
        F("17.2%", "17.2", "%", "domestic_capital_actual", "yoy", "市外; 蓼洲区"),
        F("12.5%", "12.5", "%", "domestic_capital_actual", "yoy", "市外; 鹤岑县"),
        F("15个", "15", "个", "projects_signed", "yoy_abs", "蓼洲区"),
        F("6个", "-6", "个", "projects_signed", "yoy_abs", "湄川县"),
        F("2倍", "2", "倍", "projects_signed", "yoy", "汐川县; 亿元以上"),
        F("第5", "5", None, "other", "rank", "沅屏高新区; 全省开发区招商引资考核"),
        F("第12", "12", None, "other", "rank", "濂州经济开发区; 全省开发区招商引资考核"),
        # 三、存在的问题
        F("3个", "-3", "个", "projects_signed", "yoy_abs", "10亿元以上"),
        F("41.8%", "41.8", "%", "fdi_actual", "share", "占合同外资"),
        # 四、下步要求
        F("450个", "450", "个", "projects_signed", "target", "2024年"),
        F("1400亿元", "1400", "亿元", "domestic_capital_actual", "target", "市外; 2024年"),
        F("8.8%", "8.8", "%", "domestic_capital_actual", "target", "市外; 2024年增速"),
        F("5亿美元", "5", "亿美元", "fdi_actual", "target", "2024年"),
        F("60家", "60", "家", "fdi_enterprises_new", "target", "2024年"),
    ],
    projects=[],
    organizations=[],
    checks=[
        Y("412个, +37个 -> 37 / (412 - 37) vs 9.9%", ex("412"), ex("37"), "9.9", True),
        Y("268个, +21个 -> 21 / (268 - 21) vs 9.3%", ex("268"), ex("21"), "9.3", False,
          "21 more on 247 is +8.50%; 9.3% would need a base of about 226"),
        Y("46个, -3个 -> -3 / (46 + 3) vs -6.1%", ex("46"), (-3, -3, -3), "-6.1", True),
        Y("121个, -9个 -> -9 / (121 + 9) vs -6.9%", ex("121"), (-9, -9, -9), "-6.9", True),
        Y("58家, +26家 -> 26 / (58 - 26) vs 81.3%", ex("58"), ex("26"), "81.3", True,
          "exactly 81.25%, at the edge of the printed 81.3%"),
        Q("ratio", "236个 / 412个 = 履约率57.3%", ex("236"), ex("412"), "57.3", True, "新开工 / 新签约"),
        S("81 + 71 + 64 + 58 + 52 + 47 + 39 个 = 412个",
          [ex("81"), ex("71"), ex("64"), ex("58"), ex("52"), ex("47"), ex("39")], "412", True,
          "the seven reporting areas against the city total"),
        Q("ratio", "4.12亿美元 / 9.86亿美元 = 41.8%", iv("4.12"), iv("9.86"), "41.8", True, "实际使用外资 / 合同外资"),
        G("1400亿元 / 1286.4亿元 - 1 vs 增长8.8% (2024 target)", ex("1400"), iv("1286.4"), "8.8", True,
          "the 2024 target of 1400亿元 against the 2023 level"),
    ],
)

# ---------------------------------------------------------------- 07 苍澜县 简报
R07 = dict(
    title="苍澜县招商引资工作简报", region="苍澜县", region_masked=False,
    period={"year": 2024, "from_month": 1, "to_month": 2, "label": "1-2月"},
    lines=[1, 20],
    notes="Short bulletin, one sentence per line. （第5期） is an issue number (document number, no fact). "
          "同比增长21.6% follows 总投资 and is read as its yoy. 11.7 % keeps its space. "
          "排名后3位 is a selection descriptor (no fact). 一季度 targets are measure target.",
    facts=[
        F("11个", "11", "个", "projects_signed", "value", None),
        F("47.3亿元", "47.3", "亿元", "projects_signed_investment", "value", None),
        F("21.6%", "21.6", "%", "projects_signed_investment", "yoy", None),
        F("8个", "8", "个", "projects_signed", "value", "亿元以上"),
        F("75%", "75", "%", "projects_signed", "share", "亿元以上"),
        F("44.9亿元", "44.9", "亿元", "projects_signed_investment", "value", "亿元以上"),
        F("94.9%", "94.9", "%", "projects_signed_investment", "share", "亿元以上"),
        F("4个", "4", "个", "projects_signed", "value", "1月"),
        F("16.2亿元", "16.2", "亿元", "projects_signed_investment", "value", "1月"),
        F("7个", "7", "个", "projects_signed", "value", "2月当月"),
        F("31.1亿元", "31.1", "亿元", "projects_signed_investment", "value", "2月当月"),
        F("12亿元", "12", "亿元", "other", "value", "总投资: 苍澜恒拓铜箔项目"),
        F("6.5亿元", "6.5", "亿元", "other", "value", "总投资: 汇禾预制菜产业园项目"),
        F("5个", "5", "个", "projects_started", "value", None),
        F("18.2亿元", "18.2", "亿元", "projects_started_investment", "value", None),
        F("45.5%", "45.5", "%", "contract_fulfillment_rate", "value", None),
        F("2个", "2", "个", "projects_completed", "value", None),
        F("9.64亿元", "9.64", "亿元", "domestic_capital_actual", "value", "县外"),
        F("52亿元", "52", "亿元", "domestic_capital_actual", "target", "县外; 年度任务"),
        F("18.5%", "18.5", "%", "domestic_capital_actual", "completion", "县外; 年度任务"),
        F("第2位", "2", "位", "domestic_capital_actual", "rank", "县外; 全市"),
        F("185万美元", "185", "万美元", "fdi_actual", "value", None),
        F("37.9%", "-37.9", "%", "fdi_actual", "yoy", None),
        F("24个", "24", "个", "projects_negotiating", "value", None),
        F("86.7亿元", "86.7", "亿元", "projects_negotiating_investment", "value", "意向投资"),
        F("3个", "3", "个", "projects_negotiating", "value", "10亿元以上"),
        F("6批次", "6", "批次", "outreach_trips", "value", "县主要领导"),
        F("19家", "19", "家", "firms_visited", "value", "拜访企业"),
        F("2场", "2", "场", "promotion_events", "value", "专题推介会"),
        F("28批次", "28", "批次", "other", "value", "接待县外客商考察团"),
        F("9个", "9", "个", "projects_negotiating", "value", "新增在谈意向项目"),
        F("5.2%", "5.2", "%", "fixed_asset_investment", "yoy", None),
        F("11.7 %", "11.7", "%", "fixed_asset_investment", "yoy", "工业投资"),
        F("126家", "126", "家", "other", "value", "规上工业企业"),
        F("38.4亿元", "38.4", "亿元", "other", "value", "规上工业产值"),
        F("7.3%", "7.3", "%", "other", "yoy", "规上工业产值"),
        F("3家", "3", "家", "other", "value", "新增规上工业企业"),
        F("3.86亿元", "3.86", "亿元", "other", "value", "一般公共预算收入"),
        F("4.1%", "4.1", "%", "other", "yoy", "一般公共预算收入"),
        F("2.71亿元", "2.71", "亿元", "other", "value", "税收收入"),
        F("412户", "412", "户", "other", "value", "新增市场主体"),
        F("137户", "137", "户", "other", "value", "新增企业类市场主体"),
        F("18个", "18", "个", "other", "value", "乡镇（街道）"),
        F("12个", "12", "个", "other", "value", "实现项目签约的乡镇（街道）"),
        F("18个", "18", "个", "projects_signed", "target", "一季度"),
        F("15亿元", "15", "亿元", "domestic_capital_actual", "target", "县外; 一季度(以上)", a=True),
    ],
    projects=["苍澜恒拓铜箔项目", "汇禾预制菜产业园项目"],
    organizations=[],
    checks=[
        Q("share", "8个 / 11个 = 75%", ex("8"), ex("11"), "75", False,
          "8/11 = 72.73%; 75% would be 8 of 10 or 9 of 12 projects"),
        Q("share", "44.9亿元 / 47.3亿元 = 94.9%", iv("44.9"), iv("47.3"), "94.9", True),
        S("4个 + 7个 = 11个", [ex("4"), ex("7")], "11", True, "1月 + 2月当月 = 1-2月"),
        S("16.2亿元 + 31.1亿元 = 47.3亿元", [iv("16.2"), iv("31.1")], "47.3", True, stated_exact=False),
        Q("ratio", "5个 / 11个 = 履约率45.5%", ex("5"), ex("11"), "45.5", True, "新开工 / 新签约; 45.45% rounds half up"),
        Q("completion", "9.64亿元 / 52亿元 = 18.5%", iv("9.64"), ex("52"), "18.5", True),
    ],
)

# ---------------------------------------------------------------- 08 澍阳县 + 栾溪镇
R08_1 = dict(
    title="澍阳县2024年上半年招商引资工作总结", region="澍阳县", region_masked=False,
    period={"year": 2024, "from_month": 1, "to_month": 6, "label": "1-6月"},
    lines=[8, 21],
    notes="First report of a compilation (cover title and table of contents, lines 1-5, belong to no report; "
          "the TOC page numbers are not facts). The county's 栾溪镇签约项目6个 agrees with the town report that follows. "
          "商会会员企业引荐落地项目 is projects_signed (引进项目). 低于序时进度8.7个百分点 is -8.7. "
          "宸宇锂电隔膜项目 later in the sentence refers back to 澍阳宸宇锂电隔膜项目; its 完成投资 is fixed_asset_investment.",
    facts=[
        F("35个", "35", "个", "projects_signed", "value", None),
        F("156.8亿元", "156.8", "亿元", "projects_signed_investment", "value", None),
        F("19.4%", "19.4", "%", "projects_signed_investment", "yoy", None),
        F("278亿元", "278", "亿元", "projects_signed_investment", "target", "年度签约投资目标"),
        F("56.4%", "56.4", "%", "projects_signed_investment", "completion", "年度签约投资目标"),
        F("27个", "27", "个", "projects_signed", "value", "工业"),
        F("6个", "6", "个", "projects_signed", "value", "服务业"),
        F("3个", "3", "个", "projects_signed", "value", "农业"),
        F("19个", "19", "个", "projects_started", "value", None),
        F("72.6亿元", "72.6", "亿元", "projects_started_investment", "value", None),
        F("8个", "8", "个", "projects_completed", "value", None),
        F("43.5亿元", "43.5", "亿元", "domestic_capital_actual", "value", "省外"),
        F("9.8%", "9.8", "%", "domestic_capital_actual", "yoy", "省外"),
        F("85亿元", "85", "亿元", "domestic_capital_actual", "target", "省外; 年度任务"),
        F("51.2%", "51.2", "%", "domestic_capital_actual", "completion", "省外; 年度任务"),
        F("620万美元", "620", "万美元", "fdi_actual", "value", None),
        F("1500万美元", "1500", "万美元", "fdi_actual", "target", "年度任务"),
        F("41.3%", "41.3", "%", "fdi_actual", "completion", "年度任务"),
        F("8条", "8", "条", "other", "value", "重点产业链"),
        F("21批次", "21", "批次", "outreach_trips", "value", "链长带队"),
        F("96家", "96", "家", "firms_visited", "value", "链长走访"),
        F("26亿元", "26", "亿元", "other", "value", "总投资: 澍阳宸宇锂电隔膜项目"),
        F("9.2亿元", "9.2", "亿元", "other", "value", "总投资: 青禾生态茶旅综合体项目"),
        F("2.4亿元", "2.4", "亿元", "fixed_asset_investment", "value", "澍阳宸宇锂电隔膜项目"),
        F("3个", "3", "个", "other", "value", "驻点招商工作站"),
        F("12名", "12", "名", "other", "value", "驻点人员"),
        F("64条", "64", "条", "other", "value", "有效项目信息"),
        F("9个", "9", "个", "projects_signed", "value", "驻点招商促成"),
        F("41.7亿元", "41.7", "亿元", "projects_signed_investment", "value", "驻点招商促成"),
        F("26.6%", "26.6", "%", "projects_signed_investment", "share", "驻点招商促成"),
        F("2场", "2", "场", "promotion_events", "value", "“澍商回归”恳谈会"),
        F("5个", "5", "个", "projects_signed", "value", "商会会员企业引荐落地"),
        F("22.3亿元", "22.3", "亿元", "projects_signed_investment", "value", "商会会员企业引荐落地"),
        F("14个", "14", "个", "other", "value", "乡镇（街道）"),
        F("6个", "6", "个", "projects_signed", "value", "栾溪镇"),
        F("第1位", "1", "位", "projects_signed", "rank", "栾溪镇; 全县"),
        F("3个", "3", "个", "projects_signed", "value", "10亿元以上"),
        F("8.7个百分点", "-8.7", "个百分点", "fdi_actual", "pp_change", "完成率低于序时进度"),
        F("30个", "30", "个", "projects_signed", "target", "下半年(以上)", a=True),
        F("300亿元", "300", "亿元", "projects_signed_investment", "target", "全年(突破)", a=True),
        F("1500万美元", "1500", "万美元", "fdi_actual", "target", "全年"),
    ],
    projects=["澍阳宸宇锂电隔膜项目", "青禾生态茶旅综合体项目"],
    organizations=["上海澍阳商会", "深圳澍阳商会"],
    checks=[
        Q("completion", "156.8亿元 / 278亿元 = 56.4%", iv("156.8"), ex("278"), "56.4", True),
        S("27个 + 6个 + 3个 = 35个", [ex("27"), ex("6"), ex("3")], "35", False,
          "工业 + 服务业 + 农业 come to 36, one more than the 35 new projects"),
        Q("completion", "43.5亿元 / 85亿元 = 51.2%", iv("43.5"), ex("85"), "51.2", True),
        Q("completion", "620万美元 / 1500万美元 = 41.3%", iv("620"), ex("1500"), "41.3", True),
        Q("share", "41.7亿元 / 156.8亿元 = 26.6%", iv("41.7"), iv("156.8"), "26.6", True),
        S("序时进度 50% - 41.3% = 8.7个百分点", [ex("50"), (Decimal("-41.35"), Decimal("-41.25"), Decimal("-41.3"))],
          "8.7", True, "1-6月 time share 6/12 against the 外资 completion rate", stated_exact=False, kind="ratio"),
    ],
)

R08_2 = dict(
    title="栾溪镇2024年上半年招商引资工作汇报", region="栾溪镇", region_masked=False,
    period={"year": 2024, "from_month": 1, "to_month": 6, "label": "上半年"},
    lines=[24, 32],
    notes="Second report of the compilation: a town (镇) under 澍阳县. 两大主导产业 is an N大 label (no fact). "
          "每人联系2个以上在谈项目 is a per-person duty: `other`, approx. 新入驻企业 are firms, not signed projects: `other`.",
    facts=[
        F("6个", "6", "个", "projects_signed", "value", None),
        F("18.4亿元", "18.4", "亿元", "projects_signed_investment", "value", None),
        F("4个", "4", "个", "projects_signed", "value", "亿元以上"),
        F("10个", "10", "个", "projects_signed", "target", "县下达全年签约项目任务"),
        F("60%", "60", "%", "projects_signed", "completion", "县下达全年签约项目任务"),
        F("3个", "3", "个", "projects_started", "value", None),
        F("4.27亿元", "4.27", "亿元", "domestic_capital_actual", "value", "县外"),
        F("8亿元", "8", "亿元", "domestic_capital_actual", "target", "县外; 年度任务"),
        F("53.4%", "53.4", "%", "domestic_capital_actual", "completion", "县外; 年度任务"),
        F("5.5亿元", "5.5", "亿元", "other", "value", "总投资: 栾溪智能家电配件产业园项目"),
        F("2.8亿元", "2.8", "亿元", "other", "value", "投资: 澍阳绿岭农产品冷链加工项目"),
        F("9次", "9", "次", "outreach_trips", "value", "镇党政主要领导"),
        F("31家", "31", "家", "firms_visited", "value", "拜访企业"),
        F("17批次", "17", "批次", "other", "value", "接待客商来镇考察"),
        F("2个", "2", "个", "other", "value", "镇领导班子成员每人联系在谈项目(以上)", a=True),
        F("5家", "5", "家", "other", "value", "镇工业集中区新入驻企业"),
        F("3.6万平方米", "3.6", "万平方米", "other", "value", "新增标准厂房"),
        F("4处", "4", "处", "other", "value", "盘活闲置厂房"),
        F("1.2万平方米", "1.2", "万平方米", "other", "value", "盘活闲置厂房面积"),
        F("85亩", "85", "亩", "land_area", "value", "落实新增建设用地指标"),
        F("43项", "43", "项", "other", "value", "代办各类手续"),
        F("28家", "28", "家", "other", "value", "规上工业企业"),
        F("21.6亿元", "21.6", "亿元", "other", "value", "规上工业产值"),
        F("6.4%", "6.4", "%", "other", "yoy", "规上工业产值"),
        F("1.32亿元", "1.32", "亿元", "other", "value", "入库税收"),
        F("10个", "10", "个", "projects_signed", "target", "全年(以上)", a=True),
        F("8亿元", "8", "亿元", "domestic_capital_actual", "target", "县外; 全年"),
    ],
    projects=["栾溪智能家电配件产业园项目", "澍阳绿岭农产品冷链加工项目"],
    organizations=[],
    checks=[
        Q("completion", "6个 / 10个 = 60%", ex("6"), ex("10"), "60", True),
        Q("completion", "4.27亿元 / 8亿元 = 53.4%", iv("4.27"), ex("8"), "53.4", True, "53.375% rounds half up"),
    ],
)

FILES = {
    "01_city_chain_midyear.txt": [R01],
    "02_county_projects_fai.txt": [R02],
    "03_district_fdi.txt": [R03],
    "04_devzone_projects.txt": [R04],
    "05_masked_region.txt": [R05],
    "06_bureau_bulletin_yoy.txt": [R06],
    "07_short_brief.txt": [R07],
    "08_compilation_county_town.txt": [R08_1, R08_2],
}


def line_offsets(s):
    offs, o = [], 0
    for ln in s.split("\n"):
        offs.append(o)
        o += len(ln) + 1
    return offs


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


def locate(s, text, pos, ctx, where):
    """Offset of text at or after pos (or inside ctx), never inside a longer figure."""
    if ctx:
        c = s.find(ctx, pos)
        assert c >= 0 and s.count(ctx) == 1, (where, ctx)
        pos = c
    i = s.find(text, pos)
    while i >= 0:
        before = s[i - 1] if i > 0 else ""
        after = s[i + len(text)] if i + len(text) < len(s) else ""
        clash = (text[0] in NUMCHARS and before in NUMCHARS) or \
                (text[0] in MASKS and before in MASKS) or \
                (text[-1] in NUMCHARS and after in NUMCHARS)
        if not clash:
            return i
        i = s.find(text, i + 1)
    raise AssertionError(f"{where}: {text!r} not found after {pos}")


def build():
    os.makedirs(GOLD, exist_ok=True)
    total = 0
    for fn, reps in FILES.items():
        s = open(os.path.join(HERE, fn), encoding="utf-8").read()
        lo = line_offsets(s)
        out = {"file": fn, "reports": []}
        for r in reps:
            a, b = r["lines"]
            start = lo[a - 1]
            end = lo[b] if b < len(lo) else len(s)
            assert r["title"] is None or s[start:end].startswith(r["title"]), (fn, r["title"])
            pos = start
            facts = []
            for f in r["facts"]:
                o = f["o"]
                i = locate(s, f["text"], pos, o.get("ctx"), f"{fn} {r['title']}")
                assert start <= i < end, (fn, r["title"], f["text"], pos)
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
                    assert x in s[start:end], (fn, k, x)
            out["reports"].append({
                "title": r["title"], "region": r["region"], "region_masked": r["region_masked"],
                "period": r["period"], "lines": r["lines"], "notes": r["notes"],
                "facts": facts, "projects": r["projects"], "organizations": r["organizations"],
                "checks": r["checks"]})
            total += len(facts)
        with open(os.path.join(GOLD, fn[:-4] + ".json"), "w", encoding="utf-8") as w:
            w.write(dumps(out))
        print(fn, [len(r["facts"]) for r in out["reports"]])
    print("facts:", total)


FIGURE = re.compile(r"[0-9０-９Xx*×][0-9０-９.,Xx*×  ]*")


def uncovered():
    """Print every digit or mask run of each report that no fact covers (a review aid)."""
    for fn, reps in FILES.items():
        s = open(os.path.join(HERE, fn), encoding="utf-8").read()
        g = json.load(open(os.path.join(GOLD, fn[:-4] + ".json"), encoding="utf-8"))
        covered = set()
        for r in g["reports"]:
            for f in r["facts"]:
                covered.update(range(f["offset"], f["offset"] + len(f["text"])))
        for m in FIGURE.finditer(s):
            if not any(k in covered for k in range(m.start(), m.end())):
                print(f"{fn}:{m.start()}: {s[max(0, m.start() - 8):m.end() + 6]!r}")


if __name__ == "__main__":
    if "--uncovered" in sys.argv:
        uncovered()
    else:
        build()
