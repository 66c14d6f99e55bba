#!/usr/bin/env python3
"""Hand-written gold annotations for the fifth huibao corpus (eight reports).

Every fact below was entered by reading the reports sentence by sentence; this
script does NOT look for figures in the text.  It only
  * converts the hand-entered value + unit to base_value/base_unit (exact Decimal),
  * locates each hand-entered `text` in the file, searching forward from the
    previous fact (or from an explicit `ctx` anchor) to record its char offset,
    and refuses a match that sits inside a longer number (12个 inside 112个),
  * works out the interval arithmetic of the checks from the printed figures and
    asserts that the hand-decided verdict (consistent true/false) agrees with it,
  * writes gold/<report>.json.
Run:  python3 annotate.py && python3 validate.py
      python3 annotate.py --uncovered   lists digit and mask runs that no fact covers
                                        (dates, list markers, names: a review aid only)
Fact tuple: (text, value, unit, indicator, measure, scope, opts)
  value None  -> redacted figure; opts: a=approx, vmax=upper bound of a range,
  ctx=unique surrounding string that contains text, bu=base_unit (for unit None).
A table cell's text is the bare cell; its unit comes from the column header.
Precision of checks: a measured figure printed as 412.6 stands for [412.55, 412.65],
an integer amount for +-0.5, a growth of 1.5倍 for [1.45, 1.55]倍; counts, targets
handed down (任务, 目标, 计划), table cells in 万元 and the time share of a period
(序时进度 = months/12) are exact.
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


def neg(a):
    return (-a[1], -a[0], -a[2])


def plus(*xs):
    return tuple(sum((x[i] for x in xs), Decimal(0)) for i in range(3))


def minus(a, b):
    return (a[0] - b[1], a[1] - b[0], a[2] - b[2])


def scale(a, k):
    k = Decimal(k)
    return (a[0] * k, a[1] * k, a[2] * k)


def pct(a, b):
    """a / b in percent; b must not straddle zero."""
    qs = [a[i] / b[j] * 100 for i in (0, 1) for j in (0, 1)]
    return (min(qs), max(qs), a[2] / b[2] * 100)


def fmt(x):
    return format(Decimal(x).normalize(), "f")


def _verdict(got, stated, consistent):
    overlap = got[0] <= stated[1] and stated[0] <= got[1]
    assert overlap == consistent, (got, stated, consistent)


def _show(got, digits=2):
    if got[0] == got[1]:
        return f"{got[2]:.{digits}f}"
    return f"{got[2]:.{digits}f} ({got[0]:.{digits}f}-{got[1]:.{digits}f})"


def Q(kind, facts, num_, den, stated, consistent, note="", stated_exact=False):
    """A percentage check: num_/den against the stated percent."""
    got = pct(num_, den)
    _verdict(got, iv(stated, stated_exact), consistent)
    return C(kind, facts, _show(got) + "%", stated + "%", consistent, note)


def S(facts, parts, stated, consistent, note="", stated_exact=True, kind="sum"):
    """A sum check: the parts against the stated total."""
    got = plus(*parts)
    _verdict(got, iv(stated, stated_exact), consistent)
    if got[0] == got[1]:
        computed = fmt(got[2])
    else:
        computed = f"{fmt(got[2])} ({fmt(got[0])}-{fmt(got[1])})"
    return C(kind, facts, computed, stated, consistent, note)


def G(facts, now, before, stated, consistent, note="", stated_exact=False):
    """Growth from two levels: now/before - 1 against the stated growth rate in percent."""
    got = tuple(x - 100 for x in pct(now, before))
    _verdict(got, iv(stated, stated_exact), consistent)
    return C("yoy", facts, _show(got) + "%", stated + "%", consistent, note)


def B(facts, now, before, times, consistent, note=""):
    """Growth from two levels against a growth written 增长N倍 (N x 100 percent)."""
    got = tuple(x - 100 for x in pct(now, before))
    _verdict(got, scale(iv(times), 100), consistent)
    return C("yoy", facts, _show(got) + "%", f"{times}倍 (+{fmt(Decimal(times) * 100)}%)", consistent, note)


def Y(facts, level, change, stated, consistent, note=""):
    """A yoy check from a level and its absolute change."""
    base = minus(level, change)
    got = pct(change, base)
    _verdict(got, iv(stated), consistent)
    return C("yoy", facts, _show(got) + "%", stated + "%", consistent,
             (f"last year's level {fmt(base[2])} implied. " + note).strip())


def P(facts, a, b, stated, consistent, note="", kind="ratio"):
    """A percentage-point difference a - b (both in percent) against the stated pp change."""
    got = minus(a, b)
    _verdict(got, iv(stated), consistent)
    return C(kind, facts, _show(got) + "个百分点", stated + "个百分点", consistent, note)


def D(facts, now, before, consistent, note=""):
    """翻番: the later level at least twice the earlier one."""
    got = pct(now, before)
    assert (got[1] >= 200) == consistent, (got, consistent)
    return C("yoy", facts, _show(got) + "% of the earlier level", "翻番 (>= 200%)", consistent, note)


# ---------------------------------------------------------------- 01 蘅州市
R01 = dict(
    title="蘅州市商务局关于2024年上半年全市商务运行和招商引资工作情况的报告", region="蘅州市", region_masked=False,
    period={"year": 2024, "from_month": 1, "to_month": 6, "label": "上半年"},
    lines=[1, 24],
    notes="City 商务局 half-year report to the city government covering 外资, 外贸 and 内资, with ranks among the province's cities. "
          "全省11个设区市 states how many cities are ranked: a count (`other`), like the fourth set's 18个乡镇（街道）; "
          "the ranks that follow (第3位 for the level, 第2位 for the growth) are fdi_actual/rank. "
          "Trade figures (进出口, 出口, 进口, 跨境电商, 外贸实绩企业) have no indicator of their own: `other`. "
          "近六成 is not a fact (成 is not a unit of the contract). 三地合计 refers back to the three sources just listed (no fact). 三大主导产业 is an N大 label; 六项/四项 state how many (facts). "
          "欧美资占比不足5% is an upper bound on a share: fdi_actual/share with approx, since it states the share rather than selecting regions. "
          "较一季度回落2.3个百分点 is a negative pp_change. 第二十届 is part of the fair's name. "
          "A company investing in a separately named project (香港嘉衡集团 ... 蘅州临港综合物流枢纽项目) is listed as an organisation; "
          "so is 新加坡澄汇资本, which is the subject of its sentence even though 澄汇 also heads the project name.",
    facts=[
        # (一) 外资
        F("4.86亿美元", "4.86", "亿美元", "fdi_actual", "value", None),
        F("17.2%", "17.2", "%", "fdi_actual", "yoy", None),
        F("11个", "11", "个", "other", "value", "全省设区市"),
        F("第3位", "3", "位", "fdi_actual", "rank", "全省设区市"),
        F("第2位", "2", "位", "fdi_actual", "rank", "增速; 全省设区市"),
        F("8.9%", "8.9", "%", "fdi_actual", "share", "占全省"),
        F("1.1个百分点", "1.1", "个百分点", "fdi_actual", "pp_change", "占全省比重; 较上年同期"),
        F("63家", "63", "家", "fdi_enterprises_new", "value", None),
        F("11家", "11", "家", "fdi_enterprises_new", "yoy_abs", None),
        F("21.2%", "21.2", "%", "fdi_enterprises_new", "yoy", None),
        F("7.45亿美元", "7.45", "亿美元", "fdi_contracted", "value", None),
        F("4.6%", "-4.6", "%", "fdi_contracted", "yoy", None),
        F("2.93亿美元", "2.93", "亿美元", "fdi_actual", "value", "制造业"),
        F("60.3%", "60.3", "%", "fdi_actual", "share", "制造业"),
        F("1.12亿美元", "1.12", "亿美元", "fdi_actual", "value", "高技术制造业"),
        F("42.7%", "42.7", "%", "fdi_actual", "yoy", "高技术制造业"),
        F("1.87亿美元", "1.87", "亿美元", "fdi_actual", "value", "服务业"),
        F("3.9%", "-3.9", "%", "fdi_actual", "yoy", "服务业"),
        F("2.71亿美元", "2.71", "亿美元", "fdi_actual", "value", "香港"),
        F("6830万美元", "6830", "万美元", "fdi_actual", "value", "新加坡"),
        F("4120万美元", "4120", "万美元", "fdi_actual", "value", "台湾地区"),
        F("78.7%", "78.7", "%", "fdi_actual", "share", "香港、新加坡、台湾地区合计"),
        # (二) 外贸
        F("1268.4亿元", "1268.4", "亿元", "other", "value", "货物贸易进出口总额"),
        F("6.3%", "6.3", "%", "other", "yoy", "货物贸易进出口总额"),
        F("第4位", "4", "位", "other", "rank", "货物贸易进出口总额; 全省"),
        F("863.7亿元", "863.7", "亿元", "other", "value", "出口"),
        F("9.8%", "9.8", "%", "other", "yoy", "出口"),
        F("68.1%", "68.1", "%", "other", "share", "出口; 占进出口总额"),
        F("404.7亿元", "404.7", "亿元", "other", "value", "进口"),
        F("0.6%", "-0.6", "%", "other", "yoy", "进口"),
        F("312.2亿元", "312.2", "亿元", "other", "value", "对RCEP其他成员国进出口"),
        F("11.4%", "11.4", "%", "other", "yoy", "对RCEP其他成员国进出口"),
        F("24.6%", "24.6", "%", "other", "share", "对RCEP其他成员国进出口; 占外贸总值"),
        F("517.9亿元", "517.9", "亿元", "other", "value", "机电产品出口"),
        F("46.8亿元", "46.8", "亿元", "other", "value", "跨境电商进出口"),
        F("1.2倍", "1.2", "倍", "other", "yoy", "跨境电商进出口"),
        F("1842家", "1842", "家", "other", "value", "有进出口实绩的企业"),
        F("97家", "97", "家", "other", "yoy_abs", "有进出口实绩的企业"),
        # (三) 内资
        F("538.2亿元", "538.2", "亿元", "domestic_capital_actual", "value", "市外"),
        F("10.4%", "10.4", "%", "domestic_capital_actual", "yoy", "市外"),
        F("1050亿元", "1050", "亿元", "domestic_capital_actual", "target", "市外; 年度目标"),
        F("51.3%", "51.3", "%", "domestic_capital_actual", "completion", "市外; 年度目标"),
        F("第5位", "5", "位", "domestic_capital_actual", "rank", "市外; 增幅; 全省"),
        F("172个", "172", "个", "projects_signed", "value", "亿元以上"),
        F("1386.5亿元", "1386.5", "亿元", "projects_signed_investment", "value", "亿元以上"),
        F("38个", "38", "个", "projects_signed", "value", "10亿元以上"),
        F("742.3亿元", "742.3", "亿元", "projects_signed_investment", "value", "10亿元以上"),
        F("53.5%", "53.5", "%", "projects_signed_investment", "share", "10亿元以上"),
        F("96个", "96", "个", "projects_started", "value", "亿元以上"),
        F("583.6亿元", "583.6", "亿元", "projects_started_investment", "value", "亿元以上; 计划总投资"),
        F("41个", "41", "个", "projects_completed", "value", "亿元以上"),
        F("六项", "6", "项", "other", "value", "商务主要指标"),
        F("四项", "4", "项", "other", "value", "商务主要指标; 增速进入全省前五"),
        # 二、重点工作
        F("386家", "386", "家", "other", "value", "产业链招商目标企业"),
        F("7场", "7", "场", "promotion_events", "value", "市级重大招商活动"),
        F("45个", "45", "个", "projects_signed", "value", "重大招商活动现场签约"),
        F("326.8亿元", "326.8", "亿元", "projects_signed_investment", "value", "重大招商活动现场签约"),
        F("19批次", "19", "批次", "outreach_trips", "value", "市领导带队"),
        F("134家", "134", "家", "firms_visited", "value", "市领导拜会"),
        F("80亿元", "80", "亿元", "other", "value", "计划投资: 蘅州临港综合物流枢纽项目", a=True),
        F("12亿元", "12", "亿元", "other", "value", "首期: 蘅州临港综合物流枢纽项目"),
        F("2.6亿美元", "2.6", "亿美元", "other", "value", "投资: 澄汇数据中心项目"),
        F("6500万美元", "6500", "万美元", "fdi_actual", "value", "澄汇数据中心项目"),
        F("328家", "328", "家", "other", "value", "参加境内外重点展会的企业"),
        F("9.3亿美元", "9.3", "亿美元", "other", "value", "展会意向成交额"),
        F("21.6亿美元", "21.6", "亿美元", "other", "value", "出口信用保险保额"),
        F("1.35亿元", "1.35", "亿元", "other", "value", "外贸扶持资金"),
        # 三、存在的问题
        F("55.8%", "55.8", "%", "fdi_actual", "share", "港资"),
        F("5%", "5", "%", "fdi_actual", "share", "欧美资; 不足", a=True),
        F("2.3个百分点", "-2.3", "个百分点", "other", "pp_change", "一般贸易出口增速; 较一季度"),
        F("9个", "9", "个", "other", "value", "县（市、区）"),
        F("3个", "3", "个", "other", "value", "县（市、区）; 实际使用外资同比下降"),
        # 四、下半年工作打算
        F("9亿美元", "9", "亿美元", "fdi_actual", "target", "全年(突破)", a=True),
        F("2600亿元", "2600", "亿元", "other", "target", "货物贸易进出口总额; 全年(以上)", a=True),
        F("1050亿元", "1050", "亿元", "domestic_capital_actual", "target", "市外; 全年"),
        F("350个", "350", "个", "projects_signed", "target", "亿元以上; 全年"),
        F("6场", "6", "场", "promotion_events", "target", "重大经贸活动"),
    ],
    projects=["蘅州临港综合物流枢纽项目", "澄汇数据中心项目"],
    organizations=["香港嘉衡集团", "新加坡澄汇资本"],
    checks=[
        Y("63家, +11家 -> 11 / (63 - 11) vs 21.2%", ex("63"), ex("11"), "21.2", True),
        Q("share", "2.93亿美元 / 4.86亿美元 = 60.3%", iv("2.93"), iv("4.86"), "60.3", True, "制造业"),
        Q("share", "(2.71亿美元 + 6830万美元 + 4120万美元) / 4.86亿美元 = 78.7%",
          plus(iv("2.71"), iv("0.6830"), iv("0.4120")), iv("4.86"), "78.7", False,
          "the three sources add up to 3.805亿美元, 78.29% of 4.86亿美元; 78.7% would need about 3.825亿美元"),
        Q("share", "2.71亿美元 / 4.86亿美元 = 55.8% (港资)", iv("2.71"), iv("4.86"), "55.8", True),
        S("863.7亿元 + 404.7亿元 = 1268.4亿元", [iv("863.7"), iv("404.7")], "1268.4", True,
          "出口 + 进口 against 进出口总额", stated_exact=False),
        Q("share", "863.7亿元 / 1268.4亿元 = 68.1%", iv("863.7"), iv("1268.4"), "68.1", True),
        Q("share", "312.2亿元 / 1268.4亿元 = 24.6%", iv("312.2"), iv("1268.4"), "24.6", True, "RCEP"),
        Q("completion", "538.2亿元 / 1050亿元 = 51.3%", iv("538.2"), ex("1050"), "51.3", True),
        Q("share", "742.3亿元 / 1386.5亿元 = 53.5%", iv("742.3"), iv("1386.5"), "53.5", True, "10亿元以上 of 亿元以上"),
        C("share", "4.86亿美元 / ? = 8.9% (全省)", "implied provincial total about 54.6亿美元", "8.9%", None,
          "the provincial total is not stated"),
    ],
)


# ---------------------------------------------------------------- 02 槿山县
R02 = dict(
    title="槿山县投资促进局2024年招商引资工作总结和2025年工作打算", region="槿山县", region_masked=False,
    period={"year": 2024, "from_month": 1, "to_month": 12, "label": "全年"},
    lines=[1, 25],
    notes="County year-end summary: each 目标任务 with its target and completion, then the 2025 targets (measure target, policy). "
          "五项/四项/一项 state how many indicators were set and met (facts; 一项 is a count here, not an article). "
          "2家链主企业 counts the two companies just named: a fact, since it states how many. "
          "四大班子 and 一链一图一清单 are labels; 一期 is a phase name. "
          "The realised investment of a named project (当年完成投资3.2亿元) is fixed_asset_investment with the project in scope. "
          "全年没有引进50亿元以上的重大产业项目 has no figure of its own (50亿元以上 is a size class). "
          "超过一年 is a duration. The 2025 growth target 增长9.5% is domestic_capital_actual/target in percent. "
          "禾润新材 and 帆拓家居 are listed by their first surface form; 浙江禾润新材料股份有限公司 is the same company.",
    facts=[
        F("五项", "5", "项", "other", "value", "市对县考核招商引资主要指标"),
        F("四项", "4", "项", "other", "value", "超额完成全年任务的指标"),
        F("一项", "1", "项", "other", "value", "未完成全年任务的指标"),
        F("58个", "58", "个", "projects_signed", "value", None),
        F("50个", "50", "个", "projects_signed", "target", "年度目标"),
        F("116%", "116", "%", "projects_signed", "completion", "年度目标"),
        F("216.4亿元", "216.4", "亿元", "projects_signed_investment", "value", None),
        F("200亿元", "200", "亿元", "projects_signed_investment", "target", "年度目标"),
        F("108.2%", "108.2", "%", "projects_signed_investment", "completion", "年度目标"),
        F("41个", "41", "个", "projects_signed", "value", "亿元以上"),
        F("6个", "6", "个", "projects_signed", "value", "10亿元以上"),
        F("33个", "33", "个", "projects_signed", "value", "制造业"),
        F("56.9%", "56.9", "%", "projects_signed", "share", "制造业"),
        F("86.73亿元", "86.73", "亿元", "domestic_capital_actual", "value", "县外"),
        F("12.9%", "12.9", "%", "domestic_capital_actual", "yoy", "县外"),
        F("80亿元", "80", "亿元", "domestic_capital_actual", "target", "县外; 年度目标"),
        F("110.4%", "110.4", "%", "domestic_capital_actual", "completion", "县外; 年度目标"),
        F("第2位", "2", "位", "domestic_capital_actual", "rank", "县外; 全市"),
        F("1865万美元", "1865", "万美元", "fdi_actual", "value", None),
        F("6.1%", "6.1", "%", "fdi_actual", "yoy", None),
        F("2000万美元", "2000", "万美元", "fdi_actual", "target", "市下达任务"),
        F("93.3%", "93.3", "%", "fdi_actual", "completion", "市下达任务"),
        F("37个", "37", "个", "projects_started", "value", None),
        F("35个", "35", "个", "projects_started", "target", "年度目标"),
        F("105.7%", "105.7", "%", "projects_started", "completion", "年度目标"),
        F("128.5亿元", "128.5", "亿元", "projects_started_investment", "value", None),
        F("19个", "19", "个", "projects_started", "value", "当年签约当年开工"),
        F("22个", "22", "个", "projects_completed", "value", None),
        F("20个", "20", "个", "projects_completed", "target", "年度目标"),
        F("110%", "110", "%", "projects_completed", "completion", "年度目标"),
        F("14家", "14", "家", "other", "value", "新增规上工业企业"),
        F("63.8亿元", "63.8", "亿元", "fixed_asset_investment", "value", "招商引资项目"),
        F("41.6%", "41.6", "%", "fixed_asset_investment", "share", "招商引资项目; 占全县固定资产投资"),
        F("3.5个百分点", "3.5", "个百分点", "fixed_asset_investment", "pp_change", "招商引资项目占比; 较上年"),
        # 二、主要工作举措
        F("2家", "2", "家", "other", "value", "链主企业"),
        F("11个", "11", "个", "projects_signed", "value", "链主企业引荐配套项目"),
        F("27.6亿元", "27.6", "亿元", "projects_signed_investment", "value", "链主企业引荐配套项目"),
        F("32亿元", "32", "亿元", "other", "value", "总投资: 槿山锂电新材料产业园项目"),
        F("15.6亿元", "15.6", "亿元", "other", "value", "总投资: 云岫智能家居制造基地项目"),
        F("3.2亿元", "3.2", "亿元", "fixed_asset_investment", "value", "云岫智能家居制造基地项目; 当年"),
        F("4个", "4", "个", "other", "value", "槿山商会联络处"),
        F("620余人", "620", "人", "other", "value", "在外乡贤企业家信息库", a=True),
        F("16个", "16", "个", "projects_signed", "value", "乡贤回归"),
        F("38.9亿元", "38.9", "亿元", "projects_signed_investment", "value", "乡贤回归"),
        F("23.5%", "23.5", "%", "projects_signed_investment", "yoy", "乡贤回归"),
        F("1.8亿元", "1.8", "亿元", "other", "value", "总投资: 槿山冷链物流港项目"),
        F("46批次", "46", "批次", "outreach_trips", "value", "县领导带队"),
        F("212家", "212", "家", "firms_visited", "value", None),
        F("6支", "6", "支", "other", "value", "驻外招商小分队"),
        F("153条", "153", "条", "other", "value", "有效项目信息"),
        F("9场", "9", "场", "promotion_events", "value", "参加市级以上推介活动"),
        F("3场", "3", "场", "promotion_events", "value", "县内专场推介会"),
        F("1860亩", "1860", "亩", "land_area", "value", "为招商项目供地"),
        F("1240亩", "1240", "亩", "land_area", "value", "盘活闲置土地和厂房"),
        F("18.6万平方米", "18.6", "万平方米", "other", "value", "标准化厂房"),
        F("1500万元", "1500", "万元", "other", "value", "招商引资专项经费"),
        F("2380万元", "2380", "万元", "other", "value", "招商奖励资金"),
        # 三、存在的问题
        F("4.2%", "4.2", "%", "fdi_actual", "share", "占全市"),
        F("12个", "12", "个", "other", "value", "签约未开工项目"),
        F("4个", "4", "个", "other", "value", "签约未开工项目; 超过一年未开工"),
        # 四、2025年工作打算
        F("60个", "60", "个", "projects_signed", "target", "2025年(以上)", a=True),
        F("45个", "45", "个", "projects_signed", "target", "2025年; 亿元以上"),
        F("230亿元", "230", "亿元", "projects_signed_investment", "target", "2025年(突破)", a=True),
        F("95亿元", "95", "亿元", "domestic_capital_actual", "target", "县外; 2025年"),
        F("9.5%", "9.5", "%", "domestic_capital_actual", "target", "县外; 2025年; 增长"),
        F("2200万美元", "2200", "万美元", "fdi_actual", "target", "2025年"),
        F("40个", "40", "个", "projects_started", "target", "2025年"),
        F("25个", "25", "个", "projects_completed", "target", "2025年"),
        F("2个", "2", "个", "fortune500_projects", "target", "2025年; 世界500强或中国500强(力争)"),
    ],
    projects=["槿山锂电新材料产业园项目", "云岫智能家居制造基地项目", "槿山冷链物流港项目"],
    organizations=["禾润新材", "帆拓家居"],
    checks=[
        S("四项 + 一项 = 五项", [ex("4"), ex("1")], "5", True, "indicators met and not met against the indicators set"),
        Q("completion", "58个 / 50个 = 116%", ex("58"), ex("50"), "116", True),
        Q("completion", "216.4亿元 / 200亿元 = 108.2%", iv("216.4"), ex("200"), "108.2", True),
        Q("share", "33个 / 58个 = 56.9%", ex("33"), ex("58"), "56.9", True, "制造业"),
        Q("completion", "86.73亿元 / 80亿元 = 110.4%", iv("86.73"), ex("80"), "110.4", False,
          "86.73/80 = 108.41%; 110.4% would need about 88.3亿元"),
        Q("completion", "1865万美元 / 2000万美元 = 93.3%", iv("1865"), ex("2000"), "93.3", True,
          "exactly 93.25%, at the edge of the printed 93.3%"),
        Q("completion", "37个 / 35个 = 105.7%", ex("37"), ex("35"), "105.7", True),
        Q("completion", "22个 / 20个 = 110%", ex("22"), ex("20"), "110", True),
        C("share", "63.8亿元 / ? = 41.6% (全县固定资产投资)", "implied county total about 153亿元", "41.6%", None,
          "the county's fixed-asset investment is not stated"),
        G("95亿元 / 86.73亿元 - 1 vs 增长9.5% (2025 target)", ex("95"), iv("86.73"), "9.5", True,
          "the 2025 target against the 2024 level"),
    ],
)


# ---------------------------------------------------------------- 03 珂岭经济开发区
R03 = dict(
    title="珂岭经济开发区2024年1-9月重点招商项目推进情况通报", region="珂岭经济开发区", region_masked=False,
    period={"year": 2024, "from_month": 1, "to_month": 9, "label": "1-9月"},
    lines=[1, 25],
    notes="Development zone bulletin on its tracked key projects by stage (在谈 / 已签约未开工 / 在建 / 竣工投产). "
          "The tracked list as a whole (台账重点招商项目28个, 计划总投资412.6亿元) is a key-project list: `other`. "
          "Each stage takes its own indicator: 在谈 projects_negotiating(_investment), 已签约未开工 projects_signed(_investment) "
          "with that stage in scope, 在建 projects_started / projects_started_investment, 竣工投产 projects_completed(_investment). "
          "The counts in the stage headings （9个） etc. restate the overview and are facts each time (restated figures). "
          "A project's size (意向总投资, 总投资, 拟投资20至25亿元) is `other`; its realised 完成投资 is fixed_asset_investment "
          "with the project in scope; 在建项目 年度计划投资56亿元 is fixed_asset_investment/target. "
          "工程形象进度约为计划的70% is `other`/completion with approx. 上述项目 refers back (no fact); 三色 is a label. "
          "年内签约项目仅占年初在谈项目的38% is projects_signed/share. The Q4 targets (不少于4个, 16.4亿元以上) are target with approx. "
          "A 集团 named as investor is listed as an organisation (江西赣晟化工集团).",
    facts=[
        F("28个", "28", "个", "other", "value", "台账重点招商项目"),
        F("412.6亿元", "412.6", "亿元", "other", "value", "台账重点招商项目计划总投资"),
        F("9个", "9", "个", "projects_negotiating", "value", None),
        F("136.5亿元", "136.5", "亿元", "projects_negotiating_investment", "value", "意向投资"),
        F("7个", "7", "个", "projects_signed", "value", "已签约未开工"),
        F("94.3亿元", "94.3", "亿元", "projects_signed_investment", "value", "已签约未开工"),
        F("8个", "8", "个", "projects_started", "value", "在建"),
        F("128.9亿元", "128.9", "亿元", "projects_started_investment", "value", "在建"),
        F("4个", "4", "个", "projects_completed", "value", None),
        F("52.9亿元", "52.9", "亿元", "projects_completed_investment", "value", None),
        F("48.6亿元", "48.6", "亿元", "domestic_capital_actual", "value", "区外"),
        F("65亿元", "65", "亿元", "domestic_capital_actual", "target", "区外; 年度目标"),
        F("74.8%", "74.8", "%", "domestic_capital_actual", "completion", "区外; 年度目标"),
        F("3280万美元", "3280", "万美元", "fdi_actual", "value", None),
        F("24.5%", "24.5", "%", "fdi_actual", "yoy", None),
        # (一) 在谈
        F("9个", "9", "个", "projects_negotiating", "value", None),
        F("3个", "3", "个", "projects_negotiating", "value", "重点跟踪"),
        F("45亿元", "45", "亿元", "other", "value", "意向总投资: 珂岭氢能装备产业园项目"),
        F("18亿元", "18", "亿元", "other", "value", "意向总投资: 高纯电子化学品项目"),
        F("20至25亿元", "20", "亿元", "other", "value", "拟投资: 珂岭智算中心项目", vmax="25"),
        F("6个", "6", "个", "projects_negotiating", "value", "其余; 初步接洽"),
        F("53.5亿元", "53.5", "亿元", "projects_negotiating_investment", "value", "其余6个项目; 意向投资", a=True),
        # (二) 已签约未开工
        F("7个", "7", "个", "projects_signed", "value", "已签约未开工"),
        F("2个", "2", "个", "projects_signed", "value", "已签约未开工; 已取得施工许可"),
        F("3个", "3", "个", "projects_signed", "value", "已签约未开工; 正在办理用地手续"),
        F("2个", "2", "个", "projects_signed", "value", "已签约未开工; 尚需完善前期手续"),
        F("26亿元", "26", "亿元", "other", "value", "总投资: 珂岭动力电池回收利用项目"),
        F("218亩", "218", "亩", "land_area", "value", "摘牌土地: 珂岭动力电池回收利用项目"),
        F("11.5亿元", "11.5", "亿元", "other", "value", "总投资: 精密光学镜头模组项目"),
        F("8.2亿元", "8.2", "亿元", "other", "value", "总投资: 珂岭预制菜中央厨房项目"),
        # (三) 在建
        F("8个", "8", "个", "projects_started", "value", "在建"),
        F("41.7亿元", "41.7", "亿元", "fixed_asset_investment", "value", "在建项目"),
        F("56亿元", "56", "亿元", "fixed_asset_investment", "target", "在建项目; 年度计划投资"),
        F("74.5%", "74.5", "%", "fixed_asset_investment", "completion", "在建项目; 年度计划投资"),
        F("38亿元", "38", "亿元", "other", "value", "总投资: 珂岭新型显示玻璃基板项目"),
        F("16.3亿元", "16.3", "亿元", "fixed_asset_investment", "value", "珂岭新型显示玻璃基板项目"),
        F("21.6亿元", "21.6", "亿元", "other", "value", "总投资: 珂岭半导体封测二期项目"),
        F("9.8亿元", "9.8", "亿元", "fixed_asset_investment", "value", "珂岭半导体封测二期项目"),
        F("12亿元", "12", "亿元", "other", "value", "总投资: 绿能储能电站项目"),
        F("4.5亿元", "4.5", "亿元", "fixed_asset_investment", "value", "绿能储能电站项目"),
        F("70%", "70", "%", "other", "completion", "工程形象进度: 绿能储能电站项目", a=True),
        # (四) 竣工投产
        F("4个", "4", "个", "projects_completed", "value", None),
        F("12.5亿元", "12.5", "亿元", "other", "value", "总投资: 鑫岭特种合金材料项目"),
        F("18.6亿元", "18.6", "亿元", "other", "value", "总投资: 康衍医疗器械产业园项目"),
        F("9.8亿元", "9.8", "亿元", "other", "value", "总投资: 珂岭智能仓储物流中心项目"),
        F("13亿元", "13", "亿元", "other", "value", "总投资: 润丰食品精深加工项目"),
        F("68亿元", "68", "亿元", "other", "value", "预计; 竣工投产项目达产后年产值"),
        F("2100人", "2100", "人", "other", "value", "预计; 竣工投产项目新增就业"),
        # 三、存在问题和下步工作
        F("5个", "5", "个", "other", "value", "台账中进度低于序时计划的项目"),
        F("2个", "2", "个", "other", "value", "进度低于序时计划的在建项目"),
        F("38%", "38", "%", "projects_signed", "share", "年内签约项目占年初在谈项目"),
        F("4个", "4", "个", "projects_started", "target", "四季度(不少于)", a=True),
        F("16.4亿元", "16.4", "亿元", "domestic_capital_actual", "target", "区外; 四季度(以上)", a=True),
    ],
    projects=["珂岭氢能装备产业园项目", "高纯电子化学品项目", "珂岭智算中心项目", "珂岭动力电池回收利用项目",
              "精密光学镜头模组项目", "珂岭预制菜中央厨房项目", "珂岭新型显示玻璃基板项目", "珂岭半导体封测二期项目",
              "绿能储能电站项目", "鑫岭特种合金材料项目", "康衍医疗器械产业园项目", "珂岭智能仓储物流中心项目",
              "润丰食品精深加工项目"],
    organizations=["上海氢途能源科技有限公司", "江西赣晟化工集团", "北京云栈科技有限公司", "湖南循材再生资源有限公司"],
    checks=[
        S("9个 + 7个 + 8个 + 4个 = 28个", [ex("9"), ex("7"), ex("8"), ex("4")], "28", True,
          "the four stages against the tracked list"),
        S("136.5 + 94.3 + 128.9 + 52.9 亿元 = 412.6亿元", [iv("136.5"), iv("94.3"), iv("128.9"), iv("52.9")],
          "412.6", True, "stage investments against the list's 计划总投资", stated_exact=False),
        Q("completion", "48.6亿元 / 65亿元 = 74.8%", iv("48.6"), ex("65"), "74.8", True),
        S("3个 + 6个 = 9个 (在谈)", [ex("3"), ex("6")], "9", True),
        S("45 + 18 + (20至25) + 约53.5 亿元 = 136.5亿元",
          [iv("45"), iv("18"), (Decimal(20), Decimal(25), Decimal(20)), iv("53.5")], "136.5", True,
          "holds at the lower end of the 20至25亿元 range (upper end gives 141.5亿元)", stated_exact=False),
        S("2个 + 3个 + 2个 = 7个 (已签约未开工)", [ex("2"), ex("3"), ex("2")], "7", True),
        Q("completion", "41.7亿元 / 56亿元 = 74.5%", iv("41.7"), ex("56"), "74.5", True, "在建项目 年度计划投资"),
        S("12.5 + 18.6 + 9.8 + 13 亿元 = 52.9亿元 (竣工投产)", [iv("12.5"), iv("18.6"), iv("9.8"), iv("13")],
          "52.9", False, "the four completed projects add up to 53.9亿元, 1亿元 more than the stage total of the overview",
          stated_exact=False),
        S("48.6亿元 + 16.4亿元 = 65亿元 (全年目标)", [iv("48.6"), iv("16.4")], "65", True,
          "the Q4 amount closes the gap to the year target"),
    ],
)


# ---------------------------------------------------------------- 04 沄江区
STREETS = ["临湖街道", "滨港街道", "望霞街道", "沄西街道", "石埠街道", "荻洲镇", "枫桥镇"]
R04 = dict(
    title="沄江区2024年1-10月招商引资工作汇报", region="沄江区", region_masked=False,
    period={"year": 2024, "from_month": 1, "to_month": 10, "label": "1-10月"},
    lines=[1, 20],
    notes="District report broken down by its five 街道 and two 镇 in 分别 lists. "
          "三个主攻方向, 5个街道、2个镇 and 3个招商专班 state how many (facts, `other`); 七个街镇 refers back to the seven "
          "already named (no fact). The shared-unit list 41.2、36.5、…和12.7亿元 gives seven facts, the first six with the bare "
          "number as text (policy); 17.8、13.6、11.2、9.5、8.3亿元 likewise. Scope carries the 街道/镇 of each value. "
          "引进数量前三位的街道 is a selection descriptor (scope). 开工率分别为30%和28.6% are projects_started/share. "
          "区本级及开发平台 is a reporting unit of its own (scope). 11-12月需到位13.6亿元 is a target for the remaining months. "
          "累计发布赛马排名通报10期 is a count (`other`).",
    facts=[
        F("三个", "3", "个", "other", "value", "主攻方向"),
        F("64个", "64", "个", "projects_signed", "value", None),
        F("182.5亿元", "182.5", "亿元", "projects_signed_investment", "value", None),
        F("14.8%", "14.8", "%", "projects_signed_investment", "yoy", None),
        F("19个", "19", "个", "projects_signed", "value", "工业"),
        F("71.3亿元", "71.3", "亿元", "projects_signed_investment", "value", "工业"),
        F("41个", "41", "个", "projects_signed", "value", "现代服务业"),
        F("103.6亿元", "103.6", "亿元", "projects_signed_investment", "value", "现代服务业"),
        F("4个", "4", "个", "projects_signed", "value", "都市农业"),
        F("7.6亿元", "7.6", "亿元", "projects_signed_investment", "value", "都市农业"),
        F("76.4亿元", "76.4", "亿元", "domestic_capital_actual", "value", "区外"),
        F("9.2%", "9.2", "%", "domestic_capital_actual", "yoy", "区外"),
        F("90亿元", "90", "亿元", "domestic_capital_actual", "target", "区外; 年度任务"),
        F("84.9%", "84.9", "%", "domestic_capital_actual", "completion", "区外; 年度任务"),
        F("4620万美元", "4620", "万美元", "fdi_actual", "value", None),
        F("2750万美元", "2750", "万美元", "fdi_actual", "value", "总部类外资企业"),
        # 二、各街道（镇）
        F("5个", "5", "个", "other", "value", "街道"),
        F("2个", "2", "个", "other", "value", "镇"),
    ] + [F(t, t[:-1], "个", "projects_signed", "value", s)
         for t, s in zip(["14个", "12个", "10个", "9个", "7个", "7个", "5个"], STREETS)] + [
        F("56.3%", "56.3", "%", "projects_signed", "share", "引进数量前三位的街道合计"),
    ] + [F(t, t.replace("亿元", ""), "亿元", "projects_signed_investment", "value", s)
         for t, s in zip(["41.2", "36.5", "28.4", "24.6", "19.8", "17.3", "12.7亿元"], STREETS)] + [
        F("6个", "6", "个", "projects_signed", "value", "临湖街道; 总部型"),
        F("42.9%", "42.9", "%", "projects_signed", "share", "临湖街道; 总部型"),
        F("8个", "8", "个", "projects_signed", "value", "滨港街道; 物流及供应链"),
        F("3个", "3", "个", "projects_signed", "value", "滨港街道; 冷链"),
        F("12个", "12", "个", "projects_signed", "value", "荻洲镇、枫桥镇; 工业"),
        F("30亿元", "30", "亿元", "projects_signed_investment", "value", "荻洲镇、枫桥镇合计"),
    ] + [F(t, t.replace("亿元", ""), "亿元", "domestic_capital_actual", "value", "区外; " + s)
         for t, s in zip(["17.8", "13.6", "11.2", "9.5", "8.3亿元", "5.6亿元", "4.9亿元"], STREETS)] + [
        F("5.5亿元", "5.5", "亿元", "domestic_capital_actual", "value", "区外; 区本级及开发平台"),
        F("2150万美元", "2150", "万美元", "fdi_actual", "value", "临湖街道"),
        F("1380万美元", "1380", "万美元", "fdi_actual", "value", "滨港街道"),
        F("640万美元", "640", "万美元", "fdi_actual", "value", "望霞街道"),
        F("450万美元", "450", "万美元", "fdi_actual", "value", "其余街镇合计"),
        # 三、主要工作措施
        F("10期", "10", "期", "other", "value", "赛马排名通报"),
        F("3个", "3", "个", "other", "value", "招商专班"),
        F("38批次", "38", "批次", "outreach_trips", "value", "招商专班"),
        F("164家", "164", "家", "firms_visited", "value", "招商专班"),
        F("5场", "5", "场", "promotion_events", "value", None),
        F("22亿元", "22", "亿元", "other", "value", "总投资: 沄江数字产业园项目"),
        F("12.4万平方米", "12.4", "万平方米", "other", "value", "新增楼宇经济载体面积"),
        F("86.5%", "86.5", "%", "other", "value", "重点楼宇入驻率"),
        F("4.2个百分点", "4.2", "个百分点", "other", "pp_change", "重点楼宇入驻率; 较年初"),
        # 四、存在的问题和下步打算
        F("3个", "3", "个", "projects_started", "value", "望霞街道"),
        F("2个", "2", "个", "projects_started", "value", "石埠街道"),
        F("30%", "30", "%", "projects_started", "share", "开工率; 望霞街道"),
        F("28.6%", "28.6", "%", "projects_started", "share", "开工率; 石埠街道"),
        F("75个", "75", "个", "projects_signed", "target", "全年(力争)"),
        F("210亿元", "210", "亿元", "projects_signed_investment", "target", "全年(以上)", a=True),
        F("90亿元", "90", "亿元", "domestic_capital_actual", "target", "区外; 全年"),
        F("13.6亿元", "13.6", "亿元", "domestic_capital_actual", "target", "区外; 11-12月"),
    ],
    projects=["沄江数字产业园项目"],
    organizations=["沄建集团", "瀚洋国际供应链有限公司", "数澜科技"],
    checks=[
        S("19个 + 41个 + 4个 = 64个", [ex("19"), ex("41"), ex("4")], "64", True, "by sector"),
        S("71.3 + 103.6 + 7.6 亿元 = 182.5亿元", [iv("71.3"), iv("103.6"), iv("7.6")], "182.5", True,
          "by sector", stated_exact=False),
        Q("completion", "76.4亿元 / 90亿元 = 84.9%", iv("76.4"), ex("90"), "84.9", True),
        S("14 + 12 + 10 + 9 + 7 + 7 + 5 个 = 64个", [ex(x) for x in ["14", "12", "10", "9", "7", "7", "5"]], "64", True,
          "分别 list of the seven 街镇 against the district total"),
        Q("share", "(14 + 12 + 10)个 / 64个 = 56.3%", ex("36"), ex("64"), "56.3", True,
          "exactly 56.25%, at the edge of the printed 56.3%"),
        S("41.2 + 36.5 + 28.4 + 24.6 + 19.8 + 17.3 + 12.7 亿元 = 182.5亿元",
          [iv(x) for x in ["41.2", "36.5", "28.4", "24.6", "19.8", "17.3", "12.7"]], "182.5", False,
          "the seven 街镇 add up to 180.5亿元, 2亿元 short of the district's 协议投资总额", stated_exact=False),
        Q("share", "6个 / 14个 = 42.9%", ex("6"), ex("14"), "42.9", True, "临湖街道 总部型"),
        S("7个 + 5个 = 12个 (荻洲镇、枫桥镇)", [ex("7"), ex("5")], "12", True),
        S("17.3亿元 + 12.7亿元 = 30亿元 (荻洲镇、枫桥镇)", [iv("17.3"), iv("12.7")], "30", True, stated_exact=False),
        S("17.8 + 13.6 + 11.2 + 9.5 + 8.3 + 5.6 + 4.9 + 5.5 亿元 = 76.4亿元",
          [iv(x) for x in ["17.8", "13.6", "11.2", "9.5", "8.3", "5.6", "4.9", "5.5"]], "76.4", True,
          "seven 街镇 plus 区本级及开发平台 against the district total", stated_exact=False),
        S("2150 + 1380 + 640 + 450 万美元 = 4620万美元", [iv("2150"), iv("1380"), iv("640"), iv("450")], "4620", True,
          stated_exact=False),
        Q("ratio", "3个 / 10个 = 开工率30% (望霞街道)", ex("3"), ex("10"), "30", True),
        Q("ratio", "2个 / 7个 = 开工率28.6% (石埠街道)", ex("2"), ex("7"), "28.6", True),
        S("76.4亿元 + 13.6亿元 = 90亿元", [iv("76.4"), iv("13.6")], "90", True, "the amount still due in 11-12月"),
    ],
)


# ---------------------------------------------------------------- 05 芮川县
R05 = dict(
    title="芮川县2024年前三季度开放型经济和招商引资工作汇报", region="芮川县", region_masked=False,
    period={"year": 2024, "from_month": 1, "to_month": 9, "label": "前三季度"},
    lines=[1, 22],
    notes="County report mixing 美元 (万美元, 亿美元) with 人民币 (万元, 亿元, 亿), with ranges, approximations and Chinese numerals. "
          "折合人民币约1.65亿元 is fdi_actual in CNY with approx; no exchange rate is stated, so the USD and CNY amounts are "
          "not compared (check with consistent null). 实际利用外资与合同外资之比 is fdi_actual/share of the contracted amount. "
          "Chinese numerals are read as counts: 五个, 两个, 三十二个, 二十一个, 三场, 十余家 (余 inside, approx); "
          "一点五亿元 is 1.5亿元. 156400万元 is kept in 万元 as written. "
          "Ranges 3至5亿元, 8至10亿元 and 8至10个 carry value_max. 近, 约, 超, 突破 are approx and stay outside text. "
          "The last year's 出口 level (上年同期为7.47亿元) is `other`/value with 上年同期 in scope. "
          "座谈会 counts as promotion_events; 接待返乡考察企业家 is `other` (receiving investors, policy). "
          "芮川在外商会 is a description, not a name; 广东粤芮商会 is a named association (organisation).",
    facts=[
        F("2330万美元", "2330", "万美元", "fdi_actual", "value", None),
        F("1.65亿元", "1.65", "亿元", "fdi_actual", "value", "折合人民币", a=True),
        F("8.4%", "8.4", "%", "fdi_actual", "yoy", None),
        F("1.26亿美元", "1.26", "亿美元", "fdi_contracted", "value", None),
        F("18.5%", "18.5", "%", "fdi_actual", "share", "实际利用外资与合同外资之比"),
        F("五个", "5", "个", "fdi_enterprises_new", "value", None),
        F("两个", "2", "个", "fdi_enterprises_new", "value", "增资扩股"),
        F("1860万美元", "1860", "万美元", "fdi_actual", "value", "港资"),
        F("79.8%", "79.8", "%", "fdi_actual", "share", "港资"),
        F("310万美元", "310", "万美元", "fdi_actual", "value", "台资", a=True),
        F("3000万美元", "3000", "万美元", "fdi_actual", "target", "全年任务"),
        F("77.7%", "77.7", "%", "fdi_actual", "completion", "全年任务"),
        # 二、内资招引
        F("三十二个", "32", "个", "projects_signed", "value", "内资"),
        F("106.8亿元", "106.8", "亿元", "projects_signed_investment", "value", "内资"),
        F("21.3%", "21.3", "%", "projects_signed_investment", "yoy", "内资"),
        F("二十一个", "21", "个", "projects_signed", "value", "内资; 亿元以上"),
        F("28.6亿元", "28.6", "亿元", "domestic_capital_actual", "value", "县外"),
        F("11.2%", "11.2", "%", "domestic_capital_actual", "yoy", "县外"),
        F("156400万元", "156400", "万元", "domestic_capital_actual", "value", "省外"),
        F("54.7%", "54.7", "%", "domestic_capital_actual", "share", "省外; 占县外资金"),
        F("9.3亿元", "9.3", "亿元", "domestic_capital_actual", "value", "县外; 长三角", a=True),
        F("6亿元", "6", "亿元", "domestic_capital_actual", "value", "县外; 珠三角", a=True),
        # 三、外贸运行
        F("9.86亿元", "9.86", "亿元", "other", "value", "外贸进出口总额"),
        F("4.7%", "4.7", "%", "other", "yoy", "外贸进出口总额"),
        F("7.93亿元", "7.93", "亿元", "other", "value", "出口"),
        F("7.47亿元", "7.47", "亿元", "other", "value", "出口; 上年同期"),
        F("6.2%", "6.2", "%", "other", "yoy", "出口"),
        F("十余家", "10", "家", "other", "value", "有出口实绩的企业", a=True),
        # 四、主要工作
        F("三场", "3", "场", "promotion_events", "value", "“芮商回归”座谈会"),
        F("120余人", "120", "人", "other", "value", "接待返乡考察企业家", a=True),
        F("11个", "11", "个", "projects_signed", "value", "回归项目"),
        F("40亿元", "40", "亿元", "projects_signed_investment", "value", "回归项目", a=True),
        F("15万平方米", "15", "万平方米", "other", "value", "芮川工业园新建标准厂房", a=True),
        F("300家", "300", "家", "other", "value", "芮川工业园累计入驻企业", a=True),
        F("200亿元", "200", "亿元", "other", "value", "芮川工业园规上工业产值", a=True),
        F("2600亩", "2600", "亩", "land_area", "value", "招商项目累计使用土地", a=True),
        F("一点五亿元", "1.5", "亿元", "other", "value", "总投资: 芮川竹木制品深加工项目"),
        F("3至5亿元", "3", "亿元", "other", "value", "首期投资: 轻工产业园项目", vmax="5"),
        F("8至10亿元", "8", "亿元", "other", "value", "年产值: 轻工产业园项目", vmax="10"),
        F("2.3亿元", "2.3", "亿元", "other", "value", "拟投资: 浙江恒川纺织有限公司无纺布生产线", a=True),
        F("400人", "400", "人", "other", "value", "预计; 新增就业", a=True),
        F("860万元", "860", "万元", "other", "value", "招商引资奖励资金"),
        # 五、下步打算
        F("8至10个", "8", "个", "projects_signed", "target", "第四季度", vmax="10"),
        F("3000万美元", "3000", "万美元", "fdi_actual", "target", "全年"),
        F("38亿元", "38", "亿元", "domestic_capital_actual", "target", "县外; 全年(突破)", a=True),
    ],
    projects=["芮川竹木制品深加工项目", "轻工产业园项目"],
    organizations=["广东粤芮商会", "浙江恒川纺织有限公司"],
    checks=[
        Q("share", "2330万美元 / 1.26亿美元 = 18.5%", iv("2330"), iv("12600"), "18.5", True,
          "实际利用外资 / 合同外资; 1.26亿美元 read as [1.255, 1.265]亿美元"),
        C("ratio", "2330万美元 vs 折合人民币约1.65亿元", "implied rate about 7.08元/美元", "约1.65亿元", None,
          "currencies mixed with no stated exchange rate"),
        Q("share", "1860万美元 / 2330万美元 = 79.8%", iv("1860"), iv("2330"), "79.8", True, "港资"),
        Q("completion", "2330万美元 / 3000万美元 = 77.7%", iv("2330"), ex("3000"), "77.7", True),
        Q("share", "156400万元 / 28.6亿元 = 54.7%", iv("156400"), scale(iv("28.6"), "1e4"),
          "54.7", True, "省外 of 县外, both in 万元 (28.6亿元 = [285500, 286500]万元)"),
        G("7.93亿元 / 7.47亿元 - 1 vs 增长6.2%", iv("7.93"), iv("7.47"), "6.2", True, "出口 from the two stated levels"),
    ],
)


# ---------------------------------------------------------------- 06 XX区 (masked)
R06 = dict(
    title="XX区2024年上半年招商引资工作汇报", region=None, region_masked=True,
    period={"year": 2024, "from_month": 1, "to_month": 6, "label": "1-6月"},
    lines=[1, 25],
    notes="District masked as XX区 and its city as ××市; the year is written (2024). "
          "Masked figures of several kinds: XX个, **亿元, a blank of two spaces before %, XX.X亿元, *个, ××%, X个百分点, 第×位 "
          "(masked rank, unit 位), XXXX万美元, **%, XX%, ×.×亿元, *.*亿元, ***亩, X批次, **家, a blank of two ideographic "
          "spaces before 亿元 and a blank of a space and an ideographic space before 亿元 in the plan. "
          "2X批次 is partly masked: it is redacted (value null) like a fully masked figure. "
          "Masked sub-regions (**镇, XX街道, ××镇) are kept in scope as written. ××集团 is a masked company: not listed "
          "as an organisation. 一个项目、一名领导、一个专班 is a slogan (no facts). 居全区首位 has no numeral (no fact). "
          "低于全市平均*个百分点 is a pp_change whose value is masked. 降幅较一季度扩大5.2个百分点 is -5.2 (the yoy fell further). "
          "Checks that redaction makes impossible are omitted.",
    facts=[
        F("XX个", None, "个", "projects_signed", "value", None),
        F("**亿元", None, "亿元", "projects_signed_investment", "value", None),
        F("  %", None, "%", "projects_signed_investment", "yoy", None),
        F("17个", "17", "个", "projects_signed", "value", "亿元以上"),
        F("XX.X亿元", None, "亿元", "projects_signed_investment", "value", "亿元以上"),
        F("*个", None, "个", "projects_signed", "value", "10亿元以上"),
        F("32.6亿元", "32.6", "亿元", "domestic_capital_actual", "value", "区外"),
        F("××%", None, "%", "domestic_capital_actual", "completion", "区外; ××市下达年度任务"),
        F("X个百分点", None, "个百分点", "domestic_capital_actual", "pp_change", "区外; 完成率高出序时进度"),
        F("第×位", None, "位", "domestic_capital_actual", "rank", "区外; 全市"),
        F("XXXX万美元", None, "万美元", "fdi_actual", "value", None),
        F("16.3%", "-16.3", "%", "fdi_actual", "yoy", None),
        F("11.1%", "-11.1", "%", "fdi_actual", "yoy", "一季度"),
        F("3家", "3", "家", "fdi_enterprises_new", "value", None),
        F("12个", "12", "个", "projects_started", "value", None),
        F("7个", "7", "个", "projects_started", "value", "亿元以上"),
        F("58.3%", "58.3", "%", "projects_started", "share", "亿元以上"),
        F("**%", None, "%", "projects_started", "share", "开工率"),
        F("18.3亿元", "18.3", "亿元", "fixed_asset_investment", "value", "招商引资项目"),
        F("XX%", None, "%", "fixed_asset_investment", "share", "招商引资项目; 占全区固定资产投资"),
        F("4.6%", "4.6", "%", "fixed_asset_investment", "yoy", "全区"),
        # 二、各镇（街道）
        F("6个", "6", "个", "projects_signed", "value", "**镇"),
        F("12.4亿元", "12.4", "亿元", "projects_signed_investment", "value", "**镇"),
        F("5个", "5", "个", "projects_signed", "value", "XX街道"),
        F("**亿元", None, "亿元", "projects_signed_investment", "value", "XX街道"),
        F("X个", None, "个", "projects_signed", "value", "其余镇（街道）"),
        F("8.6亿元", "8.6", "亿元", "domestic_capital_actual", "value", "区外; **镇"),
        F("×.×亿元", None, "亿元", "domestic_capital_actual", "value", "区外; ××镇"),
        # 三、重点项目
        F("XX亿元", None, "亿元", "other", "value", "总投资: 锂电正极材料项目"),
        F("3.2亿元", "3.2", "亿元", "fixed_asset_investment", "value", "锂电正极材料项目"),
        F("*.*亿元", None, "亿元", "other", "value", "总投资: 智慧物流园项目"),
        F("***亩", None, "亩", "land_area", "value", "需用地: 智慧物流园项目"),
        F("6亿元", "6", "亿元", "other", "value", "总投资: 区域冷链配送中心项目"),
        # 四、主要做法
        F("X批次", None, "批次", "outreach_trips", "value", "区主要领导带队"),
        F("**家", None, "家", "firms_visited", "value", "区主要领导带队"),
        F("2X批次", None, "批次", "other", "value", "接待来访客商"),
        F("4个", "4", "个", "projects_signed", "value", "××市“春季投资洽谈会”现场签约"),
        F("\u3000\u3000亿元", None, "亿元", "projects_signed_investment", "value", "××市“春季投资洽谈会”现场签约"),
        F("XX个", None, "个", "other", "value", "全程代办重点项目"),
        F("31个", "31", "个", "other", "value", "协调解决项目落地难题"),
        # 五、存在问题
        F("XX%", None, "%", "projects_signed", "share", "亿元以上"),
        F("*个百分点", None, "个百分点", "projects_signed", "pp_change", "亿元以上项目占比; 低于全市平均"),
        F("16.3%", "-16.3", "%", "fdi_actual", "yoy", None),
        F("5.2个百分点", "-5.2", "个百分点", "fdi_actual", "pp_change", "降幅较一季度扩大"),
        # 六、下半年打算
        F("15个", "15", "个", "projects_signed", "target", "亿元以上; 下半年(以上)", a=True),
        F(" \u3000亿元", None, "亿元", "domestic_capital_actual", "target", "区外; 下半年"),
    ],
    projects=["锂电正极材料项目", "智慧物流园项目", "区域冷链配送中心项目"],
    organizations=[],
    checks=[
        Q("share", "7个 / 12个 = 58.3%", ex("7"), ex("12"), "58.3", True, "亿元以上 of 新开工"),
        S("一季度 -11.1% + (-5.2个百分点) = 上半年 -16.3%", [iv("-11.1"), iv("-5.2")], "-16.3", True,
          "降幅较一季度扩大5.2个百分点", stated_exact=False, kind="yoy"),
    ],
)


# ---------------------------------------------------------------- 07 栖梧县 简报
ROWS = [("栖梧经济开发区", "15", "11", "782000", "10", "268400"),
        ("梧桐镇", "6", "3", "168500", "4", "72600"),
        ("青岚镇", "5", "2", "124300", "3", "58900"),
        ("苎溪镇", "4", "2", "96000", "3", "45200"),
        ("溪口乡", "3", "1", "52700", "2", "31800"),
        ("蓼湾镇", "4", "1", "61800", "2", "39600"),
        ("栖梧文旅度假区", "6", "3", "312700", "3", "106000"),
        ("合计", "43", "23", "1598000", "27", "623500")]


def row_facts(row):
    """The five cells of a table row; units from the column headers."""
    label, signed, big, inv, started, funds = row
    return [
        F(signed, signed, "个", "projects_signed", "value", label, ctx=label + "\t"),
        F(big, big, "个", "projects_signed", "value", label + "; 亿元以上"),
        F(inv, inv, "万元", "projects_signed_investment", "value", label),
        F(started, started, "个", "projects_started", "value", label),
        F(funds, funds, "万元", "domestic_capital_actual", "value", "县外; " + label),
    ]


def column(i):
    return [ex(r[i]) for r in ROWS[:-1]]


R07 = dict(
    title="栖梧县招商引资工作简报", region="栖梧县", region_masked=False,
    period={"year": 2024, "from_month": 1, "to_month": 8, "label": "1-8月"},
    lines=[1, 23],
    notes="Short bulletin with a tab-separated table of the county's 乡镇 and 园区 and a 合计 row. 2024年第9期 is an issue number "
          "(no fact); 第三届 is part of the event's name. A table cell's text is the bare cell, its unit comes from the column "
          "header (个, 万元) and its scope is the row label ('合计' for the total row); the 其中亿元以上 column adds 亿元以上 to the scope. "
          "开发区 in the analysis is 栖梧经济开发区. 低于序时进度4.3个百分点 is -4.3. 120余家企业参会 is `other` with approx. "
          "The 合计 row restates the headline figures in 万元 (159.8亿元 = 1598000万元, 62.35亿元 = 623500万元).",
    facts=[
        F("43个", "43", "个", "projects_signed", "value", None),
        F("159.8亿元", "159.8", "亿元", "projects_signed_investment", "value", None),
        F("12.1%", "12.1", "%", "projects_signed_investment", "yoy", None),
        F("27个", "27", "个", "projects_started", "value", None),
        F("11个", "11", "个", "projects_completed", "value", None),
        F("62.35亿元", "62.35", "亿元", "domestic_capital_actual", "value", "县外"),
        F("100亿元", "100", "亿元", "domestic_capital_actual", "target", "县外; 年度任务"),
        F("62.4%", "62.4", "%", "domestic_capital_actual", "completion", "县外; 年度任务"),
        F("4.3个百分点", "-4.3", "个百分点", "domestic_capital_actual", "pp_change", "县外; 完成率低于序时进度"),
    ] + [f for r in ROWS for f in row_facts(r)] + [
        F("34.9%", "34.9", "%", "projects_signed", "share", "栖梧经济开发区"),
        F("48.9%", "48.9", "%", "projects_signed_investment", "share", "栖梧经济开发区"),
        F("3.18亿元", "3.18", "亿元", "domestic_capital_actual", "value", "县外; 溪口乡"),
        F("53.5%", "53.5", "%", "projects_signed", "share", "亿元以上"),
        F("9家", "9", "家", "firms_visited", "value", "县委主要领导; 深圳、东莞"),
        F("2个", "2", "个", "projects_signed", "value", "县委主要领导赴深圳、东莞"),
        F("13.5亿元", "13.5", "亿元", "projects_signed_investment", "value", "县委主要领导赴深圳、东莞"),
        F("120余家", "120", "家", "other", "value", "杭州专场推介会参会企业", a=True),
        F("10个", "10", "个", "projects_signed", "target", "第三届栖梧招商大会集中签约(以上)", a=True),
        F("50亿元", "50", "亿元", "projects_signed_investment", "target", "第三届栖梧招商大会集中签约(以上)", a=True),
    ],
    projects=[],
    organizations=[],
    checks=[
        Q("completion", "62.35亿元 / 100亿元 = 62.4%", iv("62.35"), ex("100"), "62.4", True,
          "62.35% sits at the lower edge of the printed 62.4%"),
        P("62.35% - 序时进度 8/12 (66.67%) = -4.3个百分点", pct(iv("62.35"), ex("100")),
          pct(ex("8"), ex("12")), "-4.3", True),
        S("表 新签约项目 15 + 6 + 5 + 4 + 3 + 4 + 6 = 合计43个", column(1), "43", True, "also the headline 43个"),
        S("表 其中亿元以上 11 + 3 + 2 + 2 + 1 + 1 + 3 = 合计23个", column(2), "23", True),
        S("表 协议投资 782000 + 168500 + 124300 + 96000 + 52700 + 61800 + 312700 = 合计1598000万元", column(3),
          "1598000", True, "equals the headline 159.8亿元"),
        S("表 新开工项目 10 + 4 + 3 + 3 + 2 + 2 + 3 = 合计27个", column(4), "27", True, "also the headline 27个"),
        S("表 到位县外资金 268400 + 72600 + 58900 + 45200 + 31800 + 39600 + 106000 = 合计623500万元", column(5),
          "623500", False, "the rows add up to 622500万元, 1000万元 short of the 合计 row, which matches the headline 62.35亿元"),
        Q("share", "15个 / 43个 = 34.9%", ex("15"), ex("43"), "34.9", True, "栖梧经济开发区 of 新签约"),
        Q("share", "782000万元 / 1598000万元 = 48.9%", ex("782000"), ex("1598000"), "48.9", True, "栖梧经济开发区 of 协议投资"),
        Q("share", "23个 / 43个 = 53.5%", ex("23"), ex("43"), "53.5", True, "亿元以上 of 新签约"),
    ],
)


# ---------------------------------------------------------------- 08 漪川县
R08 = dict(
    title="漪川县2024年1-11月招商引资工作情况汇报", region="漪川县", region_masked=False,
    period={"year": 2024, "from_month": 1, "to_month": 11, "label": "1-11月"},
    lines=[1, 22],
    notes="County report whose figures are mostly changes: 增长N倍 (yoy N×100, policy), 翻番, 同比增加/减少N个, 个百分点, 占比. "
          "实现翻番 and 实际利用外资实现翻番 are not facts (no numeral with a unit of the contract, as in the fourth set); the "
          "levels around them are, and the analyst checks the doubling from them. Last year's levels written in the text "
          "(较上年同期的24.8亿元, 上年同期为12个, 由上年同期的9个, 上年同期仅为520万美元) are measure value with 上年同期 in scope. "
          "同比减少6个 / 17家 / 2.3亿元 are negative yoy_abs; 下降3.8个百分点 is -3.8. 与上年持平 has no numeral (no fact). "
          "比全市平均高出21.5个百分点 is a positive pp_change of the growth rate. "
          "The guidance fund (规模由2亿元扩大至5亿元, 增长1.5倍) and the projects it leveraged are `other`. "
          "实际到位县外资金增长15%以上 (2025) is domestic_capital_actual/target in percent with approx.",
    facts=[
        F("47个", "47", "个", "projects_signed", "value", None),
        F("15个", "15", "个", "projects_signed", "yoy_abs", None),
        F("46.9%", "46.9", "%", "projects_signed", "yoy", None),
        F("68.5亿元", "68.5", "亿元", "projects_signed_investment", "value", None),
        F("24.8亿元", "24.8", "亿元", "projects_signed_investment", "value", "上年同期"),
        F("1.5倍", "1.5", "倍", "projects_signed_investment", "yoy", None),
        F("23个", "23", "个", "projects_signed", "value", "亿元以上"),
        F("12个", "12", "个", "projects_signed", "value", "亿元以上; 上年同期"),
        F("48.9%", "48.9", "%", "projects_signed", "share", "亿元以上"),
        F("11.4个百分点", "11.4", "个百分点", "projects_signed", "pp_change", "亿元以上项目占比; 比上年同期"),
        F("59.7亿元", "59.7", "亿元", "projects_signed_investment", "value", "亿元以上"),
        F("87.2%", "87.2", "%", "projects_signed_investment", "share", "亿元以上"),
        F("9个", "9", "个", "projects_started", "value", "上年同期"),
        F("19个", "19", "个", "projects_started", "value", None),
        F("14个", "14", "个", "projects_completed", "value", None),
        F("5个", "5", "个", "projects_completed", "yoy_abs", None),
        F("41.26亿元", "41.26", "亿元", "domestic_capital_actual", "value", "县外"),
        F("38.7%", "38.7", "%", "domestic_capital_actual", "yoy", "县外"),
        F("第1位", "1", "位", "domestic_capital_actual", "rank", "县外; 增速; 全市"),
        F("21.5个百分点", "21.5", "个百分点", "domestic_capital_actual", "pp_change", "县外; 增速高于全市平均"),
        F("1560万美元", "1560", "万美元", "fdi_actual", "value", None),
        F("520万美元", "520", "万美元", "fdi_actual", "value", "上年同期"),
        F("2倍", "2", "倍", "fdi_actual", "yoy", None),
        F("6家", "6", "家", "fdi_enterprises_new", "value", None),
        F("2倍", "2", "倍", "fdi_enterprises_new", "yoy", None),
        F("31个", "31", "个", "projects_negotiating", "value", None),
        F("6个", "-6", "个", "projects_negotiating", "yoy_abs", None),
        F("208家", "208", "家", "firms_visited", "value", None),
        F("17家", "-17", "家", "firms_visited", "yoy_abs", None),
        F("62.3%", "62.3", "%", "domestic_capital_actual", "share", "县外; 工业项目"),
        F("3.8个百分点", "-3.8", "个百分点", "domestic_capital_actual", "pp_change", "县外; 工业项目占比; 较上年同期"),
        # 二、分领域
        F("29个", "29", "个", "projects_signed", "value", "工业"),
        F("52.4亿元", "52.4", "亿元", "projects_signed_investment", "value", "工业"),
        F("1.8倍", "1.8", "倍", "projects_signed_investment", "yoy", "工业"),
        F("76.5%", "76.5", "%", "projects_signed_investment", "share", "工业"),
        F("12个", "12", "个", "projects_signed", "value", "工业; 新能源新材料"),
        F("31.6亿元", "31.6", "亿元", "projects_signed_investment", "value", "工业; 新能源新材料"),
        F("3.2倍", "3.2", "倍", "projects_signed_investment", "yoy", "工业; 新能源新材料"),
        F("14个", "14", "个", "projects_signed", "value", "服务业"),
        F("13.1亿元", "13.1", "亿元", "projects_signed_investment", "value", "服务业"),
        F("2.3亿元", "-2.3", "亿元", "projects_signed_investment", "yoy_abs", "服务业"),
        F("14.9%", "-14.9", "%", "projects_signed_investment", "yoy", "服务业"),
        F("4个", "4", "个", "projects_signed", "value", "农业"),
        F("3亿元", "3", "亿元", "projects_signed_investment", "value", "农业"),
        # 三、主要做法
        F("24批次", "24", "批次", "outreach_trips", "value", "县委、县政府主要领导"),
        F("12批次", "12", "批次", "outreach_trips", "yoy_abs", "县委、县政府主要领导"),
        F("86家", "86", "家", "firms_visited", "value", "县委、县政府主要领导"),
        F("41.3%", "41.3", "%", "firms_visited", "share", "县委、县政府主要领导; 占全县走访企业"),
        F("9个", "9", "个", "projects_signed", "value", "以商招商"),
        F("19.1%", "19.1", "%", "projects_signed", "share", "以商招商"),
        F("6.6个百分点", "6.6", "个百分点", "projects_signed", "pp_change", "以商招商占比; 比上年"),
        F("12.6亿元", "12.6", "亿元", "other", "value", "总投资: 漪川光储一体化项目"),
        F("2亿元", "2", "亿元", "other", "value", "县产业引导基金规模; 原"),
        F("5亿元", "5", "亿元", "other", "value", "县产业引导基金规模"),
        F("1.5倍", "1.5", "倍", "other", "yoy", "县产业引导基金规模"),
        F("3个", "3", "个", "other", "value", "产业引导基金撬动社会资本投资项目"),
        F("9.4亿元", "9.4", "亿元", "other", "value", "产业引导基金撬动项目总投资"),
        # 四、2025年工作目标
        F("55个", "55", "个", "projects_signed", "target", "2025年(力争)"),
        F("80亿元", "80", "亿元", "projects_signed_investment", "target", "2025年(突破)", a=True),
        F("15%", "15", "%", "domestic_capital_actual", "target", "县外; 2025年; 增长(以上)", a=True),
    ],
    projects=["漪川光储一体化项目"],
    organizations=["苏州澜阳新能源有限公司"],
    checks=[
        Y("47个, +15个 -> 15 / (47 - 15) vs 46.9%", ex("47"), ex("15"), "46.9", True),
        B("68.5亿元 / 24.8亿元 - 1 vs 增长1.5倍", iv("68.5"), iv("24.8"), "1.5", False,
          "68.5 on 24.8 is +176.2% (增长1.76倍); 增长1.5倍 would give about 62亿元"),
        Q("share", "23个 / 47个 = 48.9%", ex("23"), ex("47"), "48.9", True),
        P("23/47 (48.94%) - 12/32 (37.5%) = 11.4个百分点", pct(ex("23"), ex("47")), pct(ex("12"), ex("32")), "11.4", True,
          "last year's 32 signed projects implied by 47 - 15"),
        Q("share", "59.7亿元 / 68.5亿元 = 87.2%", iv("59.7"), iv("68.5"), "87.2", True),
        D("19个 vs 上年同期9个: 实现翻番", ex("19"), ex("9"), True, "19 is 2.11 times 9"),
        B("1560万美元 / 520万美元 - 1 vs 增长2倍", iv("1560"), iv("520"), "2", True, "exactly three times"),
        S("52.4 + 13.1 + 3 亿元 = 68.5亿元", [iv("52.4"), iv("13.1"), iv("3")], "68.5", True,
          "工业 + 服务业 + 农业", stated_exact=False),
        S("29个 + 14个 + 4个 = 47个", [ex("29"), ex("14"), ex("4")], "47", True),
        Q("share", "52.4亿元 / 68.5亿元 = 76.5%", iv("52.4"), iv("68.5"), "76.5", True, "工业"),
        Y("13.1亿元, -2.3亿元 -> -2.3 / (13.1 + 2.3) vs -14.9%", iv("13.1"), neg(iv("2.3")), "-14.9", True, "服务业"),
        D("24批次 vs 上年 24 - 12 = 12批次: 实现翻番", ex("24"), ex("12"), True, "the heading says 实现翻番"),
        Q("share", "86家 / 208家 = 41.3%", ex("86"), ex("208"), "41.3", True),
        Q("share", "9个 / 47个 = 19.1%", ex("9"), ex("47"), "19.1", True, "以商招商"),
        B("5亿元 / 2亿元 - 1 vs 增长1.5倍", ex("5"), ex("2"), "1.5", True, "fund sizes set by decision, read as exact"),
    ],
)


FILES = {
    "01_hengzhou_city_h1.txt": [R01],
    "02_jinshan_county_annual.txt": [R02],
    "03_keling_devzone_stages.txt": [R03],
    "04_yunjiang_district_streets.txt": [R04],
    "05_ruichuan_mixed_currency.txt": [R05],
    "06_masked_district.txt": [R06],
    "07_qiwu_brief_table.txt": [R07],
    "08_yichuan_growth.txt": [R08],
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
