"""The numbers behind the funnel and the lead category."""
import pytest

from feder.explainers.funnel_model import (
    MAX_REFERRAL_ROUNDS,
    Scenario,
    compute,
    customer_lifetime_value,
    geometric_sum,
    referral_loop,
    stage_counts,
)
from feder.explainers.qualification import category, missing

DEFAULT = Scenario(
    visitors=10_000, rates=(5, 40, 50, 60, 25), deal_value=5_000, lifetime_years=3,
    repeat_revenue=2_000, referral_rate=20, leads_per_reference=2, referral_entry=1,
)


def test_stage_counts_apply_each_rate_to_the_previous_stage():
    assert stage_counts(10_000, (5, 40, 50, 60, 25)) == pytest.approx((10_000, 500, 200, 100, 60, 15))


def test_funnel_totals():
    result = compute(DEFAULT)
    assert result.customers == pytest.approx(15)
    assert result.overall_conversion == pytest.approx(0.15)
    assert result.first_year_revenue == pytest.approx(75_000)
    assert result.customer_lifetime_value == 9_000  # 5,000 + 2 further years × 2,000
    assert result.lifetime_revenue == pytest.approx(135_000)


def test_clv_counts_repeat_revenue_only_after_the_first_year():
    assert customer_lifetime_value(5_000, 1, 2_000) == 5_000
    assert customer_lifetime_value(5_000, 2.5, 2_000) == 8_000


def test_zero_rate_means_no_customers_and_no_loop():
    result = compute(Scenario(1000, (10, 0), 100, 1, 0, 50, 3, 1))
    assert result.customers == 0 and result.loop.extra_customers == 0


def test_referral_loop_is_a_geometric_series():
    # 15 customers, 20 % become references with 2 leads each; referred leads enter at
    # "Lead" and convert 40 % × 50 % × 60 % × 25 % = 3 %: loop factor 0.2 × 2 × 0.03 = 0.012.
    loop = compute(DEFAULT).loop
    assert loop.references == pytest.approx(3)
    assert loop.referred_leads == pytest.approx(6)
    assert loop.entry_conversion == pytest.approx(3)
    assert loop.factor == pytest.approx(0.012)
    assert loop.extra_customers == pytest.approx(15 * sum(0.012**k for k in range(1, 11)))
    assert loop.limit == pytest.approx(15 * 0.012 / 0.988)
    assert loop.extra_lifetime_revenue == pytest.approx(loop.extra_customers * 9_000)
    assert loop.converges and loop.rounds == MAX_REFERRAL_ROUNDS


def test_referral_loop_is_capped_when_it_would_not_converge():
    loop = referral_loop(10, (50, 100), referral_rate=100, leads_per_reference=3, entry=1, lifetime_value=1)
    assert loop.factor == 3
    assert loop.limit is None and not loop.converges
    assert loop.extra_customers == pytest.approx(10 * sum(3**k for k in range(1, MAX_REFERRAL_ROUNDS + 1)))


def test_geometric_sum():
    assert geometric_sum(0.5, 3) == 0.875
    assert geometric_sum(1, 4) == 4
    assert geometric_sum(0, 10) == 0


@pytest.mark.parametrize("met, expected", [
    ({"budget", "authority", "need", "timing"}, "A"),
    ({"budget", "need", "timing"}, "B"),
    ({"need", "timing"}, "B"),
    ({"need"}, "C"),
    (set(), "C"),
])
def test_qualification_category(met, expected):
    assert category(met) == expected


def test_qualification_missing_keeps_the_bunt_order():
    assert missing({"need"}) == ["budget", "authority", "timing"]
