"""The build: raw pages -> validated Parquet tables with fixed splits, a manifest and a report.

    discover inputs -> read + checksum -> drop duplicates -> parse (or reject with a reason)
    -> rows -> assign splits -> validate every row and the cross-table rules
    -> write into a temporary folder -> read back and compare -> manifest last
    -> swap the folder into place atomically

Every page read ends up parsed, rejected or duplicate, and the report's counts add up to the
pages read. The output depends only on the inputs and options: no times, no machine facts,
the same bytes for any worker count.
"""

from __future__ import annotations

import glob
import json
import os
import re
import shutil
import stat
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from .card import render_card
from .errors import InputError, IntegrityError, PageRejected, ValidationFailed
from .formats import PAGE_SUFFIXES
from .manifest import MANIFEST_FILE, build_manifest, read_manifest
from .normalize import SAMPLE_KEY, PageContext, Pseudonymizer, page_rows
from .options import Limits, ParseOptions
from .parse import parse_page
from .removal import RemovalList, apply_to_rows
from .schema import TABLES, sort_key
from .sources import Inputs, RawPage, discover
from .splits import SPLITS, SPLITS_FILE, SplitSettings, assign, format_pins, read_pins
from .storage import read_parquet_bytes, sha256_bytes, swap_into_place, write_parquet, write_text
from .validate import jsonschema_errors, row_mask, rows_to_table, validate_tables
from .workers import run_jobs

REPORT_FILE = "build_report.json"
REJECTS_FILE = "rejects.tsv"
SHARD_ROWS = 500_000


@dataclass(frozen=True)
class BuildOptions:
    pseudonym_key: bytes | None = None  # None: the documented public sample key
    keep_author_names: bool = False
    splits: SplitSettings = field(default_factory=SplitSettings)
    limits: Limits = field(default_factory=Limits)
    workers: int = 1
    # Wall-clock backstop per page, in seconds (None: parse in this process, no backstop).
    page_timeout: float | None = None
    removal: RemovalList = field(default_factory=RemovalList)


@dataclass
class BuildReport:
    pages_read: int = 0
    pages_parsed: int = 0
    pages_rejected: int = 0
    pages_duplicate: int = 0
    pages_removed: int = 0
    comments_removed: int = 0
    rejects: list[dict] = field(default_factory=list)
    duplicates: list[dict] = field(default_factory=list)
    removed: list[dict] = field(default_factory=list)
    other_paths: list[dict] = field(default_factory=list)
    split_conflicts: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    splits: dict[str, int] = field(default_factory=dict)
    out: str = ""

    def counts_add_up(self) -> bool:
        return self.pages_read == (self.pages_parsed + self.pages_rejected
                                   + self.pages_duplicate + self.pages_removed)

    def to_json(self) -> str:
        d = asdict(self)
        d.pop("out")  # where it was written is not part of what was built
        return json.dumps(d, indent=2, ensure_ascii=False, sort_keys=True) + "\n"

    def summary(self) -> str:
        lines = [f"pages read {self.pages_read}: parsed {self.pages_parsed}, rejected "
                 f"{self.pages_rejected}, duplicate {self.pages_duplicate}, removed {self.pages_removed}",
                 "rows: " + ", ".join(f"{t} {n}" for t, n in self.rows.items()),
                 "articles per split: " + ", ".join(f"{s} {n}" for s, n in self.splits.items())]
        if self.other_paths:
            lines.append(f"not read: {len(self.other_paths)} other path(s) (see {REPORT_FILE})")
        for r in self.rejects[:10]:
            lines.append(f"rejected {r['file']}: [{r['reason']}] {r['message']}")
        if len(self.rejects) > 10:
            lines.append(f"... and {len(self.rejects) - 10} more rejected (see {REJECTS_FILE})")
        lines.extend(f"split conflict: {c}" for c in self.split_conflicts)
        lines.append(f"written to {self.out}")
        return "\n".join(lines)


