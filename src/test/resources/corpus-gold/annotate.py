#!/usr/bin/env python3
"""Hand-written gold annotations for huibao's sample corpus (corpus/).

Every fact below was typed in by reading the source reports in ../corpus-src sentence by
sentence; this script does NOT look for figures.  It only
  * converts the typed value + unit to base_value/base_unit (exact Decimal),
  * locates each typed `text` in the source, searching forward from the previous fact
    (or from an explicit `ctx` anchor), to record its code point offset,
  * evaluates the typed checks with Decimal interval arithmetic and asserts that each
    comes out as intended (planted problems inconsistent, everything else consistent),
  * writes <output stem>.json here and ../corpus-src/planted.tsv.
Conventions follow seeds/gold/POLICY.md; the corpus' own decisions are in README.md here.

Run from anywhere:  python3 annotate.py && python3 check_gold.py
Fact: F(text, value, unit, indicator, measure, scope, a=approx, vmax=upper bound, ctx=anchor)
value None marks a redacted figure.
"""
import json, os
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(os.path.dirname(HERE), "corpus-src")

MONEY = {"亿元": ("1e8", "CNY"), "万元": ("1e4", "CNY"), "元": ("1", "CNY"), "亿": ("1e8", "CNY"),
         "亿美元": ("1e8", "USD"), "万美元": ("1e4", "USD"), "美元": ("1", "USD")}
COUNT = ["个", "家", "次", "批次", "只", "项", "名", "人", "场", "处", "条", "天", "户", "期", "支"]
UNITS = dict(MONEY)
UNITS.update({u: ("1", "count") for u in COUNT})
UNITS.update({"%": ("1", "percent"), "个百分点": ("1", "pp"), "倍": ("100", "percent"),
              "番": ("100", "percent"),  # 翻一番 = +100%; only 一番 occurs (翻两番 would be +300%)
              "位": ("1", "rank"), "亩": ("1", "mu"), "平方米": ("1", "m2"), "万平方米": ("1e4", "m2")})


def num(d):
    d = Decimal(d)
    if d == d.to_integral_value():
        return int(d)
    return float(str(d.normalize()))


def F(text, value, unit, indicator, measure, scope=None, **o):
    return dict(text=text, value=value, unit=unit, indicator=indicator, measure=measure, scope=scope, o=o)


# ------------------------------------------------------------------ interval arithmetic
class N:
    """A printed number: exact value and the half-width of its printed precision."""

    def __init__(self, s, mult="1", exact=None):
        self.s = s
        d = Decimal(s)
        m = Decimal(mult)
        self.v = d * m
        places = -d.as_tuple().exponent if "." in s else 0
        if exact is None:
            exact = "." not in s  # integers (counts, round targets) are exact
        self.h = Decimal(0) if exact else Decimal(5) * Decimal(10) ** (-places - 1) * m

    @property
    def lo(self):
        return self.v - self.h

    @property
    def hi(self):
        return self.v + self.h


def P(s):
    """A stated percentage: always rounded, so +- half its last printed digit."""
    return N(s, exact=False)


def places(s):
    return len(s.split(".")[1]) if "." in s else 0


def q(x, n):
    return x.quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP)


def pct(x, n=2):
    return str(q(x * 100, n)) + "%"


CHECKS = []  # (report key, check dict) for planted.tsv cross-reference


def _verdict(lo, hi, point, stated, expect):
    ok = not (hi < stated.lo or lo > stated.hi)
    assert ok == expect, (lo, hi, point, stated.s, expect)
    return ok


def ratio(kind, facts, nums, dens, stated, expect, note="", scale=100, pk=None):
    """stated% = sum(nums)/sum(dens)*100, over the printed-precision intervals.
    pk: the kind for planted.tsv when it differs (count_percent for percentages of counts)."""
    nv = sum(x.v for x in nums); nlo = sum(x.lo for x in nums); nhi = sum(x.hi for x in nums)
    dv = sum(x.v for x in dens); dlo = sum(x.lo for x in dens); dhi = sum(x.hi for x in dens)
    point = nv / dv * scale
    lo, hi = nlo / dhi * scale, nhi / dlo * scale
    st = P(stated)
    ok = _verdict(lo, hi, point, st, expect)
    n = places(stated)
    rounds_same = q(point, n) == Decimal(stated)
    if ok and not rounds_same:
        note = (note + "; " if note else "") + (
            "point estimate %s rounds to %s, but the printed-precision interval [%s, %s] admits %s%%"
            % (q(point, 3), q(point, n), q(lo, 2), q(hi, 2), stated))
    return dict(kind=kind, facts=facts, computed=str(q(point, 2)) + "%", stated=stated + "%",
                consistent=ok, note=note, _rounding=ok and not rounds_same, _pkind=pk)


def total(kind, facts, parts, whole, expect, note=""):
    pv = sum(x.v for x in parts); plo = sum(x.lo for x in parts); phi = sum(x.hi for x in parts)
    ok = not (phi < whole.lo or plo > whole.hi)
    assert ok == expect, (facts, pv, whole.v)
    return dict(kind=kind, facts=facts, computed=fmt(pv, whole), stated=fmt(whole.v, whole),
                consistent=ok, note=note, _rounding=False)


def fmt(v, like):
    n = places(like.s)
    m = like.v / Decimal(like.s) if Decimal(like.s) != 0 else Decimal(1)
    return str(q(v / m, n))


def yoy_levels(facts, cur, prev, stated, expect, note=""):
    point = (cur.v / prev.v - 1) * 100
    lo, hi = (cur.lo / prev.hi - 1) * 100, (cur.hi / prev.lo - 1) * 100
    st = P(stated)
    ok = _verdict(lo, hi, point, st, expect)
    return dict(kind="yoy", facts=facts, computed=str(q(point, 2)) + "%", stated=stated + "%",
                consistent=ok, note=note, _rounding=False)


def yoy_abs(facts, cur, delta, stated, expect, note=""):
    prev = N(str(cur.v - delta.v))
    return yoy_levels(facts, cur, prev, stated, expect, note)


def growth_mix(facts, parts, stated, expect, note=""):
    """parts: [(level N, growth% N)]; total growth implied by the parts' levels and rates."""
    cur = sum(l.v for l, g in parts)
    prev = sum(l.v / (1 + g.v / 100) for l, g in parts)
    point = (cur / prev - 1) * 100
    rates = [g.v for l, g in parts]
    st = P(stated)
    # any mix of the parts lies between the smallest and largest part growth
    lo = min(rates) - max(g.h for l, g in parts)
    hi = max(rates) + max(g.h for l, g in parts)
    possible = not (hi < st.lo or lo > st.hi)
    ok = possible and abs(point - st.v) <= Decimal("0.2")
    assert ok == expect, (point, stated)
    return dict(kind="yoy", facts=facts, computed=str(q(point, 2)) + "%", stated=stated + "%",
                consistent=ok, note=note, _rounding=False)


def C(kind, facts, computed, stated, consistent, note=""):
    return dict(kind=kind, facts=facts, computed=computed, stated=stated, consistent=consistent,
                note=note, _rounding=False)



