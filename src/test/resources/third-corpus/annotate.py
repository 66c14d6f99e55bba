#!/usr/bin/env python3
"""Hand-written gold annotations for the third huibao test corpus (eight reports).

The reports in this folder were written for this corpus; the places, companies and
projects in them are fictional.  Every fact below was typed by reading the reports
sentence by sentence, following the seed annotation policy (seeds/gold/POLICY.md).
This script does NOT look for figures in the text.  It only
  * converts the hand-entered value + unit to base_value/base_unit (exact Decimal),
  * locates each hand-entered `text` in the file, searching forward from the
    previous fact (or from an explicit `ctx` anchor) to record its char offset,
  * evaluates every check with interval arithmetic over the printed precision and
    asserts that the verdict typed by hand agrees,
  * writes gold/<report>.json.
Run:  python3 annotate.py && python3 validate.py
Fact tuple: (text, value, unit, indicator, measure, scope, opts)
  value None  -> redacted figure; opts: a=approx, vmax=upper bound of a range,
  ctx=unique string at or before the figure to search from, bu=base_unit (for unit None),
  cell=True: a table cell whose unit comes from the column header (text is the bare cell).
Interval convention for checks: a number printed with k decimals stands for
[x - 0.5e-k, x + 0.5e-k]; counts, and targets printed as round numbers, are exact.
"""
import json, os
from decimal import Decimal, getcontext

getcontext().prec = 40
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


def num(d):
    d = Decimal(d)
    if d == d.to_integral_value():
        return int(d)
    return float(str(d.normalize()))


def F(text, value, unit, indicator, measure, scope=None, **o):
    return dict(text=text, value=value, unit=unit, indicator=indicator,
                measure=measure, scope=scope, o=o)


# ------------------------------------------------------------ interval arithmetic
class I:
    """A closed interval of Decimals."""

    def __init__(self, lo, hi=None):
        self.lo = Decimal(lo)
        self.hi = Decimal(hi if hi is not None else lo)

    def __add__(self, o):
        o = o if isinstance(o, I) else I(o)
        return I(self.lo + o.lo, self.hi + o.hi)

    def __sub__(self, o):
        o = o if isinstance(o, I) else I(o)
        return I(self.lo - o.hi, self.hi - o.lo)

    def __radd__(self, o):
        return self + o

    def __rsub__(self, o):
        return I(o) - self

    def __rtruediv__(self, o):
        return I(o) / self

    def __mul__(self, o):
        o = o if isinstance(o, I) else I(o)
        c = [self.lo * o.lo, self.lo * o.hi, self.hi * o.lo, self.hi * o.hi]
        return I(min(c), max(c))

    def __truediv__(self, o):
        o = o if isinstance(o, I) else I(o)
        assert o.lo > 0 or o.hi < 0
        c = [self.lo / o.lo, self.lo / o.hi, self.hi / o.lo, self.hi / o.hi]
        return I(min(c), max(c))

    def mid(self):
        return (self.lo + self.hi) / 2

    def meets(self, o):
        return self.lo <= o.hi and o.lo <= self.hi


def P(s):
    """A printed figure: its value +- half a unit in the last printed digit."""
    d = Decimal(s)
    e = d.as_tuple().exponent
    h = Decimal(5) * Decimal(10) ** (e - 1)
    return I(d - h, d + h)


def X(s):
    """An exact figure (a count, or a target printed as a round number)."""
    return I(Decimal(s))


def pct(iv):
    return iv * 100


def _f(d, nd):
    q = Decimal(1).scaleb(-nd)
    return str(Decimal(d).quantize(q))


def K(kind, facts, computed, stated, consistent, note="", nd=2, unit="%"):
    """A check whose verdict is recomputed: `computed` is an interval, `stated` the printed figure."""
    st = P(stated) if isinstance(stated, str) else stated
    ok = computed.meets(st)
    assert ok == consistent, (facts, _f(computed.lo, 4), _f(computed.hi, 4), ok)
    if computed.lo == computed.hi:
        comp = _f(computed.lo, nd) + unit
    else:
        comp = "%s%s (%s-%s%s given the inputs' rounding)" % (
            _f(computed.mid(), nd), unit, _f(computed.lo, nd), _f(computed.hi, nd), unit)
    shown = stated if isinstance(stated, str) else _f(stated.lo, nd)
    return {"kind": kind, "facts": facts, "computed": comp, "stated": shown + unit,
            "consistent": consistent, "note": note}


def C(kind, facts, computed, stated, consistent, note=""):
    """A check typed by hand (relations that are not arithmetic, or cannot be evaluated)."""
    return {"kind": kind, "facts": facts, "computed": computed, "stated": stated,
            "consistent": consistent, "note": note}


def S(kind, facts, parts, stated, consistent, note="", nd=1, unit=""):
    """A sum check: parts are intervals, stated the printed (or exact) total."""
    tot = parts[0]
    for p in parts[1:]:
        tot = tot + p
    return K(kind, facts, tot, stated, consistent, note, nd=nd, unit=unit)