def _parse_one(args):
    """Worker: parse one page. Returns ('ok', page) or ('rejected', reason, message). The page is
    read again here (holding every page's bytes until the parse would cost a large crawl its
    memory), so it must still be the file collect() checksummed."""
    path, sha, page_id, fmt, url, crawled_at, limits = args
    data = _read_file(Path(path), limits.max_bytes)
    if isinstance(data, tuple):
        return ("rejected", *data)
    if sha256_bytes(data) != sha:
        return ("rejected", "changed-while-reading", f"expected the bytes of sha256 {sha} read before, got "
                "other bytes (the file changed during the build)")
    try:
        page = parse_page(data, page_id=page_id, suffix=Path(path).suffix, format=fmt,
                          options=ParseOptions(url=url, crawled_at=crawled_at, limits=limits))
        return ("ok", page)
    except PageRejected as exc:
        return ("rejected", exc.reason, exc.message)
    except RecursionError:
        return ("rejected", "too-deep", "expected a page the parser can walk, got nesting too deep to recurse")
    except Exception as exc:  # a parser bug must not lose the page or stop the build
        return ("rejected", "parser-error", f"{type(exc).__name__}: {exc}")


def _read_page(raw: RawPage, max_bytes: int) -> bytes | tuple[str, str]:
    """A page's bytes, or (reason, message) when they cannot be had: a file name that is not
    UTF-8, or what :func:`_read_file` refuses."""
    try:
        raw.path.name.encode("utf-8")
    except UnicodeEncodeError:
        return ("bad-file-name", "expected a file name in UTF-8, got bytes that are not (shown escaped)")
    return _read_file(raw.path, max_bytes)


def _read_file(path: Path, max_bytes: int) -> bytes | tuple[str, str]:
    """The bytes of a regular file of at most ``max_bytes``, or (reason, message): a dangling or
    looping link, no read permission (``unreadable``); a pipe or device (``not-a-file``: opened
    without waiting and never read, as reading a pipe can wait forever); a file too large to
    read whole (``too-large``, known from its size before reading)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        return ("unreadable", f"expected a file that can be read, got {exc.strerror or exc}")
    with os.fdopen(fd, "rb") as f:
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):
                return ("not-a-file", "expected a regular file, got a "
                        + ("named pipe" if stat.S_ISFIFO(st.st_mode) else "device or socket"))
            if st.st_size > max_bytes:
                return ("too-large", f"expected at most {max_bytes} bytes, got {st.st_size}")
            data = f.read(max_bytes + 1)  # (a file that grew meanwhile: still capped)
        except OSError as exc:
            return ("unreadable", f"expected a file that can be read, got {exc.strerror or exc}")
    if len(data) > max_bytes:
        return ("too-large", f"expected at most {max_bytes} bytes, got more")
    return data


def collect(inputs: Inputs, options: BuildOptions, report: BuildReport):
    """Parse the pages; fill the report's accounting. Returns [(RawPage, sha, ParsedPage)]."""
    seen_sha: dict[str, str] = {}
    todo: list[tuple[RawPage, str]] = []
    for raw in inputs.pages:
        report.pages_read += 1
        if raw.page_id in options.removal.pages:
            report.pages_removed += 1
            report.removed.append({"page_id": raw.page_id, "file": raw.label, "reason": "removal-list",
                                   "message": f"page:{raw.page_id} in {options.removal.source}"})
            continue
        data = _read_page(raw, options.limits.max_bytes)
        if isinstance(data, tuple):
            report.pages_rejected += 1
            report.rejects.append({"page_id": raw.page_id, "file": raw.label, "reason": data[0], "message": data[1]})
            continue
        if not data.strip():  # before the duplicate test: many empty files are each empty
            report.pages_rejected += 1
            report.rejects.append({"page_id": raw.page_id, "file": raw.label, "reason": "empty",
                                   "message": "expected a page with text, got an empty file"})
            continue
        sha = sha256_bytes(data)
        if raw.info and raw.info.sha256 and raw.info.sha256 != sha:
            report.pages_rejected += 1
            report.rejects.append({"page_id": raw.page_id, "file": raw.label, "reason": "checksum-mismatch",
                                   "message": f"expected sha256 {raw.info.sha256} (sources.tsv), got {sha}"})
            continue
        if sha in seen_sha:
            report.pages_duplicate += 1
            report.duplicates.append({"page_id": raw.page_id, "file": raw.label, "reason": "same-bytes",
                                      "duplicate_of": seen_sha[sha]})
            continue
        seen_sha[sha] = raw.page_id
        todo.append((raw, sha))
    jobs = [(str(r.path), sha, r.page_id, r.info.format if r.info else None, r.info.url if r.info else None,
             r.info.crawled_at if r.info else None, options.limits) for r, sha in todo]
    timeout = options.page_timeout
    results = run_jobs(_parse_one, jobs, workers=options.workers, timeout=timeout,
                       on_timeout=lambda job: ("rejected", "timeout",
                                               f"expected a parse within {timeout} s (a backstop "
                                               "against a hung parser), got none"))
    parsed = []
    for (raw, sha), res in zip(todo, results):
        if res[0] == "ok":
            parsed.append((raw, sha, res[1]))
        else:
            report.pages_rejected += 1
            report.rejects.append({"page_id": raw.page_id, "file": raw.label, "reason": res[1], "message": res[2]})
    return parsed