# ================================================================== 澜州市 (city, docx)
R_CITY = dict(
    key="city",
    title="关于2024年1-6月全市招商引资工作情况的通报", region="澜州市", region_masked=False,
    period={"year": 2024, "from_month": 1, "to_month": 6, "label": "1-6月"},
    lines=None,
    notes="City summary of the 2024 mid-year round. The closing 附表 is a table in the .docx; its "
          "source lines are tab-separated and its bare numbers take the unit of their column header. "
          "The city's 6215万美元 for 鹭汀区 disagrees with 鹭汀区's own 6125万美元 (planted), and its "
          "97.36亿元 市外到位资金 is not the 94.90亿元 the nine district reports add up to (planted).",
    facts=[
        F("3.10亿美元", "3.10", "亿美元", "fdi_actual", "value"),
        F("12.6%", "12.6", "%", "fdi_actual", "yoy"),
        F("9.3个百分点", "9.3", "个百分点", "fdi_actual", "pp_change", "增幅高于全省平均"),
        F("第7位", "7", "位", "fdi_actual", "rank", "全省"),
        F("6亿美元", "6", "亿美元", "fdi_actual", "target", "省下达全年目标任务"),
        F("51.7%", "51.7", "%", "fdi_actual", "completion", "省下达全年目标任务"),
        F("2.17亿美元", "2.17", "亿美元", "fdi_actual", "value", "制造业"),
        F("21.4%", "21.4", "%", "fdi_actual", "yoy", "制造业"),
        F("70.2%", "70.2", "%", "fdi_actual", "share", "制造业"),
        F("0.86亿美元", "0.86", "亿美元", "fdi_actual", "value", "高技术产业"),
        F("27.7%", "27.7", "%", "fdi_actual", "share", "高技术产业"),
        F("47家", "47", "家", "fdi_enterprises_new", "value"),
        F("9家", "9", "家", "fdi_enterprises_new", "yoy_abs"),
        F("23.7%", "23.7", "%", "fdi_enterprises_new", "yoy"),
        F("5.84亿美元", "5.84", "亿美元", "fdi_contracted", "value"),
        F("8.7%", "8.7", "%", "fdi_contracted", "yoy"),
        F("9856万美元", "9856", "万美元", "fdi_actual", "value", "澜州经济技术开发区"),
        F("31.8%", "31.8", "%", "fdi_actual", "share", "澜州经济技术开发区"),
        F("6215万美元", "6215", "万美元", "fdi_actual", "value", "鹭汀区"),
        F("4372万美元", "4372", "万美元", "fdi_actual", "value", "澹川市"),
        F("第二", "2", None, "fdi_actual", "rank", "鹭汀区; 全市"),
        F("第三", "3", None, "fdi_actual", "rank", "澹川市; 全市"),
        # (二) 内资
        F("97.36亿元", "97.36", "亿元", "domestic_capital_actual", "value", "市外"),
        F("15.2%", "15.2", "%", "domestic_capital_actual", "yoy", "市外"),
        F("180亿元", "180", "亿元", "domestic_capital_actual", "target", "市外; 市定全年目标"),
        F("54.1%", "54.1", "%", "domestic_capital_actual", "completion", "市外; 市定全年目标"),
        F("第5位", "5", "位", "domestic_capital_actual", "rank", "市外; 全省"),
        F("18.64亿元", "18.64", "亿元", "domestic_capital_actual", "value", "市外; 鹭汀区(列前三位)"),
        F("16.50亿元", "16.50", "亿元", "domestic_capital_actual", "value", "市外; 经开区(列前三位)"),
        F("13.95亿元", "13.95", "亿元", "domestic_capital_actual", "value", "市外; 澹川市(列前三位)"),
        F("50.4%", "50.4", "%", "domestic_capital_actual", "share", "市外; 鹭汀区、经开区、澹川市合计"),
        # (三) 签约
        F("82个", "82", "个", "projects_signed", "value"),
        F("11个", "11", "个", "projects_signed", "yoy_abs"),
        F("15.5%", "15.5", "%", "projects_signed", "yoy"),
        F("436.8亿元", "436.8", "亿元", "projects_signed_investment", "value"),
        F("19.3%", "19.3", "%", "projects_signed_investment", "yoy"),
        F("55个", "55", "个", "projects_signed", "value", "亿元以上"),
        F("67.1%", "67.1", "%", "projects_signed", "share", "亿元以上"),
        F("12个", "12", "个", "projects_signed", "value", "10亿元以上"),
        F("213.5亿元", "213.5", "亿元", "projects_signed_investment", "value", "10亿元以上"),
        F("48.9%", "48.9", "%", "projects_signed_investment", "share", "10亿元以上"),
        F("61个", "61", "个", "projects_signed", "value", "制造业"),
        F("74.4%", "74.4", "%", "projects_signed", "share", "制造业"),
        F("14个", "14", "个", "projects_signed", "value", "鹭汀区(居前三位)"),
        F("12个", "12", "个", "projects_signed", "value", "经开区(居前三位)"),
        F("11个", "11", "个", "projects_signed", "value", "蕴川区(居前三位)"),
        F("6个", "6", "个", "fortune500_projects", "value", "三类500强"),
        F("2个", "2", "个", "fortune500_projects", "value", "世界500强"),
        F("3个", "3", "个", "fortune500_projects", "value", "中国500强"),
        F("1个", "1", "个", "fortune500_projects", "value", "民营500强"),
        # (四) 落地
        F("57个", "57", "个", "projects_started", "value"),
        F("268.4亿元", "268.4", "亿元", "projects_started_investment", "value"),
        F("26个", "26", "个", "projects_completed", "value"),
        F("5个", "5", "个", "projects_completed", "yoy_abs"),
        F("113个", "113", "个", "projects_negotiating", "value"),
        F("690亿元", "690", "亿元", "projects_negotiating_investment", "value", "意向投资额", a=True),
        F("45亿元", "45", "亿元", "other", "value", "总投资: 汀湾海洋科技城项目"),
        # (五) 活动
        F("147批次", "147", "批次", "outreach_trips", "value"),
        F("502家", "502", "家", "firms_visited", "value"),
        F("23场", "23", "场", "promotion_events", "value", "专题推介会"),
        F("20场", "20", "场", "promotion_events", "value", "参加省级以上重大经贸活动", a=True),
        F("17个", "17", "个", "projects_signed", "value", "省级以上重大经贸活动现场签约"),
        # 二、问题
        F("532万美元", "532", "万美元", "fdi_actual", "value", "泓水县"),
        F("846万美元", "846", "万美元", "fdi_actual", "value", "棠阜县"),
        F("4.4%", "4.4", "%", "fdi_actual", "share", "泓水县、棠阜县合计"),
        F("12个", "12", "个", "projects_signed", "value", "10亿元以上"),
        F("9个", "9", "个", "other", "value", "去年签约项目中截至6月底未开工"),
        # 三、下一步
        F("6亿美元", "6", "亿美元", "fdi_actual", "target", "全年目标任务"),
        F("180亿元", "180", "亿元", "domestic_capital_actual", "target", "市外; 全年目标任务"),
        F("8个", "8", "个", "projects_signed", "target", "下半年; 10亿元以上", a=True),
        # 附表 (tab-separated rows: 单位, 实际使用外资（万美元）, 新签约项目（个）)
        F("6215", "6215", "万美元", "fdi_actual", "value", "鹭汀区"),
        F("14", "14", "个", "projects_signed", "value", "鹭汀区"),
        F("3620", "3620", "万美元", "fdi_actual", "value", "蕴川区"),
        F("11", "11", "个", "projects_signed", "value", "蕴川区"),
        F("2486", "2486", "万美元", "fdi_actual", "value", "枫渚区"),
        F("9", "9", "个", "projects_signed", "value", "枫渚区"),
        F("1935", "1935", "万美元", "fdi_actual", "value", "岚台区"),
        F("8", "8", "个", "projects_signed", "value", "岚台区"),
        F("1128", "1128", "万美元", "fdi_actual", "value", "芦溆县"),
        F("7", "7", "个", "projects_signed", "value", "芦溆县"),
        F("846", "846", "万美元", "fdi_actual", "value", "棠阜县"),
        F("6", "6", "个", "projects_signed", "value", "棠阜县"),
        F("532", "532", "万美元", "fdi_actual", "value", "泓水县"),
        F("5", "5", "个", "projects_signed", "value", "泓水县"),
        F("4372", "4372", "万美元", "fdi_actual", "value", "澹川市"),
        F("10", "10", "个", "projects_signed", "value", "澹川市"),
        F("9856", "9856", "万美元", "fdi_actual", "value", "澜州经济技术开发区"),
        F("12", "12", "个", "projects_signed", "value", "澜州经济技术开发区"),
        F("30990", "30990", "万美元", "fdi_actual", "value", "合计"),
        F("82", "82", "个", "projects_signed", "value", "合计"),
    ],
    projects=["汀湾海洋科技城项目"],
    organizations=[],
    checks=[
        ratio("completion", "3.10亿美元 / 6亿美元 = 51.7%", [N("3.10")], [N("6")], "51.7", True),
        ratio("share", "制造业 2.17亿美元 / 3.10亿美元 = 70.2%", [N("2.17")], [N("3.10")], "70.2", True),
        ratio("share", "高技术产业 0.86亿美元 / 3.10亿美元 = 27.7%", [N("0.86")], [N("3.10")], "27.7", True),
        yoy_abs("47家, 同比增加9家 -> 去年同期38家; 增长23.7%", N("47"), N("9"), "23.7", True),
        ratio("share", "经开区 9856万美元 / 3.10亿美元 = 31.8%", [N("9856", "1e4")], [N("3.10", "1e8")], "31.8", True),
        ratio("completion", "97.36亿元 / 180亿元 = 54.1%", [N("97.36")], [N("180")], "54.1", True),
        ratio("share", "(18.64 + 16.50 + 13.95)亿元 / 97.36亿元 = 50.4%",
              [N("18.64"), N("16.50"), N("13.95")], [N("97.36")], "50.4", True),
        yoy_abs("82个, 同比增加11个 -> 去年同期71个; 增长15.5%", N("82"), N("11"), "15.5", True),
        ratio("share", "亿元以上 55个 / 82个 = 67.1%", [N("55")], [N("82")], "67.1", True, pk="count_percent"),
        ratio("share", "10亿元以上 213.5亿元 / 436.8亿元 = 48.9%", [N("213.5")], [N("436.8")], "48.9", True),
        ratio("share", "制造业 61个 / 82个 = 74.4%", [N("61")], [N("82")], "74.4", True, pk="count_percent"),
        total("sum", "世界500强2个 + 中国500强3个 + 民营500强1个 = 三类500强6个",
              [N("2"), N("3"), N("1")], N("6"), True),
        ratio("share", "(532 + 846)万美元 / 3.10亿美元 = 4.4%",
              [N("532", "1e4"), N("846", "1e4")], [N("3.10", "1e8")], "4.4", True),
        total("sum", "附表 实际使用外资: 6215+3620+2486+1935+1128+846+532+4372+9856 = 合计30990万美元",
              [N(x) for x in "6215 3620 2486 1935 1128 846 532 4372 9856".split()], N("30990"), True),
        total("sum", "附表 新签约项目: 14+11+9+8+7+6+5+10+12 = 合计82个",
              [N(x) for x in "14 11 9 8 7 6 5 10 12".split()], N("82"), True),
        total("sum", "附表合计 30990万美元 = 正文 3.10亿美元", [N("30990", "1e4")], N("3.10", "1e8"), True,
              "30990万美元 = 3.099亿美元, printed as 3.10"),
    ],
)

# ================================================================== 鹭汀区 2023 (txt)
R_LT23 = dict(
    key="lt23",
    title="鹭汀区2023年招商引资工作总结", region="鹭汀区", region_masked=False,
    period={"year": 2023, "from_month": 1, "to_month": 12, "label": "全年"},
    lines=None,
    notes="Annual summary dated 2024年1月10日. 新签约项目 is stated as 26个 in 一、 and as 28个 in (四) "
          "for the same year and scope (planted conflict); 履约率65.4% fits 17/26. "
          "两条主导产业链 in (一) refers back to the 两条产业链 of the opening (not a new fact); "
          "三大板块 is a designation. The 四、 paragraph gives 2024 targets.",
    facts=[
        F("两条", "2", "条", "other", "value", "产业链"),
        F("1.08亿美元", "1.08", "亿美元", "fdi_actual", "value"),
        F("14.9%", "14.9", "%", "fdi_actual", "yoy"),
        F("1亿美元", "1", "亿美元", "fdi_actual", "target", "市下达任务"),
        F("108%", "108", "%", "fdi_actual", "completion", "市下达任务"),
        F("12家", "12", "家", "fdi_enterprises_new", "value"),
        F("翻一番", "1", "番", "fdi_enterprises_new", "yoy"),
        F("32.6亿元", "32.6", "亿元", "domestic_capital_actual", "value", "市外"),
        F("11.2%", "11.2", "%", "domestic_capital_actual", "yoy", "市外"),
        F("第一", "1", None, "domestic_capital_actual", "rank", "市外; 全市"),
        F("26个", "26", "个", "projects_signed", "value"),
        F("148.5亿元", "148.5", "亿元", "projects_signed_investment", "value"),
        F("19个", "19", "个", "projects_signed", "value", "亿元以上"),
        F("4个", "4", "个", "projects_signed", "value", "10亿元以上"),
        F("17个", "17", "个", "projects_started", "value"),
        F("65.4%", "65.4", "%", "contract_fulfillment_rate", "value"),
        F("8个", "8", "个", "projects_completed", "value"),
        F("31.7亿元", "31.7", "亿元", "fixed_asset_investment", "value", "签约项目当年完成"),
        F("42批次", "42", "批次", "outreach_trips", "value", "产业链招商"),
        F("160余家", "160", "家", "firms_visited", "value", None, a=True),
        F("12亿元", "12", "亿元", "other", "value", "总投资: 恒屹新能源电池结构件项目"),
        F("150亩", "150", "亩", "land_area", "value", "规划用地: 恒屹新能源电池结构件项目"),
        F("20亿元", "20", "亿元", "other", "value", "达产年产值: 恒屹新能源电池结构件项目"),
        F("45亿元", "45", "亿元", "other", "value", "计划总投资: 汀湾海洋科技城项目", a=True),
        F("31个", "31", "个", "projects_negotiating", "value", "储备在谈项目"),
        F("6场", "6", "场", "promotion_events", "value"),
        F("9个", "9", "个", "projects_signed", "value", "招商活动现场签约"),
        F("41.3亿元", "41.3", "亿元", "projects_signed_investment", "value", "招商活动现场签约"),
        F("28个", "28", "个", "projects_signed", "value"),
        F("17个", "17", "个", "projects_started", "value"),
        F("300亩", "300", "亩", "land_area", "value", "工业用地指标缺口", a=True),
        F("1.2亿美元", "1.2", "亿美元", "fdi_actual", "target", "2024年目标"),
        F("36亿元", "36", "亿元", "domestic_capital_actual", "target", "市外; 2024年目标"),
        F("20个", "20", "个", "projects_signed", "target", "2024年目标; 亿元以上", a=True),
    ],
    projects=["恒屹新能源电池结构件项目", "汀湾海洋科技城项目"],
    organizations=["恒屹精密科技有限公司", "澜港海洋发展集团有限公司", "澜州大学海洋学院", "海洋产业技术研究院"],
    checks=[
        ratio("completion", "1.08亿美元 / 1亿美元 = 108%", [N("1.08")], [N("1")], "108", True),
        ratio("ratio", "履约率 = 新开工17个 / 新签约26个 = 65.4%", [N("17")], [N("26")], "65.4", True, pk="count_percent"),
        C("conflict", "新签约项目26个 (一、) vs 签约项目28个 ((四))", "26", "28", False,
          "the same indicator, scope and period stated twice with different values"),
    ],
)