# ---------------------------------------------------------------- 01 岚江市
R01 = dict(
    title="岚江市商务工作简报", region="岚江市", region_masked=False,
    period={"year": 2024, "from_month": 1, "to_month": 7, "label": "1-7月"},
    lines=[1, 24],
    notes="Fictional city (no GB/T 2260 code). A 商务局 monthly bulletin: 实际使用外资 is stated in 亿元 "
          "(人民币口径, so base CNY) while 合同外资 stays in 亿美元; the two are never converted. "
          "外贸进出口, 出口/进口, 社会消费品零售总额, 网络零售额, 限额以上销售额, 住宿餐饮营业额, 新增限上企业, "
          "汽车类零售额, 对外直接投资, 对外承包工程 and 服务外包 are `other` (no canonical indicator), with their "
          "yoy/share/pp facts also `other`. '高于序时进度3.7个百分点' is a pp_change of fdi_actual's completion "
          "(7/12 of the year = 58.33%). '增速超过20%' only selects the 4 counties (scope, not a fact). "
          "'2024年第7期（总第84期）' is an issue number, not a fact. The growth target '增长6%以上' is measure "
          "target with unit % as in seed 003 ('*%以上的增速'). Head office lines (报/送) carry no figures.",
    facts=[
        F("18.6亿元", "18.6", "亿元", "fdi_actual", "value", None),
        F("12.4%", "12.4", "%", "fdi_actual", "yoy", None),
        F("30亿元", "30", "亿元", "fdi_actual", "target", "全年目标任务"),
        F("62.0%", "62.0", "%", "fdi_actual", "completion", "全年目标任务"),
        F("3.7个百分点", "3.7", "个百分点", "fdi_actual", "pp_change", "完成率高于序时进度"),
        F("第5位", "5", "位", "fdi_actual", "rank", "全省"),
        F("47家", "47", "家", "fdi_enterprises_new", "value", None),
        F("9家", "9", "家", "fdi_enterprises_new", "yoy_abs", None),
        F("2.35亿美元", "2.35", "亿美元", "fdi_contracted", "value", None),
        F("6.2%", "-6.2", "%", "fdi_contracted", "yoy", None),
        F("386.5亿元", "386.5", "亿元", "other", "value", "外贸进出口总额"),
        F("7.9%", "7.9", "%", "other", "yoy", "外贸进出口总额"),
        F("251.2亿元", "251.2", "亿元", "other", "value", "出口"),
        F("10.3%", "10.3", "%", "other", "yoy", "出口"),
        F("135.3亿元", "135.3", "亿元", "other", "value", "进口"),
        F("3.6%", "3.6", "%", "other", "yoy", "进口"),
        F("512.7亿元", "512.7", "亿元", "other", "value", "社会消费品零售总额"),
        F("5.1%", "5.1", "%", "other", "yoy", "社会消费品零售总额"),
        F("0.6个百分点", "0.6", "个百分点", "other", "pp_change", "社会消费品零售总额增速高于全省"),
        F("88.4亿元", "88.4", "亿元", "other", "value", "网络零售额"),
        F("21.7%", "21.7", "%", "other", "yoy", "网络零售额"),
        F("326.8亿元", "326.8", "亿元", "domestic_capital_actual", "value", "市外境内"),
        F("9.5%", "9.5", "%", "domestic_capital_actual", "yoy", "市外境内"),
        F("61.2%", "61.2", "%", "domestic_capital_actual", "completion", "市外境内; 年度任务"),
        F("58个", "58", "个", "projects_signed", "value", "亿元以上"),
        F("412.6亿元", "412.6", "亿元", "projects_signed_investment", "value", "亿元以上"),
        F("36个", "36", "个", "projects_started", "value", "亿元以上"),
        F("203.9亿元", "203.9", "亿元", "projects_started_investment", "value", "亿元以上"),
        # 一、利用外资
        F("7.9亿元", "7.9", "亿元", "fdi_actual", "value", "制造业"),
        F("42.5%", "42.5", "%", "fdi_actual", "share", "制造业"),
        F("5.2亿元", "5.2", "亿元", "fdi_actual", "value", "高技术产业"),
        F("31.6%", "31.6", "%", "fdi_actual", "yoy", "高技术产业"),
        F("6.3亿元", "6.3", "亿元", "fdi_actual", "value", "来源地新加坡"),
        F("33.9%", "33.9", "%", "fdi_actual", "share", "来源地新加坡"),
        F("2.6亿元", "2.6", "亿元", "fdi_actual", "value", "来源地韩国"),
        F("1.4亿元", "1.4", "亿元", "fdi_actual", "value", "来源地德国"),
        F("1.3倍", "1.3", "倍", "fdi_actual", "yoy", "来源地德国"),
        F("2.1亿元", "2.1", "亿元", "fdi_actual", "value", "7月当月"),
        F("8家", "8", "家", "fdi_enterprises_new", "value", "7月当月"),
        F("4个", "4", "个", "other", "value", "县（市、区）; 实际使用外资增速超过20%"),
        # 二、内贸流通
        F("1046.3亿元", "1046.3", "亿元", "other", "value", "限额以上批发和零售业销售额"),
        F("8.2%", "8.2", "%", "other", "yoy", "限额以上批发和零售业销售额"),
        F("37.9亿元", "37.9", "亿元", "other", "value", "住宿和餐饮业营业额"),
        F("11.4%", "11.4", "%", "other", "yoy", "住宿和餐饮业营业额"),
        F("63家", "63", "家", "other", "value", "新增限额以上商贸企业"),
        F("29家", "29", "家", "other", "value", "新增限额以上商贸企业; 批发业"),
        F("21家", "21", "家", "other", "value", "新增限额以上商贸企业; 零售业"),
        F("5家", "5", "家", "other", "value", "新增限额以上商贸企业; 住宿业"),
        F("8家", "8", "家", "other", "value", "新增限额以上商贸企业; 餐饮业"),
        F("96.2亿元", "96.2", "亿元", "other", "value", "汽车类零售额"),
        F("18.8%", "18.8", "%", "other", "share", "汽车类零售额占社会消费品零售总额"),
        # 三、对外经济合作
        F("1.08亿美元", "1.08", "亿美元", "other", "value", "对外直接投资（中方协议投资）"),
        F("14.3%", "-14.3", "%", "other", "yoy", "对外直接投资（中方协议投资）"),
        F("2.46亿美元", "2.46", "亿美元", "other", "value", "对外承包工程完成营业额"),
        F("4.7%", "4.7", "%", "other", "yoy", "对外承包工程完成营业额"),
        F("3.12亿美元", "3.12", "亿美元", "other", "value", "服务外包合同执行额"),
        # 四、招商活动
        F("1场", "1", "场", "promotion_events", "value", "“岚江—湾区”先进制造业对接会; 7月份"),
        F("32家", "32", "家", "other", "value", "对接会参会企业"),
        F("9个", "9", "个", "projects_signed", "value", "对接会现场签约; 7月份"),
        F("46.8亿元", "46.8", "亿元", "projects_signed_investment", "value", "对接会现场签约; 7月份"),
        F("4批次", "4", "批次", "outreach_trips", "value", "赴长三角小分队招商; 7月份"),
        F("27家", "27", "家", "firms_visited", "value", "7月份"),
        F("15批次", "15", "批次", "other", "value", "接待来岚考察客商; 7月份"),
        # 五、下步工作
        F("30亿元", "30", "亿元", "fdi_actual", "target", "全年目标"),
        F("535亿元", "535", "亿元", "domestic_capital_actual", "target", "市外境内; 全年目标"),
        F("8个", "8", "个", "projects_signed", "target", "8月份; 亿元以上", a=True),
        F("3亿元", "3", "亿元", "fdi_actual", "target", "8月份"),
        F("6%", "6", "%", "other", "target", "外贸进出口全年增长", a=True),
    ],
    projects=[], organizations=[],
    checks=[
        K("completion", "18.6亿元 / 30亿元 = 62.0%", pct(P("18.6") / X("30")), "62.0", True),
        K("ratio", "62.0% - 序时进度 7/12 = 3.7个百分点", P("62.0") - X("7") / X("12") * 100, "3.7", True,
          "1-7月 is 58.33% of the year", unit="pp"),
        S("sum", "251.2亿元 + 135.3亿元 = 386.5亿元", [P("251.2"), P("135.3")], "386.5", True,
          "出口 + 进口 = 外贸进出口总额", unit="亿元"),
        K("yoy", "386.5亿元 at 7.9% vs 251.2亿元 at 10.3% + 135.3亿元 at 3.6%",
          pct(P("386.5") / (P("251.2") / (1 + P("10.3") / 100) + P("135.3") / (1 + P("3.6") / 100)) - 1),
          "7.9", True, "last year's 出口 and 进口 implied from their growth rates add up to the base of 7.9%"),
        K("completion", "326.8亿元 / 535亿元 = 61.2%", pct(P("326.8") / X("535")), "61.2", False,
          "the 年度任务 is given in 五、下步工作 as 535亿元; 61.2% would need a target of about 534亿元"),
        K("share", "7.9亿元 / 18.6亿元 = 42.5%", pct(P("7.9") / P("18.6")), "42.5", True),
        K("share", "6.3亿元 / 18.6亿元 = 33.9%", pct(P("6.3") / P("18.6")), "33.9", True),
        S("sum", "29家 + 21家 + 5家 + 8家 = 63家", [X(29), X(21), X(5), X(8)], X(63), True,
          "批发 + 零售 + 住宿 + 餐饮 = 新增限额以上商贸企业", nd=0, unit="家"),
        K("share", "96.2亿元 / 512.7亿元 = 18.8%", pct(P("96.2") / P("512.7")), "18.8", True,
          "point estimate 18.76% rounds to 18.8%"),
    ],
)

