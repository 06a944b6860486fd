"""The sales funnel as numbers: counts per stage, revenue, lifetime value, referrals.

assets/funnel.js repeats these formulas in the same order of operations, so the
browser shows the same numbers as the server-rendered table; the browser tests
compare the two.
"""
from __future__ import annotations

from dataclasses import dataclass
from math import prod

MAX_REFERRAL_ROUNDS = 10
"""The referral loop is summed over at most this many rounds: with a loop factor of
1 or more the series would never end, and even below 1 later rounds are noise."""


@dataclass(frozen=True)
class Scenario:
    visitors: float
    rates: tuple[float, ...]
    """Conversion per step in percent, one fewer than the stages."""
    deal_value: float
    lifetime_years: float
    repeat_revenue: float
    referral_rate: float
    """Percent of won customers who become references."""
    leads_per_reference: float
    referral_entry: int
    """0-based index of the stage where referred leads enter the funnel."""


@dataclass(frozen=True)
class ReferralLoop:
    references: float
    referred_leads: float
    entry_conversion: float
    """Percent of referred leads who become customers (from the entry stage on)."""
    factor: float
    """New customers that one customer brings through referrals (the series' ratio)."""
    rounds: int
    extra_customers: float
    extra_lifetime_revenue: float
    limit: float | None
    """The infinite series' sum when it converges (factor < 1), else None."""

    @property
    def converges(self) -> bool:
        return self.limit is not None


@dataclass(frozen=True)
class FunnelResult:
    counts: tuple[float, ...]
    overall_conversion: float
    """Percent of the starting volume that becomes customers."""
    customers: float
    first_year_revenue: float
    customer_lifetime_value: float
    lifetime_revenue: float
    loop: ReferralLoop


def stage_counts(visitors: float, rates: tuple[float, ...]) -> tuple[float, ...]:
    counts = [float(visitors)]
    for rate in rates:
        counts.append(counts[-1] * rate / 100)
    return tuple(counts)


def customer_lifetime_value(deal_value: float, lifetime_years: float, repeat_revenue: float) -> float:
    """The first deal, then repeat revenue for each year after the first."""
    return deal_value + repeat_revenue * max(lifetime_years - 1, 0)


def geometric_sum(factor: float, rounds: int) -> float:
    """factor + factor² + … + factor^rounds.

    Summed term by term rather than by the closed form: only multiplications and
    additions, so JavaScript gets bit-identical results (pow() may differ by an ulp).
    """
    total = 0.0
    term = 1.0
    for _ in range(rounds):
        term *= factor
        total += term
    return total


def referral_loop(
    customers: float, rates: tuple[float, ...], referral_rate: float,
    leads_per_reference: float, entry: int, lifetime_value: float,
    rounds: int = MAX_REFERRAL_ROUNDS,
) -> ReferralLoop:
    references = customers * referral_rate / 100
    referred_leads = references * leads_per_reference
    entry_share = prod(rate / 100 for rate in rates[entry:])
    factor = referral_rate / 100 * leads_per_reference * entry_share
    extra = customers * geometric_sum(factor, rounds)
    limit = customers * factor / (1 - factor) if factor < 1 else None
    return ReferralLoop(
        references=references,
        referred_leads=referred_leads,
        entry_conversion=entry_share * 100,
        factor=factor,
        rounds=rounds,
        extra_customers=extra,
        extra_lifetime_revenue=extra * lifetime_value,
        limit=limit,
    )


def compute(scenario: Scenario) -> FunnelResult:
    counts = stage_counts(scenario.visitors, scenario.rates)
    customers = counts[-1]
    clv = customer_lifetime_value(scenario.deal_value, scenario.lifetime_years, scenario.repeat_revenue)
    return FunnelResult(
        counts=counts,
        overall_conversion=customers / scenario.visitors * 100 if scenario.visitors else 0.0,
        customers=customers,
        first_year_revenue=customers * scenario.deal_value,
        customer_lifetime_value=clv,
        lifetime_revenue=customers * clv,
        loop=referral_loop(
            customers, scenario.rates, scenario.referral_rate,
            scenario.leads_per_reference, scenario.referral_entry, clv,
        ),
    )
