"""Benchmark of phrase_strings against raw httpx and the official client; run with ``nox -s bench``."""
