"""The MkDocs side: the hook, fast pages, search engines and their assets."""
