"""Phrase Strings webhook events as typed models (generated; use them through ``phrase_strings.webhooks``).

``events`` holds the event-name constants and the table from names to models; ``models`` the models.
"""