# ================================================================== 鹭汀区 2024 Q1 (GBK txt)
R_LTQ1 = dict(
    key="ltq1",
    title="鹭汀区2024年一季度招商引资工作情况", region="鹭汀区", region_masked=False,
    period={"year": 2024, "from_month": 1, "to_month": 3, "label": "1-3月"},
    lines=None,
    notes="Delivered as GBK. 海洋科技城项目 signed on 3月12日; 恒屹电池结构件项目 under construction; "
          "海洋装备产业园项目 (a different project that shares 海洋) in negotiation.",
    facts=[
        F("2430万美元", "2430", "万美元", "fdi_actual", "value"),
        F("26.8%", "26.8", "%", "fdi_actual", "yoy"),
        F("1.2亿美元", "1.2", "亿美元", "fdi_actual", "target", "全年任务"),
        F("20.25%", "20.25", "%", "fdi_actual", "completion", "全年任务"),
        F("8.06亿元", "8.06", "亿元", "domestic_capital_actual", "value", "市外"),
        F("17.3%", "17.3", "%", "domestic_capital_actual", "yoy", "市外"),
        F("6个", "6", "个", "projects_signed", "value"),
        F("61.8亿元", "61.8", "亿元", "projects_signed_investment", "value"),
        F("5个", "5", "个", "projects_signed", "value", "亿元以上"),
        F("4个", "4", "个", "projects_started", "value"),
        F("22.3亿元", "22.3", "亿元", "projects_started_investment", "value"),
        F("9批次", "9", "批次", "outreach_trips", "value", "区领导带队"),
        F("38家", "38", "家", "firms_visited", "value"),
        F("45亿元", "45", "亿元", "other", "value", "总投资: 海洋科技城项目"),
        F("860亩", "860", "亩", "land_area", "value", "规划用地: 海洋科技城项目", a=True),
        F("12个", "12", "个", "projects_negotiating", "value", "海洋装备产业园项目、智慧冷链物流中心项目等"),
        F("15至18亿元", "15", "亿元", "other", "value", "拟投资: 海洋装备产业园项目", vmax="18"),
        F("2家", "2", "家", "fdi_enterprises_new", "value", "一季度"),
        F("6000万美元", "6000", "万美元", "fdi_actual", "target", "上半年", a=True),
        F("50%", "50", "%", "domestic_capital_actual", "target", "市外; 上半年达到全年目标的比例", a=True),
    ],
    projects=["海洋科技城项目", "恒屹电池结构件项目", "海洋装备产业园项目", "智慧冷链物流中心项目"],
    organizations=["澜港海洋发展集团有限公司"],
    checks=[
        ratio("completion", "2430万美元 / 1.2亿美元 = 20.25%", [N("2430", "1e4")], [N("1.2", "1e8", exact=True)],
              "20.25", True),
    ],
)

# ================================================================== 鹭汀区 2024 H1 (pdf)
R_LT = dict(
    key="lt",
    title="鹭汀区2024年上半年招商引资工作汇报", region="鹭汀区", region_masked=False,
    period={"year": 2024, "from_month": 1, "to_month": 6, "label": "1-6月"},
    lines=None,
    notes="海洋科技城 started on 5月28日 and 恒屹结构件项目 went into production in June; 海洋装备产业园项目 "
          "signed in June. Its 6125万美元 disagrees with the 6215万美元 the city report gives for 鹭汀区 "
          "(planted cross-report). 一个项目、一名领导、一个专班 is a slogan.",
    facts=[
        F("6125万美元", "6125", "万美元", "fdi_actual", "value"),
        F("18.3%", "18.3", "%", "fdi_actual", "yoy"),
        F("1.2亿美元", "1.2", "亿美元", "fdi_actual", "target", "市下达全年任务"),
        F("51.0%", "51.0", "%", "fdi_actual", "completion", "市下达全年任务"),
        F("第二位", "2", "位", "fdi_actual", "rank", "全市"),
        F("9840万美元", "9840", "万美元", "fdi_contracted", "value"),
        F("7家", "7", "家", "fdi_enterprises_new", "value"),
        F("18.64亿元", "18.64", "亿元", "domestic_capital_actual", "value", "市外"),
        F("21.5%", "21.5", "%", "domestic_capital_actual", "yoy", "市外"),
        F("36亿元", "36", "亿元", "domestic_capital_actual", "target", "市外; 全年目标"),
        F("51.8%", "51.8", "%", "domestic_capital_actual", "completion", "市外; 全年目标"),
        F("第一", "1", None, "domestic_capital_actual", "rank", "市外; 全市"),
        F("14个", "14", "个", "projects_signed", "value"),
        F("92.6亿元", "92.6", "亿元", "projects_signed_investment", "value"),
        F("11个", "11", "个", "projects_signed", "value", "亿元以上"),
        F("3个", "3", "个", "projects_signed", "value", "10亿元以上"),
        F("1个", "1", "个", "fortune500_projects", "value", "中国500强"),
        F("18亿元", "18", "亿元", "other", "value", "总投资: 海洋装备产业园项目"),
        F("9个", "9", "个", "projects_started", "value"),
        F("4个", "4", "个", "projects_completed", "value"),
        F("16.8亿元", "16.8", "亿元", "other", "value", "一期投资: 海洋科技城"),
        F("8亿元", "8", "亿元", "other", "value", "预计; 全年产值: 恒屹结构件项目"),
        F("23批次", "23", "批次", "outreach_trips", "value"),
        F("86家", "86", "家", "firms_visited", "value"),
        F("4场", "4", "场", "promotion_events", "value"),
        F("21个", "21", "个", "projects_negotiating", "value"),
        F("260亿元", "260", "亿元", "projects_negotiating_investment", "value", "意向投资额", a=True),
        F("6个", "6", "个", "other", "value", "产业链招商专班"),
        F("3个", "3", "个", "projects_signed", "value", "以商引商; 上下游配套项目"),
        F("520亩", "520", "亩", "land_area", "value", "签约项目尚需新增工业用地", a=True),
        F("1.2亿美元", "1.2", "亿美元", "fdi_actual", "target", "全年"),
        F("36亿元", "36", "亿元", "domestic_capital_actual", "target", "市外; 全年"),
        F("2个", "2", "个", "projects_signed", "target", "10亿元以上", a=True),
    ],
    projects=["海洋装备产业园项目", "海洋科技城", "恒屹结构件项目"],
    organizations=["江屿重工集团有限公司", "恒屹精密科技有限公司", "澜州大学海洋学院", "海洋产业技术研究院"],
    checks=[
        ratio("completion", "6125万美元 / 1.2亿美元 = 51.0%", [N("6125", "1e4")], [N("1.2", "1e8", exact=True)],
              "51.0", True),
        ratio("completion", "18.64亿元 / 36亿元 = 51.8%", [N("18.64")], [N("36")], "51.8", True),
    ],
)

