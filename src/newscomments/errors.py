"""Named exceptions. The library raises these; only :mod:`newscomments.cli` prints them and
turns them into exit codes."""

from __future__ import annotations


class NewsCommentsError(Exception):
    """Base class of every error this package raises on purpose."""


class PageRejected(NewsCommentsError):
    """A raw page that cannot become an article. ``reason`` is a short stable code
    (``empty``, ``not-text``, ``too-large``, ``no-article``, ...) that the build's rejects list
    records; the message says what was expected and what was found."""

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason
        self.message = message


class InputError(NewsCommentsError):
    """A user mistake in what was asked for: a missing file, a bad option, a bad key file."""


def problem_list(title: str, problems: list[str], shown: int = 50) -> str:
    head = "\n".join(f"  - {p}" for p in problems[:shown])
    more = f"\n  ... and {len(problems) - shown} more" if len(problems) > shown else ""
    return f"{len(problems)} {title}:\n{head}{more}"


class ValidationFailed(NewsCommentsError):
    """Rows or tables that break the schema or the cross-table rules. ``problems`` lists every
    problem found, not just the first."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__(problem_list("validation problem(s)", self.problems))


class IntegrityError(NewsCommentsError):
    """A built dataset that does not match its manifest (changed, missing or extra files)."""


class ChecksumMismatch(IntegrityError):
    def __init__(self, path: str, expected: str, actual: str):
        self.path, self.expected, self.actual = path, expected, actual
        super().__init__(f"{path}: expected sha256 {expected}, got {actual}")


class UnknownTable(InputError):
    pass


class InvalidPredictions(InputError):
    """A predictions file the evaluator refuses to score. ``problems`` lists every problem
    found (each names the line and the ids involved), not just the first."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__(problem_list("problem(s) in the predictions", self.problems))
