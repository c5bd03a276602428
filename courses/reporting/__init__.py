"""Programme reporting: the figures donors get (people enrolled and trained, completion,
knowledge gain), broken down by learners' country, gender, role and age group with small cells
suppressed, and the charts, PDF and exports that carry them.

- filters.py: the reporting period and filters every report takes (Selection);
- dimensions.py: what reports break down by, with consent;
- queries.py: the aggregates, computed in the database;
- suppression.py: small-cell suppression (pure functions);
- report.py: a whole programme report for a Selection;
- questions.py: question statistics of a quiz;
- charts.py, pdf.py, exports.py: how they are shown, printed and exported.
"""
