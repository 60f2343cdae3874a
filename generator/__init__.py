"""Turn archived web discussions (plain-text dumps) into a static MkDocs site."""

from generator.dialects import parse
from generator.errors import SeedError
from generator.model import Comment, Diagnostic, Discussion, Paragraph, SourceLine

__all__ = ["Comment", "Diagnostic", "Discussion", "Paragraph", "SeedError", "SourceLine", "parse"]
