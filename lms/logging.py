"""Logging filters."""

import logging


class DropStrayException(logging.Filter):
    """Django's tasks framework logs every finished task with whatever exception is being
    handled at that moment. A task that runs at once inside someone else's `except` block
    (Wagtail's reference index update when `get_or_create` creates a row) is then logged, at
    INFO, with an unrelated traceback. Keep tracebacks for errors only."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.ERROR:
            record.exc_info = None
            record.exc_text = None
        return True
