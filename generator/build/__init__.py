"""What only makes building fast or safe: workers, cache, no-op manifest, stamps, records on disk,
external sort, atomic writes."""
