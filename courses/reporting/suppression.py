"""Small-cell suppression of count tables: pure functions, no database.

A table counts people by a row category and a column category (say country × gender), with
row totals, column totals and a grand total. Its figures are bound by sums: every row adds
up to its total, every column too, and the totals add up to the grand total. Hiding a small
figure is worthless if the sums let anyone work it out again, so:

1. **Primary suppression**: every count from 1 to `threshold - 1` is hidden, totals
   included, and shown as "<5". Zeros are shown.
2. **Totals first, on their own**: the row totals and the column totals are each treated as
   a one-line table under the grand total (`suppress_line`). They are the same figures in
   every table that shows them (the totals by gender are the same next to countries and next
   to roles), so they are decided from the totals alone, and no table shows a total that
   another one hides.
3. **Complementary (secondary) suppression** of the inside of the table
   (`suppress_table`), with the totals as decided:
   - a line (a row or a column, with its total) never has exactly one hidden figure;
   - where a line's total is shown, its hidden figures together hold at least `threshold`
     people, so the hidden part is no small group itself;
   - no hidden figure of a line is pinned to one value by the shown ones and what a reader
     knows of the hidden ones: "<5" is 1 to 4, and a complement, shown as "x", is 5 or more
     (`line_is_safe`);
   - every hidden figure lies on a closed loop of hidden figures through rows and columns.
     Seen as a graph (rows, columns and the two lines of totals are the nodes, each figure
     an edge between its row and its column), a hidden figure that is on no cycle of hidden
     figures (a bridge) can be computed by adding and subtracting totals of several rows
     and columns; one on a cycle cannot, since the loop can be shifted by +1/−1 around it
     without changing any total. Loops are closed along the cheapest way (fewest people
     hidden), through the smallest shown figures.
   Complements are the smallest non-zero figures shown, inside the table before any total.

The grand total is never hidden: a table whose grand total is below the threshold is not
broken down at all (`too_few`), and neither is a table that these rules cannot protect (say
8 people in two categories of 4 each: two figures of at most 4 adding up to 8 are both 4).
"""

import heapq
from dataclasses import dataclass, field


def is_small(value: int, threshold: int) -> bool:
    return 0 < value < threshold


def bounds(value: int, threshold: int) -> tuple:
    """What a reader knows of a hidden figure: a figure shown as "<5" is from 1 to 4; any other
    hidden figure (shown as "x") is at least 5; zeros are never hidden."""
    return (1, threshold - 1) if is_small(value, threshold) else (threshold, None)


def line_is_safe(members, threshold: int) -> bool:
    """Whether the hidden figures of one line are safe. `members` are (sign, value, hidden)
    for the figures bound by the line's sum (sign × value adds up to zero: cells +1, their
    total −1). Safe: no figure hidden, or at least two, none of which the shown figures and
    the known bounds of the hidden ones pin to one value, and, where the total is shown, the
    hidden ones together hold at least `threshold` people."""
    hidden = [(sign, value) for sign, value, is_hidden in members if is_hidden]
    if not hidden:
        return True
    if len(hidden) < 2:
        return False
    if all(sign > 0 for sign, _value in hidden) and sum(v for _s, v in hidden) < threshold:
        return False
    # The signed sum of the hidden figures is known: minus that of the shown ones.
    known = sum(sign * value for sign, value in hidden)
    terms = []  # the range of sign × x for each hidden x; None is unbounded
    for sign, value in hidden:
        low, high = bounds(value, threshold)
        terms.append((low, high) if sign > 0 else (None if high is None else -high, -low))
    for index, (sign, value) in enumerate(hidden):
        others = [term for i, term in enumerate(terms) if i != index]
        others_low = None if any(t[0] is None for t in others) else sum(t[0] for t in others)
        others_high = None if any(t[1] is None for t in others) else sum(t[1] for t in others)
        # sign × x = known − (the others' signed sum)
        term_low = None if others_high is None else known - others_high
        term_high = None if others_low is None else known - others_low
        if sign > 0:
            low, high = term_low, term_high
        else:
            low = None if term_high is None else -term_high
            high = None if term_low is None else -term_low
        own_low, own_high = bounds(value, threshold)
        low = own_low if low is None else max(low, own_low)
        high = own_high if high is None else (high if own_high is None else min(high, own_high))
        if high is not None and low >= high:
            return False
    return True


def suppress_line(values: list[int], threshold: int) -> set[int]:
    """Indexes of `values` to hide in a line whose total (their sum) is shown: the small ones,
    and then the smallest other non-zero ones until the line is safe (`line_is_safe`)."""
    hidden = {i for i, value in enumerate(values) if is_small(value, threshold)}
    while not line_is_safe([(1, v, i in hidden) for i, v in enumerate(values)], threshold):
        candidates = [(values[i], i) for i in range(len(values)) if i not in hidden and values[i]]
        if not candidates:
            break
        hidden.add(min(candidates)[1])
    return hidden


