"""Browser tests: the built site served over HTTP and read in Debian's Chromium via Playwright."""
