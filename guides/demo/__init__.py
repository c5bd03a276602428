"""The guides of the demo site: content and the function that builds it for
`manage.py seed_demo`.

The texts are plain Python data, one module per destination and language
(content_<destination>_<language>.py, and content_general_<language>.py for the guides under
the hub itself); numbers.py holds every phone number once, so that no translation can change
one; destinations.py lists what is built, build.py writes it to the database.
"""