# ================================================================== 蕴川区 (txt)
R_YC = dict(
    key="yc",
    title="蕴川区2024年1-6月招商引资工作情况汇报", region="蕴川区", region_masked=False,
    period={"year": 2024, "from_month": 1, "to_month": 6, "label": "1-6月"},
    lines=None,
    notes="58.9% completion is planted: 3620/6500 is 55.69%. 54.03% is consistent only through rounding "
          "(12.37/22.9 = 54.017). 两个月 is a duration, not a fact.",
    facts=[
        F("两个", "2", "个", "other", "value", "主攻方向"),
        F("3620万美元", "3620", "万美元", "fdi_actual", "value"),
        F("9.7%", "9.7", "%", "fdi_actual", "yoy"),
        F("6500万美元", "6500", "万美元", "fdi_actual", "target", "市下达任务"),
        F("58.9%", "58.9", "%", "fdi_actual", "completion", "市下达任务"),
        F("2730万美元", "2730", "万美元", "fdi_actual", "value", "制造业"),
        F("17.6%", "17.6", "%", "fdi_actual", "yoy", "制造业"),
        F("890万美元", "890", "万美元", "fdi_actual", "value", "服务业"),
        F("-8.92%", "-8.92", "%", "fdi_actual", "yoy", "服务业"),
        F("5260万美元", "5260", "万美元", "fdi_contracted", "value"),
        F("5家", "5", "家", "fdi_enterprises_new", "value"),
        F("12.37亿元", "12.37", "亿元", "domestic_capital_actual", "value", "市外"),
        F("13.6%", "13.6", "%", "domestic_capital_actual", "yoy", "市外"),
        F("22.9亿元", "22.9", "亿元", "domestic_capital_actual", "target", "市外; 年度任务"),
        F("54.03%", "54.03", "%", "domestic_capital_actual", "completion", "市外; 年度任务"),
        F("11个", "11", "个", "projects_signed", "value"),
        F("3个", "3", "个", "projects_signed", "yoy_abs"),
        F("第三位", "3", "位", "projects_signed", "rank", "全市"),
        F("73.7亿元", "73.7", "亿元", "projects_signed_investment", "value"),
        F("8个", "8", "个", "projects_signed", "value", "亿元以上"),
        F("2个", "2", "个", "projects_signed", "value", "10亿元以上"),
        F("15亿元", "15", "亿元", "other", "value", "投资: 瀚沣新能源汽车零部件产业园项目"),
        F("11.5亿元", "11.5", "亿元", "other", "value", "投资: 蕴川智慧物流港项目"),
        F("1个", "1", "个", "fortune500_projects", "value", "民营500强"),
        F("7个", "7", "个", "projects_started", "value"),
        F("3个", "3", "个", "projects_completed", "value"),
        F("15个", "15", "个", "projects_negotiating", "value"),
        F("6个", "6", "个", "projects_negotiating", "value", "投资5亿元以上"),
        F("18批次", "18", "批次", "outreach_trips", "value"),
        F("64家", "64", "家", "firms_visited", "value"),
        F("11家", "11", "家", "other", "value", "对接商协会"),
        F("3场", "3", "场", "promotion_events", "value", "智能制造专题推介会"),
        F("4个", "4", "个", "projects_signed", "value", "推介会现场签约"),
        F("21.6亿元", "21.6", "亿元", "projects_signed_investment", "value", "推介会现场签约"),
        F("27个", "27", "个", "other", "value", "协调解决用工、融资等问题"),
        F("2家", "2", "家", "other", "value", "存量外资企业增资扩股"),
        F("6个", "6", "个", "projects_signed", "target", "下半年; 亿元以上"),
        F("15个", "15", "个", "projects_started", "target", "全年", a=True),
    ],
    projects=["瀚沣新能源汽车零部件产业园项目", "蕴川智慧物流港项目"],
    organizations=[],
    checks=[
        ratio("completion", "3620万美元 / 6500万美元 = 58.9%", [N("3620")], [N("6500")], "58.9", False,
              "planted: 3620/6500 is 55.69%"),
        total("sum", "制造业2730万美元 + 服务业890万美元 = 3620万美元", [N("2730"), N("890")], N("3620"), True),
        growth_mix("制造业2730万美元 +17.6% and 服务业890万美元 -8.92% -> total growth; stated 9.7%",
                   [(N("2730"), N("17.6")), (N("890"), N("-8.92"))], "9.7", True,
                   "the parts imply 3298.6万美元 a year ago, i.e. +9.74%"),
        ratio("completion", "12.37亿元 / 22.9亿元 = 54.03%", [N("12.37")], [N("22.9")], "54.03", True),
        total("sum", "10亿元以上项目2个 = 2 named (瀚沣…产业园项目, 蕴川智慧物流港项目)", [N("1"), N("1")], N("2"), True),
    ],
)

# ================================================================== 枫渚区 (pdf)
R_FZ = dict(
    key="fz",
    title="枫渚区2024年上半年招商引资工作汇报", region="枫渚区", region_masked=False,
    period={"year": 2024, "from_month": 1, "to_month": 6, "label": "截至目前"},
    lines=None,
    notes="Dated （2024年7月）, so 截至目前 reads as 1-6月. The five investments listed with 分别 add up to "
          "22.9亿元, not the 23.6亿元 stated (planted). 两个项目 refers back to the two named projects.",
    facts=[
        F("2486万美元", "2486", "万美元", "fdi_actual", "value"),
        F("6.1%", "6.1", "%", "fdi_actual", "yoy"),
        F("4800万美元", "4800", "万美元", "fdi_actual", "target", "全年任务"),
        F("51.79%", "51.79", "%", "fdi_actual", "completion", "全年任务"),
        F("3650万美元", "3650", "万美元", "fdi_contracted", "value"),
        F("四家", "4", "家", "fdi_enterprises_new", "value"),
        F("9.85亿元", "9.85", "亿元", "domestic_capital_actual", "value", "市外"),
        F("7.7%", "7.7", "%", "domestic_capital_actual", "yoy", "市外"),
        F("9个", "9", "个", "projects_signed", "value"),
        F("25.8亿元", "25.8", "亿元", "projects_signed_investment", "value"),
        F("6个", "6", "个", "projects_started", "value"),
        F("2个", "2", "个", "projects_completed", "value"),
        F("12个", "12", "个", "projects_negotiating", "value"),
        F("86家", "86", "家", "other", "value", "产业链目标企业"),
        F("5个", "5", "个", "projects_signed", "value", "亿元以上"),
        F("23.6亿元", "23.6", "亿元", "projects_signed_investment", "value", "亿元以上"),
        F("8亿元", "8", "亿元", "other", "value", "投资额(分别): 亿元以上签约项目1"),
        F("6.5亿元", "6.5", "亿元", "other", "value", "投资额(分别): 亿元以上签约项目2"),
        F("4.2亿元", "4.2", "亿元", "other", "value", "投资额(分别): 亿元以上签约项目3"),
        F("3亿元", "3", "亿元", "other", "value", "投资额(分别): 亿元以上签约项目4"),
        F("1.2亿元", "1.2", "亿元", "other", "value", "投资额(分别): 亿元以上签约项目5"),
        F("8亿元", "8", "亿元", "other", "value", "投资: 创新药生产基地项目"),
        F("6.5亿元", "6.5", "亿元", "other", "value", "投资: 电子级新材料项目"),
        F("三支", "3", "支", "other", "value", "驻外招商小分队"),
        F("16批次", "16", "批次", "outreach_trips", "value"),
        F("52家", "52", "家", "firms_visited", "value"),
        F("2场", "2", "场", "promotion_events", "value", "专场推介会"),
        F("30余批次", "30", "批次", "other", "value", "接待客商来访", a=True),
        F("8家", "8", "家", "other", "value", "引进科技型企业"),
        F("326亩", "326", "亩", "land_area", "value", "新供应工业用地"),
        F("4.2万平方米", "4.2", "万平方米", "other", "value", "盘活闲置厂房"),
        F("15.6亿元", "15.6", "亿元", "registered_capital", "value", "新设企业"),
        F("1个", "1", "个", "projects_signed", "target", "生物医药产业链; 10亿元以上"),
        F("12个", "12", "个", "projects_started", "target", "全年"),
        F("4期", "4", "期", "other", "target", "招商业务培训", a=True),
    ],
    projects=["创新药生产基地项目", "电子级新材料项目"],
    organizations=["澄屿生物医药集团", "启衡半导体材料有限公司", "澜州大学"],
    checks=[
        ratio("completion", "2486万美元 / 4800万美元 = 51.79%", [N("2486")], [N("4800")], "51.79", True),
        total("sum", "分别 8 + 6.5 + 4.2 + 3 + 1.2 亿元 = 亿元以上项目总投资23.6亿元",
              [N("8"), N("6.5"), N("4.2"), N("3"), N("1.2")], N("23.6"), False,
              "planted: the listed investments add up to 22.9亿元"),
        total("sum", "亿元以上项目5个 = 5 investments listed with 分别", [N("1")] * 5, N("5"), True),
    ],
)

# ================================================================== 岚台区 (docx; also formats/)
R_LTAI = dict(
    key="ltai",
    title="岚台区2024年1-6月招商引资工作情况", region="岚台区", region_masked=False,
    period={"year": 2024, "from_month": 1, "to_month": 6, "label": "1-6月"},
    lines=None,
    notes="开工率69.2% is planted: 26 of 38 is 68.42%. 一家外资企业 uses 一 as an article; "
          "“一个项目、一个专班、一抓到底” is a slogan.",
    facts=[
        F("1935万美元", "1935", "万美元", "fdi_actual", "value"),
        F("8.2%", "-8.2", "%", "fdi_actual", "yoy"),
        F("4200万美元", "4200", "万美元", "fdi_actual", "target", "市下达任务"),
        F("46.07%", "46.07", "%", "fdi_actual", "completion", "市下达任务"),
        F("2870万美元", "2870", "万美元", "fdi_contracted", "value"),
        F("三家", "3", "家", "fdi_enterprises_new", "value"),
        F("8.12亿元", "8.12", "亿元", "domestic_capital_actual", "value", "市外"),
        F("10.3%", "10.3", "%", "domestic_capital_actual", "yoy", "市外"),
        F("8个", "8", "个", "projects_signed", "value"),
        F("33.5亿元", "33.5", "亿元", "projects_signed_investment", "value"),
        F("6个", "6", "个", "projects_signed", "value", "亿元以上"),
        F("5个", "5", "个", "projects_started", "value"),
        F("3个", "3", "个", "projects_completed", "value"),
        F("10个", "10", "个", "projects_negotiating", "value"),
        F("38个", "38", "个", "other", "value", "在库重点项目"),
        F("26个", "26", "个", "projects_started", "value", "在库重点项目; 截至6月底"),
        F("69.2%", "69.2", "%", "projects_started", "share", "在库重点项目开工率"),
        F("12亿元", "12", "亿元", "other", "value", "总投资: 岚舟智能装备产业园项目"),
        F("25亿元", "25", "亿元", "other", "value", "预计; 年销售收入: 岚舟智能装备产业园项目"),
        F("1.6亿元", "1.6", "亿元", "other", "value", "预计; 年税收: 岚舟智能装备产业园项目"),
        F("14批次", "14", "批次", "outreach_trips", "value"),
        F("45家", "45", "家", "firms_visited", "value"),
        F("2场", "2", "场", "promotion_events", "value", "智能装备产业推介会"),
        F("3个", "3", "个", "projects_signed", "value", "推介会现场签约"),
        F("215亩", "215", "亩", "land_area", "value", "盘活闲置低效土地"),
        F("5.6万平方米", "5.6", "万平方米", "other", "value", "标准厂房建设"),
        F("1个", "1", "个", "projects_signed", "value", "10亿元以上"),
        F("4200万美元", "4200", "万美元", "fdi_actual", "target", "全年"),
        F("85%", "85", "%", "projects_started", "target", "在库重点项目开工率; 年底前", a=True),
        F("5个", "5", "个", "projects_signed", "target", "下半年; 亿元以上", a=True),
    ],
    projects=["岚舟智能装备产业园项目"],
    organizations=["岚舟智能装备有限公司"],
    checks=[
        ratio("completion", "1935万美元 / 4200万美元 = 46.07%", [N("1935")], [N("4200")], "46.07", True),
        ratio("share", "已开工26个 / 在库重点项目38个 = 开工率69.2%", [N("26")], [N("38")], "69.2", False,
              "planted: 26/38 is 68.42%", pk="count_percent"),
    ],
)