def build(paths: list[Path], out: Path, options: BuildOptions | None = None) -> BuildReport:
    options = options or BuildOptions()
    check_out_folder(out, paths)
    report = BuildReport(out=str(Path(out).resolve()))
    unique: dict[Path, Path] = {}
    for p in paths:  # a folder given twice is read once (else its pages would repeat their ids)
        unique.setdefault(Path(p).resolve(), Path(p))
    inputs = discover(list(unique.values()))
    report.other_paths = [{"path": p, "why": why} for p, why in inputs.other_paths]
    files_of: dict[str, list[str]] = {}
    for p in inputs.pages:
        files_of.setdefault(p.page_id, []).append(p.label)
    repeats = {i: f for i, f in files_of.items() if len(f) > 1}
    if repeats:
        shown = "; ".join(f"{i!r}: {', '.join(f)}" for i, f in sorted(repeats.items())[:5])
        raise InputError(f"expected unique page ids (file names without extension, or sources.tsv's page_id), "
                         f"got {len(repeats)} repeated: {shown}")

    if not inputs.pages:
        raise InputError(f"expected raw pages ({', '.join(sorted(PAGE_SUFFIXES))}) in "
                         f"{', '.join(str(p) for p in paths)}, got none"
                         + (f" ({len(inputs.other_paths)} other path(s) not read, e.g. "
                            f"{inputs.other_paths[0][0]!r}: {inputs.other_paths[0][1]})" if inputs.other_paths else "")
                         + f"; nothing written, {out} left as it was")
    pseudo = Pseudonymizer(options.pseudonym_key or SAMPLE_KEY)
    parsed = collect(inputs, options, report)
    rows: dict[str, list[dict]] = {t: [] for t in TABLES}
    seen_article: dict[str, str] = {}
    page_of: dict[str, tuple[str, str]] = {}  # article id -> (page id, file)
    seen_ids: dict[str, set] = {"article": set(), "comment": set(), "author_key": set()}  # for the removal list
    for raw, sha, page in parsed:
        ctx = PageContext(page_id=raw.page_id, raw_sha256=sha,
                          crawled_at=raw.info.crawled_at if raw.info else None,
                          synthetic=bool(raw.info and raw.info.synthetic))
        page_tables = page_rows(page, ctx, pseudo, options.keep_author_names)
        aid = page_tables["articles"][0]["article_id"]
        seen_ids["article"].add(aid)
        seen_ids["comment"].update(c["comment_id"] for c in page_tables["comments"])
        seen_ids["author_key"].update(c["author_key"] for c in page_tables["comments"] if c["author_key"])
        if aid in options.removal.articles:
            report.pages_removed += 1
            report.removed.append({"page_id": raw.page_id, "file": raw.label, "reason": "removal-list",
                                   "message": f"article:{aid} in {options.removal.source}"})
            continue
        if aid in seen_article:
            # Two different pages with one canonical URL: the first (in input order) is kept.
            report.pages_duplicate += 1
            report.duplicates.append({"page_id": raw.page_id, "file": raw.label, "reason": "same-url",
                                      "duplicate_of": seen_article[aid]})
            continue
        report.comments_removed += apply_to_rows(page_tables, options.removal, pseudo.key_of)["comments"]
        seen_article[aid] = raw.page_id
        page_of[aid] = (raw.page_id, raw.label)
        report.pages_parsed += 1
        for t in TABLES:
            rows[t].extend(page_tables[t])
    if pseudo.is_sample and rows["articles"]:
        from .sample import is_shipped_sample
        if not all(is_shipped_sample(a["raw_sha256"]) or a["synthetic"] for a in rows["articles"]):
            report.warnings.append(
                "PSEUDONYM KEY: the public sample key was used on pages that are not the shipped "
                "sample; anyone can recompute these author keys from names. Pass --key-file or set "
                "NEWSCOMMENTS_PSEUDONYM_KEY before publishing.")

    tables = {t: _sorted_table(t, rows[t]) for t in TABLES}
    invalid = _invalid_pages(tables)
    if invalid:
        # A parser's row that breaks schema/ costs its page, not the build: the page goes to
        # the rejects with the first problem, and the tables are made again without it.
        for aid, problem in sorted(invalid.items(), key=lambda kv: page_of[kv[0]]):
            page_id, label = page_of[aid]
            report.pages_parsed -= 1
            report.pages_rejected += 1
            report.rejects.append({"page_id": page_id, "file": label, "reason": "invalid-output",
                                   "message": f"expected rows that pass schema/, got: {problem}"})
        rows = {t: [r for r in rows[t] if r["article_id"] not in invalid] for t in TABLES}
        tables = {t: _sorted_table(t, rows[t]) for t in TABLES}

    pins: dict[str, str] = {}
    for f in inputs.splits_files:
        for aid, split in read_pins(f).items():
            if pins.get(aid, split) != split:
                raise InputError(f"{f}: pins {aid} to {split}, another splits.tsv pins it to {pins[aid]}")
            pins[aid] = split
    assignment, conflicts, n_pinned = assign(rows["articles"], pins, options.splits)
    report.split_conflicts = conflicts
    stray = sorted(set(pins) - seen_ids["article"])
    if stray:
        # A released article whose id changed (a URL given later in sources.tsv: ids come from
        # the canonical URL, else the page id) is placed anew: say so rather than move it quietly.
        report.warnings.append(
            f"splits.tsv: {len(stray)} pinned article id(s) match no article of this build ({', '.join(stray[:5])}"
            f"{', ...' if len(stray) > 5 else ''}); an article whose id changed is not held in its split by them")
    report.warnings.extend(_unmatched_removals(options.removal, {r.page_id for r in inputs.pages}, seen_ids,
                                               pseudo.key_of))

    if report.pages_parsed == 0:
        # An empty dataset in place of an earlier build is never what a user meant.
        first = "; ".join(f"{r['file']}: [{r['reason']}] {r['message']}" for r in report.rejects[:3])
        raise InputError(f"expected at least one page to become an article, got none of {report.pages_read} "
                         f"(rejected {report.pages_rejected}, duplicate {report.pages_duplicate}, removed "
                         f"{report.pages_removed}{'; ' + first if first else ''}); nothing written, {out} left as it was")
    problems = validate_tables(tables)
    if problems:
        raise ValidationFailed(problems)
    report.rows = {t: tables[t].num_rows for t in TABLES}
    report.splits = {s: sum(1 for v in assignment.values() if v == s) for s in SPLITS}
    _write(out, tables, assignment, n_pinned, options, report, pseudo)
    return report


