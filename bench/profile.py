"""Profile one call of the benchmark with cProfile, against the same canned nginx answers.

    python -m bench.profile --impl phrase --op list_keys --calls 500
    python -m bench.profile --impl phrase_async --op show_project --sort tottime

Prints the functions that take the time (cumulative by default), so a missed target can be traced
to its cause. Run it from the repository root with the bench environment (``nox -s bench`` builds it:
``.nox/bench/bin/python -m bench.profile ...``).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import pstats
import tempfile
from pathlib import Path

from . import nginx, worker


def main(argv: list[str] | None = None) -> None:
    """Start nginx, warm the client up, profile ``--calls`` calls, print the top of the profile."""
    parser = argparse.ArgumentParser(prog="python -m bench.profile", description=__doc__.split("\n")[0])
    parser.add_argument("--impl", default="phrase", choices=sorted(worker.NAMES))
    parser.add_argument("--op", default="list_keys", choices=["show_project", "list_keys", "list_translations"])
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--sort", default="cumulative", choices=["cumulative", "tottime", "ncalls"])
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args(argv)
    profiler = cProfile.Profile()
    with tempfile.TemporaryDirectory(prefix="phrase-bench-") as tmp:
        workdir = Path(tmp)
        workdir.chmod(0o755)
        with nginx.serve(workdir, download_mb=1) as (base, _):
            if worker.is_async(args.impl):

                async def run() -> None:
                    ops, close = worker.async_ops(args.impl, base)
                    op = ops[args.op]
                    for _ in range(20):
                        await op()
                    profiler.enable()
                    for _ in range(args.calls):
                        await op()
                    profiler.disable()
                    await close()

                asyncio.run(run())
            else:
                ops, close = worker.sync_ops(args.impl, base)
                op = ops[args.op]
                for _ in range(20):
                    op()
                profiler.enable()
                for _ in range(args.calls):
                    op()
                profiler.disable()
                close()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.strip_dirs().sort_stats(args.sort).print_stats(args.top)
    print(out.getvalue())


if __name__ == "__main__":
    main()
