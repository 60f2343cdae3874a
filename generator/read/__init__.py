"""Bytes and text to the model: seed files, lines, front matter, dialects, slugs."""