def _unmatched_removals(removal: RemovalList, page_ids: set, seen: dict[str, set], key_of) -> list[str]:
    """Entries of the removal list that removed nothing: a take-down with a mistyped id would
    otherwise leave what it asked to remove published without a word."""
    if removal.is_empty():
        return []
    missed = ([f"page:{p}" for p in sorted(removal.pages - page_ids)]
              + [f"article:{a}" for a in sorted(removal.articles - seen["article"])]
              + [f"comment:{c}" for c in sorted(removal.comments - seen["comment"])]
              + [f"author_key:{k}" for k in sorted(removal.author_keys - seen["author_key"])]
              + ["author:(a name)" for n in sorted(removal.authors) if key_of(n) not in seen["author_key"]])
    if not missed:
        return []
    return [f"{removal.source}: {len(missed)} entr{'y' if len(missed) == 1 else 'ies'} matched nothing in these "
            f"pages: {', '.join(missed[:10])}{', ...' if len(missed) > 10 else ''}"]


# What a build writes at the top of its folder: an earlier build holding anything else holds
# a user's files (a git clone of a published dataset, a key file, notes), which replacing the
# folder would delete.
BUILD_ENTRIES = frozenset([*TABLES, MANIFEST_FILE, "README.md", REPORT_FILE, REJECTS_FILE, SPLITS_FILE,
                           ".DS_Store", "Thumbs.db", "desktop.ini"])  # what file browsers leave, nobody's work


