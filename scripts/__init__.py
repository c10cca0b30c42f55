"""Project scripts: generation and the local mock server."""