# ================================================================== 澹川市 (pdf)
R_DC = dict(
    key="dc",
    title="澹川市2024年1-6月招商引资工作情况汇报", region="澹川市", region_masked=False,
    period={"year": 2024, "from_month": 1, "to_month": 6, "label": "1-6月"},
    lines=None,
    notes="A county-level city: 全市 means 澹川市, 澜州市 its parent. 制造业 share 74.6% is planted "
          "(3056/4372 = 69.90%). 两个项目 refers back to the two named projects.",
    facts=[
        F("4372万美元", "4372", "万美元", "fdi_actual", "value"),
        F("22.6%", "22.6", "%", "fdi_actual", "yoy"),
        F("8000万美元", "8000", "万美元", "fdi_actual", "target", "澜州市下达任务"),
        F("54.65%", "54.65", "%", "fdi_actual", "completion", "澜州市下达任务"),
        F("3056万美元", "3056", "万美元", "fdi_actual", "value", "制造业"),
        F("74.6%", "74.6", "%", "fdi_actual", "share", "制造业"),
        F("7450万美元", "7450", "万美元", "fdi_contracted", "value"),
        F("6家", "6", "家", "fdi_enterprises_new", "value"),
        F("13.95亿元", "13.95", "亿元", "domestic_capital_actual", "value", "市外"),
        F("9.8%", "9.8", "%", "domestic_capital_actual", "yoy", "市外"),
        F("第三位", "3", "位", "domestic_capital_actual", "rank", "市外; 澜州市"),
        F("10个", "10", "个", "projects_signed", "value"),
        F("61.7亿元", "61.7", "亿元", "projects_signed_investment", "value"),
        F("7个", "7", "个", "projects_signed", "value", "亿元以上"),
        F("2个", "2", "个", "projects_signed", "value", "10亿元以上"),
        F("8个", "8", "个", "projects_started", "value"),
        F("4个", "4", "个", "projects_completed", "value"),
        F("14个", "14", "个", "projects_negotiating", "value"),
        F("1个", "1", "个", "fortune500_projects", "value", "中国500强"),
        F("22亿元", "22", "亿元", "other", "value", "总投资: 澹川精密传动系统产业园项目"),
        F("13.5亿元", "13.5", "亿元", "other", "value", "总投资: 储能电池系统集成项目"),
        F("8-10亿元", "8", "亿元", "other", "value", "拟投资: 高端装备配套产业园项目", vmax="10"),
        F("20批次", "20", "批次", "outreach_trips", "value"),
        F("70家", "70", "家", "firms_visited", "value"),
        F("3场", "3", "场", "promotion_events", "value", "专题推介会"),
        F("1000多名", "1000", "名", "other", "value", "邀请企业家", a=True),
        F("612亩", "612", "亩", "land_area", "value", "出让工业用地"),
        F("8000万美元", "8000", "万美元", "fdi_actual", "target", "全年", a=True),
        F("4个", "4", "个", "projects_signed", "target", "10亿元以上"),
    ],
    projects=["澹川精密传动系统产业园项目", "储能电池系统集成项目", "高端装备配套产业园项目"],
    organizations=[],
    checks=[
        ratio("completion", "4372万美元 / 8000万美元 = 54.65%", [N("4372")], [N("8000")], "54.65", True),
        ratio("share", "制造业3056万美元 / 4372万美元 = 74.6%", [N("3056")], [N("4372")], "74.6", False,
              "planted: 3056/4372 is 69.90%"),
        total("sum", "10亿元以上项目2个 = 2 named (22亿元, 13.5亿元)", [N("1"), N("1")], N("2"), True),
    ],
)

# ================================================================== 澜州经济技术开发区 (docx)
R_KF = dict(
    key="kf",
    title="澜州经济技术开发区2024年上半年招商引资工作汇报", region="澜州经济技术开发区", region_masked=False,
    period={"year": 2024, "from_month": 1, "to_month": 6, "label": "1-6月"},
    lines=None,
    notes="Total growth 19.6% is impossible (planted): 制造业 +17.1% and 服务业 -7.3% at these levels give "
          "+9.13%, and no mix of the two can exceed +17.1%. The 31.8% share is of the city total, which "
          "this report does not state (the city report gives 3.10亿美元).",
    facts=[
        F("9,856万美元", "9856", "万美元", "fdi_actual", "value"),
        F("19.6%", "19.6", "%", "fdi_actual", "yoy"),
        F("1.8亿美元", "1.8", "亿美元", "fdi_actual", "target", "市下达全年任务"),
        F("54.76%", "54.76", "%", "fdi_actual", "completion", "市下达全年任务"),
        F("31.8%", "31.8", "%", "fdi_actual", "share", "占全市"),
        F("7,120万美元", "7120", "万美元", "fdi_actual", "value", "制造业"),
        F("17.1%", "17.1", "%", "fdi_actual", "yoy", "制造业"),
        F("2,736万美元", "2736", "万美元", "fdi_actual", "value", "服务业"),
        F("7.3%", "-7.3", "%", "fdi_actual", "yoy", "服务业"),
        F("2.54亿美元", "2.54", "亿美元", "fdi_contracted", "value"),
        F("18家", "18", "家", "fdi_enterprises_new", "value"),
        F("4家", "4", "家", "fdi_enterprises_new", "yoy_abs"),
        F("1.36亿美元", "1.36", "亿美元", "registered_capital", "value", "新设外资企业"),
        F("16.50亿元", "16.50", "亿元", "domestic_capital_actual", "value", "市外"),
        F("12.8%", "12.8", "%", "domestic_capital_actual", "yoy", "市外"),
        F("12个", "12", "个", "projects_signed", "value"),
        F("89.7亿元", "89.7", "亿元", "projects_signed_investment", "value"),
        F("9个", "9", "个", "projects_signed", "value", "亿元以上"),
        F("3个", "3", "个", "projects_signed", "value", "10亿元以上"),
        F("2个", "2", "个", "fortune500_projects", "value", "世界500强"),
        F("1个", "1", "个", "fortune500_projects", "value", "中国500强"),
        F("10个", "10", "个", "projects_started", "value"),
        F("5个", "5", "个", "projects_completed", "value"),
        F("18个", "18", "个", "projects_negotiating", "value"),
        F("120家", "120", "家", "other", "value", "目标企业清单"),
        F("26批次", "26", "批次", "outreach_trips", "value"),
        F("92家", "92", "家", "firms_visited", "value"),
        F("60余批次", "60", "批次", "other", "value", "接待客商", a=True),
        F("5场", "5", "场", "promotion_events", "value", "专题推介会"),
        F("25亿元", "25", "亿元", "other", "value", "总投资: 德锐汽车电子产业园项目"),
        F("16亿元", "16", "亿元", "other", "value", "总投资: 芯晟集成电路封装测试项目"),
        F("5亿元", "5", "亿元", "other", "value", "总投资: 生物基材料中试基地项目", a=True),
        F("420亩", "420", "亩", "land_area", "value", "供地"),
        F("8.2万平方米", "8.2", "万平方米", "other", "value", "新建标准厂房"),
        F("6个", "6", "个", "other", "value", "拿地即开工项目"),
        F("1.8亿美元", "1.8", "亿美元", "fdi_actual", "target", "全年"),
        F("2个", "2", "个", "projects_signed", "target", "下半年; 10亿元以上"),
        F("20个", "20", "个", "projects_started", "target", "全年", a=True),
    ],
    projects=["德锐汽车电子产业园项目", "芯晟集成电路封装测试项目", "生物基材料中试基地项目"],
    organizations=[],
    checks=[
        ratio("completion", "9856万美元 / 1.8亿美元 = 54.76%", [N("9856", "1e4")], [N("1.8", "1e8", exact=True)],
              "54.76", True),
        total("sum", "制造业7,120万美元 + 服务业2,736万美元 = 9,856万美元", [N("7120"), N("2736")], N("9856"), True),
        growth_mix("制造业7,120万美元 +17.1% and 服务业2,736万美元 -7.3% -> total growth; stated 19.6%",
                   [(N("7120"), N("17.1")), (N("2736"), N("-7.3"))], "19.6", False,
                   "planted: the parts imply 9031.7万美元 a year ago, i.e. +9.13%; a total growth above "
                   "both parts' growth rates is impossible"),
        C("share", "9856万美元 / 全市实际使用外资 = 31.8%", "", "31.8%", None,
          "the whole is not stated in this report (the city report's 3.10亿美元 gives 31.79%)"),
    ],
)

# ================================================================== 棠阜县 1-5月 (txt)
R_TF5 = dict(
    key="tf5",
    title="棠阜县1-5月份招商引资工作情况", region="棠阜县", region_masked=False,
    period={"year": 2024, "from_month": 1, "to_month": 5, "label": "1-5月"},
    lines=None,
    notes="Three redacted figures: XX亿元, xx个 and a blank left for the amount (three spaces before 亿元). "
          "其中两家建材企业 counts firms that completed site visits.",
    facts=[
        F("两条", "2", "条", "other", "value", "主导产业链"),
        F("702万美元", "702", "万美元", "fdi_actual", "value"),
        F("3.2%", "3.2", "%", "fdi_actual", "yoy"),
        F("4.38亿元", "4.38", "亿元", "domestic_capital_actual", "value", "市外"),
        F("12.1%", "12.1", "%", "domestic_capital_actual", "yoy", "市外"),
        F("5个", "5", "个", "projects_signed", "value"),
        F("XX亿元", None, "亿元", "projects_signed_investment", "value"),
        F("2个", "2", "个", "projects_signed", "value", "亿元以上"),
        F("3个", "3", "个", "projects_started", "value"),
        F("xx个", None, "个", "projects_negotiating", "value"),
        F("2个", "2", "个", "projects_signed", "value", "南京专场推介会现场签约"),
        F("   亿元", None, "亿元", "projects_signed_investment", "value", "南京专场推介会现场签约"),
        F("8批次", "8", "批次", "outreach_trips", "value", "县领导带队"),
        F("24家", "24", "家", "firms_visited", "value"),
        F("两家", "2", "家", "other", "value", "完成实地考察的建材企业"),
        F("9个", "9", "个", "other", "value", "协调解决供电、道路配套等问题"),
    ],
    projects=["鑫阜新型建材项目"],
    organizations=[],
    checks=[],
)