@dataclass
class Suppression:
    """Which figures of a table are hidden: inner cells as (row, column) pairs, row totals and
    column totals by index. `too_few`: the grand total is under the threshold, and nothing is
    broken down."""

    cells: set = field(default_factory=set)
    row_totals: set = field(default_factory=set)
    column_totals: set = field(default_factory=set)
    too_few: bool = False


def suppress_table(
    cells: list[list[int]],
    threshold: int,
    *,
    hidden_row_totals: frozenset = frozenset(),
    hidden_column_totals: frozenset = frozenset(),
) -> Suppression:
    """Decide which figures of a table of counts to hide (see the module's docstring). `cells`
    is a list of rows of non-negative counts; totals are their sums. `hidden_row_totals` and
    `hidden_column_totals` are totals to hide whatever the table needs, because another
    table showing the same totals hides them (`suppress_tables`). With a threshold of 1 or
    less nothing is hidden."""
    rows = len(cells)
    columns = len(cells[0]) if cells else 0
    row_totals = [sum(row) for row in cells]
    column_totals = [sum(cells[i][j] for i in range(rows)) for j in range(columns)]
    grand = sum(row_totals)
    if threshold <= 1:
        return Suppression()
    if grand < threshold:
        return Suppression(too_few=True)
    result = Suppression(
        row_totals=suppress_line(row_totals, threshold) | set(hidden_row_totals),
        column_totals=suppress_line(column_totals, threshold) | set(hidden_column_totals),
    )
    result.cells = {
        (i, j) for i in range(rows) for j in range(columns) if is_small(cells[i][j], threshold)
    }
    graph = _Graph(cells, result)
    while True:
        changed, safe = _enforce_lines(cells, threshold, result)
        changed |= graph.close_bridges()
        if not changed:
            break
    if not safe or disclosed_cells(cells, result):
        # Rare: so few people in so few cells that no hiding protects them. The table is then
        # not broken down at all.
        return Suppression(too_few=True)
    return result


def suppress_tables(tables: dict, threshold: int) -> dict:
    """Suppress several tables that show the same totals: `tables` maps a name to
    (cells, row totals' name, column totals' name), e.g. {"country": (cells, "country",
    "gender"), "role": (cells, "role", "gender")}. Tables whose totals share a name show the
    same totals, so a total hidden in one is hidden in all (repeated until nothing changes).
    Returns a Suppression per table name."""
    forced = {}
    while True:
        results = {
            name: suppress_table(
                cells,
                threshold,
                hidden_row_totals=frozenset(forced.get(rows_name, ())),
                hidden_column_totals=frozenset(forced.get(columns_name, ())),
            )
            for name, (cells, rows_name, columns_name) in tables.items()
        }
        wanted = {}
        for name, (_cells, rows_name, columns_name) in tables.items():
            wanted.setdefault(rows_name, set()).update(results[name].row_totals)
            wanted.setdefault(columns_name, set()).update(results[name].column_totals)
        if all(wanted[key] <= set(forced.get(key, ())) for key in wanted):
            return results
        forced = {key: set(forced.get(key, ())) | wanted[key] for key in wanted}


def _enforce_lines(cells, threshold, result) -> tuple[bool, bool]:
    """Hide more figures until every line is safe (`line_is_safe`): the smallest shown
    non-zero cell of the line, or, in the lines of totals, the smallest shown total. Returns
    whether anything was hidden, and whether every line is safe now."""
    changed, safe = False, True
    rows, columns = len(cells), len(cells[0])
    row_totals = [sum(row) for row in cells]
    column_totals = [sum(cells[i][j] for i in range(rows)) for j in range(columns)]
    hidden = {"cell": result.cells, "row_total": result.row_totals}
    hidden["column_total"] = result.column_totals
    value = {
        "cell": lambda key: cells[key[0]][key[1]],
        "row_total": lambda key: row_totals[key],
        "column_total": lambda key: column_totals[key],
    }
    lines = [
        [(("cell", (i, j)), 1) for j in range(columns)] + [(("row_total", i), -1)]
        for i in range(rows)
    ]
    lines += [
        [(("cell", (i, j)), 1) for i in range(rows)] + [(("column_total", j), -1)]
        for j in range(columns)
    ]
    # The grand total, always shown, closes the two lines of totals.
    lines += [[(("row_total", i), 1) for i in range(rows)]]
    lines += [[(("column_total", j), 1) for j in range(columns)]]
    grand = sum(row_totals)
    for number, line in enumerate(lines):
        closing = [(-1, grand, False)] if number >= rows + columns else []
        while True:
            members = [
                (sign, value[kind](key), key in hidden[kind]) for (kind, key), sign in line
            ] + closing
            if line_is_safe(members, threshold):
                break
            shown = [
                (value[kind](key), kind != "cell", kind, key)
                for (kind, key), _sign in line
                if key not in hidden[kind] and value[kind](key)
            ]
            if not shown:
                safe = False
                break
            # Inner cells first: totals are shared with other tables.
            _value, _is_total, kind, key = min(shown, key=lambda c: (c[1], c[0]))
            hidden[kind].add(key)
            changed = True
    return changed, safe


