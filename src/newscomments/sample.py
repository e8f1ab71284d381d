"""The shipped sample: the raw pages in the repository's raw/ folder, by sha256.

Its pages are public, with the commenters' names printed on them, so processed/ is built with
the documented sample pseudonym key (normalize.SAMPLE_KEY) and anyone can rebuild it byte for
byte. The build warns when that key is used on any other page."""

SHIPPED_SAMPLE_SHA256 = frozenset({
    "02d95e76f776a300a54417db255c9fa82f10083bea35f00109c0bc8655da6626",  # 000_89020e0c9fef06d9.txt
})


def is_shipped_sample(sha256: str) -> bool:
    return sha256 in SHIPPED_SAMPLE_SHA256
