"""Command line: `loket check`, for redacteuren and CI."""
