"""What MkDocs and its plugins log while a test runs."""
from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager


class LogMessages(logging.Handler):
    """Keeps every record at its level or above."""

    def __init__(self, level: int) -> None:
        super().__init__(level)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    @property
    def messages(self) -> list[str]:
        return [record.getMessage() for record in self.records]


@contextmanager
def mkdocs_messages(level: int = logging.WARNING) -> Iterator[LogMessages]:
    """What the `mkdocs` logger (MkDocs and the plugins' loggers below it) emits at `level` and above
    inside the block; the logger is opened to `level` for the block if it is closed to it."""
    handler = LogMessages(level)
    logger = logging.getLogger("mkdocs")
    previous = logger.level
    if logger.getEffectiveLevel() > level:
        logger.setLevel(level)
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous)