# ---------------------------------------------------------------- 02 峪川县
R02 = dict(
    title="峪川县2023年招商引资工作总结", region="峪川县", region_masked=False,
    period={"year": 2023, "from_month": 1, "to_month": 12, "label": "全年"},
    lines=[1, 24],
    notes="Fictional western county in an autonomous prefecture (全州 = the prefecture, not 全州县); partner city "
          "汐江市 and its 江屿区 are fictional too. The headline 41.6亿元 is restated twice in the body: each "
          "occurrence is a fact. 东部产业转移项目 counts are projects_signed with scope '承接东部产业转移'. "
          "东西部协作 aid money (财政援助资金) and counts of 援建项目, 结对帮扶 towns/villages, jobs and firms in the "
          "co-built park are `other` (not investment); 东西部协作带动到位资金 is domestic_capital_actual. "
          "'签约项目中仍有23个未开工' is a stock of unstarted projects: other (as 001's 存量项目). "
          "The 2024 planned growth 10.6% is measure target, unit %. 汐峪产业园 (a co-built park) is listed as a project.",
    facts=[
        F("41.6亿元", "41.6", "亿元", "domestic_capital_actual", "value", "县外"),
        F("18.3%", "18.3", "%", "domestic_capital_actual", "yoy", "县外"),
        F("38亿元", "38", "亿元", "domestic_capital_actual", "target", "县外; 州下达任务"),
        F("109.5%", "109.5", "%", "domestic_capital_actual", "completion", "县外; 州下达任务"),
        F("第二", "2", None, "other", "rank", "招商引资工作考核; 全州"),
        # 一、主要指标
        F("41.6亿元", "41.6", "亿元", "domestic_capital_actual", "value", "县外"),
        F("27.9亿元", "27.9", "亿元", "domestic_capital_actual", "value", "省外"),
        F("67.1%", "67.1", "%", "domestic_capital_actual", "share", "省外"),
        F("9.4亿元", "9.4", "亿元", "domestic_capital_actual", "value", "东西部协作带动"),
        F("35.2%", "35.2", "%", "domestic_capital_actual", "yoy", "东西部协作带动"),
        F("620万美元", "620", "万美元", "fdi_actual", "value", None),
        F("22.5%", "-22.5", "%", "fdi_actual", "yoy", None),
        F("64个", "64", "个", "projects_signed", "value", None),
        F("182.3亿元", "182.3", "亿元", "projects_signed_investment", "value", None),
        F("39个", "39", "个", "projects_signed", "value", "工业"),
        F("16个", "16", "个", "projects_signed", "value", "农业"),
        F("9个", "9", "个", "projects_signed", "value", "文旅及服务业"),
        F("138.6亿元", "138.6", "亿元", "projects_signed_investment", "value", "工业"),
        F("74.1%", "74.1", "%", "projects_signed_investment", "share", "工业"),
        F("14个", "14", "个", "projects_signed", "value", "亿元以上"),
        F("21.9%", "21.9", "%", "projects_signed", "share", "亿元以上"),
        F("41个", "41", "个", "projects_started", "value", None),
        F("64.1%", "64.1", "%", "contract_fulfillment_rate", "value", None),
        F("23个", "23", "个", "projects_completed", "value", None),
        F("31.5亿元", "31.5", "亿元", "projects_completed_investment", "value", None),
        F("18个", "18", "个", "projects_signed", "value", "承接东部产业转移"),
        F("7个", "7", "个", "projects_signed", "yoy_abs", "承接东部产业转移"),
        F("46.5亿元", "46.5", "亿元", "projects_signed_investment", "value", "承接东部产业转移"),
        F("11个", "11", "个", "projects_signed", "value", "承接东部产业转移; 来自汐江市"),
        F("4个", "4", "个", "projects_signed", "value", "承接东部产业转移; 来自江屿区"),
        F("3个", "3", "个", "projects_signed", "value", "承接东部产业转移; 来自其他地区"),
        # 二、东西部协作
        F("2.36亿元", "2.36", "亿元", "other", "value", "汐江市财政援助资金"),
        F("47个", "47", "个", "other", "value", "援建项目"),
        F("28个", "28", "个", "other", "value", "援建项目; 产业类"),
        F("12个", "12", "个", "other", "value", "援建项目; 基础设施类"),
        F("7个", "7", "个", "other", "value", "援建项目; 社会事业类"),
        F("4个", "4", "个", "other", "value", "汐江市结对帮扶的区"),
        F("6个", "6", "个", "other", "value", "结对帮扶乡镇"),
        F("38个", "38", "个", "other", "value", "结对帮扶村"),
        F("1个", "1", "个", "other", "value", "共建产业园（汐峪产业园）"),
        F("19家", "19", "家", "other", "value", "汐峪产业园入驻企业"),
        F("1260人", "1260", "人", "other", "value", "吸纳本地群众就业"),
        F("5批次", "5", "批次", "other", "value", "“汐企入峪”考察活动"),
        F("43家", "43", "家", "other", "value", "来峪考察企业"),
        F("12个", "12", "个", "projects_signed", "value", "东西部协作"),
        F("15.8亿元", "15.8", "亿元", "projects_signed_investment", "value", "东西部协作"),
        F("3.2亿元", "3.2", "亿元", "other", "value", "投资: 峪川宏屹纺织产业园一期项目"),
        F("420个", "420", "个", "other", "value", "新增就业岗位: 峪川宏屹纺织产业园一期项目"),
        F("6800万元", "6800", "万元", "other", "value", "完成投资: 牦牛肉精深加工项目"),
        # 三、主要工作措施
        F("27批次", "27", "批次", "outreach_trips", "value", "县级领导带队"),
        F("156家", "156", "家", "firms_visited", "value", "县级领导带队"),
        F("4次", "4", "次", "other", "value", "招商引资工作推进会"),
        F("6次", "6", "次", "other", "value", "县委常委会专题研究招商工作"),
        F("3个", "3", "个", "other", "value", "产业链招商专班"),
        F("82家", "82", "家", "other", "value", "目标企业"),
        F("21个", "21", "个", "projects_negotiating", "value", "重点在谈项目"),
        F("67.4亿元", "67.4", "亿元", "projects_negotiating_investment", "value", "重点在谈项目; 意向投资"),
        F("1850亩", "1850", "亩", "land_area", "value", "协调解决用地"),
        F("1120亩", "1120", "亩", "land_area", "value", "工业用地"),
        F("96个", "96", "个", "other", "value", "帮助企业解决困难问题"),
        # 四、存在的问题
        F("23个", "23", "个", "other", "value", "签约项目中未开工"),
        F("2个", "2", "个", "projects_signed", "value", "10亿元以上"),
        F("41.6亿元", "41.6", "亿元", "domestic_capital_actual", "value", "县外"),
        F("58.6%", "58.6", "%", "domestic_capital_actual", "share", "县外; 产业类资金"),
        # 五、2024年工作打算
        F("46亿元", "46", "亿元", "domestic_capital_actual", "target", "县外; 2024年"),
        F("10.6%", "10.6", "%", "domestic_capital_actual", "target", "县外; 2024年计划增长"),
        F("70个", "70", "个", "projects_signed", "target", "2024年", a=True),
        F("16个", "16", "个", "projects_signed", "target", "2024年; 亿元以上"),
        F("20个", "20", "个", "projects_signed", "target", "2024年; 承接东部产业转移"),
        F("800万美元", "800", "万美元", "fdi_actual", "target", "2024年"),
    ],
    projects=["峪川宏屹纺织产业园一期项目", "牦牛肉精深加工项目", "汐峪产业园"],
    organizations=["汐江宏屹纺织有限公司"],
    checks=[
        K("completion", "41.6亿元 / 38亿元 = 109.5%", pct(P("41.6") / X("38")), "109.5", True),
        K("share", "27.9亿元 / 41.6亿元 = 67.1%", pct(P("27.9") / P("41.6")), "67.1", True),
        S("sum", "39个 + 16个 + 9个 = 64个", [X(39), X(16), X(9)], X(64), True,
          "工业 + 农业 + 文旅及服务业 = 新签约项目", nd=0, unit="个"),
        K("share", "138.6亿元 / 182.3亿元 = 74.1%", pct(P("138.6") / P("182.3")), "74.1", False,
          "工业项目协议投资 is 76.0% of the 协议投资总额, not 74.1%"),
        K("share", "14个 / 64个 = 21.9%", pct(X(14) / X(64)), "21.9", True),
        K("ratio", "41个 / 64个 = 履约率64.1%", pct(X(41) / X(64)), "64.1", True, "新开工 / 新签约"),
        S("sum", "64个 - 41个 = 23个 未开工", [X(64), X(-41)], X(23), True,
          "签约项目中仍有23个未开工 (四、存在的问题)", nd=0, unit="个"),
        S("sum", "11个 + 4个 + 3个 = 18个", [X(11), X(4), X(3)], X(18), True,
          "汐江市 + 江屿区 + 其他地区 = 承接东部产业转移项目", nd=0, unit="个"),
        S("sum", "28个 + 12个 + 7个 = 47个", [X(28), X(12), X(7)], X(47), True,
          "产业类 + 基础设施类 + 社会事业类 = 援建项目", nd=0, unit="个"),
        K("yoy", "46亿元 (2024 target) / 41.6亿元 - 1 = 10.6%", pct(X("46") / P("41.6") - 1), "10.6", True,
          "planned growth of 县外资金"),
    ],
)

