#!/usr/bin/env python3
"""What grew between two class histograms of a node (jcmd GC.class_histogram), per session.

    scripts/histogram-diff.py target/load/browser-board-20.histo target/load/browser-board-80.histo 60

prints the classes whose bytes grew most, in bytes and instances per added session.
"""
import re
import sys


def read(path):
    classes = {}
    for line in open(path, encoding="utf-8"):
        m = re.match(r"\s*\d+:\s+(\d+)\s+(\d+)\s+(\S+)", line)
        if m:
            classes[m.group(3)] = (int(m.group(1)), int(m.group(2)))
    return classes


def main():
    low, high, sessions = read(sys.argv[1]), read(sys.argv[2]), int(sys.argv[3])
    rows = []
    for name, (count, size) in high.items():
        before = low.get(name, (0, 0))
        rows.append(((size - before[1]) / sessions, (count - before[0]) / sessions, name))
    rows.sort(reverse=True)
    total = sum(r[0] for r in rows)
    print(f"{total / 1024:.0f} KB per session in all")
    for size, count, name in rows[: int(sys.argv[4]) if len(sys.argv) > 4 else 40]:
        print(f"{size / 1024:9.1f} KB {count:9.1f} objects  {name}")


if __name__ == "__main__":
    main()
