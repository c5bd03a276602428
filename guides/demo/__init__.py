"""The demo guides for `manage.py seed_demo`: content.py reads them from demo/content/guides/,
build.py writes them under a guide hub in every language of demo/content/site/."""
