"""Adapter: the only layer that imports MkDocs (plugins, config and files only)."""