def check_out_folder(out: Path | str, inputs: list[Path]) -> None:
    """The output folder is replaced as a whole, so it must be new, empty or an earlier build of
    this package holding nothing else, and hold none of the inputs: ``--out .`` or ``--out
    my_pages`` would otherwise delete the working folder or the pages just read. Checked
    before any parsing, with the file system's own notion of "the same folder" (links, bind
    mounts, case-insensitive names)."""
    if not str(out).strip():
        raise InputError("--out: expected a folder for the built dataset, got an empty path")
    target = Path(out).resolve()
    if len(target.name.encode()) > 200:  # room for the temporary folder's longer name
        raise InputError(f"{out}: expected a folder name of at most 200 bytes, got {len(target.name.encode())}")
    for given in inputs:
        source = Path(given).resolve()
        if source == target or source.is_relative_to(target) or _inside(source, target):
            raise InputError(f"{out}: expected an output folder apart from the raw inputs, got one that "
                             f"holds {given} (the output folder is replaced as a whole)")
    parent = next((p for p in target.parents if p.exists()), None)
    if parent is not None and not parent.is_dir():
        raise InputError(f"{out}: expected a folder path, got one below the file {parent}")
    if not target.exists():
        if parent is not None and not os.access(parent, os.W_OK | os.X_OK):
            raise InputError(f"{out}: expected a folder the build can create, got no write permission in {parent}")
        return
    if not target.is_dir():
        raise InputError(f"{out}: expected a folder for the built dataset, got a file")
    if not os.access(target.parent, os.W_OK | os.X_OK):
        raise InputError(f"{out}: expected a folder the build can replace, got no write permission in {target.parent}")
    try:
        names = sorted(p.name for p in target.iterdir())
    except OSError as exc:
        raise InputError(f"{out}: expected an output folder that can be read, got {exc.strerror}") from None
    if not names:
        return
    if MANIFEST_FILE not in names:
        raise InputError(f"{out}: expected a new or empty folder, or an earlier build (with {MANIFEST_FILE}) "
                         "to replace, got a folder holding other files; name another --out")
    try:
        read_manifest(target)
    except IntegrityError:
        raise InputError(f"{out}: expected a new or empty folder, or an earlier build to replace, got a folder "
                         f"whose {MANIFEST_FILE} is not a newscomments build's; name another --out") from None
    foreign = [n for n in names if n not in BUILD_ENTRIES]
    if foreign:
        raise InputError(f"{out}: expected an earlier build holding only what a build writes, got other files "
                         f"too ({', '.join(foreign[:5])}{', ...' if len(foreign) > 5 else ''}), which replacing "
                         "the folder would delete; move them or name another --out")


def _inside(source: Path, target: Path) -> bool:
    """Whether ``source`` is ``target`` or lies below it by the file system's identity of
    folders (a bind mount or a case-insensitive name is missed by comparing paths)."""
    try:
        want = os.stat(target)
    except OSError:
        return False
    for folder in (source, *source.parents):
        try:
            if os.path.samestat(os.stat(folder), want):
                return True
        except OSError:
            continue
    return False


def _invalid_pages(tables: dict[str, pa.Table]) -> dict[str, str]:
    """Article id -> the first schema problem, for every page with a row that breaks a per-row
    rule of schema/ (the fast Arrow check; jsonschema explains only the rows it flags)."""
    out: dict[str, str] = {}
    for name in TABLES:
        table = tables[name]
        bad = pc.indices_nonzero(row_mask(name, table)).to_pylist()
        for i in bad:
            row = table.slice(i, 1).to_pylist()[0]
            if row["article_id"] not in out:
                errors = jsonschema_errors(name, row) or ["rejected by the fast check"]
                out[row["article_id"]] = f"{name}: {errors[0]}"
    return out


def _sorted_table(name: str, rows: list[dict]) -> pa.Table:
    try:
        table = rows_to_table(name, rows)
    except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
        raise ValidationFailed([f"{name}: a value has the wrong type: {exc}"]) from exc
    if table.num_rows:
        table = table.sort_by([(k, "ascending") for k in sort_key(name)])
    return table


