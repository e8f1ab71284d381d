"""The ``newscomments`` command. The only place that prints and sets exit codes: library errors
become one clear message and exit code 2 (user mistake / bad input) or 1 (checks failed)."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path

from .errors import InputError, IntegrityError, NewsCommentsError, ValidationFailed

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2



def cmd_build(args) -> int:
    from .build import BuildOptions, build, default_key_from_env
    from .options import Limits
    key = None
    if args.key_file:
        try:
            key = Path(args.key_file).read_bytes().strip()
        except OSError as exc:
            raise InputError(f"{args.key_file}: expected a readable key file, got {exc.strerror}") from None
        if not key:
            raise InputError(f"{args.key_file}: expected a non-empty key, got an empty file")
    else:
        key = default_key_from_env()
    from .removal import RemovalList, read_removal_list
    removal = read_removal_list(Path(args.remove)) if args.remove else RemovalList()
    options = BuildOptions(pseudonym_key=key, keep_author_names=args.keep_author_names,
                           workers=args.workers, limits=Limits(), removal=removal,
                           page_timeout=args.page_timeout or None)
    raw = [Path(p) for p in (args.raw or ["raw"])]
    report = build(raw, Path(args.out), options)
    print(report.summary())
    for w in report.warnings:
        print(f"WARNING: {w}", file=sys.stderr)
    return EXIT_OK


def read_folder_tables(folder: Path):
    """All Parquet files of each table folder (manifest or not), for ``validate``."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from .schema import TABLES, arrow_schema
    tables, where, problems = {}, {}, []
    placed: list[tuple[str, Path, list]] = []  # (table, file, its article ids): splits checked below
    for t in TABLES:
        parts = []
        files = sorted((folder / t).glob("*.parquet")) if (folder / t).is_dir() else []
        for f in files:
            try:
                part = pq.read_table(f, page_checksum_verification=True)
            except Exception as exc:  # noqa: BLE001 - reported
                problems.append(f"{f}: unreadable Parquet: {exc}")
                continue
            if not part.schema.equals(arrow_schema(t), check_metadata=False):
                from .validate import schema_problems
                problems.extend(schema_problems(t, part, str(f)))
                try:
                    part = part.select(arrow_schema(t).names).cast(arrow_schema(t))
                except Exception:  # noqa: BLE001
                    problems.append(f"{f}: cannot be read with the schema's types; skipped")
                    continue
            parts.append(part.replace_schema_metadata(arrow_schema(t).metadata))
            placed.append((t, f, part.column("article_id").to_pylist()))
        tables[t] = pa.concat_tables(parts) if parts else arrow_schema(t).empty_table()
        where[t] = str(folder / t)
    # Every row sits in its article's split (files are named "SPLIT-NNNNN-of-NNNNN.parquet").
    split_of = {a: f.name.split("-", 1)[0] for t, f, ids in placed if t == "articles" for a in ids}
    for t, f, ids in placed:
        split = f.name.split("-", 1)[0]
        stray = [a for a in ids if a in split_of and split_of[a] != split]
        if stray:
            problems.append(f"{f}: {len(stray)} row(s) of articles of another split (article {stray[0]} "
                            f"is in {split_of[stray[0]]})")
    return tables, where, problems


def _built_folder(path: str) -> Path:
    """The folder a command reads; a path that is no folder is the user's mistake (exit 2), not
    a failed check of a build."""
    folder = Path(path)
    if not folder.is_dir():
        raise InputError(f"{folder}: expected a folder with built tables, got "
                         f"{'a file' if folder.exists() else 'no such folder'}")
    return folder


def _listed_tables(folder: Path) -> set[str]:
    """The tables the folder's manifest lists files of (none without a readable manifest:
    ``validate`` checks rows, ``verify`` the manifest)."""
    from .manifest import read_manifest
    try:
        return {f["table"] for f in read_manifest(folder)["files"]}
    except IntegrityError:
        return set()


