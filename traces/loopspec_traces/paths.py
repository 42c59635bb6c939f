"""Where the traces/ tree lives, relative to this package."""
from pathlib import Path

TRACES_DIR = Path(__file__).resolve().parent.parent
SCENARIOS_DIR = TRACES_DIR / "scenarios"
GOLDEN_DIR = TRACES_DIR / "golden"
FEATURES_FILE = TRACES_DIR / "features.txt"
WRAPPER = TRACES_DIR / "loopspec-traces"


def scenario_id(path, scenarios_dir=None):
    """`<area>/<name>` for traces/scenarios/<area>/<name>.py; parent dir and stem elsewhere."""
    path = Path(path).resolve()
    base = Path(scenarios_dir).resolve() if scenarios_dir else SCENARIOS_DIR
    try:
        rel = path.relative_to(base)
    except ValueError:
        rel = None
    if rel is not None and len(rel.parts) == 2:
        return f"{rel.parts[0]}/{Path(rel.parts[1]).stem}"
    return f"{path.parent.name}/{path.stem}"


def discover(scenarios_dir=None):
    """Every scenario file `<scenarios_dir>/<area>/<name>.py`, sorted by id."""
    base = Path(scenarios_dir) if scenarios_dir else SCENARIOS_DIR
    if not base.is_dir():
        return []
    return sorted(p for p in base.glob("*/*.py") if not p.name.startswith("_"))
