"""The `funnel` explainer: parameters and the view the template renders."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from feder.content.yamltext import YamlValue
from feder.explainers import funnel_model
from feder.explainers.i18n import Strings
from feder.explainers.numbers import format_money, format_number, format_percent, style
from feder.explainers.schema import Checker

NAME = "funnel"
PARAMETERS = (
    "title", "visitors", "stages", "rates", "deal_value", "lifetime_years",
    "repeat_revenue", "referral_rate", "leads_per_reference", "referral_stage",
)
DEFAULT_RATES: tuple[float, ...] = (5.0, 40.0, 50.0, 60.0, 25.0)
MAX_VISITORS = 1_000_000_000
MAX_MONEY = 1_000_000_000
MAX_STAGES = 10


@dataclass(frozen=True)
class FunnelParams:
    title: str | None = None
    visitors: int = 10_000
    stages: tuple[str, ...] | None = None
    """None: the localised default stages (Awareness … Customer)."""
    rates: tuple[float, ...] = DEFAULT_RATES
    deal_value: float = 5_000
    lifetime_years: float = 3
    repeat_revenue: float = 2_000
    referral_rate: float = 20
    leads_per_reference: float = 2
    referral_stage: int | None = None
    """0-based index of the stage where referred leads enter; None: `default_entry`."""

    def entry(self) -> int:
        if self.referral_stage is not None:
            return self.referral_stage
        return default_entry(len(self.stages) if self.stages is not None else len(DEFAULT_RATES) + 1)

    def stage_names(self, strings: Strings) -> tuple[str, ...]:
        return self.stages if self.stages is not None else tuple(strings.raw("funnel.default_stages"))

    def scenario(self) -> funnel_model.Scenario:
        return funnel_model.Scenario(
            visitors=self.visitors, rates=self.rates, deal_value=self.deal_value,
            lifetime_years=self.lifetime_years, repeat_revenue=self.repeat_revenue,
            referral_rate=self.referral_rate, leads_per_reference=self.leads_per_reference,
            referral_entry=self.entry(),
        )


def default_entry(stage_count: int) -> int:
    """Referred leads come with trust and a need, so they skip the top of the funnel:
    by default they enter three stages before the customer (SQL in the default stages),
    but never at the very first stage."""
    return max(1, stage_count - 3)


def parse(check: Checker, root: YamlValue | None) -> FunnelParams | None:
    given = check.parameters(root, PARAMETERS)
    before = len(check.problems)
    values: dict[str, Any] = {}
    if "title" in given:
        values["title"] = check.text(given["title"], "title")
    if "visitors" in given:
        visitors = check.number(given["visitors"], "visitors", minimum=1, maximum=MAX_VISITORS, whole=True)
        values["visitors"] = None if visitors is None else int(visitors)
    for money in ("deal_value", "repeat_revenue"):
        if money in given:
            values[money] = check.number(given[money], money, minimum=0, maximum=MAX_MONEY, unit=" (euros)")
    if "lifetime_years" in given:
        values["lifetime_years"] = check.number(
            given["lifetime_years"], "lifetime_years", minimum=1, maximum=50, unit=" (years)"
        )
    if "referral_rate" in given:
        values["referral_rate"] = check.percent(given["referral_rate"], "referral_rate")
    if "leads_per_reference" in given:
        values["leads_per_reference"] = check.number(
            given["leads_per_reference"], "leads_per_reference", minimum=0, maximum=100
        )

    stages = _stages(check, given.get("stages"))
    stage_count = len(stages) if stages else len(DEFAULT_RATES) + 1
    if stages is not None:
        values["stages"] = tuple(stages)
    if "rates" in given:
        rates = _rates(check, given["rates"], stage_count, stages_given="stages" in given)
        if rates is not None:
            values["rates"] = tuple(rates)
    elif "stages" in given and stage_count != len(DEFAULT_RATES) + 1:
        check.report(
            given["stages"].line, "rates",
            f"missing: with {stage_count} stages, give `rates` with {stage_count - 1} percentages, "
            "one per step from one stage to the next",
        )
    if "referral_stage" in given:
        values["referral_stage"] = _referral_stage(check, given["referral_stage"], stages, stage_count)

    if len(check.problems) > before or any(value is None for value in values.values()):
        return None
    return FunnelParams(**values)


def _stages(check: Checker, value: YamlValue | None) -> list[str] | None:
    if value is None:
        return None
    items = check.items(value, "stages", minimum=2, maximum=MAX_STAGES, what="stages")
    if items is None:
        return None
    return check.each(items, lambda item, n: check.text(item, "stages", max_length=40, item=n))


def _rates(check: Checker, value: YamlValue, stage_count: int, *, stages_given: bool) -> list[float] | None:
    if value.kind == "list" and len(value.items) != stage_count - 1:
        whose = "the stages given" if stages_given else "the default stages"
        check.report(
            value.line, "rates",
            f"has {len(value.items)} percentages, but {whose} need {stage_count - 1} "
            f"(one per step between {stage_count} stages)",
        )
        return None
    items = check.items(value, "rates", minimum=1, maximum=MAX_STAGES - 1, what="percentages")
    if items is None:
        return None
    return check.each(items, lambda item, n: check.percent(item, "rates", item=n))


def _referral_stage(check: Checker, value: YamlValue, stages: list[str] | None, stage_count: int) -> int | None:
    """A stage number (1 = first stage) or a stage name from `stages`; not the last stage."""
    v = value.value
    if isinstance(v, int) and not isinstance(v, bool):
        if 1 <= v < stage_count:
            return v - 1
        check.report(value.line, "referral_stage", f"{v} is outside 1–{stage_count - 1} "
                     "(the stage number where referred leads enter; not the last stage)")
        return None
    if isinstance(v, str) and stages is not None and v in stages[:-1]:
        return stages.index(v)
    known = ", ".join(stages[:-1]) if stages is not None else ""
    names = f" or one of: {known}" if known else " (name a stage only when you give `stages`)"
    check.report(value.line, "referral_stage", f"got {v!r}; give a stage number from 1 to {stage_count - 1}{names}")
    return None


def view(params: FunnelParams, strings: Strings) -> dict[str, Any]:
    """Everything the template shows: labels, formatted numbers, the data for the script."""
    stages = params.stage_names(strings)
    result = funnel_model.compute(params.scenario())
    steps = _steps(params, stages, strings)
    loop_text, cap_text = _loop_texts(params, result, stages, strings)
    return {
        "stages": stages,
        "steps": steps,
        "rows": _rows(stages, result.counts, steps, strings.lang),
        "params": params,
        "visitors_text": format_number(params.visitors, strings.lang),
        "results": _results(result, strings.lang),
        "loop_text": loop_text,
        "cap_text": cap_text,
        "script_data": _script_data(params, stages, strings),
    }


def _steps(params: FunnelParams, stages: tuple[str, ...], strings: Strings) -> list[dict[str, Any]]:
    """One per conversion from a stage to the next: its labels and rate."""
    return [
        {
            "index": index,
            "label": strings("funnel.rate", **{"from": stages[index], "to": stages[index + 1]}),
            "range_label": strings("funnel.rate_range", **{"from": stages[index], "to": stages[index + 1]}),
            "rate": rate,
            "rate_text": format_percent(rate, strings.lang),
        }
        for index, rate in enumerate(params.rates)
    ]


def _rows(
    stages: tuple[str, ...], counts: tuple[float, ...], steps: list[dict[str, Any]], lang: str,
) -> list[dict[str, Any]]:
    """One per stage: its count, its bar and the rate into the next stage."""
    top = counts[0]
    return [
        {
            "name": name,
            "count": format_number(count, lang),
            "bar": bar_width(count, top),
            "rate_text": steps[index]["rate_text"] if index < len(steps) else "",
        }
        for index, (name, count) in enumerate(zip(stages, counts, strict=True))
    ]


def _loop_texts(
    params: FunnelParams, result: funnel_model.FunnelResult, stages: tuple[str, ...], strings: Strings,
) -> tuple[str, str]:
    """What the referral loop does, and where its rounds end."""
    lang, loop = strings.lang, result.loop
    loop_text = strings(
        "funnel.loop_explained",
        customers=format_number(result.customers, lang),
        referral_rate=format_percent(params.referral_rate, lang),
        leads_per_reference=format_number(params.leads_per_reference, lang),
        entry=stages[params.entry()],
        entry_conversion=format_percent(loop.entry_conversion, lang),
        factor=format_number(loop.factor, lang, 3),
    )
    if loop.limit is not None:
        cap_text = strings("funnel.loop_cap_converging", rounds=loop.rounds, limit=format_number(loop.limit, lang))
    else:
        cap_text = strings("funnel.loop_cap_diverging", rounds=loop.rounds)
    return loop_text, cap_text


def _results(result: funnel_model.FunnelResult, lang: str) -> dict[str, str]:
    loop = result.loop

    def money(value: float) -> str:
        return format_money(value, lang)

    return {
        "overall": format_percent(result.overall_conversion, lang, 3),
        "customers": format_number(result.customers, lang),
        "first_year_revenue": money(result.first_year_revenue),
        "clv": money(result.customer_lifetime_value),
        "lifetime_revenue": money(result.lifetime_revenue),
        "references": format_number(loop.references, lang),
        "factor": format_number(loop.factor, lang, 3),
        "extra_customers": format_number(loop.extra_customers, lang),
        "extra_revenue": money(loop.extra_lifetime_revenue),
        "total_customers": format_number(result.customers + loop.extra_customers, lang),
    }


def _script_data(params: FunnelParams, stages: tuple[str, ...], strings: Strings) -> dict[str, Any]:
    """The numbers and texts the script recomputes the explainer from."""
    return {
        "defaults": {
            "visitors": params.visitors,
            "rates": list(params.rates),
            "deal_value": params.deal_value,
            "lifetime_years": params.lifetime_years,
            "repeat_revenue": params.repeat_revenue,
            "referral_rate": params.referral_rate,
            "leads_per_reference": params.leads_per_reference,
        },
        "entry": params.entry(),
        "rounds": funnel_model.MAX_REFERRAL_ROUNDS,
        "stages": list(stages),
        "number": style(strings.lang).as_json(),
        "text": {
            "loop_explained": strings.raw("funnel.loop_explained"),
            "loop_cap_converging": strings.raw("funnel.loop_cap_converging"),
            "loop_cap_diverging": strings.raw("funnel.loop_cap_diverging"),
        },
        "limits": {"visitors": MAX_VISITORS, "money": MAX_MONEY, "years": 50, "leads": 100},
    }


def bar_width(count: float, top: float) -> float:
    """Bar length in percent on a log scale: 10,000 and 15 both stay visible."""
    if top <= 0 or count <= 0:
        return 0.0
    return round(100 * math.log10(count + 1) / math.log10(top + 1), 2)