# ================================================================== 澜州经开区 截至目前 (txt, dated 6月12日)
R_KF5 = dict(
    key="kf5",
    title="澜州经开区招商引资工作推进情况汇报", region="澜州经济技术开发区", region_masked=False,
    period={"year": 2024, "from_month": 1, "to_month": 5, "label": "截至目前"},
    lines=None,
    notes="Dated （2024年6月12日）, so 截至目前 reads as 1-5月. The 103.6% share of 制造业 investment in the "
          "total signed investment is impossible (planted implausible). 两个重大项目 counts the two named.",
    facts=[
        F("8214万美元", "8214", "万美元", "fdi_actual", "value"),
        F("16.9%", "16.9", "%", "fdi_actual", "yoy"),
        F("13.72亿元", "13.72", "亿元", "domestic_capital_actual", "value", "市外"),
        F("10个", "10", "个", "projects_signed", "value"),
        F("76.4亿元", "76.4", "亿元", "projects_signed_investment", "value"),
        F("8个", "8", "个", "projects_signed", "value", "制造业"),
        F("103.6%", "103.6", "%", "projects_signed_investment", "share", "制造业"),
        F("8个", "8", "个", "projects_started", "value"),
        F("4个", "4", "个", "projects_completed", "value"),
        F("4个", "4", "个", "projects_signed", "value", "以商引商; 上下游配套项目"),
        F("两个", "2", "个", "other", "value", "重大项目(德锐汽车电子产业园、芯晟集成电路封装测试)"),
        F("9000万美元", "9000", "万美元", "fdi_actual", "target", "上半年", a=True),
    ],
    projects=["德锐汽车电子产业园", "芯晟集成电路封装测试"],
    organizations=[],
    checks=[
        C("implausible", "制造业项目协议投资占签约项目总投资的103.6%", "<= 100%", "103.6%", False,
          "planted: a part's share of its whole cannot exceed 100%"),
        total("sum", "两个重大项目 = 2 named (德锐…, 芯晟…)", [N("1"), N("1")], N("2"), True),
    ],
)

# ================================================================== 各县汇编 (docx compilation)
COMPILATION_NOTE = ("Report %d of the compilation 2024年上半年各县招商引资工作情况汇编 (.docx). Offsets are into "
                    "its UTF-8 source corpus-src/2024h1-counties.txt, which holds the cover, the 目录 (page "
                    "numbers there are not facts) and the three reports. ")

R_LX = dict(
    key="lx",
    title="芦溆县2024年1-6月招商引资工作汇报", region="芦溆县", region_masked=False,
    period={"year": 2024, "from_month": 1, "to_month": 6, "label": "1-6月"},
    lines=[10, 21],
    notes=COMPILATION_NOTE % 1 + "合同外资 is masked as ×× 万美元. The 其中 parts of 新开工项目 (4 + 3) exceed "
          "its total of 5 (planted). 两大特色产业 is a designation.",
    facts=[
        F("1128万美元", "1128", "万美元", "fdi_actual", "value"),
        F("35.2%", "35.2", "%", "fdi_actual", "yoy"),
        F("2400万美元", "2400", "万美元", "fdi_actual", "target", "市下达任务"),
        F("47.0%", "47.0", "%", "fdi_actual", "completion", "市下达任务"),
        F("×× 万美元", None, "万美元", "fdi_contracted", "value"),
        F("两家", "2", "家", "fdi_enterprises_new", "value"),
        F("6.43亿元", "6.43", "亿元", "domestic_capital_actual", "value", "市外"),
        F("1.5倍", "1.5", "倍", "domestic_capital_actual", "yoy", "市外"),
        F("7个", "7", "个", "projects_signed", "value"),
        F("27.8亿元", "27.8", "亿元", "projects_signed_investment", "value"),
        F("4个", "4", "个", "projects_signed", "value", "亿元以上"),
        F("3个", "3", "个", "projects_signed", "value", "5000万～1亿元"),
        F("5个", "5", "个", "projects_started", "value"),
        F("4个", "4", "个", "projects_started", "value", "工业"),
        F("3个", "3", "个", "projects_started", "value", "现代服务业"),
        F("2个", "2", "个", "projects_completed", "value"),
        F("9个", "9", "个", "projects_negotiating", "value"),
        F("9.6亿元", "9.6", "亿元", "fixed_asset_investment", "value", "工业项目"),
        F("13.4%", "13.4", "%", "fixed_asset_investment", "yoy", "工业项目"),
        F("10.5亿元", "10.5", "亿元", "other", "value", "总投资: 佳朔食品精深加工产业园项目"),
        F("5000余户", "5000", "户", "other", "value", "带动农户增收", a=True),
        F("12批次", "12", "批次", "outreach_trips", "value"),
        F("38家", "38", "家", "firms_visited", "value"),
        F("2场", "2", "场", "promotion_events", "value", "农产品精深加工专题推介会"),
        F("15个", "15", "个", "other", "value", "协调解决项目用地、用电等问题"),
        F("178亩", "178", "亩", "land_area", "value", "新增工业用地"),
        F("2400万美元", "2400", "万美元", "fdi_actual", "target", "全年"),
        F("8个", "8", "个", "projects_signed", "target", "全年; 亿元以上", a=True),
    ],
    projects=["佳朔食品精深加工产业园项目"],
    organizations=["佳朔食品有限公司"],
    checks=[
        ratio("completion", "1128万美元 / 2400万美元 = 47.0%", [N("1128")], [N("2400")], "47.0", True),
        total("sum", "亿元以上4个 + 5000万～1亿元3个 = 新签约项目7个", [N("4"), N("3")], N("7"), True),
        total("sum", "其中 工业项目4个 + 现代服务业项目3个 = 新开工项目5个", [N("4"), N("3")], N("5"), False,
              "planted: the 其中 parts add up to 7, more than the total of 5"),
    ],
)

R_TF = dict(
    key="tf",
    title="棠阜县2024年上半年招商引资工作情况", region="棠阜县", region_masked=False,
    period={"year": 2024, "from_month": 1, "to_month": 6, "label": "1-6月"},
    lines=[23, 36],
    notes=COMPILATION_NOTE % 2 + "The yoy 15.8% of 市外到位资金 disagrees with the two levels stated beside it "
          "(5.26 against 4.71 is +11.68%; planted). 四套班子 is a label.",
    facts=[
        F("846万美元", "846", "万美元", "fdi_actual", "value"),
        F("4.7%", "4.7", "%", "fdi_actual", "yoy"),
        F("1380万美元", "1380", "万美元", "fdi_contracted", "value"),
        F("1家", "1", "家", "fdi_enterprises_new", "value"),
        F("5.26亿元", "5.26", "亿元", "domestic_capital_actual", "value", "市外"),
        F("4.71亿元", "4.71", "亿元", "domestic_capital_actual", "value", "市外; 去年同期"),
        F("15.8%", "15.8", "%", "domestic_capital_actual", "yoy", "市外"),
        F("六个", "6", "个", "projects_signed", "value"),
        F("19.6亿元", "19.6", "亿元", "projects_signed_investment", "value"),
        F("3个", "3", "个", "projects_signed", "value", "亿元以上"),
        F("4个", "4", "个", "projects_started", "value"),
        F("2个", "2", "个", "projects_completed", "value"),
        F("8个", "8", "个", "projects_negotiating", "value"),
        F("10批次", "10", "批次", "outreach_trips", "value"),
        F("30家", "30", "家", "firms_visited", "value"),
        F("1场", "1", "场", "promotion_events", "value", "新型建材产业专场推介会"),
        F("80余人", "80", "人", "other", "value", "邀请客商", a=True),
        F("2个", "2", "个", "projects_signed", "value", "推介会现场签约"),
        F("6.8亿元", "6.8", "亿元", "other", "value", "总投资: 鑫阜新型建材项目"),
        F("4个", "4", "个", "projects_signed", "target", "下半年; 亿元以上"),
        F("10个", "10", "个", "projects_started", "target", "全年", a=True),
    ],
    projects=["鑫阜新型建材项目"],
    organizations=[],
    checks=[
        yoy_levels("5.26亿元 against 去年同期4.71亿元; stated 15.8%", N("5.26"), N("4.71"), "15.8", False,
                   "planted: the two levels give +11.68%"),
    ],
)

R_HS = dict(
    key="hs",
    title="泓水县2024年上半年招商引资工作汇报", region="泓水县", region_masked=False,
    period={"year": 2024, "from_month": 1, "to_month": 6, "label": "截至目前"},
    lines=[38, 50],
    notes=COMPILATION_NOTE % 3 + "Dated （2024年7月）, so 截至目前 reads as 1-6月. The report never states 实际使用外资 "
          "(planted missing indicator; the city report gives 532万美元). **% and *个 are redacted; XX镇 is a "
          "masked place name kept in scope, not a redacted figure. 三大方向 is a designation.",
    facts=[
        F("3.78亿元", "3.78", "亿元", "domestic_capital_actual", "value", "市外"),
        F("**%", None, "%", "domestic_capital_actual", "yoy", "市外"),
        F("5个", "5", "个", "projects_signed", "value"),
        F("12.4亿元", "12.4", "亿元", "projects_signed_investment", "value"),
        F("2个", "2", "个", "projects_signed", "value", "亿元以上"),
        F("3个", "3", "个", "projects_started", "value"),
        F("60%", "60", "%", "contract_fulfillment_rate", "value"),
        F("1个", "1", "个", "projects_completed", "value"),
        F("*个", None, "个", "projects_negotiating", "value"),
        F("960万美元", "960", "万美元", "fdi_contracted", "value"),
        F("1家", "1", "家", "fdi_enterprises_new", "value"),
        F("3.2亿元", "3.2", "亿元", "other", "value", "XX镇; 总投资: 沛禾生态农业产业园项目"),
        F("1200亩", "1200", "亩", "land_area", "value", "流转土地: 沛禾生态农业产业园项目"),
        F("三支", "3", "支", "other", "value", "招商小分队"),
        F("8批次", "8", "批次", "outreach_trips", "value"),
        F("二十五家", "25", "家", "firms_visited", "value"),
        F("1场", "1", "场", "promotion_events", "value", "生态农业专题推介会"),
        F("12个", "12", "个", "other", "value", "推介重点项目"),
        F("5个", "5", "个", "projects_signed", "target", "下半年", a=True),
        F("3个", "3", "个", "projects_signed", "target", "下半年; 亿元以上"),
    ],
    projects=["沛禾生态农业产业园项目"],
    organizations=["沛禾农业发展有限公司"],
    checks=[
        ratio("ratio", "履约率 = 新开工3个 / 新签约5个 = 60%", [N("3")], [N("5")], "60", True, pk="count_percent"),
    ],
)

