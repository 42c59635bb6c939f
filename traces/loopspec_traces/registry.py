"""The registry of feature tags, traces/features.txt: one `tag  description` per line."""
from functools import lru_cache

from .paths import FEATURES_FILE


@lru_cache(maxsize=None)
def load(path=FEATURES_FILE):
    """Tag -> description. Comment lines start with '#'."""
    tags = {}
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            tag, _, desc = line.partition(" ")
            tags[tag] = desc.strip()
    return tags
