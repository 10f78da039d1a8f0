"""Charts: bars, stacked bars and lines, drawn by Qt Charts behind this one module.

Qt Charts (in PySide6-Addons) is deprecated since Qt 6.10, and its successor Qt Graphs draws
2D only from QML. So nothing else imports Qt Charts: a screen describes a chart as data
(:class:`ChartData` — categories, series with their colours, the value axis) and gets a
:class:`Chart` widget that says which bar or point was picked. Moving to Qt Graphs later
rewrites this module and nothing else.

Colours: each series brings its own (the screen takes them from ``gui/theme.py`` by meaning);
text, grid and background come from the application's palette, read again at every
:meth:`Chart.set_data` — so a screen that follows the theme redraws its charts in the new one.

Keyboard: the chart takes focus; Left/Right move along the categories, Up/Down between the
series, Enter or Space picks the highlighted bar (what a click does). The highlighted item is
also the widget's accessible description.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QCursor,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from vipclient.gui import shortcuts


class ChartKind(StrEnum):
    BARS = "bars"
    STACKED = "stacked"
    LINES = "lines"


@dataclass(frozen=True)
class Series:
    """One series: its name (legend), a value per category (``None``: no value there) and
    its colour (``#rrggbb``)."""

    name: str
    values: Sequence[float | None]
    color: str


@dataclass(frozen=True)
class ChartData:
    """What to draw. ``value_max`` fixes the value axis (per cent: 100); ``value_suffix`` is
    shown after values in labels and tooltips; ``horizontal`` lays bars along the value axis
    from the left (long category names read better)."""

    kind: ChartKind
    title: str
    categories: Sequence[str]
    series: Sequence[Series]
    value_max: float | None = None
    value_suffix: str = ""
    decimals: int = 0
    horizontal: bool = False
    labels: bool = False
    legend: bool = True
    value_title: str = ""

    def value(self, series: int, index: int) -> float | None:
        values = self.series[series].values
        return values[index] if 0 <= index < len(values) else None

    def describe(self, series: int, index: int) -> str:
        """``Category · Series: value`` (tooltips, the accessible description)."""
        value = self.value(series, index)
        shown = "–" if value is None else f"{value:.{self.decimals}f}{self.value_suffix}"
        return f"{self.categories[index]} · {self.series[series].name}: {shown}"


class Chart(QChartView):
    """A chart of :class:`ChartData`; ``activated(series, index)`` when a bar or point is
    clicked, or picked with the keyboard."""

    activated = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        super().__init__(chart, parent)
        self._chart = chart
        self._data: ChartData | None = None
        self._bar_sets: list[QBarSet] = []
        self._lines: list[QLineSeries] = []
        self._current: tuple[int, int] | None = None
        self._values_axis: QValueAxis | None = None
        self._palette_key: tuple[str, ...] = ()
        self._chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self._chart.setMargins(QMargins(4, 4, 18, 4))
        self._chart.layout().setContentsMargins(0, 0, 0, 0)
        self._chart.setBackgroundRoundness(0)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(200)

    # --- public ---

    def data(self) -> ChartData | None:
        return self._data

    def set_data(self, data: ChartData) -> None:
        """Draw ``data`` (in the palette in force now); the highlighted item stays where it
        was when it still exists.

        New values for the same categories and series (a refresh, most of the time) are put
        into the bars and points already drawn, and only the value axis is set again: rebuilt
        series, axes and legend cost the UI thread 5–10 ms of layout at the next turn."""
        old, self._data = self._data, data
        if old is not None and _same_shape(old, data) and self._palette_key == _palette_key():
            self._update_values(data)
            return
        self._palette_key = _palette_key()
        chart = self._chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self._bar_sets, self._lines = [], []
        palette = QApplication.palette()
        text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
        grid = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Mid)
        chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
        chart.setPlotAreaBackgroundVisible(False)
        chart.setTitle(html.escape(data.title))
        chart.setTitleBrush(text)
        title_font = QFont(self.font())
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        legend = chart.legend()
        legend.setVisible(data.legend and len(data.series) > 1)
        legend.setLabelColor(text)
        # Many series' names do not fit in one line under the chart (they were elided).
        legend.setAlignment(Qt.AlignmentFlag.AlignRight if len(data.series) > LEGEND_BELOW
                            else Qt.AlignmentFlag.AlignBottom)

        # Qt Charts reads labels as rich text: "< 1 h" would vanish unescaped.
        names = [html.escape(name) for name in data.categories]
        categories = (_line_axis(names) if data.kind is ChartKind.LINES
                      else QBarCategoryAxis())
        if isinstance(categories, QBarCategoryAxis):
            # Horizontal bars are drawn from the bottom up: the first category goes on top.
            categories.append(names[::-1] if data.horizontal else names)
        values = self._values_axis = QValueAxis()
        self._set_range(data)
        if data.value_title:
            values.setTitleText(data.value_title)
            values.setTitleBrush(text)
        for axis in (categories, values):
            axis.setLabelsColor(text)
            axis.setGridLineColor(grid)
            axis.setLinePenColor(grid)
        categories.setGridLineVisible(False)

        if data.kind is ChartKind.LINES:
            self._add_lines(data, categories, values)
        else:
            self._add_bars(data, categories, values, text)
        self._restore_current()

    def _set_range(self, data: ChartData) -> None:
        axis = self._values_axis
        if axis is None:
            return
        top, ticks = (data.value_max, 6) if data.value_max is not None else _nice_max(data)
        if (axis.max(), axis.tickCount()) != (top, ticks):
            axis.setRange(0, top)
            axis.setTickCount(ticks)
            axis.setLabelFormat("%d" if top >= 5 else "%.1f")

    def _update_values(self, data: ChartData) -> None:
        for bar_set, s in zip(self._bar_sets, data.series, strict=False):
            shown = [0.0 if v is None else float(v) for v in s.values]
            for i, value in enumerate(shown[::-1] if data.horizontal else shown):
                if bar_set.at(i) != value:
                    bar_set.replace(i, value)
        for line, s in zip(self._lines, data.series, strict=False):
            points = [QPointF(i, float(v)) for i, v in enumerate(s.values) if v is not None]
            if line.points() != points:
                line.replace(points)
        self._set_range(data)
        self._restore_current()

    def current_item(self) -> tuple[int, int] | None:
        """The highlighted (series, category), if any."""
        return self._current

    def set_current_item(self, series: int, index: int) -> None:
        data = self._data
        if data is None or not data.series or not data.categories:
            return
        series = max(0, min(series, len(data.series) - 1))
        index = max(0, min(index, len(data.categories) - 1))
        self._highlight(None)
        self._current = (series, index)
        self._highlight(self._current)
        self.setAccessibleDescription(data.describe(series, index))

    def save_png(self, path: str | Path) -> bool:
        """The chart as it is on screen (``grab()``), as a PNG file."""
        return self.grab().save(str(path), "PNG")

    # --- drawing ---

    def _add_bars(self, data: ChartData, categories: QAbstractAxis, values: QValueAxis,
                  text: QColor) -> None:
        stacked = data.kind is ChartKind.STACKED
        series: QAbstractBarSeries
        if data.horizontal:
            series = QHorizontalStackedBarSeries() if stacked else QHorizontalBarSeries()
        else:
            series = QStackedBarSeries() if stacked else QBarSeries()
        for n, s in enumerate(data.series):
            bar_set = QBarSet(html.escape(s.name))
            shown = [0.0 if v is None else float(v) for v in s.values]
            bar_set.append(shown[::-1] if data.horizontal else shown)
            color = QColor(s.color)
            bar_set.setColor(color)
            bar_set.setBorderColor(color)
            bar_set.setLabelColor(text)
            bar_set.setSelectedColor(_highlight_of(color))
            bar_set.clicked.connect(lambda index, n=n: self._picked(n, self._category(index)))
            bar_set.hovered.connect(
                lambda on, index, n=n: self._hovered(on, n, self._category(index)))
            series.append(bar_set)
            self._bar_sets.append(bar_set)
        if data.labels:
            series.setLabelsVisible(True)
            series.setLabelsFormat(f"@value{data.value_suffix}")
            series.setLabelsPosition(
                QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd if not stacked
                else QAbstractBarSeries.LabelsPosition.LabelsCenter)
            series.setLabelsPrecision(12)  # significant digits: never "1.4e+04"
        self._chart.addSeries(series)
        category_side, value_side = (
            (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom) if data.horizontal
            else (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft))
        self._chart.addAxis(categories, category_side)
        self._chart.addAxis(values, value_side)
        series.attachAxis(categories)
        series.attachAxis(values)

    def _add_lines(self, data: ChartData, categories: QAbstractAxis,
                   values: QValueAxis) -> None:
        self._chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        self._chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        for n, s in enumerate(data.series):
            line = QLineSeries()
            line.setName(html.escape(s.name))
            color = QColor(s.color)
            pen = QPen(color)
            pen.setWidthF(2.0)
            line.setPen(pen)
            line.setPointsVisible(True)
            line.setMarkerSize(5.0)
            line.setSelectedColor(_highlight_of(color))
            # A day without a value has no point: the line goes from neighbour to neighbour.
            line.append([QPointF(i, float(v)) for i, v in enumerate(s.values) if v is not None])
            line.clicked.connect(lambda point, n=n: self._picked(n, round(point.x())))
            line.hovered.connect(
                lambda point, on, n=n: self._hovered(on, n, round(point.x())))
            self._chart.addSeries(line)
            line.attachAxis(categories)
            line.attachAxis(values)
            self._lines.append(line)

    # --- picking ---

    def _category(self, drawn: int) -> int:
        """The category of a bar as drawn (horizontal bars are drawn bottom up)."""
        data = self._data
        if data is not None and data.horizontal:
            return len(data.categories) - 1 - drawn
        return drawn

    def _picked(self, series: int, index: int) -> None:
        self.set_current_item(series, index)
        self.activated.emit(series, index)

    def _hovered(self, on: bool, series: int, index: int) -> None:
        if on and self._data is not None and 0 <= index < len(self._data.categories):
            QToolTip.showText(QCursor.pos(), self._data.describe(series, index), self)
        else:
            QToolTip.hideText()

    def _highlight(self, where: tuple[int, int] | None) -> None:
        if where is None:
            for bar_set in self._bar_sets:
                bar_set.deselectAllBars()
            for line in self._lines:
                line.deselectAllPoints()
            return
        series, index = where
        if series < len(self._bar_sets):
            self._bar_sets[series].selectBar(self._category(index))
        elif series < len(self._lines):
            line = self._lines[series]
            points = line.points()
            at = next((i for i, p in enumerate(points) if round(p.x()) == index), None)
            if at is not None:
                line.selectPoint(at)

    def _restore_current(self) -> None:
        if self._current is not None and self._data is not None:
            series, index = self._current
            if series < len(self._data.series) and index < len(self._data.categories):
                self._highlight(self._current)
                return
            self._current = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        data = self._data
        key = event.key()
        if data is None or not data.series or not data.categories:
            super().keyPressEvent(event)
            return
        series, index = self._current or (0, 0)
        moves = {
            Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1),
            Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0),
        }
        if data.horizontal:  # categories run down the left side
            moves = {Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1),
                     Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0)}
        if key in moves and shortcuts.matches(event, "chart.move"):
            if self._current is None:
                self.set_current_item(0, 0)
            else:
                ds, di = moves[Qt.Key(key)]
                self.set_current_item(series + ds, index + di)
            event.accept()
        elif shortcuts.matches(event, "chart.ends"):
            self.set_current_item(series, 0 if key == Qt.Key.Key_Home else len(data.categories) - 1)
            event.accept()
        elif shortcuts.matches(event, "chart.open"):
            if self._current is None:
                self.set_current_item(0, 0)
            assert self._current is not None
            self.activated.emit(*self._current)
            event.accept()
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self._current is None and self._data is not None and event.reason() in (
            Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason
        ):
            self.set_current_item(0, 0)


