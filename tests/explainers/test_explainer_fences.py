"""Finding fenced blocks as SuperFences would, with file line numbers."""
from feder.explainers.fences import find_fences


def test_backtick_and_tilde_fences_with_file_lines():
    text = "Intro\n\n```funnel\nvisitors: 5\n```\n\n~~~bani\n~~~\n"
    fences = find_fences(text, first_line=10)
    assert [(f.name, f.line, f.body, f.closed) for f in fences] == [
        ("funnel", 12, "visitors: 5", True),
        ("bani", 16, "", True),
    ]
    assert fences[0].body_line == 13


def test_fence_inside_a_longer_fence_is_content_not_a_block():
    text = "````markdown\n```funnel\nvisitors: 3\n```\n````\n\n```bani\n```\n"
    fences = find_fences(text)
    assert [f.name for f in fences] == ["markdown", "bani"]
    assert "```funnel" in fences[0].body


def test_tilde_fence_is_not_closed_by_backticks():
    text = "~~~text\n```funnel\n```\n~~~\n"
    fences = find_fences(text)
    assert [(f.name, f.closed) for f in fences] == [("text", True)]


def test_indented_fence_in_a_list_item_keeps_its_prefix_and_strips_indentation():
    text = "- item\n\n    ```funnel\n    visitors: 7\n      # nested\n    ```\n"
    (fence,) = find_fences(text)
    assert fence.prefix == "    "
    assert fence.body == "visitors: 7\n  # nested"
    assert (fence.start, fence.end) == (2, 6)


def test_closing_fence_must_have_the_same_length():
    text = "```funnel\n````\n```\n"
    (fence,) = find_fences(text)
    assert fence.closed and fence.body == "````"


def test_unclosed_fence_is_reported_as_unclosed():
    (fence,) = find_fences("```funnel\nvisitors: 1\n")
    assert not fence.closed


def test_less_indented_line_ends_an_indented_fence_unclosed():
    text = "    ```funnel\n    visitors: 1\nnot indented\n"
    (fence,) = find_fences(text)
    assert not fence.closed


def test_inline_code_with_backticks_is_not_a_fence():
    assert find_fences("```funnel``` is inline\n") == []


def test_info_string_name_and_extra_words():
    (fence,) = find_fences('```python title="x.py"\nprint()\n```\n')
    assert fence.name == "python" and fence.extra == 'title="x.py"'
    (dotted,) = find_fences("``` {.funnel}\n```\n")
    assert dotted.name == "funnel"


def test_blank_lines_inside_an_indented_fence_belong_to_it():
    text = "    ```funnel\n    visitors: 1\n\n    deal_value: 2\n    ```\n"
    (fence,) = find_fences(text)
    assert fence.closed and fence.body == "visitors: 1\n\ndeal_value: 2"
