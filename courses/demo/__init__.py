"""The demo site: content and the functions that build it for `manage.py seed_demo`.

The course texts are plain Python data, one module per course and language
(content_<course>_<language>.py); programme.py lists the courses, build.py and accounts.py
write them to the database.
"""

from lms.demo import DemoError

__all__ = ["DemoError"]
