"""The demo courses for `manage.py seed_demo`: content.py and quizzes.py read them from
demo/content/courses/, build.py writes them and the site's home pages and catalogues,
accounts.py and learner.py make the demo accounts and what the demo learner has done."""
