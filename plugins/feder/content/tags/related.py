"""Related posts: other posts of the same language ranked by shared tags, then recency.

Counting shared tags post by post costs, for every post, one step per post of each
of its tags; with a popular tag on half of 5,000 posts that is millions of steps per
build. Here each tag is a bit set over the language's posts (bit 0 = newest), and a
post's shared-tag counts for all other posts at once are the sum of its tags' bit
sets, kept as binary digits in bit planes (plane k holds bit k of every count). The
highest count and the newest posts with it then fall out of a few integer operations.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from feder.content.posts import Post


class RelatedPosts:
    """Ranks the posts of one language; `posts` newest first, as `Blog.in_language` has them."""

    def __init__(self, posts: Sequence[Post], tags_of: Callable[[Post], Sequence[str]]) -> None:
        self._posts = list(posts)
        self._tags_of = tags_of
        self._bit = {post: 1 << i for i, post in enumerate(self._posts)}
        self._sets: dict[str, int] = defaultdict(int)
        for post, bit in self._bit.items():
            for tag_id in tags_of(post):
                self._sets[tag_id] |= bit

    def of(self, post: Post, limit: int = 3) -> list[Post]:
        """Up to `limit` posts sharing tags with `post`: most shared tags first, then newest."""
        planes = self._counts(post)
        related: list[Post] = []
        while len(related) < limit:
            best = _highest(planes)
            if not best:
                break
            group = best
            while best and len(related) < limit:
                lowest = best & -best  # the newest post of the group
                related.append(self._posts[lowest.bit_length() - 1])
                best ^= lowest
            planes = [plane & ~group for plane in planes]
        return related

    def _counts(self, post: Post) -> list[int]:
        """Per other post, the number of tags it shares with `post`, as bit planes."""
        planes: list[int] = []
        for tag_id in self._tags_of(post):
            carry = self._sets.get(tag_id, 0)
            for k in range(len(planes)):
                if not carry:
                    break
                planes[k], carry = planes[k] ^ carry, planes[k] & carry
            if carry:
                planes.append(carry)
        itself = ~self._bit.get(post, 0)
        return [plane & itself for plane in planes]


def _highest(planes: list[int]) -> int:
    """The posts whose count is the highest (0 when every count is 0)."""
    candidates = 0
    for plane in planes:
        candidates |= plane
    for plane in reversed(planes):
        if candidates & plane:
            candidates &= plane
    return candidates