def cmd_validate(args) -> int:
    from .schema import TABLES
    from .validate import validate_tables
    folder = _built_folder(args.dir)
    present = [t for t in TABLES if (folder / t).is_dir()]
    if not present:
        raise InputError(f"{folder}: expected built tables (folders {', '.join(TABLES)}), got none")
    tables, where, problems = read_folder_tables(folder)
    # A table without rows has no folder; one the manifest lists files for is missing: said
    # once, before the cross-table rules it breaks.
    listed = _listed_tables(folder)
    problems = [f"{folder / t}: expected the {t} table's folder (the manifest lists its files), got none"
                for t in TABLES if t not in present and t in listed] + problems
    problems += validate_tables(tables, where)
    warnings = []
    for a in tables["articles"].select(["article_id", "declared_comment_count", "parsed_comment_count"]).to_pylist():
        d, p = a["declared_comment_count"], a["parsed_comment_count"]
        if d is not None and d != p:
            warnings.append(f"article {a['article_id']}: page declares {d} comments, {p} parsed")
    for w in warnings:
        print(f"warning: {w}")
    rows = {t: tables[t].num_rows for t in tables}
    if problems:
        print(f"{folder}: {len(problems)} problem(s):")
        for p in problems:
            print(f"  - {p}")
        return EXIT_FAILED
    print(f"{folder}: valid ({', '.join(f'{t} {n} rows' for t, n in rows.items())}; "
          f"{len(warnings)} warning(s))")
    return EXIT_OK


def cmd_verify(args) -> int:
    from .manifest import verify
    folder = _built_folder(args.dir)
    problems = verify(folder)
    if problems:
        print(f"{folder}: {len(problems)} problem(s):")
        for p in problems:
            print(f"  - {p}")
        return EXIT_FAILED
    print(f"{folder}: every file matches manifest.json")
    return EXIT_OK


def cmd_info(args) -> int:
    from .manifest import read_manifest
    from .schema import TABLES
    from .splits import SPLITS
    m = read_manifest(_built_folder(args.dir))
    print(f"newscomments {m['package_version']}, schema {m['schema_version']}, "
          f"pseudonym key: {m['pseudonyms']['key']}")
    print("inputs: " + ", ".join(f"{k} {v}" for k, v in m["inputs"].items()))
    for s, d in sorted(m["splits"].items(), key=lambda kv: SPLITS.index(kv[0]) if kv[0] in SPLITS else len(SPLITS)):
        print(f"{s}: {d['articles']} articles; " + ", ".join(f"{t} {d['rows'][t]}" for t in TABLES))
    return EXIT_OK


def cmd_show(args) -> int:
    from .loader import read_tables
    arts, _ = read_tables("articles", args.dir)
    coms, _ = read_tables("comments", args.dir)
    import pyarrow as pa
    articles = pa.concat_tables(arts.values()).to_pylist()
    comments = pa.concat_tables(coms.values()).to_pylist()
    chosen = [a for a in articles if args.article in (None, a["article_id"], a["page_id"])]
    if not chosen:
        raise InputError(f"expected an article id or page id present in {args.dir}, got {args.article!r}")
    for a in chosen:
        print(f"{a['article_id']}  page {a['page_id']}  {a['title'] or '(no title)'}")
        mine = sorted((c for c in comments if c["article_id"] == a["article_id"]), key=lambda c: c["position"])
        depth: dict[str, int] = {}
        for c in mine:
            d = depth[c["parent_id"]] + 1 if c["parent_id"] in depth else 0
            depth[c["comment_id"]] = d
            who = c["author_name"] or c["author_key"] or "(unknown)"
            text = "[image]" if c["is_image_only"] else c["text"].replace("\n", " ")
            print(f"{'    ' * d}- {c['comment_id']} {who} {c['posted_raw'] or ''}: {text[:70]}")
    return EXIT_OK


def cmd_freeze(args) -> int:
    from .splits import format_pins, read_pins
    from .storage import write_text
    src = _built_folder(args.dir) / "splits.tsv"
    if not src.is_file():
        raise InputError(f"{src}: expected the split assignments of a build, got no such file")
    dst = Path(args.to)
    if dst.is_symlink():
        dst = dst.resolve()  # a shared pins file linked here: write it, not over the link
    if not dst.parent.is_dir():
        raise InputError(f"{dst}: expected a file in an existing folder, got no folder {dst.parent}")
    if dst.is_dir():
        raise InputError(f"{dst}: expected a file to write the pins to, got a folder")
    built = read_pins(src)
    # Pins of articles this build left out (a removal, a smaller crawl) stay: a released
    # article keeps its split whenever it comes back.
    earlier = read_pins(dst) if dst.is_file() else {}
    kept = {a: s for a, s in earlier.items() if a not in built}
    write_text(dst, format_pins({**kept, **built}))
    print(f"pinned {len(built)} article(s) in {dst}"
          + (f"; kept {len(kept)} earlier pin(s) of articles not in this build" if kept else ""))
    return EXIT_OK


