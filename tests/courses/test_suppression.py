"""Small-cell suppression: what is hidden, and that nothing hidden can be worked out again."""

import random
from fractions import Fraction

import pytest

from courses.reporting.suppression import (
    disclosed_cells,
    line_is_safe,
    suppress_line,
    suppress_table,
    suppress_tables,
)


def determined_by_algebra(cells, suppression) -> set:
    """The hidden figures that the shown ones fix exactly, found by Gaussian elimination over
    every row, column and total equation: an audit independent of the graph argument."""
    rows, columns = len(cells), len(cells[0])
    unknowns = (
        [("cell", key) for key in sorted(suppression.cells)]
        + [("row_total", i) for i in sorted(suppression.row_totals)]
        + [("column_total", j) for j in sorted(suppression.column_totals)]
    )
    index = {unknown: k for k, unknown in enumerate(unknowns)}

    def equation(terms):
        row = [Fraction(0)] * len(unknowns)
        for unknown, sign in terms:
            if unknown in index:
                row[index[unknown]] += sign
        return row

    equations = [
        equation([(("cell", (i, j)), 1) for j in range(columns)] + [(("row_total", i), -1)])
        for i in range(rows)
    ] + [
        equation([(("cell", (i, j)), 1) for i in range(rows)] + [(("column_total", j), -1)])
        for j in range(columns)
    ]
    equations.append(equation([(("row_total", i), 1) for i in range(rows)]))
    equations.append(equation([(("column_total", j), 1) for j in range(columns)]))
    pivots, rank = [], 0
    for column in range(len(unknowns)):
        pivot = next((r for r in range(rank, len(equations)) if equations[r][column]), None)
        if pivot is None:
            continue
        equations[rank], equations[pivot] = equations[pivot], equations[rank]
        lead = equations[rank][column]
        equations[rank] = [value / lead for value in equations[rank]]
        for other in range(len(equations)):
            if other != rank and equations[other][column]:
                factor = equations[other][column]
                equations[other] = [
                    a - factor * b for a, b in zip(equations[other], equations[rank], strict=True)
                ]
        pivots.append(column)
        rank += 1
    return {
        unknowns[column]
        for row, column in enumerate(pivots)
        if all(not equations[row][other] for other in range(len(unknowns)) if other != column)
    }


def lines_are_safe(cells, result) -> bool:
    """No row or column, totals included, pins a hidden figure given what a reader knows of
    hidden figures ("<5": 1 to 4, "x": 5 or more)."""
    row_totals = [sum(row) for row in cells]
    column_totals = [sum(column) for column in zip(*cells, strict=True)]
    lines = [
        [(1, v, (i, j) in result.cells) for j, v in enumerate(row)]
        + [(-1, row_totals[i], i in result.row_totals)]
        for i, row in enumerate(cells)
    ]
    lines += [
        [(1, cells[i][j], (i, j) in result.cells) for i in range(len(cells))]
        + [(-1, column_totals[j], j in result.column_totals)]
        for j in range(len(column_totals))
    ]
    grand = sum(row_totals)
    lines.append(
        [(1, v, i in result.row_totals) for i, v in enumerate(row_totals)] + [(-1, grand, False)]
    )
    lines.append(
        [(1, v, j in result.column_totals) for j, v in enumerate(column_totals)]
        + [(-1, grand, False)]
    )
    return all(line_is_safe(line, 5) for line in lines)


def test_two_hidden_fours_adding_up_to_eight_are_not_shown_at_all():
    # Each is at most 4 and together they are 8: both are 4. No hiding helps.
    assert suppress_table([[0], [4], [4], [0]], 5).too_few
    # With the total shown, a "<5" and an "x" adding up to 6 would give the "<5" away (it is
    # 1, the other 5): a third figure is hidden.
    assert suppress_line([1, 5, 20], 5) == {0, 1, 2}


def test_small_counts_are_hidden_and_zeros_are_shown():
    cells = [[3, 9], [8, 12], [0, 7]]

    result = suppress_table(cells, 5)

    assert (0, 0) in result.cells
    assert (2, 0) not in result.cells
    assert not determined_by_algebra(cells, result)


def test_a_line_never_has_just_one_hidden_figure():
    assert suppress_line([3, 10, 20], 5) == {0, 1}
    # Two hidden figures of 1 and 2 would be a group of 3: a third one joins them.
    assert suppress_line([1, 2, 10, 20], 5) == {0, 1, 2}
    assert suppress_line([6, 7, 8], 5) == set()


def test_a_table_of_fewer_people_than_the_threshold_is_not_broken_down():
    assert suppress_table([[1, 2], [0, 1]], 5).too_few


def test_a_threshold_of_one_hides_nothing():
    result = suppress_table([[1, 2], [0, 1]], 1)
    assert not (result.cells or result.row_totals or result.column_totals or result.too_few)


def test_hidden_figures_always_lie_on_a_loop_so_no_sum_gives_one_away():
    # Two blocks of people that share no row and no column: hiding inside each block alone
    # would leave a figure that adding totals gives away.
    cells = [[3, 9, 0, 0], [8, 12, 0, 0], [0, 0, 2, 30], [0, 0, 40, 6]]

    result = suppress_table(cells, 5)

    assert not disclosed_cells(cells, result)
    assert not determined_by_algebra(cells, result)


@pytest.mark.parametrize("seed", range(6))
def test_no_random_table_gives_a_hidden_figure_away(seed):
    generator = random.Random(seed)
    for _ in range(150):
        rows, columns = generator.randint(1, 8), generator.randint(1, 5)
        spread = generator.choice([4, 8, 30])
        cells = [
            [generator.choice([0, 0, generator.randint(1, spread)]) for _ in range(columns)]
            for _ in range(rows)
        ]
        result = suppress_table(cells, 5)
        if result.too_few:
            continue
        assert not determined_by_algebra(cells, result), cells
        assert lines_are_safe(cells, result), cells
        for i, row in enumerate(cells):
            for j, value in enumerate(row):
                if 0 < value < 5:
                    assert (i, j) in result.cells
                if value == 0:
                    assert (i, j) not in result.cells


def test_tables_sharing_totals_hide_them_alike():
    generator = random.Random(7)
    for _ in range(100):
        people = [
            (generator.randrange(5), generator.randrange(8), generator.randrange(4))
            for _ in range(generator.randint(5, 60))
        ]
        tables = {
            name: (
                [
                    [sum(1 for p in people if p[d] == i and p[2] == j) for j in range(4)]
                    for i in range(size)
                ],
                name,
                "gender",
            )
            for name, d, size in (("country", 0, 5), ("role", 1, 8))
        }

        results = suppress_tables(tables, 5)

        hidden_totals = {
            frozenset(result.column_totals) for result in results.values() if not result.too_few
        }
        assert len(hidden_totals) <= 1
        for name, (cells, _rows, _columns) in tables.items():
            assert not determined_by_algebra(cells, results[name])