def _split_tables(tables: dict[str, pa.Table], assignment: dict[str, str]) -> dict[tuple[str, str], pa.Table]:
    out = {}
    for name, table in tables.items():
        article_split = pa.array([assignment[a] for a in table.column("article_id").to_pylist()], pa.string())
        for split in SPLITS:
            out[(name, split)] = table.filter(pa.compute.equal(article_split, split)) if table.num_rows else table
    return out


def _write(out: Path, tables, assignment, n_pinned, options: BuildOptions, report: BuildReport, pseudo) -> None:
    out = out.resolve()
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temp_dirs(out)
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-{os.getpid()}-", dir=out.parent))
    except OSError as exc:
        raise InputError(f"{out}: expected a folder the build can write, got {exc.strerror or exc}") from None
    try:
        written = []  # (relative path, table name, split, Arrow table)
        for (name, split), t in _split_tables(tables, assignment).items():
            n_shards = max(1, -(-t.num_rows // SHARD_ROWS)) if t.num_rows else 0
            for i in range(n_shards):
                rel = f"{name}/{split}-{i:05d}-of-{n_shards:05d}.parquet"
                shard = t.slice(i * SHARD_ROWS, SHARD_ROWS)
                write_parquet(shard, tmp / rel)
                written.append((rel, name, split, shard))
        # Read back what was written and compare (OGB's save_dataset does the same).
        for rel, name, split, shard in written:
            back = read_parquet_bytes((tmp / rel).read_bytes())
            if not back.equals(shard, check_metadata=True):
                raise ValidationFailed([f"{rel}: read back differs from what was written"])
        write_text(tmp / SPLITS_FILE, format_pins(assignment))
        write_text(tmp / REPORT_FILE, report.to_json())
        write_text(tmp / REJECTS_FILE, format_rejects(report))
        write_text(tmp / "README.md", render_card(written, tables, assignment))
        manifest = build_manifest(tmp, written, assignment, tables, n_pinned, options, report, pseudo)
        write_text(tmp / MANIFEST_FILE, json.dumps(manifest, indent=2, sort_keys=True) + "\n")
        os.chmod(tmp, 0o755)
        swap_into_place(tmp, out)
    except OSError as exc:
        # a full disk, a mount point that cannot be renamed, a folder made read-only meanwhile
        shutil.rmtree(tmp, ignore_errors=True)
        raise InputError(f"{out}: expected to write the build there, got {exc.strerror or exc}; "
                         "the earlier build (if any) is left as it was") from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def format_rejects(report: BuildReport) -> str:
    """The rejects table: every page read that did not become an article, with its reason."""
    rows = ([("rejected", r) for r in report.rejects] + [("duplicate", r) for r in report.duplicates]
            + [("removed", r) for r in report.removed])
    lines = ["page_id\tfile\toutcome\treason\tmessage"]
    for outcome, r in sorted(rows, key=lambda x: (x[1]["file"], x[1]["page_id"])):
        message = r.get("message") or f"same as {r.get('duplicate_of')}"
        cells = [r["page_id"], r["file"], outcome, r["reason"], message]
        lines.append("\t".join(_one_cell(c) for c in cells))
    return "\n".join(lines) + "\n"


_LINE_BREAKS = re.compile(r"[\t\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def _one_cell(text: str) -> str:
    """A TSV cell: tabs and every character some reader takes for a line break (a file name
    may hold them) become spaces."""
    return _LINE_BREAKS.sub(" ", text)


def remove_stale_temp_dirs(out: Path) -> None:
    """Temporary folders left by a killed build (their process is gone) are deleted; those of
    a build still running are left alone."""
    prefix = f".{out.name}.tmp-"
    for p in out.parent.glob(glob.escape(prefix) + "*"):
        # only what _write makes: ".NAME.tmp-PID-RANDOM", a folder (a user's ".data.tmp-backup" stays)
        pid, dash, rest = p.name[len(prefix):].partition("-")
        if not (pid.isdigit() and dash and rest) or p.is_symlink() or not p.is_dir():
            continue
        if int(pid) != os.getpid() and _alive(int(pid)):
            continue
        shutil.rmtree(p, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def default_key_from_env() -> bytes | None:
    value = os.environ.get("NEWSCOMMENTS_PSEUDONYM_KEY")
    return value.encode("utf-8") if value else None

