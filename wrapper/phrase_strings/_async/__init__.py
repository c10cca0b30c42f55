"""The feature code, written once as async; `phrase_strings._sync` is generated from it.

Run ``python scripts/unasync.py`` after editing a module here (``--check`` fails when the twin is stale).
"""