# ================================================================== 棠阜县 1-6月 简报 (txt): a second report of 棠阜县's 1-6月
R_TFB = dict(
    key="tfb",
    title="棠阜县2024年1-6月招商引资工作简报", region="棠阜县", region_masked=False,
    period={"year": 2024, "from_month": 1, "to_month": 6, "label": "1-6月"},
    lines=None,
    notes="A short brief dated （2024年7月5日） that restates the headline figures of 棠阜县's own 1-6月 report "
          "(#2 of the counties' compilation). All agree except 合同外资, 1830万美元 here against 1380万美元 there "
          "(planted conflict across the two reports). 在谈项目8个 fell by 2 from 去年同期, so 10 a year ago and "
          "-20%, yet the brief says 同比增长25% (planted: 2/8 with the sign of a rise). 一号工程 is a label.",
    facts=[
        F("两条", "2", "条", "other", "value", "主导产业链"),
        F("846万美元", "846", "万美元", "fdi_actual", "value"),
        F("4.7%", "4.7", "%", "fdi_actual", "yoy"),
        F("1830万美元", "1830", "万美元", "fdi_contracted", "value"),
        F("1家", "1", "家", "fdi_enterprises_new", "value"),
        F("5.26亿元", "5.26", "亿元", "domestic_capital_actual", "value", "市外"),
        F("6个", "6", "个", "projects_signed", "value"),
        F("19.6亿元", "19.6", "亿元", "projects_signed_investment", "value"),
        F("3个", "3", "个", "projects_signed", "value", "亿元以上"),
        F("4个", "4", "个", "projects_started", "value"),
        F("2个", "2", "个", "projects_completed", "value"),
        F("8个", "8", "个", "projects_negotiating", "value"),
        F("2个", "-2", "个", "projects_negotiating", "yoy_abs"),
        F("25%", "25", "%", "projects_negotiating", "yoy"),
        F("10批次", "10", "批次", "outreach_trips", "value"),
        F("30家", "30", "家", "firms_visited", "value"),
        F("1场", "1", "场", "promotion_events", "value", "新型建材产业专场推介会"),
        F("80余人", "80", "人", "other", "value", "邀请客商", a=True),
        F("2个", "2", "个", "projects_signed", "value", "推介会现场签约"),
        F("6.8亿元", "6.8", "亿元", "other", "value", "总投资: 鑫阜新型建材项目"),
        F("4个", "4", "个", "projects_signed", "target", "下半年; 亿元以上"),
        F("10个", "10", "个", "projects_started", "target", "全年", a=True),
    ],
    projects=["鑫阜新型建材项目"],
    organizations=[],
    checks=[
        yoy_abs("在谈项目8个, 比去年同期减少2个 -> 去年同期10个; 同比增长25%", N("8"), N("-2"), "25", False,
                "planted: 减少2个 puts 去年同期 at 10个, i.e. -20.0%; a rate of growth for a count that fell "
                "(25% is 2/8 with the sign of a rise)"),
    ],
)


# ================================================================== build
# output file -> (UTF-8 source in ../corpus-src, reports in reading order)
FILES = {
    "2024h1-city.docx": ("2024h1-city.txt", [R_CITY]),
    "2023-luting-annual.txt": ("2023-luting-annual.txt", [R_LT23]),
    "2024q1-luting.txt": ("2024q1-luting.txt", [R_LTQ1]),
    "2024h1-luting.pdf": ("2024h1-luting.txt", [R_LT]),
    "2024h1-yunchuan.txt": ("2024h1-yunchuan.txt", [R_YC]),
    "2024h1-fengzhu.pdf": ("2024h1-fengzhu.txt", [R_FZ]),
    "2024h1-lantai.docx": ("2024h1-lantai.txt", [R_LTAI]),
    "2024h1-counties.docx": ("2024h1-counties.txt", [R_LX, R_TF, R_HS]),
    "2024h1-danchuan.pdf": ("2024h1-danchuan.txt", [R_DC]),
    "2024h1-jingkai.docx": ("2024h1-jingkai.txt", [R_KF]),
    "2024m5-tangfu.txt": ("2024m5-tangfu.txt", [R_TF5]),
    "2024m5-jingkai.txt": ("2024m5-jingkai.txt", [R_KF5]),
    "2024h1-tangfu-brief.txt": ("2024h1-tangfu-brief.txt", [R_TFB]),
}
DOC = {}  # report key -> doc name as huibao prints it ("x.docx", "x.docx#2")
for out, (src, reps) in FILES.items():
    for i, r in enumerate(reps, 1):
        DOC[r["key"]] = out + ("#%d" % i if len(reps) > 1 else "")


def line_offsets(s):
    offs, o = [], 0
    for ln in s.split("\n"):
        offs.append(o)
        o += len(ln) + 1
    return offs


def locate(s, r, start, end):
    pos, facts = start, []
    for f in r["facts"]:
        o = f["o"]
        if "ctx" in o:
            c = s.find(o["ctx"], pos)
            assert c >= 0 and s.count(o["ctx"]) == 1, (r["key"], o["ctx"])
            i = s.find(f["text"], c)
        else:
            i = s.find(f["text"], pos)
        assert start <= i < end, ("not found in order", r["key"], f["text"], pos)
        # a match must not be the tail or head of a longer number (8个 inside 18个, 14 inside 2014)
        assert i == 0 or s[i - 1] not in "0123456789.,-", ("inside a number", r["key"], f["text"], s[i - 5:i + 5])
        assert s[i + len(f["text"]):][:1] not in list("0123456789.%") or not f["text"][-1].isdigit(), (
            "inside a number", r["key"], f["text"])
        pos = i + len(f["text"])
        unit = f["unit"]
        mult, bu = ("1", o.get("bu", "rank")) if unit is None else UNITS[unit]
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
    return facts


def dumps(out):
    """JSON with one fact / check per line, for readable diffs (same layout as the seed gold)."""
    j = lambda x: json.dumps(x, ensure_ascii=False)
    lines = ['{"file": %s,' % j(out["file"]), ' "source": %s,' % j(out["source"]), ' "reports": [']
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


LOCATED = {}  # report key -> located facts


def build_gold():
    for out_name, (src, reps) in FILES.items():
        s = open(os.path.join(SRC, src), encoding="utf-8").read()
        lo = line_offsets(s)
        nlines = len(s.rstrip("\n").split("\n"))
        out = {"file": out_name, "source": "src/test/resources/corpus-src/" + src, "reports": []}
        for r in reps:
            lines = r["lines"] or [1, nlines]
            assert (r["lines"] is None) == (len(reps) == 1), (r["key"], "lines are given for compilations only")
            assert 1 <= lines[0] <= lines[1] <= nlines, (r["key"], lines, nlines)
            a, b = lines
            start, end = lo[a - 1], (lo[b] if b < len(lo) else len(s))
            assert s[start:].startswith(r["title"]), (r["key"], "title is not the first line")
            facts = locate(s, r, start, end)
            LOCATED[r["key"]] = facts
            for k in ("projects", "organizations"):
                for x in r[k]:
                    assert x in s[start:end], (r["key"], k, x)
            out["reports"].append({
                "title": r["title"], "region": r["region"], "region_masked": r["region_masked"],
                "period": r["period"], "lines": lines, "notes": r["notes"], "facts": facts,
                "checks": [{k: v for k, v in c.items() if not k.startswith("_")} for c in r["checks"]],
                "projects": r["projects"], "organizations": r["organizations"]})
        stem = out_name.rsplit(".", 1)[0]
        with open(os.path.join(HERE, stem + ".json"), "w", encoding="utf-8") as w:
            w.write(dumps(out))
        print("%-26s %s" % (out_name, [len(r["facts"]) for r in out["reports"]]))


# ================================================================== planted.tsv
H1_DISTRICTS = ["lt", "yc", "fz", "ltai", "lx", "tf", "hs", "dc", "kf"]
REPORT = {r["key"]: r for _, reps in FILES.values() for r in reps}


def fact(key, indicator, scope=None, measure="value", nth=0):
    hits = [f for f in LOCATED[key] if f["indicator"] == indicator and f["measure"] == measure
            and f["scope"] == scope]
    return hits[nth] if len(hits) > nth else None


KIND_OF_CHECK = {"completion": "completion", "share": "share", "sum": "sum", "yoy": "yoy",
                 "ratio": "count_percent", "conflict": "conflict", "implausible": "implausible"}


def district_sum(indicator, scope, city_scope, expect, note=""):
    parts = [fact(k, indicator, scope) for k in H1_DISTRICTS]
    assert all(parts), (indicator, [k for k, p in zip(H1_DISTRICTS, parts) if not p])
    city = fact("city", indicator, city_scope)
    unit = city["unit"]
    mult = Decimal(UNITS[unit][0])
    tot = sum(Decimal(str(p["base_value"])) for p in parts) / mult
    ok = tot == Decimal(str(city["value"]))
    assert ok == expect, (indicator, tot, city["value"])
    texts = "、".join(p["text"] for p in parts)
    return ["district_sum", DOC["city"], "%s (city) vs %s (%s)" % (city["text"], texts, " ".join(
        REPORT[k]["region"] for k in H1_DISTRICTS)), fmt(tot * mult, N(str(city["value"]), UNITS[unit][0])) + unit,
        city["text"], ok, note or ("%s: the nine 1-6月 district reports add up to the city total" % indicator)]


def cross(key, pairs, expect, note=""):
    """pairs: (city fact text, district fact text) that must carry the same value."""
    for c, d in pairs:
        cv = [f for f in LOCATED["city"] if f["text"] == c]
        dv = [f for f in LOCATED[key] if f["text"] == d]
        assert cv and dv, (key, c, d)
        same = all(Decimal(str(x["base_value"])) == Decimal(str(dv[0]["base_value"])) for x in cv)
        assert same == expect, (key, c, d)
    return ["cross_report", DOC[key], "; ".join("%s (city) = %s (%s)" % (c, d, DOC[key]) for c, d in pairs),
            "; ".join(d for c, d in pairs), "; ".join(c for c, d in pairs), expect, note]


def check_rows(r):
    rows = []
    for c in r["checks"]:
        if c["consistent"] is None:
            continue
        kind = c.get("_pkind") or KIND_OF_CHECK[c["kind"]]
        if "分别" in c["facts"] and c["kind"] == "sum" and c["consistent"] is False:
            kind = "list_sum"
        if "growth" in c["facts"] or "-> total growth" in c["facts"]:
            kind = "growth_mix"
        if c["_rounding"]:
            kind = "rounding_ok"
        rows.append([kind, DOC[r["key"]], c["facts"], c["computed"], c["stated"], c["consistent"], c["note"]])
    return rows


# second reports of a region and period -> the report they restate. Their rows come last in
# planted.tsv, so that the ids of the first round's rows stay as they were.
RESTATES = {"tfb": "tf"}


