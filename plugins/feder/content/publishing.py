"""What is published: drafts and posts dated in the future are not, yet."""
from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable

from feder.content.posts import Post


class State(enum.Enum):
    PUBLISHED = "published"
    DRAFT = "draft"
    SCHEDULED = "scheduled"


def state_of(post: Post, now: dt.datetime) -> State:
    if post.draft:
        return State.DRAFT
    if post.date > now:
        return State.SCHEDULED
    return State.PUBLISHED


def published(posts: Iterable[Post], now: dt.datetime) -> list[Post]:
    return [post for post in posts if state_of(post, now) is State.PUBLISHED]