# ---------------------------------------------------------------- 03 桦岭市
R03 = dict(
    title="桦岭市2024年上半年招商引资工作情况汇报", region="桦岭市", region_masked=False,
    period={"year": 2024, "from_month": 1, "to_month": 6, "label": "1-6月"},
    lines=[1, 24],
    notes="Fictional north-eastern city. 引进域外资金到位额 (which includes 外资, like 004's 浙商回归 '含外资') is "
          "domestic_capital_actual with scope '域外'; 实际利用内资 is domestic_capital_actual '内资', 实际利用外资 "
          "fdi_actual. 落地项目 are read as projects_signed (scope '落地'); 开复工项目 and 新开工项目 as "
          "projects_started; 续建复工项目 are continuing projects (other, like 存量/结转); 投产达效项目 are "
          "projects_completed. 计划开复工项目149个 is a plan: projects_started target. 开复工率 is a "
          "projects_started share. '同比分别增长17.6%和21.3%' gives one yoy to the count and one to the "
          "investment. '低于40%' only selects the 2 counties (scope).",
    facts=[
        F("152.7亿元", "152.7", "亿元", "domestic_capital_actual", "value", "域外"),
        F("14.6%", "14.6", "%", "domestic_capital_actual", "yoy", "域外"),
        F("280亿元", "280", "亿元", "domestic_capital_actual", "target", "域外; 年度目标"),
        F("54.5%", "54.5", "%", "domestic_capital_actual", "completion", "域外; 年度目标"),
        F("第2位", "2", "位", "domestic_capital_actual", "rank", "域外; 增速; 全省"),
        F("第4位", "4", "位", "domestic_capital_actual", "rank", "域外; 总量; 全省"),
        F("146.9亿元", "146.9", "亿元", "domestic_capital_actual", "value", "内资"),
        F("13.8%", "13.8", "%", "domestic_capital_actual", "yoy", "内资"),
        F("8450万美元", "8450", "万美元", "fdi_actual", "value", None),
        F("26.2%", "26.2", "%", "fdi_actual", "yoy", None),
        F("87个", "87", "个", "projects_signed", "value", "落地; 域外投资"),
        F("318.4亿元", "318.4", "亿元", "projects_signed_investment", "value", "落地; 计划总投资"),
        F("17.6%", "17.6", "%", "projects_signed", "yoy", "落地"),
        F("21.3%", "21.3", "%", "projects_signed_investment", "yoy", "落地"),
        F("52个", "52", "个", "projects_signed", "value", "落地; 亿元以上"),
        F("9个", "9", "个", "projects_signed", "value", "落地; 10亿元以上"),
        F("61个", "61", "个", "projects_signed", "value", "落地; 工业"),
        F("70.1%", "70.1", "%", "projects_signed", "share", "落地; 工业"),
        F("136个", "136", "个", "projects_started", "value", "开复工; 亿元以上"),
        F("71个", "71", "个", "projects_started", "value", "新开工; 亿元以上"),
        F("65个", "65", "个", "other", "value", "续建复工项目; 亿元以上"),
        F("92.5%", "92.5", "%", "projects_started", "share", "开复工率; 亿元以上"),
        F("149个", "149", "个", "projects_started", "target", "计划开复工; 亿元以上"),
        F("84.6亿元", "84.6", "亿元", "fixed_asset_investment", "value", "开复工项目完成投资"),
        F("29个", "29", "个", "projects_completed", "value", "投产达效"),
        F("41.3亿元", "41.3", "亿元", "other", "value", "投产达效项目新增产值"),
        F("2.8亿元", "2.8", "亿元", "other", "value", "投产达效项目新增税收"),
        # 二、各地完成情况
        F("31.2亿元", "31.2", "亿元", "domestic_capital_actual", "value", "域外; 雪原区(前三位)"),
        F("26.8亿元", "26.8", "亿元", "domestic_capital_actual", "value", "域外; 松坡县(前三位)"),
        F("19.5亿元", "19.5", "亿元", "domestic_capital_actual", "value", "域外; 青垣县(前三位)"),
        F("50.0%", "50.0", "%", "domestic_capital_actual", "share", "域外; 雪原区、松坡县、青垣县合计"),
        F("41.3%", "41.3", "%", "domestic_capital_actual", "yoy", "域外; 桦岭高新区(增速前两位)"),
        F("33.7%", "33.7", "%", "domestic_capital_actual", "yoy", "域外; 松坡县(增速前两位)"),
        F("2个", "2", "个", "other", "value", "县（区）; 完成进度低于40%"),
        # 三、主要做法
        F("14次", "14", "次", "outreach_trips", "value", "市级领导带队赴京津冀、长三角、粤港澳大湾区"),
        F("98家", "98", "家", "firms_visited", "value", "市级领导带队"),
        F("6场", "6", "场", "promotion_events", "value", "专题推介会"),
        F("33个", "33", "个", "projects_signed", "value", "领导领衔招商"),
        F("127.5亿元", "127.5", "亿元", "projects_signed_investment", "value", "领导领衔招商"),
        F("9个", "9", "个", "other", "value", "在外桦岭商会"),
        F("17个", "17", "个", "projects_signed", "value", "以商招商"),
        F("23.4亿元", "23.4", "亿元", "domestic_capital_actual", "value", "以商招商"),
        F("2630亩", "2630", "亩", "land_area", "value", "落地项目供应土地"),
        F("18.6万平方米", "18.6", "万平方米", "other", "value", "盘活闲置厂房"),
        # 四、存在问题
        F("18.7%", "18.7", "%", "domestic_capital_actual", "share", "域外; 10亿元以上项目"),
        F("3.2个百分点", "-3.2", "个百分点", "domestic_capital_actual", "pp_change", "10亿元以上项目占比比去年同期"),
        F("1.6%", "1.6", "%", "fdi_actual", "share", "占全省"),
        # 五、下半年
        F("280亿元", "280", "亿元", "domestic_capital_actual", "target", "域外; 全年确保"),
        F("300亿元", "300", "亿元", "domestic_capital_actual", "target", "域外; 全年力争"),
        F("160个", "160", "个", "projects_signed", "target", "落地; 全年", a=True),
        F("90%", "90", "%", "projects_started", "target", "开复工率; 亿元以上", a=True),
    ],
    projects=["碳化硅粉体项目", "寒川冷链物流园项目"],
    organizations=["瑞雪新材料（桦岭）有限公司"],
    checks=[
        K("completion", "152.7亿元 / 280亿元 = 54.5%", pct(P("152.7") / X("280")), "54.5", True),
        C("sum", "146.9亿元 + 8450万美元 = 152.7亿元", "152.7 - 146.9 = 5.8亿元 for 8450万美元 (about 6.86 CNY/USD)",
          "152.7亿元", None, "域外资金 adds 内资 and 外资 in different currencies; no exchange rate is stated"),
        S("sum", "71个 + 65个 = 136个", [X(71), X(65)], X(136), True, "新开工 + 续建复工 = 开复工", nd=0, unit="个"),
        K("ratio", "136个 / 149个 = 开复工率92.5%", pct(X(136) / X(149)), "92.5", False,
          "136 of 149 planned is 91.3%; 92.5% would need about 147 planned projects"),
        K("share", "61个 / 87个 = 70.1%", pct(X(61) / X(87)), "70.1", True),
        K("share", "(31.2 + 26.8 + 19.5)亿元 / 152.7亿元 = 50.0%", pct((P("31.2") + P("26.8") + P("19.5")) / P("152.7")),
          "50.0", False, "the three leading areas add up to 77.5亿元, 50.8% of the city total"),
    ],
)