def make_parser() -> argparse.ArgumentParser:
    from . import __version__
    p = argparse.ArgumentParser(prog="newscomments", description=(
        "Reader comments under news articles: build schema-validated Parquet tables from raw pages, "
        "check and load them with fixed splits, and run the benchmark tasks. Exit codes: 0 ok, "
        "1 checks failed, 2 bad input or usage."))
    p.add_argument("--version", action="version", version=f"newscomments {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="parse raw pages into validated Parquet tables")
    b.add_argument("raw", nargs="*", help="raw page files or folders (default: raw/)")
    b.add_argument("--out", default="processed", help="output folder, replaced as a whole: new, empty or an "
                                                      "earlier build only (default: processed/)")
    b.add_argument("--key-file", help="secret pseudonym key file (default: $NEWSCOMMENTS_PSEUDONYM_KEY, "
                                      "else the public sample key, with a warning on non-sample data)")
    b.add_argument("--keep-author-names", action="store_true",
                   help="also write commenters' names (opt-in; names are pseudonymised by default)")
    b.add_argument("--workers", type=int, default=1, help="parser processes (output is identical for any number)")
    b.add_argument("--page-timeout", type=float, default=600.0, metavar="SECONDS",
                   help="backstop against a hung parser: a page still parsing after this is rejected "
                        "(default 600; 0 = off). Rejections otherwise depend only on deterministic caps.")
    b.add_argument("--remove", metavar="FILE", help="removal list: page:/article:/comment:/author:/author_key: lines")
    b.set_defaults(func=cmd_build)

    v = sub.add_parser("validate", help="check every row and the cross-table rules of built tables")
    v.add_argument("dir", nargs="?", default="processed", help="a built dataset folder (default: processed/)")
    v.set_defaults(func=cmd_validate)

    ve = sub.add_parser("verify", help="recompute every checksum and count against manifest.json")
    ve.add_argument("dir", nargs="?", default="processed", help="a built dataset folder (default: processed/)")
    ve.set_defaults(func=cmd_verify)

    i = sub.add_parser("info", help="summarise a built dataset")
    i.add_argument("dir", nargs="?", default="processed", help="a built dataset folder (default: processed/)")
    i.set_defaults(func=cmd_info)

    s = sub.add_parser("show", help="print the comment threads of an article")
    s.add_argument("article", nargs="?", help="article id or page id (default: all)")
    s.add_argument("--dir", default="processed")
    s.set_defaults(func=cmd_show)

    f = sub.add_parser("freeze-splits", help="pin a build's split assignments for future builds")
    f.add_argument("dir", nargs="?", default="processed", help="a built dataset folder (default: processed/)")
    f.add_argument("--to", default="raw/splits.tsv")
    f.set_defaults(func=cmd_freeze)

    from .tasks.commands import add_parsers  # evaluate, audit, synthetic
    add_parsers(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    if getattr(args, "workers", 1) < 1:
        parser.error("--workers: expected a number >= 1")
    timeout = getattr(args, "page_timeout", 0.0)
    if not 0 <= timeout < 10**9:  # also NaN and inf ("inf" overflows the clock)
        parser.error(f"--page-timeout: expected a number of seconds >= 0 (0 = off), got {timeout:g}")
    try:
        return args.func(args)
    except ValidationFailed as exc:
        print(f"newscomments: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except IntegrityError as exc:
        print(f"newscomments: integrity error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except (InputError, NewsCommentsError) as exc:
        print(f"newscomments: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader went away (e.g. `newscomments show | head`): not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    finally:
        # Arrow objects freed during interpreter shutdown can abort the process ("terminate
        # called without an active exception", apache/arrow#34314, huggingface/datasets#7566):
        # free the command's objects now, while Arrow is still whole.
        gc.collect()


if __name__ == "__main__":
    sys.exit(main())
