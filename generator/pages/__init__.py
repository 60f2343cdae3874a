"""Findings to Markdown strings: page paths, escaping, the discussion page and the site-wide pages."""