# ---------------------------------------------------------------- 04 鸣泉经济开发区
R04 = dict(
    title="鸣泉经济开发区2024年1-10月招商引资工作情况报告", region="鸣泉经济开发区", region_masked=False,
    period={"year": 2024, "from_month": 1, "to_month": 10, "label": "截至10月底"},
    lines=[1, 24],
    notes="Fictional provincial development zone under the fictional 槐源市; the reporter is the zone, so region is "
          "the zone's name (no GB/T 2260 code). 亿元以上 / 10亿元以上 / 5000万元以下 are size classes (scope). "
          "签约率 (签约/在谈) is a projects_signed share, 开工率 a projects_started share, 资金到位率 a "
          "domestic_capital_actual share, 履约率 contract_fulfillment_rate; counts of 履约项目 are other. "
          "Per-project 总投资 in 万元 is other with the project in scope; a project's 用地 is land_area; "
          "达产后年产值 is other. The 500强 companies are organizations (they are named apart from the project names). "
          "'平均单个项目投资2150万元' is an average: other.",
    facts=[
        F("42个", "42", "个", "projects_signed", "value", None),
        F("236.8亿元", "236.8", "亿元", "projects_signed_investment", "value", None),
        F("19.4%", "19.4", "%", "projects_signed_investment", "yoy", None),
        F("31个", "31", "个", "projects_signed", "value", "亿元以上"),
        F("221.5亿元", "221.5", "亿元", "projects_signed_investment", "value", "亿元以上"),
        F("7个", "7", "个", "projects_signed", "value", "10亿元以上"),
        F("124.0亿元", "124.0", "亿元", "projects_signed_investment", "value", "10亿元以上"),
        F("68个", "68", "个", "projects_negotiating", "value", "储备在谈"),
        F("61.8%", "61.8", "%", "projects_signed", "share", "签约率"),
        F("29个", "29", "个", "projects_started", "value", "签约项目中已开工"),
        F("69.0%", "69.0", "%", "projects_started", "share", "开工率"),
        F("38个", "38", "个", "other", "value", "履约项目"),
        F("90.5%", "90.5", "%", "contract_fulfillment_rate", "value", None),
        F("61.4亿元", "61.4", "亿元", "domestic_capital_actual", "value", "签约项目"),
        F("25.9%", "25.9", "%", "domestic_capital_actual", "share", "资金到位率"),
        F("3150万美元", "3150", "万美元", "fdi_actual", "value", None),
        F("4000万美元", "4000", "万美元", "fdi_actual", "target", "年度任务"),
        F("78.8%", "78.8", "%", "fdi_actual", "completion", "年度任务"),
        F("58.3亿元", "58.3", "亿元", "fixed_asset_investment", "value", None),
        F("12.7%", "12.7", "%", "fixed_asset_investment", "yoy", None),
        F("第6位", "6", "位", "other", "rank", "全省省级开发区综合考核"),
        # 二、500强
        F("15个", "15", "个", "fortune500_projects", "value", "三类500强"),
        F("96.7亿元", "96.7", "亿元", "projects_signed_investment", "value", "三类500强"),
        F("3个", "3", "个", "fortune500_projects", "value", "世界500强"),
        F("5个", "5", "个", "fortune500_projects", "value", "中国500强"),
        F("6个", "6", "个", "fortune500_projects", "value", "民营500强"),
        F("86000万元", "86000", "万元", "other", "value", "总投资: 特种涂料生产基地项目"),
        F("210亩", "210", "亩", "land_area", "value", "用地: 特种涂料生产基地项目"),
        F("152000万元", "152000", "万元", "other", "value", "总投资: 储能电池系统集成项目"),
        F("30亿元", "30", "亿元", "other", "value", "达产后年产值: 储能电池系统集成项目"),
        F("48500万元", "48500", "万元", "other", "value", "总投资: 精密铸件项目"),
        F("26800万元", "26800", "万元", "other", "value", "总投资: 工程机械液压件项目"),
        # 三、项目推进
        F("36个", "36", "个", "projects_signed", "value", "工业"),
        F("85.7%", "85.7", "%", "projects_signed", "share", "工业"),
        F("6个", "6", "个", "projects_signed", "value", "现代服务业"),
        F("8个", "8", "个", "projects_started", "value", "投资5000万元以下"),
        F("2150万元", "2150", "万元", "other", "value", "平均单个项目投资; 投资5000万元以下新开工项目"),
        F("11个", "11", "个", "projects_completed", "value", "已投产"),
        F("7家", "7", "家", "other", "value", "新增规上工业企业"),
        F("29个", "29", "个", "other", "value", "履约项目; 亿元以上"),
        F("93.5%", "93.5", "%", "contract_fulfillment_rate", "value", "亿元以上"),
        # 四、存在问题
        F("25.9%", "25.9", "%", "domestic_capital_actual", "share", "资金到位率"),
        F("6.4个百分点", "-6.4", "个百分点", "domestic_capital_actual", "pp_change", "资金到位率低于全市平均水平"),
        F("3个", "3", "个", "other", "value", "10亿元以上项目中未开工"),
        # 五、下步打算
        F("50个", "50", "个", "projects_signed", "target", "全年"),
        F("280亿元", "280", "亿元", "projects_signed_investment", "target", "全年"),
        F("30%", "30", "%", "domestic_capital_actual", "target", "资金到位率", a=True),
        F("18个", "18", "个", "fortune500_projects", "target", "三类500强; 全年"),
    ],
    projects=["特种涂料生产基地项目", "储能电池系统集成项目", "精密铸件项目", "工程机械液压件项目"],
    organizations=["霍恩斯化工（中国）投资有限公司", "北宸能源集团", "恒屹控股集团", "瀚川重工集团"],
    checks=[
        K("ratio", "42个 / 68个 = 签约率61.8%", pct(X(42) / X(68)), "61.8", True, "签约 / 储备在谈"),
        K("ratio", "29个 / 42个 = 开工率69.0%", pct(X(29) / X(42)), "69.0", True),
        K("ratio", "38个 / 42个 = 履约率90.5%", pct(X(38) / X(42)), "90.5", True),
        K("ratio", "61.4亿元 / 236.8亿元 = 资金到位率25.9%", pct(P("61.4") / P("236.8")), "25.9", True),
        K("completion", "3150万美元 / 4000万美元 = 78.8%", pct(P("3150") / X("4000")), "78.8", True,
          "78.75% exactly at the point estimate; rounds half up to 78.8%"),
        S("sum", "3个 + 5个 + 6个 = 15个", [X(3), X(5), X(6)], X(15), False,
          "世界/中国/民营500强 add up to 14, not the 15 三类500强 projects stated", nd=0, unit="个"),
        K("share", "36个 / 42个 = 85.7%", pct(X(36) / X(42)), "85.7", True),
        S("sum", "36个 + 6个 = 42个", [X(36), X(6)], X(42), True, "工业 + 现代服务业 = 签约项目", nd=0, unit="个"),
        K("ratio", "29个 / 31个 = 履约率93.5% (亿元以上)", pct(X(29) / X(31)), "93.5", True),
    ],
)

# ---------------------------------------------------------------- 05 楠溪区
R05 = dict(
    title="北沅市楠溪区2024年前三季度招商引资工作情况", region="楠溪区", region_masked=False,
    period={"year": 2024, "from_month": 1, "to_month": 9, "label": "1-9月"},
    lines=[1, 16],
    notes="Fictional district (楠溪区 of 北沅市). Figures sit in 分别 lists and nested 其中 breakdowns; each value "
          "takes the entity it is paired with as scope, nested classes join with '; '. '全区三个园区' is a first "
          "mention that states a count (fact). '总投资均超过3亿元' only selects the 6 named projects (scope). "
          "'各2场' is one fact. The five 重大招商活动 are unnamed, so their 签约 counts are numbered in scope. "
          "'其余地区合计10.5亿元' completes the source breakdown.",
    facts=[
        F("37个", "37", "个", "projects_signed", "value", None),
        F("80.7亿元", "80.7", "亿元", "projects_signed_investment", "value", None),
        F("三个", "3", "个", "other", "value", "园区"),
        F("19个", "19", "个", "projects_signed", "value", "楠溪高新产业园"),
        F("11个", "11", "个", "projects_signed", "value", "临港物流园"),
        F("7个", "7", "个", "projects_signed", "value", "白鹭湾文旅园"),
        F("48.6亿元", "48.6", "亿元", "projects_signed_investment", "value", "楠溪高新产业园"),
        F("22.3亿元", "22.3", "亿元", "projects_signed_investment", "value", "临港物流园"),
        F("9.8亿元", "9.8", "亿元", "projects_signed_investment", "value", "白鹭湾文旅园"),
        F("24个", "24", "个", "projects_signed", "value", "工业"),
        F("17个", "17", "个", "projects_signed", "value", "工业; 先进制造业"),
        F("12个", "12", "个", "projects_signed", "value", "工业; 先进制造业; 亿元以上"),
        F("7个", "7", "个", "projects_signed", "value", "工业; 传统产业技改"),
        F("13个", "13", "个", "projects_signed", "value", "服务业"),
        F("6个", "6", "个", "projects_signed", "value", "服务业; 现代物流"),
        F("2个", "2", "个", "projects_signed", "value", "服务业; 现代物流; 冷链物流"),
        F("4个", "4", "个", "projects_signed", "value", "服务业; 文旅"),
        F("3个", "3", "个", "projects_signed", "value", "服务业; 商贸"),
        # 二、到位资金
        F("53.9亿元", "53.9", "亿元", "domestic_capital_actual", "value", "区外"),
        F("8.7%", "8.7", "%", "domestic_capital_actual", "yoy", "区外"),
        F("9.6亿元", "9.6", "亿元", "domestic_capital_actual", "value", "区外; 澜口街道(前五位)"),
        F("7.2亿元", "7.2", "亿元", "domestic_capital_actual", "value", "区外; 鹭汀镇(前五位)"),
        F("6.8亿元", "6.8", "亿元", "domestic_capital_actual", "value", "区外; 杉塘街道(前五位)"),
        F("5.1亿元", "5.1", "亿元", "domestic_capital_actual", "value", "区外; 沙湄镇(前五位)"),
        F("4.4亿元", "4.4", "亿元", "domestic_capital_actual", "value", "区外; 桐垣镇(前五位)"),
        F("33.1亿元", "33.1", "亿元", "domestic_capital_actual", "value", "区外; 前五位镇街合计"),
        F("61.4%", "61.4", "%", "domestic_capital_actual", "share", "区外; 前五位镇街合计"),
        F("21.7亿元", "21.7", "亿元", "domestic_capital_actual", "value", "区外; 来源地长三角"),
        F("13.5亿元", "13.5", "亿元", "domestic_capital_actual", "value", "区外; 来源地珠三角"),
        F("8.2亿元", "8.2", "亿元", "domestic_capital_actual", "value", "区外; 来源地京津冀"),
        F("40.3%", "40.3", "%", "domestic_capital_actual", "share", "区外; 来源地长三角"),
        F("25.0%", "25.0", "%", "domestic_capital_actual", "share", "区外; 来源地珠三角"),
        F("15.2%", "15.2", "%", "domestic_capital_actual", "share", "区外; 来源地京津冀"),
        F("10.5亿元", "10.5", "亿元", "domestic_capital_actual", "value", "区外; 来源地其余地区"),
        F("3260万美元", "3260", "万美元", "fdi_actual", "value", None),
        F("2150万美元", "2150", "万美元", "fdi_actual", "value", "制造业"),
        F("68.2%", "68.2", "%", "fdi_actual", "share", "制造业"),
        # 三、开工建设
        F("21个", "21", "个", "projects_started", "value", None),
        F("2个", "2", "个", "projects_started", "value", "10亿元以上"),
        F("3个", "3", "个", "projects_started", "value", "5亿元至10亿元"),
        F("9个", "9", "个", "projects_started", "value", "1亿元至5亿元"),
        F("7个", "7", "个", "projects_started", "value", "1亿元以下"),
        F("6个", "6", "个", "projects_started", "value", "总投资均超过3亿元(列名)"),
        # 四、招商活动
        F("9场", "9", "场", "promotion_events", "value", "招商推介活动"),
        F("6场", "6", "场", "promotion_events", "value", "赴外推介"),
        F("2场", "2", "场", "promotion_events", "value", "赴外推介; 长三角、珠三角、京津冀(各)"),
        F("3场", "3", "场", "promotion_events", "value", "本地推介"),
        F("5次", "5", "次", "promotion_events", "value", "参加省、市组织的重大招商活动"),
        F("4个", "4", "个", "projects_signed", "value", "省、市重大招商活动(活动1)"),
        F("3个", "3", "个", "projects_signed", "value", "省、市重大招商活动(活动2)"),
        F("2个", "2", "个", "projects_signed", "value", "省、市重大招商活动(活动3)"),
        F("2个", "2", "个", "projects_signed", "value", "省、市重大招商活动(活动4)"),
        F("1个", "1", "个", "projects_signed", "value", "省、市重大招商活动(活动5)"),
        F("32批次", "32", "批次", "outreach_trips", "value", "区领导带队"),
        F("11批次", "11", "批次", "outreach_trips", "value", "区委、区政府主要领导带队"),
        F("21批次", "21", "批次", "outreach_trips", "value", "分管区领导带队"),
        F("48家", "48", "家", "firms_visited", "value", "长三角"),
        F("35家", "35", "家", "firms_visited", "value", "珠三角"),
        F("22家", "22", "家", "firms_visited", "value", "京津冀"),
        F("105家", "105", "家", "firms_visited", "value", None),
    ],
    projects=["鼎澜半导体封装测试", "汀禾冷链物流中心", "白鹭湾星空营地", "楠溪智能装备产业园二期",
              "澜口数字创意港", "杉塘新型建材"],
    organizations=[],
    checks=[
        S("sum", "19个 + 11个 + 7个 = 37个", [X(19), X(11), X(7)], X(37), True, "three parks = 全区签约项目", nd=0, unit="个"),
        S("sum", "48.6亿元 + 22.3亿元 + 9.8亿元 = 80.7亿元", [P("48.6"), P("22.3"), P("9.8")], "80.7", True,
          "three parks = 全区协议投资", unit="亿元"),
        S("sum", "17个 + 7个 = 24个", [X(17), X(7)], X(24), True, "先进制造业 + 传统产业技改 = 工业", nd=0, unit="个"),
        S("sum", "6个 + 4个 + 3个 = 13个", [X(6), X(4), X(3)], X(13), True, "现代物流 + 文旅 + 商贸 = 服务业", nd=0, unit="个"),
        S("sum", "24个 + 13个 = 37个", [X(24), X(13)], X(37), True, "工业 + 服务业 = 签约项目", nd=0, unit="个"),
        S("sum", "9.6 + 7.2 + 6.8 + 5.1 + 4.4 亿元 = 33.1亿元", [P("9.6"), P("7.2"), P("6.8"), P("5.1"), P("4.4")],
          "33.1", True, "前五位镇街合计", unit="亿元"),
        K("share", "33.1亿元 / 53.9亿元 = 61.4%", pct(P("33.1") / P("53.9")), "61.4", True),
        K("share", "21.7亿元 / 53.9亿元 = 40.3%", pct(P("21.7") / P("53.9")), "40.3", True),
        K("share", "13.5亿元 / 53.9亿元 = 25.0%", pct(P("13.5") / P("53.9")), "25.0", True),
        K("share", "8.2亿元 / 53.9亿元 = 15.2%", pct(P("8.2") / P("53.9")), "15.2", True),
        S("sum", "21.7 + 13.5 + 8.2 + 10.5 亿元 = 53.9亿元", [P("21.7"), P("13.5"), P("8.2"), P("10.5")], "53.9", True,
          "来源地 breakdown adds up to 区外到位资金", unit="亿元"),
        K("share", "2150万美元 / 3260万美元 = 68.2%", pct(P("2150") / P("3260")), "68.2", False,
          "制造业 is 66.0% of 实际使用外资, not 68.2%"),
        S("sum", "2个 + 3个 + 9个 + 7个 = 21个", [X(2), X(3), X(9), X(7)], X(21), True,
          "size classes of 新开工项目", nd=0, unit="个"),
        C("sum", "等6个项目 = 6 named projects", "6", "6", True,
          "鼎澜半导体封装测试, 汀禾冷链物流中心, 白鹭湾星空营地, 楠溪智能装备产业园二期, 澜口数字创意港, 杉塘新型建材"),
        S("sum", "各2场 x 3 + 3场 = 9场", [X(6), X(3)], X(9), True,
          "赴外 (长三角、珠三角、京津冀各2场 = 6场) + 本地 = 推介活动", nd=0, unit="场"),
        C("sum", "5次活动 = 5 signing counts listed (4、3、2、2、1个)", "5", "5", True, "values align with the events; 12 projects in all"),
        S("sum", "11批次 + 21批次 = 32批次", [X(11), X(21)], X(32), True, "主要领导 + 分管领导 = 区领导带队", nd=0, unit="批次"),
        S("sum", "48家 + 35家 + 22家 = 105家", [X(48), X(35), X(22)], X(105), True, "走访企业 by region", nd=0, unit="家"),
    ],
)

