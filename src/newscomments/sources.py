"""Finding raw pages and what is known about them.

A build is pointed at files and folders. In a folder it reads the files whose extension a
registered format handles, plus two metadata files: ``sources.tsv`` (what is known about each
page) and ``splits.tsv`` (pinned split assignments). Everything else it was pointed at —
READMEs, other files, subfolders it does not descend into — is listed in the build report as
"other paths" instead of being guessed at or skipped silently.

``sources.tsv`` columns (header required; empty cell = unknown)::

    page_id  file  sha256  format  url  crawled_at  [synthetic]

The optional last column (``true``/``false``) marks pages made by the synthetic corpus
generator; their rows carry ``synthetic = true`` in every table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .errors import InputError
from .formats import FORMATS, PAGE_SUFFIXES
from .splits import SPLITS_FILE
from .textfiles import read_user_text

SOURCES_FILE = "sources.tsv"
# Files that document a folder rather than being crawled pages, whatever their extension.
DOC_STEMS = frozenset(["readme", "changelog", "changes", "license", "licence", "notice", "authors",
                       "contributing", "copying"])
SOURCES_COLUMNS = ["page_id", "file", "sha256", "format", "url", "crawled_at"]
OPTIONAL_COLUMNS = ["synthetic"]


@dataclass(frozen=True)
class SourceInfo:
    page_id: str
    file: str
    sha256: str | None
    format: str | None
    url: str | None
    crawled_at: datetime | None
    synthetic: bool = False


@dataclass(frozen=True)
class RawPage:
    path: Path
    page_id: str
    info: SourceInfo | None
    # How reports name the file: the folder given plus the file name, never an absolute path,
    # so a report does not change with where the inputs happen to live.
    label: str = ""


@dataclass
class Inputs:
    pages: list[RawPage]
    splits_files: list[Path]
    other_paths: list[tuple[str, str]]  # (path, why it was not read)


def read_sources(path: Path) -> dict[str, SourceInfo]:
    lines = read_user_text(path, "a sources.tsv").splitlines()
    header = lines[0].split("\t") if lines else []
    if header not in (SOURCES_COLUMNS, SOURCES_COLUMNS + OPTIONAL_COLUMNS):
        raise InputError(f"{path}: expected the header {'<TAB>'.join(SOURCES_COLUMNS)}"
                         f"[<TAB>synthetic], got {lines[0] if lines else 'an empty file'!r}")
    out: dict[str, SourceInfo] = {}
    for n, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) != len(header):
            raise InputError(f"{path}:{n}: expected {len(header)} tab-separated cells, got {len(cells)}")
        page_id, file, sha, fmt, url, crawled = (c.strip() or None for c in cells[:6])
        flag = cells[6].strip().lower() if len(cells) > 6 else "false"
        if flag not in ("true", "false", ""):
            raise InputError(f"{path}:{n}: expected synthetic to be true or false, got {cells[6]!r}")
        if not file or not page_id:
            raise InputError(f"{path}:{n}: expected a page_id and a file name, got {line!r}")
        if sha and not re.fullmatch(r"[0-9a-f]{64}", sha):
            raise InputError(f"{path}:{n}: expected a sha256 of 64 hex digits, got {sha!r}")
        if fmt and fmt not in FORMATS:
            raise InputError(f"{path}:{n}: expected a format in {sorted(FORMATS)}, got {fmt!r}")
        if file != Path(file).name or file in (".", ".."):
            raise InputError(f"{path}:{n}: expected the name of a file in this folder, got the path {file!r}")
        if file in out:
            raise InputError(f"{path}:{n}: expected each file once, got {file!r} again (first as page "
                             f"{out[file].page_id!r})")
        if url and not re.match(r"^[a-z][a-z0-9+.-]*://\S+$", url, re.I):
            raise InputError(f"{path}:{n}: expected an absolute URL (scheme://...), got {url!r}")
        when = None
        if crawled:
            try:
                when = datetime.fromisoformat(crawled.replace("Z", "+00:00"))
            except ValueError:
                raise InputError(f"{path}:{n}: expected crawled_at as ISO 8601, got {crawled!r}") from None
        out[file] = SourceInfo(page_id, file, sha, fmt, url, when, flag == "true")
    return out


def shown_name(name: str) -> str:
    """A file name as reports and ids can hold it: a name whose bytes are not UTF-8 (Python
    keeps them as lone surrogates, which no UTF-8 file can hold) with those bytes escaped
    ("caf\\xe9"). The build rejects such a page (``bad-file-name``) rather than guess."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def discover(paths: list[Path]) -> Inputs:
    pages: list[RawPage] = []
    splits_files: list[Path] = []
    other: list[tuple[str, str]] = []
    for given in paths:
        if not given.exists():
            raise InputError(f"{given}: expected a raw page or a folder of raw pages, got a path that does not exist")
        if given.is_file():
            if given.suffix.lower() in PAGE_SUFFIXES:
                pages.append(RawPage(given, shown_name(given.stem), None, shown_name(given.name)))
            else:
                other.append((shown_name(given.name), f"not a page: expected one of {sorted(PAGE_SUFFIXES)}"))
            continue
        if not given.is_dir():
            raise InputError(f"{given}: expected a raw page or a folder of raw pages, got a special file "
                             "(a device, pipe or socket)")
        try:
            children = sorted(given.iterdir(), key=lambda p: p.name)
        except OSError as exc:
            raise InputError(f"{given}: expected a folder of raw pages that can be read, got {exc.strerror}") from None
        base = shown_name(given.resolve().name)
        sources = {}
        listing = given / SOURCES_FILE
        if listing.is_symlink() and not listing.exists() or listing.exists() and not listing.is_file():
            raise InputError(f"{listing}: expected a sources.tsv file, got "
                             f"{'a link to nothing' if not listing.exists() else 'a folder or special file'}")
        if listing.is_file():
            sources = read_sources(listing)
            for file in sources:
                if not (given / file).is_file():
                    raise InputError(f"{given / SOURCES_FILE}: lists {file!r} but {given / file} does not exist")
        for child in children:
            if child.name == SOURCES_FILE:
                continue
            label = f"{base}/{shown_name(child.name)}"
            if child.name == SPLITS_FILE and child.is_file():
                splits_files.append(child)
            elif child.name in sources and not child.is_dir():
                # listed in sources.tsv: a page whatever its suffix ("story.php"); its format
                # column, or detection, decides how it is read
                info = sources[child.name]
                pages.append(RawPage(child, info.page_id, info, label))
            elif child.is_dir():
                other.append((label, "folder: builds do not descend into subfolders; name it to include it"))
            elif child.name.startswith("."):
                other.append((label, "hidden file"))
            elif child.stem.lower() in DOC_STEMS:
                other.append((label, "documentation file (README, LICENSE, ...), not a page"))
            elif child.suffix.lower() in PAGE_SUFFIXES:
                info = sources.get(child.name)
                pages.append(RawPage(child, info.page_id if info else shown_name(child.stem), info, label))
            else:
                other.append((label, f"not a page: expected one of {sorted(PAGE_SUFFIXES)}"))
    return Inputs(pages, splits_files, other)