def restated(key, groups, differing, label, note):
    """Pairs every figure of the second report `key` with the figure of the same indicator, measure and
    scope in the report it restates; all pairs must agree but the one `differing` key (called `label`).
    groups: lists of (indicator, measure, scope) written as one consistent row each."""
    first = RESTATES[key]
    k = lambda f: (f["indicator"], f["measure"], f["scope"])
    mine = {k(f): f for f in LOCATED[key]}
    theirs = {k(f): f for f in LOCATED[first]}
    assert len(mine) == len(LOCATED[key]) and len(theirs) == len(LOCATED[first]), "one figure per key"
    shared = sorted(set(mine) & set(theirs), key=lambda x: mine[x]["offset"])
    covered = [x for g in groups for x in g]
    assert len(covered) + 1 == len(set(covered + [differing])) and set(covered + [differing]) == set(shared), (
        set(shared) ^ set(covered + [differing]))
    bv = lambda f: Decimal(str(f["base_value"]))
    name = lambda x: "/".join(x[:2]) + (" " + x[2] if x[2] else "")
    pair = lambda x: "%s: %s (%s) = %s (%s)" % (name(x), mine[x]["text"], DOC[key], theirs[x]["text"], DOC[first])
    a, b = mine[differing], theirs[differing]
    assert bv(a) != bv(b), differing
    rows = [["cross_conflict", DOC[key], "%s%s (%s) vs %s%s (%s)" % (label, a["text"], DOC[key], label, b["text"],
                                                                    DOC[first]), b["text"], a["text"], False, note]]
    for g in groups:
        for x in g:
            assert bv(mine[x]) == bv(theirs[x]) and mine[x]["approx"] == theirs[x]["approx"], x
        rows.append(["cross_conflict", DOC[key], "; ".join(pair(x) for x in g),
                     "; ".join(theirs[x]["text"] for x in g), "; ".join(mine[x]["text"] for x in g), True,
                     "%s's %s figures stated alike in both reports: no conflict, and one figure each" % (
                         REPORT[key]["region"], REPORT[key]["period"]["label"])])
    return rows


def planted_rows():
    rows = []
    # every check of every report, in corpus order
    for out_name, (src, reps) in FILES.items():
        for r in reps:
            if r["key"] not in RESTATES:
                rows.extend(check_rows(r))
    # the city against the districts
    rows.append(district_sum("domestic_capital_actual", "市外", "市外", False,
                             "planted: the nine 1-6月 district reports add up to 94.90亿元 of 市外到位资金"))
    for ind, scope, cscope in [("projects_signed", None, None), ("projects_signed_investment", None, None),
                               ("projects_signed", "亿元以上", "亿元以上"), ("projects_started", None, None),
                               ("projects_completed", None, None), ("fdi_enterprises_new", None, None),
                               ("outreach_trips", None, None), ("firms_visited", None, None)]:
        rows.append(district_sum(ind, scope, cscope, True))
    ev = [fact(k, "promotion_events", REPORT_EVENT_SCOPE[k]) for k in H1_DISTRICTS]
    tot = sum(Decimal(str(p["value"])) for p in ev)
    city_ev = fact("city", "promotion_events", "专题推介会")
    assert tot == Decimal(str(city_ev["value"]))
    rows.append(["district_sum", DOC["city"], "%s (city) vs %s" % (city_ev["text"], "、".join(p["text"] for p in ev)),
                 "%s场" % tot, city_ev["text"], True,
                 "promotion_events: each district names the theme of its 推介会 in scope; the counts add up"])
    rows.append(cross("lt", [("6215万美元", "6125万美元")], False,
                      "planted: the city report (text and 附表) gives 鹭汀区 6215万美元, its own report 6125万美元"))
    rows.append(cross("lt", [("18.64亿元", "18.64亿元"), ("14个", "14个")], True))
    rows.append(cross("kf", [("9856万美元", "9,856万美元"), ("16.50亿元", "16.50亿元"), ("31.8%", "31.8%")], True))
    rows.append(cross("dc", [("4372万美元", "4372万美元"), ("13.95亿元", "13.95亿元"), ("10", "10个")], True))
    rows.append(cross("yc", [("3620", "3620万美元"), ("11", "11个")], True))
    rows.append(cross("fz", [("2486", "2486万美元"), ("9", "9个")], True))
    rows.append(cross("ltai", [("1935", "1935万美元"), ("8", "8个")], True))
    rows.append(cross("lx", [("1128", "1128万美元"), ("7", "7个")], True))
    rows.append(cross("tf", [("846万美元", "846万美元"), ("6", "六个")], True))
    rows.append(cross("hs", [("5", "5个")], True, "泓水县 states no 实际使用外资, so the city's 532万美元 has no counterpart"))
    peers = [k for k in H1_DISTRICTS if k != "hs"]
    assert all(fact(k, "fdi_actual") for k in peers) and not any(
        f["indicator"] == "fdi_actual" for f in LOCATED["hs"])
    rows.append(["missing_indicator", DOC["hs"], "实际使用外资 (fdi_actual) not stated",
                 "stated, as by %s" % "、".join(REPORT[k]["region"] for k in peers), "(absent)", False,
                 "planted: every other county-level 1-6月 report of the round states 实际使用外资; "
                 "泓水县 states only 合同外资960万美元"])
    for key in ("tf5", "lx", "hs"):
        for f in LOCATED[key]:
            if f["redacted"]:
                rows.append(["redacted", DOC[key], f["text"], "", f["text"], False,
                             "%s/%s masked at offset %d; a missing figure huibao must count"
                             % (f["indicator"], f["measure"], f["offset"])])
    hs = open(os.path.join(SRC, "2024h1-counties.txt"), encoding="utf-8").read()
    rows.append(["redacted", DOC["hs"], "XX镇", "", "XX镇", True,
                 "a masked place name at offset %d, not a redacted figure: it must not be counted as missing"
                 % hs.index("XX镇")])
    # 棠阜县's 1-6月 brief against its 1-6月 report, then the brief's own checks
    rows.extend(restated("tfb", [
        [("fdi_actual", "value", None), ("fdi_actual", "yoy", None), ("fdi_enterprises_new", "value", None),
         ("domestic_capital_actual", "value", "市外")],
        [("projects_signed", "value", None), ("projects_signed_investment", "value", None),
         ("projects_signed", "value", "亿元以上"), ("projects_started", "value", None),
         ("projects_completed", "value", None), ("projects_negotiating", "value", None)],
        [("outreach_trips", "value", None), ("firms_visited", "value", None),
         ("promotion_events", "value", "新型建材产业专场推介会"), ("other", "value", "邀请客商"),
         ("projects_signed", "value", "推介会现场签约"), ("other", "value", "总投资: 鑫阜新型建材项目")],
        [("projects_signed", "target", "下半年; 亿元以上"), ("projects_started", "target", "全年")],
    ], ("fdi_contracted", "value", None), "合同外资",
        "planted: two reports of 棠阜县 for 1-6月 give 合同外资 as 1830万美元 (the brief) and 1380万美元 "
        "(the county report of the compilation); every other figure they share agrees"))
    rows.extend(check_rows(REPORT["tfb"]))
    return rows


# the theme each district gives its 推介会 (scope of its promotion_events fact)
REPORT_EVENT_SCOPE = {"lt": None, "yc": "智能制造专题推介会", "fz": "专场推介会", "ltai": "智能装备产业推介会",
                      "lx": "农产品精深加工专题推介会", "tf": "新型建材产业专场推介会", "hs": "生态农业专题推介会",
                      "dc": "专题推介会", "kf": "专题推介会"}


def tsv(x):
    if x is True or x is False:
        return "true" if x else "false"
    return str(x).replace("\t", " ").replace("\n", " ")


def write_planted():
    rows = planted_rows()
    assert sum(1 for r in rows if r[0] == "rounding_ok") >= 2
    head = ["# Planted problems and deliberate relations of the sample corpus, for huibao's checks.",
            "# Generated by src/test/resources/corpus-gold/annotate.py from the hand-typed gold; every number",
            "# is computed there with Decimal over the printed precision of each figure.",
            "# consistent=false: huibao must report it (a planted problem, or a redacted figure to count);",
            "# consistent=true: huibao must NOT flag it (rounding_ok rows hold only through rounding).",
            "# doc: the corpus file; '#n' is the n-th report of a compilation.",
            "\t".join(["id", "kind", "doc", "facts", "expected", "stated", "consistent", "note"])]
    out = []
    n = {"false": 0, "true": 0}
    for r in rows:
        c = tsv(r[5])
        n[c] += 1
        pid = ("P%02d" if c == "false" else "K%02d") % n[c]
        out.append("\t".join([pid] + [tsv(x) for x in r]))
    with open(os.path.join(SRC, "planted.tsv"), "w", encoding="utf-8") as w:
        w.write("\n".join(head + out) + "\n")
    print("planted.tsv: %d rows (%d to report, %d consistent)" % (len(rows), n["false"], n["true"]))


def cross_asserts():
    """Relations that hold across reports without being checks of their own."""
    bv = lambda f: Decimal(str(f["base_value"]))
    # partial district sums never exceed the city total where a district masks or omits the figure
    for ind, scope, cscope in [("fdi_contracted", None, None), ("projects_negotiating", None, None),
                               ("projects_signed", "10亿元以上", "10亿元以上")]:
        parts = [fact(k, ind, scope) for k in H1_DISTRICTS]
        tot = sum(bv(p) for p in parts if p and not p["redacted"])
        city = fact("city", ind, cscope)
        assert tot <= bv(city) * Decimal("1.001"), (ind, tot, city["value"])
    for cls in ("世界500强", "中国500强", "民营500强"):
        tot = sum(bv(f) for k in H1_DISTRICTS for f in LOCATED[k]
                  if f["indicator"] == "fortune500_projects" and f["scope"] == cls)
        assert tot == bv(fact("city", "fortune500_projects", cls)), cls
    # cumulative figures grow from 1-3月 / 1-5月 to 1-6月
    for early, late in (("ltq1", "lt"), ("tf5", "tf"), ("tf5", "tfb"), ("kf5", "kf")):
        for ind, scope in [("fdi_actual", None), ("domestic_capital_actual", "市外"), ("projects_signed", None),
                           ("projects_signed_investment", None), ("projects_started", None),
                           ("projects_completed", None), ("outreach_trips", None), ("firms_visited", None)]:
            a, b = fact(early, ind, scope), fact(late, ind, scope)
            if a and b and not a["redacted"] and not b["redacted"]:
                assert bv(a) <= bv(b), (early, ind)
    # ranks agree with the figures the round states
    fdi = {k: bv(fact(k, "fdi_actual")) for k in H1_DISTRICTS if k != "hs"}
    fdi["hs"] = Decimal(5320000)
    order = sorted(fdi, key=lambda k: -fdi[k])
    assert order[:3] == ["kf", "lt", "dc"], order
    dom = sorted(H1_DISTRICTS, key=lambda k: -bv(fact(k, "domestic_capital_actual", "市外")))
    assert dom[:3] == ["lt", "kf", "dc"], dom
    sig = sorted(H1_DISTRICTS, key=lambda k: -bv(fact(k, "projects_signed")))
    assert sig[:3] == ["lt", "kf", "yc"], sig
    # 1-6月 parts of a whole
    assert bv(fact("yc", "fdi_actual", "制造业")) + bv(fact("dc", "fdi_actual", "制造业")) + bv(
        fact("kf", "fdi_actual", "制造业")) <= bv(fact("city", "fdi_actual", "制造业"))


if __name__ == "__main__":
    build_gold()
    cross_asserts()
    write_planted()