# ---------------------------------------------------------------- 06 梧岗县
R06 = dict(
    title="在全县招商引资工作推进会上的讲话", region="梧岗县", region_masked=False,
    period={"year": 2023, "from_month": 1, "to_month": 12, "label": "过去一年"},
    lines=[1, 17],
    notes="Fictional county; a 县委书记 speech dated 2024年2月28日 reviewing 过去一年 (2023: year computed from the "
          "written date, not guessed) and setting 2024 targets (measure target). Not facts: 一把手工程, “黄金二十条”, "
          "“1+N”, 十大产业链, 三个一批, 四大行动, 百日攻坚, 双过半, 十四五, 五个梧岗 (labels and slogans); the "
          "document numbers 梧发〔2023〕7号 and 梧办发〔2024〕3号; 几点意见; 连续两个季度 (a period); 排名后三位 "
          "(a selection with no figure of its own); '没有引进一个亿元以上项目' (一 as an article, negated); 一批项目. "
          "Counts that are facts: 4个乡镇 / 2家企业 speaking, 三次专题会议, 十一次 外出招商, 一百二十家 走访企业, "
          "两百余批次 客商 (other, approx). '投资超过10亿元' is a size class of the 2个.",
    facts=[
        F("4个", "4", "个", "other", "value", "交流发言的乡镇"),
        F("2家", "2", "家", "other", "value", "交流发言的企业"),
        F("三次", "3", "次", "other", "value", "县委常委会专题会议"),
        F("58个", "58", "个", "projects_signed", "value", None),
        F("126.4亿元", "126.4", "亿元", "projects_signed_investment", "value", None),
        F("23个", "23", "个", "projects_signed", "value", "亿元以上"),
        F("5个", "5", "个", "projects_signed", "yoy_abs", "亿元以上"),
        F("27.8%", "27.8", "%", "projects_signed", "yoy", "亿元以上"),
        F("39.7%", "39.7", "%", "projects_signed", "share", "亿元以上"),
        F("37.2亿元", "37.2", "亿元", "domestic_capital_actual", "value", "县外"),
        F("15.3%", "15.3", "%", "domestic_capital_actual", "yoy", "县外"),
        F("第一", "1", None, "domestic_capital_actual", "rank", "县外; 增速; 全市"),
        F("十一次", "11", "次", "outreach_trips", "value", "县委书记和县长带头"),
        F("一百二十家", "120", "家", "firms_visited", "value", "县委书记和县长带头"),
        F("两百余批次", "200", "批次", "other", "value", "邀请客商来梧考察", a=True),
        F("8个", "8", "个", "other", "value", "产业链招商专班"),
        F("4支", "4", "支", "other", "value", "驻外招商小分队"),
        F("316条", "316", "条", "other", "value", "有效招商信息"),
        F("19个", "19", "个", "projects_started", "value", "“百日攻坚”行动"),
        F("28.7亿元", "28.7", "亿元", "fixed_asset_investment", "value", "“百日攻坚”行动; 完成投资"),
        # 二、差距
        F("2个", "2", "个", "projects_signed", "value", "投资超过10亿元"),
        F("41.4%", "41.4", "%", "projects_signed", "share", "制造业"),
        F("12.6个百分点", "-12.6", "个百分点", "projects_signed", "pp_change", "制造业项目占比低于全市平均水平"),
        # 三、目标任务
        F("60个", "60", "个", "projects_signed", "target", "2024年确保"),
        F("70个", "70", "个", "projects_signed", "target", "2024年力争"),
        F("42亿元", "42", "亿元", "domestic_capital_actual", "target", "县外; 2024年", a=True),
        F("2次", "2", "次", "outreach_trips", "target", "每位县级领导每季度", a=True),
        F("1批次", "1", "批次", "other", "target", "每位县级领导每月接待客商", a=True),
        F("1个", "1", "个", "projects_signed", "target", "每条产业链年内; 亿元以上", a=True),
    ],
    projects=[], organizations=[],
    checks=[
        K("yoy", "23个, 比上年多5个 -> 5 / (23 - 5) = 27.8%", pct(X(5) / X(18)), "27.8", True,
          "last year's 18 亿元以上 projects implied"),
        K("share", "23个 / 58个 = 39.7%", pct(X(23) / X(58)), "39.7", True, "39.655% rounds to 39.7%"),
    ],
)

