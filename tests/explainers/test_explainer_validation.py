"""Parameter validation: every problem as `posts/<file>:<line>: <block>.<parameter>: message`."""
import textwrap

from feder.explainers import scan, validate_posts
from feder.explainers.bani import BaniParams
from feder.explainers.funnel import FunnelParams
from feder.explainers.stakeholders import Stakeholder

PATH = "posts/bani-kunden.de.md"


def problems(markdown, first_line=1):
    return [str(p) for p in scan(textwrap.dedent(markdown), path=PATH, first_line=first_line).problems]


def test_empty_blocks_get_the_defaults():
    result = scan("```bani\n```\n\n```funnel\n```\n\n```stakeholders\n```\n\n```qualification\n```\n", path=PATH)
    assert result.problems == []
    assert [b.name for b in result.blocks] == ["bani", "funnel", "stakeholders", "qualification"]
    assert result.blocks[0].params == BaniParams()
    assert result.blocks[1].params == FunnelParams()
    assert result.blocks[1].params.entry() == 3  # referred leads enter at SQL by default


def test_full_funnel_parameters_are_typed():
    (block,) = scan(textwrap.dedent("""\
        ```funnel
        visitors: 5000
        stages: [Besuch, Lead, Kunde]
        rates: [2.5, 10]
        deal_value: 12000
        lifetime_years: 4
        repeat_revenue: 3000
        referral_rate: 30
        leads_per_reference: 1.5
        referral_stage: Lead
        ```
        """), path=PATH).blocks
    p = block.params
    assert (p.visitors, p.stages, p.rates, p.deal_value) == (5000, ("Besuch", "Lead", "Kunde"), (2.5, 10.0), 12000.0)
    assert (p.lifetime_years, p.repeat_revenue, p.referral_rate) == (4, 3000, 30)
    assert (p.leads_per_reference, p.referral_stage) == (1.5, 1)


def test_rate_outside_0_to_100_names_block_item_and_line():
    assert problems("""\
        Text

        ```funnel
        rates: [5, 40, 120, 60, 25]
        ```
        """, first_line=7) == [f"{PATH}:10: funnel.rates (item 3): 120 is outside 0–100 (a percentage)"]


def test_negative_rate_and_rate_written_with_percent_sign():
    assert problems("""\
        ```funnel
        rates:
          - 5
          - -1
          - 50%
          - 60
          - 25
        ```
        """) == [
        f"{PATH}:4: funnel.rates (item 2): -1 is outside 0–100 (a percentage)",
        f'{PATH}:5: funnel.rates (item 3): expected a number (a percentage), got the text "50%"; '
        "write the number without the % sign: 50",
    ]


def test_unknown_key_suggests_the_right_one():
    (message,) = problems("```funnel\nvisitor: 5000\n```\n")
    assert message.startswith(f'{PATH}:2: funnel.visitor: unknown parameter; did you mean "visitors"? ')
    assert "takes: title, visitors, stages, rates" in message


def test_wrong_types():
    assert problems("""\
        ```funnel
        visitors: many
        deal_value: yes
        lifetime_years: 2.5
        stages: Awareness
        ```
        """) == [
        f'{PATH}:2: funnel.visitors: expected a whole number, got the text "many"',
        f"{PATH}:3: funnel.deal_value: expected a number (euros), got `yes`, which YAML reads as the boolean true",
        f"{PATH}:5: funnel.stages: expected a list (stages, one `- ` line each), got the text \"Awareness\"",
    ]


def test_visitors_must_be_whole():
    assert problems("```funnel\nvisitors: 10.5\n```\n") == [
        f"{PATH}:2: funnel.visitors: expected a whole number, got 10.5"
    ]


def test_rates_must_match_the_stages():
    assert problems("```funnel\nrates: [10, 20]\n```\n") == [
        f"{PATH}:2: funnel.rates: has 2 percentages, but the default stages need 5 (one per step between 6 stages)"
    ]
    assert problems("```funnel\nstages: [A, B, C]\n```\n") == [
        f"{PATH}:2: funnel.rates: missing: with 3 stages, give `rates` with 2 percentages, "
        "one per step from one stage to the next"
    ]


def test_yaml_syntax_error_has_the_file_line():
    (message,) = problems("Intro\n\n```qualification\nchecked: [budget, need\n```\n")
    assert message == (
        f"{PATH}:4: qualification.checked: the list opened with [ is not closed; end it with ] on the same line: "
        "checked: [budget, need]"
    )