ROWS_TOTAL = ("totals", "rows")  # the node of the relation "row totals add up to the grand total"
COLUMNS_TOTAL = ("totals", "columns")


class _Graph:
    """The table as a graph: a node per row, per column and per line of totals; a figure is an
    edge between the two relations it appears in."""

    def __init__(self, cells, result: Suppression):
        self.cells = cells
        self.result = result
        self.rows, self.columns = len(cells), len(cells[0])

    def edges(self):
        """Every figure that could be hidden: (key, node, node, value)."""
        for i in range(self.rows):
            for j in range(self.columns):
                yield ("cell", (i, j)), ("row", i), ("column", j), self.cells[i][j]
            yield ("row_total", i), ("row", i), COLUMNS_TOTAL, sum(self.cells[i])
        for j in range(self.columns):
            value = sum(self.cells[i][j] for i in range(self.rows))
            yield ("column_total", j), ROWS_TOTAL, ("column", j), value

    def is_hidden(self, key) -> bool:
        kind, index = key
        if kind == "cell":
            return index in self.result.cells
        if kind == "row_total":
            return index in self.result.row_totals
        return index in self.result.column_totals

    def hide(self, key):
        kind, index = key
        {"cell": self.result.cells, "row_total": self.result.row_totals}.get(
            kind, self.result.column_totals
        ).add(index)

    def close_bridges(self) -> bool:
        """Hide more figures until every hidden one lies on a cycle of hidden ones. Returns
        whether anything was added."""
        changed = False
        while True:
            bridge = self._first_bridge()
            if bridge is None:
                return changed
            path = self._cheapest_detour(bridge, totals_may_change=False)
            if path is None:
                # The totals as decided leave no loop through the inside of the table; hide a
                # total as well (rare: tables with most of their people in very few cells).
                path = self._cheapest_detour(bridge, totals_may_change=True)
            if not path:
                return changed
            for key in path:
                self.hide(key)
            changed = True

    def _hidden_edges(self):
        return [(key, a, b) for key, a, b, _value in self.edges() if self.is_hidden(key)]

    def _first_bridge(self):
        hidden = self._hidden_edges()
        for key, a, b in hidden:
            if not _connected(a, b, [(k, x, y) for k, x, y in hidden if k != key]):
                return key, a, b
        return None

    def _cheapest_detour(self, bridge, *, totals_may_change):
        """The figures to hide (fewest people) that join the two ends of `bridge` without it:
        Dijkstra over hidden figures (free) and shown non-zero ones (costing their value)."""
        bridge_key, start, goal = bridge
        adjacency = {}
        for key, a, b, value in self.edges():
            if key == bridge_key:
                continue
            if self.is_hidden(key):
                cost = 0
            elif value and (key[0] == "cell" or totals_may_change):
                cost = value
            else:
                continue
            adjacency.setdefault(a, []).append((b, key, cost))
            adjacency.setdefault(b, []).append((a, key, cost))
        best = {start: 0}
        previous = {}
        queue = [(0, 0, start)]
        counter = 1
        while queue:
            cost, _order, node = heapq.heappop(queue)
            if node == goal:
                path, current = [], goal
                while current != start:
                    current, key = previous[current]
                    if not self.is_hidden(key):
                        path.append(key)
                return path
            if cost > best.get(node, cost):
                continue
            for neighbour, key, step in adjacency.get(node, []):
                candidate = cost + step
                if candidate < best.get(neighbour, candidate + 1):
                    best[neighbour] = candidate
                    previous[neighbour] = (node, key)
                    heapq.heappush(queue, (candidate, counter, neighbour))
                    counter += 1
        return None


def _connected(start, goal, edges) -> bool:
    adjacency = {}
    for _key, a, b in edges:
        adjacency.setdefault(a, []).append(b)
        adjacency.setdefault(b, []).append(a)
    seen, stack = {start}, [start]
    while stack:
        node = stack.pop()
        if node == goal:
            return True
        for neighbour in adjacency.get(node, []):
            if neighbour not in seen:
                seen.add(neighbour)
                stack.append(neighbour)
    return False


def disclosed_cells(cells: list[list[int]], suppression: Suppression) -> set:
    """For tests and audits: the hidden figures that the shown ones determine exactly by
    linear algebra (a hidden figure on no cycle of hidden figures). Empty when the table is
    safe."""
    graph = _Graph(cells, suppression)
    hidden = graph._hidden_edges()
    return {
        key
        for key, a, b in hidden
        if not _connected(a, b, [(k, x, y) for k, x, y in hidden if k != key])
    }