# ---------------------------------------------------------------- 07 溱阳市
R07 = dict(
    title="溱阳市2024年一季度招商引资工作情况通报", region="溱阳市", region_masked=False,
    period={"year": 2024, "from_month": 1, "to_month": 3, "label": "一季度"},
    lines=[1, 24],
    notes="Fictional city and counties. Declines are negative (下降, 减少); '降幅收窄' is a positive pp_change "
          "(the yoy rose); '增幅回落5.8个百分点' and comparisons written '低于/比…低' are negative pp_change, "
          "'高于全省1.5个百分点' positive. '低于序时进度3.7个百分点': one quarter is 25% of the year. "
          "Restated figures in 三、存在问题 are facts again. '8%左右' is approx like 约. "
          "'完成全年目标的50%以上' is a target of the completion share (measure target, unit %). 溱川县、望澜县 "
          "'实际使用外资为0' is a bare zero (unit null, USD).",
    facts=[
        F("4260万美元", "4260", "万美元", "fdi_actual", "value", None),
        F("18.4%", "-18.4", "%", "fdi_actual", "yoy", None),
        F("6.3个百分点", "6.3", "个百分点", "fdi_actual", "pp_change", "降幅较1-2月收窄"),
        F("9.1个百分点", "-9.1", "个百分点", "fdi_actual", "pp_change", "增速低于全省平均水平"),
        F("2亿美元", "2", "亿美元", "fdi_actual", "target", "全年目标"),
        F("21.3%", "21.3", "%", "fdi_actual", "completion", "全年目标"),
        F("3.7个百分点", "-3.7", "个百分点", "fdi_actual", "pp_change", "完成率低于序时进度"),
        F("12家", "12", "家", "fdi_enterprises_new", "value", None),
        F("5家", "-5", "家", "fdi_enterprises_new", "yoy_abs", None),
        F("29.4%", "-29.4", "%", "fdi_enterprises_new", "yoy", None),
        F("1.07亿美元", "1.07", "亿美元", "fdi_contracted", "value", None),
        F("3.9%", "3.9", "%", "fdi_contracted", "yoy", None),
        F("118.6亿元", "118.6", "亿元", "domestic_capital_actual", "value", "市外境内"),
        F("4.2%", "4.2", "%", "domestic_capital_actual", "yoy", "市外境内"),
        F("5.8个百分点", "-5.8", "个百分点", "domestic_capital_actual", "pp_change", "增幅比去年同期回落"),
        F("1.5个百分点", "1.5", "个百分点", "domestic_capital_actual", "pp_change", "增幅高于全省"),
        F("520亿元", "520", "亿元", "domestic_capital_actual", "target", "市外境内; 全年目标"),
        F("22.8%", "22.8", "%", "domestic_capital_actual", "completion", "市外境内; 全年目标"),
        F("48个", "48", "个", "projects_signed", "value", None),
        F("9个", "-9", "个", "projects_signed", "yoy_abs", None),
        F("15.8%", "-15.8", "%", "projects_signed", "yoy", None),
        F("26个", "26", "个", "projects_signed", "value", "亿元以上"),
        F("4个", "-4", "个", "projects_signed", "yoy_abs", "亿元以上"),
        F("15.4%", "-15.4", "%", "projects_signed", "yoy", "亿元以上"),
        F("186.3亿元", "186.3", "亿元", "projects_signed_investment", "value", None),
        F("11.7%", "-11.7", "%", "projects_signed_investment", "yoy", None),
        F("8.2个百分点", "8.2", "个百分点", "projects_signed_investment", "pp_change", "降幅比1-2月收窄"),
        F("31个", "31", "个", "projects_started", "value", None),
        F("3个", "3", "个", "projects_started", "yoy_abs", None),
        F("92.4亿元", "92.4", "亿元", "projects_started_investment", "value", None),
        F("6.5%", "6.5", "%", "projects_started_investment", "yoy", None),
        F("64个", "64", "个", "projects_negotiating", "value", None),
        F("275亿元", "275", "亿元", "projects_negotiating_investment", "value", "意向投资"),
        # 二、县（市、区）
        F("1580万美元", "1580", "万美元", "fdi_actual", "value", "溱浦区"),
        F("960万美元", "960", "万美元", "fdi_actual", "value", "溱滨区"),
        F("720万美元", "720", "万美元", "fdi_actual", "value", "溱岭县"),
        F("76.5%", "76.5", "%", "fdi_actual", "share", "溱浦区、溱滨区、溱岭县合计"),
        F("0", "0", None, "fdi_actual", "value", "溱川县、望澜县(当季)", bu="USD", ctx="外资为0"),
        F("5个", "5", "个", "other", "value", "到位资金同比下降的县（市、区）"),
        F("23.6%", "-23.6", "%", "domestic_capital_actual", "yoy", "市外境内; 溱岭县(降幅最大)"),
        # 三、存在问题
        F("18.4%", "-18.4", "%", "fdi_actual", "yoy", None),
        F("9.1个百分点", "-9.1", "个百分点", "fdi_actual", "pp_change", "增速比全省平均水平低"),
        F("4个", "-4", "个", "projects_signed", "yoy_abs", "亿元以上"),
        # 四、全年目标
        F("2亿美元", "2", "亿美元", "fdi_actual", "target", "全年目标"),
        F("520亿元", "520", "亿元", "domestic_capital_actual", "target", "市外境内; 全年目标"),
        F("120个", "120", "个", "projects_signed", "target", "亿元以上; 力争"),
        F("100个", "100", "个", "projects_started", "target", "确保", a=True),
        F("50%", "50", "%", "fdi_actual", "target", "上半年完成全年目标的比例", a=True),
        F("8%", "8", "%", "domestic_capital_actual", "target", "市外境内; 上半年增速回升至", a=True),
    ],
    projects=[], organizations=[],
    checks=[
        K("completion", "4260万美元 / 2亿美元 = 21.3%", pct(P("4260") / X("20000")), "21.3", True),
        K("ratio", "21.3% - 序时进度 25% = -3.7个百分点", P("21.3") - X("25"), "-3.7", True, "one quarter = 25%", unit="pp"),
        K("yoy", "12家, 同比减少5家 -> -5 / 17 = -29.4%", pct(X(-5) / X(17)), "-29.4", True),
        K("completion", "118.6亿元 / 520亿元 = 22.8%", pct(P("118.6") / X("520")), "22.8", True),
        K("yoy", "48个, 同比减少9个 -> -9 / 57 = -15.8%", pct(X(-9) / X(57)), "-15.8", True),
        K("yoy", "26个, 同比减少4个 -> -4 / 30 = -15.4%", pct(X(-4) / X(30)), "-15.4", False,
          "a fall of 4 from 30 is -13.3%; -15.4% would mean a fall of 4 from 26 (dividing by this year's count)"),
        K("share", "(1580 + 960 + 720)万美元 / 4260万美元 = 76.5%",
          pct((P("1580") + P("960") + P("720")) / P("4260")), "76.5", True),
    ],
)

