#!/usr/bin/env python3
"""Checks that harness/src keeps its layers (harness/README.md, "Layers").

Each folder of harness/src is a layer; a file may include headers of its own
layer and of the layers listed before it, never of a later one, and no two
files may include each other round a cycle. Prints every offending include
with its file and line, and exits 1 when there is one.

    check_layers.py [HARNESS_SRC_DIR]
"""
import re
import sys
from pathlib import Path

# Bottom up: what each layer is for is in harness/README.md.
LAYERS = ["common", "ir", "trace", "corpus", "interp", "run", "report", "cli", "driver"]
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')


def layer_of(path):
    return path.split("/", 1)[0]


def includes(src, rel):
    """(line number, included path relative to src) for each harness include."""
    out = []
    for number, text in enumerate((src / rel).read_text().splitlines(), 1):
        m = INCLUDE.match(text)
        if m and layer_of(m.group(1)) in LAYERS:
            out.append((number, m.group(1)))
    return out


def upward_includes(src, files):
    problems = []
    for rel in files:
        mine = LAYERS.index(layer_of(rel))
        for number, target in includes(src, rel):
            if LAYERS.index(layer_of(target)) > mine:
                problems.append(f"{src / rel}:{number}: layer '{layer_of(rel)}' includes \"{target}\" "
                                f"of the later layer '{layer_of(target)}' (move the shared piece down, "
                                f"or the includer up)")
            elif not (src / target).is_file():
                problems.append(f"{src / rel}:{number}: \"{target}\" does not exist under {src}")
    return problems


def cycles(src, files):
    graph = {rel: [t for _, t in includes(src, rel)] for rel in files}
    state, stack, found = {}, [], []

    def visit(node):
        state[node] = "open"
        stack.append(node)
        for nxt in graph.get(node, []):
            if state.get(nxt) == "open":
                found.append(" -> ".join(stack[stack.index(nxt):] + [nxt]))
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node)
    return [f"include cycle: {c}" for c in found]


def main():
    src = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "src")
    files = sorted(str(p.relative_to(src)) for p in src.rglob("*") if p.suffix in (".hpp", ".cpp"))
    strays = [f for f in files if layer_of(f) not in LAYERS]
    problems = [f"{src / f}: not in a layer folder ({', '.join(LAYERS)})" for f in strays]
    files = [f for f in files if f not in strays]
    problems += upward_includes(src, files) + cycles(src, files)
    for p in problems:
        print(p)
    print(f"check_layers: {len(files)} files in {len(LAYERS)} layers, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
