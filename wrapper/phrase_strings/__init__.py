"""phrase-strings: typed sync and async client for the Phrase Strings API v2."""
