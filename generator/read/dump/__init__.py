"""A w3m or lynx dump of a comment page, read: its lines, comment headers, page head and tree.

The pieces of the "threaded" dialect (:mod:`generator.read.dialects.threaded`), in reading order:
``dumplines`` (list markers, columns, link markers), ``chrome`` (what is not comment text),
``heads`` (who wrote a comment and when), ``threadtree`` (the tree from the columns),
``reflow`` (paragraphs from wrapped lines) and ``pagehead`` (title, byline, article).
"""
