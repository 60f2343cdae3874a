"""The YAML front matter of a generated page: title, description and the settings MkDocs and
Material read from it."""

from __future__ import annotations

from generator.pages import html, plainyaml


def front_matter(fields: dict[str, object]) -> str:
    """YAML front matter; yaml quotes whatever a title holds (``"``, ``:``, ``---``).

    String values are HTML-escaped: MkDocs and Material insert page meta into the HTML as it
    stands (the title into ``<title>``, the header and the search index, which shows titles as
    HTML; author and description into ``<meta>`` attributes).
    """
    escaped = {
        key: html.text(value) if isinstance(value, str) else value
        for key, value in fields.items()
        if value is not None
    }
    body = plainyaml.dump(escaped)
    if body is None:
        import yaml  # only here: loading it takes longer than most builds need it

        body = yaml.safe_dump(escaped, allow_unicode=True, sort_keys=False, width=1_000_000)
    return f"---\n{body}---\n"
