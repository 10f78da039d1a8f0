"""Sync: the engine that pulls the changes feed and pushes the outbox (:mod:`.engine`, no Qt),
and its Qt face for the GUI (:mod:`.controller`)."""