def test_parameters_must_be_a_mapping():
    assert problems("```bani\n- brittle\n```\n") == [
        f"{PATH}:2: bani: parameters must be `key: value` lines, got a list"
    ]


def test_bani_selected_and_compare():
    assert problems("```bani\nselected: anxius\ncompare: maybe\n```\n") == [
        f'{PATH}:2: bani.selected: got the text "anxius"; did you mean "anxious"? '
        "choose one of: brittle, anxious, nonlinear, incomprehensible",
        f'{PATH}:3: bani.compare: expected true or false, got the text "maybe"',
    ]


def test_stakeholder_entries():
    result = scan(textwrap.dedent("""\
        ```stakeholders
        stakeholders:
          - {name: CFO, group: opinion leader, influence: High, support: low}
          - name: Vertrieb
            grup: agent
          - {name: IT, group: agent, influence: low, support: high}
        ```
        """), path=PATH)
    assert [str(p) for p in result.problems] == [
        f'{PATH}:3: stakeholders.stakeholders (item 1).group: got the text "opinion leader"; '
        'did you mean "opinion_leader"? choose one of: sponsor, advocate, agent, opinion_leader, influencer',
        f'{PATH}:3: stakeholders.stakeholders (item 1).influence: got the text "High"; '
        'did you mean "high"? choose one of: low, high',
        f"{PATH}:5: stakeholders.stakeholders (item 2).grup: unknown field; "
        "a stakeholder has: name, group, influence, support",
        f"{PATH}:4: stakeholders.stakeholders (item 2).group: missing",
        f"{PATH}:4: stakeholders.stakeholders (item 2).influence: missing",
        f"{PATH}:4: stakeholders.stakeholders (item 2).support: missing",
    ]
    (ok,) = scan(
        "```stakeholders\nstakeholders:\n  - {name: IT, group: agent, influence: low, support: high}\n```\n", path=PATH
    ).blocks
    assert ok.params.stakeholders == (Stakeholder("IT", "agent", "low", "high"),)


def test_qualification_checked_criteria():
    assert problems("```qualification\nchecked: [budget, money]\n```\n") == [
        f'{PATH}:2: qualification.checked (item 2): got the text "money"; '
        "choose one of: budget, authority, need, timing"
    ]


def test_unknown_explainer_name_close_to_a_real_one():
    assert problems("Text\n\n```funel\nvisitors: 3\n```\n") == [
        f'{PATH}:3: explainer: unknown explainer "funel"; did you mean "funnel"? Explainers: bani, funnel, '
        "stakeholders, qualification (lower case). For an ordinary code block, name its language (e.g. `text`)."
    ]


def test_ordinary_code_blocks_and_examples_inside_code_blocks_are_left_alone():
    assert problems("```python\nprint(1)\n```\n\n````markdown\n```funel\nvisitors: -1\n```\n````\n") == []


def test_parameters_after_the_name_and_unclosed_blocks():
    assert problems("```funnel visitors=3\n```\n\n```bani\n") == [
        f"{PATH}:1: funnel: write the parameters as YAML inside the block, not after the name: "
        "open the block with ```funnel and nothing else on that line (found `funnel visitors=3`)",
        f"{PATH}:4: bani: the block is not closed; end it with a line of the same fence (e.g. ```) "
        "at the same indentation as the opening line",
    ]


def test_validate_posts_reports_every_problem_of_every_post():
    class Post:
        def __init__(self, path, body, body_line):
            self.path, self.body, self.body_line = path, body, body_line

    posts = [
        Post("posts/a.de.md", "```funnel\nreferral_rate: 101\n```\n", 6),
        Post("posts/a.en.md", "```bani\n```\n", 5),
        Post("posts/b.de.md", "```Funnel\n```\n", 4),
    ]
    assert [str(p) for p in validate_posts(posts)] == [
        "posts/a.de.md:7: funnel.referral_rate: 101 is outside 0–100 (a percentage)",
        'posts/b.de.md:4: explainer: unknown explainer "Funnel"; did you mean "funnel"? Explainers: bani, funnel, '
        "stakeholders, qualification (lower case). For an ordinary code block, name its language (e.g. `text`).",
    ]