# ---------------------------------------------------------------- 08 ××县 (masked)
R08 = dict(
    title="××县202×年1-9月招商引资工作情况", region=None, region_masked=True,
    period={"year": None, "from_month": 1, "to_month": 9, "label": "1-9月"},
    lines=[1, 27],
    notes="County masked as ××县 and year masked as 202×年 (not facts). Masks of several kinds: XX, XX.X, **, *, "
          "*****, ××, ×××, a full-width blank before % (text '\\u3000%'), one blank before 个 and two blanks before 亿元 "
          "(the blank characters are the text, as in seed 004). 第×位 is a redacted rank (unit 位). "
          "'年产XX万套' is a capacity inside a project name (not a fact); the project is listed with its masked "
          "company prefix as written. '低于60%' selects towns and has no figure of its own. "
          "Table: the text of a cell is the bare cell; its unit comes from the column header (个, 万元, %); scope is "
          "the row label ('合计' for the total row). 到位资金完成率 is domestic_capital_actual completion. "
          "The masked prose totals are revealed by the table (新签约 29个, 到位 14.87亿元), but no check is "
          "recorded against a mask.",
    facts=[
        F("XX个", None, "个", "projects_signed", "value", None),
        F("**亿元", None, "亿元", "projects_signed_investment", "value", None),
        F("\u3000%", None, "%", "projects_signed_investment", "yoy", None),
        F("*个", None, "个", "projects_signed", "value", "亿元以上"),
        F("XX.X亿元", None, "亿元", "domestic_capital_actual", "value", "县外"),
        F("××%", None, "%", "domestic_capital_actual", "completion", "县外; 全年任务"),
        F("第×位", None, "位", "domestic_capital_actual", "rank", "县外; 全市"),
        F("**万美元", None, "万美元", "fdi_actual", "value", None),
        F("X.X%", None, "%", "fdi_actual", "yoy", "同比下降"),
        F("21个", "21", "个", "projects_started", "value", None),
        F("XX%", None, "%", "projects_started", "share", "开工率"),
        F(" 个", None, "个", "projects_completed", "value", None, ctx="竣工投产项目 个"),
        # 二、
        F("××%", None, "%", "domestic_capital_actual", "share", "县外; 县经济开发区"),
        # 三、重点项目
        F("XX亿元", None, "亿元", "other", "value", "总投资: ××新能源科技有限公司年产XX万套汽车线束项目"),
        F("*****万元", None, "万元", "other", "value", "总投资: 蓼塘镇高山茶旅融合项目"),
        F("1260万元", "1260", "万元", "other", "value", "完成投资: 蓼塘镇高山茶旅融合项目"),
        F("3.6亿元", "3.6", "亿元", "other", "value", "计划总投资: 枧溪镇竹木精深加工产业园项目"),
        F("×××亩", None, "亩", "land_area", "value", "需用地: 枧溪镇竹木精深加工产业园项目"),
        # 四、下步打算
        F("**个", None, "个", "projects_signed", "target", "第四季度"),
        F("  亿元", None, "亿元", "domestic_capital_actual", "target", "县外; 第四季度"),
        F("100%", "100", "%", "domestic_capital_actual", "target", "全年完成任务", a=True),
        # 附表
        F("12", "12", "个", "projects_signed", "value", "县经济开发区", cell=True, ctx="县经济开发区\t"),
        F("286500", "286500", "万元", "projects_signed_investment", "value", "县经济开发区", cell=True),
        F("91200", "91200", "万元", "domestic_capital_actual", "value", "县经济开发区", cell=True),
        F("8", "8", "个", "projects_started", "value", "县经济开发区", cell=True),
        F("76.0", "76.0", "%", "domestic_capital_actual", "completion", "县经济开发区", cell=True),
        F("5", "5", "个", "projects_signed", "value", "枧溪镇", cell=True, ctx="枧溪镇\t"),
        F("42300", "42300", "万元", "projects_signed_investment", "value", "枧溪镇", cell=True),
        F("15600", "15600", "万元", "domestic_capital_actual", "value", "枧溪镇", cell=True),
        F("4", "4", "个", "projects_started", "value", "枧溪镇", cell=True),
        F("65.0", "65.0", "%", "domestic_capital_actual", "completion", "枧溪镇", cell=True),
        F("4", "4", "个", "projects_signed", "value", "蓼塘镇", cell=True, ctx="蓼塘镇\t"),
        F("31800", "31800", "万元", "projects_signed_investment", "value", "蓼塘镇", cell=True),
        F("12900", "12900", "万元", "domestic_capital_actual", "value", "蓼塘镇", cell=True),
        F("3", "3", "个", "projects_started", "value", "蓼塘镇", cell=True),
        F("71.7", "71.7", "%", "domestic_capital_actual", "completion", "蓼塘镇", cell=True),
        F("3", "3", "个", "projects_signed", "value", "澍田乡", cell=True, ctx="澍田乡\t"),
        F("18600", "18600", "万元", "projects_signed_investment", "value", "澍田乡", cell=True),
        F("6300", "6300", "万元", "domestic_capital_actual", "value", "澍田乡", cell=True),
        F("2", "2", "个", "projects_started", "value", "澍田乡", cell=True),
        F("52.5", "52.5", "%", "domestic_capital_actual", "completion", "澍田乡", cell=True),
        F("2", "2", "个", "projects_signed", "value", "芩岭镇", cell=True, ctx="芩岭镇\t"),
        F("16400", "16400", "万元", "projects_signed_investment", "value", "芩岭镇", cell=True),
        F("5400", "5400", "万元", "domestic_capital_actual", "value", "芩岭镇", cell=True),
        F("2", "2", "个", "projects_started", "value", "芩岭镇", cell=True),
        F("54.0", "54.0", "%", "domestic_capital_actual", "completion", "芩岭镇", cell=True),
        F("3", "3", "个", "projects_signed", "value", "县文旅度假区", cell=True, ctx="县文旅度假区\t"),
        F("27500", "27500", "万元", "projects_signed_investment", "value", "县文旅度假区", cell=True),
        F("XX", None, "万元", "domestic_capital_actual", "value", "县文旅度假区", cell=True),
        F("2", "2", "个", "projects_started", "value", "县文旅度假区", cell=True),
        F("××", None, "%", "domestic_capital_actual", "completion", "县文旅度假区", cell=True),
        F("29", "29", "个", "projects_signed", "value", "合计", cell=True, ctx="合计\t"),
        F("425600", "425600", "万元", "projects_signed_investment", "value", "合计", cell=True),
        F("148700", "148700", "万元", "domestic_capital_actual", "value", "合计", cell=True),
        F("21", "21", "个", "projects_started", "value", "合计", cell=True),
        F("68.2", "68.2", "%", "domestic_capital_actual", "completion", "合计", cell=True),
    ],
    projects=["××新能源科技有限公司年产XX万套汽车线束项目", "蓼塘镇高山茶旅融合项目", "枧溪镇竹木精深加工产业园项目"],
    organizations=[],
    checks=[
        S("sum", "附表 签约项目 12 + 5 + 4 + 3 + 2 + 3 = 合计29个", [X(12), X(5), X(4), X(3), X(2), X(3)], X(29), True,
          nd=0, unit="个"),
        S("sum", "附表 协议投资 286500 + 42300 + 31800 + 18600 + 16400 + 27500 = 合计425600万元",
          [X(286500), X(42300), X(31800), X(18600), X(16400), X(27500)], X(425600), False,
          "the six rows add up to 423100万元, 2500万元 short of the 合计 row (cells read as exact 万元 amounts)",
          nd=0, unit="万元"),
        S("sum", "附表 开工项目 8 + 4 + 3 + 2 + 2 + 2 = 合计21个 = 正文新开工项目21个",
          [X(8), X(4), X(3), X(2), X(2), X(2)], X(21), True, "also equals the 21个 in the text", nd=0, unit="个"),
    ],
)

FILES = {
    "01_lanjiang_jianbao.txt": [R01],
    "02_yuchuan_zongjie.txt": [R02],
    "03_hualing_shangbannian.txt": [R03],
    "04_mingquan_kaifaqu.txt": [R04],
    "05_nanxi_qiansanji.txt": [R05],
    "06_wugang_jianghua.txt": [R06],
    "07_qinyang_yijidu.txt": [R07],
    "08_masked_county.txt": [R08],
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


def build(verbose=False):
    os.makedirs(GOLD, exist_ok=True)
    for fn, reps in FILES.items():
        s = open(os.path.join(HERE, fn), encoding="utf-8").read()
        lo = line_offsets(s)
        out = {"file": fn, "reports": []}
        for r in reps:
            a, b = r["lines"]
            start = lo[a - 1]
            end = lo[b] if b < len(lo) else len(s)
            pos = start
            facts = []
            for f in r["facts"]:
                o = f["o"]
                frm = pos
                if "ctx" in o:
                    assert s.count(o["ctx"]) == 1, (fn, o["ctx"])
                    frm = max(pos, s.find(o["ctx"]))
                i = s.find(f["text"], frm)
                assert start <= i < end, (fn, f["text"], pos)
                if o.get("cell"):
                    assert s[i - 1] == "\t" and s[i + len(f["text"])] in "\t\n", (fn, f["text"], i)
                pos = i + len(f["text"])
                if verbose:
                    print("%5d %-14s| %s" % (i, f["text"], s[max(0, i - 14):i + len(f["text"]) + 4].replace("\n", "⏎")))
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
            out["reports"].append({
                "title": r["title"], "region": r["region"], "region_masked": r["region_masked"],
                "period": r["period"], "lines": r["lines"], "notes": r["notes"],
                "facts": facts, "projects": r["projects"], "organizations": r["organizations"],
                "checks": r["checks"]})
        with open(os.path.join(GOLD, fn[:-4] + ".json"), "w", encoding="utf-8") as w:
            w.write(dumps(out))
        rep = out["reports"][0]
        print(fn, len(rep["facts"]), "facts,", len(rep["checks"]), "checks,",
              sum(1 for c in rep["checks"] if c["consistent"] is False), "inconsistent")


if __name__ == "__main__":
    import sys
    build(verbose="-v" in sys.argv)