def _same_shape(a: ChartData, b: ChartData) -> bool:
    """Do ``a`` and ``b`` differ in their values only?"""
    return (a.kind, a.title, tuple(a.categories), a.horizontal, a.labels, a.value_suffix,
            a.value_title, a.legend) == (
            b.kind, b.title, tuple(b.categories), b.horizontal, b.labels, b.value_suffix,
            b.value_title, b.legend) and [(s.name, s.color) for s in a.series] == [
            (s.name, s.color) for s in b.series]


def _palette_key() -> tuple[str, ...]:
    palette = QApplication.palette()
    return tuple(palette.color(role).name() for role in (
        QPalette.ColorRole.WindowText, QPalette.ColorRole.Mid, QPalette.ColorRole.Base,
        QPalette.ColorRole.Highlight))


#: Up to this many series are named under the chart; more, in a column beside it.
LEGEND_BELOW = 8

#: A line chart names every n-th category (30 days' names side by side do not fit).
LINE_LABELS = 6


def _line_axis(names: Sequence[str]) -> QCategoryAxis:
    """The categories of a line chart as positions 0…n−1, some of them named."""
    axis = QCategoryAxis()
    axis.setRange(-0.5, max(len(names) - 0.5, 0.5))
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    every = max(1, -(-len(names) // LINE_LABELS))
    # The newest category is always named; the others count back from it.
    for i in sorted(range(len(names) - 1, -1, -every)):
        axis.append(names[i], i)
    return axis


def _highlight_of(color: QColor) -> QColor:
    """The highlighted bar or point: the palette's highlight, unless the series is that
    colour already (then a lighter or darker shade of its own)."""
    highlight = QApplication.palette().color(QPalette.ColorRole.Highlight)
    if abs(highlight.hue() - color.hue()) < 20:
        return color.darker(150) if color.lightness() > 128 else color.lighter(150)
    return highlight


def _nice_max(data: ChartData) -> tuple[float, int]:
    """A round top for the value axis above the largest value (stacks add up), and how many
    ticks divide it into round steps."""
    if data.kind is ChartKind.STACKED:
        n = len(data.categories)
        sums = [sum((s.values[i] or 0) for s in data.series if i < len(s.values))
                for i in range(n)]
        biggest = max(sums, default=0.0)
    else:
        biggest = max((v or 0.0 for s in data.series for v in s.values), default=0.0)
    if biggest <= 0:
        return 1.0, 2
    step = 10 ** max(0, len(str(int(biggest))) - 1)
    for factor, ticks in ((1, 6), (2, 5), (2.5, 6), (5, 6), (10, 6)):
        top = step * factor
        if top >= biggest * 1.1:
            return float(top), ticks
    return float(step * 10), 6
