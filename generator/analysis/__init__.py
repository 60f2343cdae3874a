"""The model to findings, pure: dates, references, addressees, signatures, reposts, names, summaries."""
