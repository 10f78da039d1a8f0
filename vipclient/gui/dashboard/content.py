"""What each card of the dashboard shows, made from the figures: its chart, the data it
exports, and what lies behind each bar (the tickets to list, or rows ready to show).

Kept apart from the widgets so the figures → chart mapping can be checked without painting.
Colours come from ``gui/theme.py`` by meaning (met/missed, the chart series' hues).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cached_property

from PySide6.QtCore import QCoreApplication

from vipclient.domain.dashboard import AgeBand, age_band
from vipclient.domain.lanes import Lane
from vipclient.domain.sla import parse_ts
from vipclient.gui import theme
from vipclient.gui.charts import ChartData, ChartKind, Series
from vipclient.gui.dashboard import labels
from vipclient.i18n import Context
from vipclient.services.dashboard import (
    SLA_KINDS,
    DashboardFigures,
    FactKind,
    FactSelection,
    PendingRequest,
    Tally,
)

Cell = str | int | float | None


Dashboard = Context("Dashboard")  # plural texts: Context says why


@dataclass(frozen=True)
class Table:
    """Rows as shown and exported: a header, then one list of cells per row."""

    header: list[str]
    rows: list[list[Cell]]


@dataclass(frozen=True)
class Behind:
    """What a picked bar stands for: tickets to read from the cache (``selection``) or rows
    already at hand (``table``), under ``title``."""

    title: str
    selection: FactSelection | None = None
    table: Table | None = None


@dataclass(frozen=True)
class CardContent:
    """A card's chart, its note, what lies behind each bar, and its data — made when first
    asked for (an export, a table on the card): the requests' rows cost more to make than
    the UI thread may spend on a card (647 of them: 20–30 ms)."""

    chart: ChartData | None
    tabulate: Callable[[], Table]
    note: str = ""
    behind: Callable[[int, int], Behind | None] = field(default=lambda _s, _i: None)
    stretch: int | None = None  # the table's column of free text (it takes the spare width)

    @cached_property
    def data(self) -> Table:
        return self.tabulate()


def _pct(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


# --------------------------------------------------------------------------- cards


def lanes(fig: DashboardFigures) -> CardContent:
    c = theme.colors()
    names = [labels.lane(lc.lane) for lc in fig.lanes]
    open_name = QCoreApplication.translate("Dashboard", "Open tickets")
    late_name = QCoreApplication.translate("Dashboard", "Breached now")
    chart = ChartData(
        ChartKind.BARS, QCoreApplication.translate("Dashboard", "Open tickets per lane"), names,
        [Series(open_name, [lc.open for lc in fig.lanes], c.chart_1),
         Series(late_name, [lc.breached for lc in fig.lanes], c.sla_red)],
        labels=True, horizontal=True,
    )
    data = Table([QCoreApplication.translate("Dashboard", "Lane"), open_name, late_name],
                 [[names[i], lc.open, lc.breached] for i, lc in enumerate(fig.lanes)])

    def behind(series: int, index: int) -> Behind:
        lane: Lane = fig.lanes[index].lane
        title = (QCoreApplication.translate("Dashboard", "{lane}: open tickets")
                 if series == 0 else
                 QCoreApplication.translate("Dashboard", "{lane}: breached now"))
        return Behind(title.format(lane=names[index]),
                      FactSelection(lane=lane, met=None if series == 0 else False))

    return CardContent(chart, lambda: data, behind=behind)


def attainment(fig: DashboardFigures) -> CardContent:
    c = theme.colors()
    days = [labels.short_day(d.day) for d in fig.per_day]
    first = QCoreApplication.translate("Dashboard", "First response")
    resolution = QCoreApplication.translate("Dashboard", "Resolution")
    chart = ChartData(
        ChartKind.LINES,
        QCoreApplication.translate("Dashboard", "SLA met per day (%)"), days,
        [Series(first, [_pct(d.first_response.pct) for d in fig.per_day], c.chart_1),
         Series(resolution, [_pct(d.resolution.pct) for d in fig.per_day], c.chart_2)],
        value_max=100, value_suffix=" %", decimals=1,
    )
    nxt = QCoreApplication.translate("Dashboard", "Next response")
    header = [QCoreApplication.translate("Dashboard", "Day"),
              *_tally_header(first, nxt, resolution)]
    rows: list[list[Cell]] = [
        [d.day.isoformat(), *_tally_cells(d.first_response, d.next_response, d.resolution)]
        for d in fig.per_day
    ]

    def behind(series: int, index: int) -> Behind:
        day = fig.days[index]
        kind = FactKind.FIRST_RESPONSE if series == 0 else FactKind.RESOLUTION
        title = (QCoreApplication.translate("Dashboard", "First responses settled on {day}")
                 if series == 0 else
                 QCoreApplication.translate("Dashboard", "Resolutions settled on {day}"))
        return Behind(title.format(day=day.day.isoformat()),
                      FactSelection((kind,), day.start, day.end))

    return CardContent(chart, lambda: Table(header, rows), behind=behind)


def medians(fig: DashboardFigures) -> CardContent:
    c = theme.colors()
    tiers = [labels.tier(m.tier) for m in fig.medians]
    minutes = [None if m.median_secs is None else round(m.median_secs / 60, 1)
               for m in fig.medians]
    name = QCoreApplication.translate("Dashboard", "Median (minutes)")
    chart = ChartData(
        ChartKind.BARS,
        QCoreApplication.translate("Dashboard", "Median first response per tier"), tiers,
        [Series(name, minutes, c.chart_1)], labels=True, decimals=0,
        value_title=QCoreApplication.translate("Dashboard", "minutes"),
    )
    data = Table(
        [QCoreApplication.translate("Dashboard", "Tier"),
         QCoreApplication.translate("Dashboard", "Tickets answered"), name],
        [[tiers[i], m.responses, minutes[i]] for i, m in enumerate(fig.medians)],
    )

    def behind(_series: int, index: int) -> Behind:
        m = fig.medians[index]
        return Behind(
            QCoreApplication.translate(
                "Dashboard", "{tier}: tickets opened in the period and answered, slowest first"
            ).format(tier=tiers[index]),
            FactSelection((FactKind.CREATED,), fig.days[0].start, fig.days[-1].end,
                          tier=m.tier, answered=True),
        )

    return CardContent(chart, lambda: data, behind=behind)


def _tally_header(*clocks: str) -> list[str]:
    """Three columns per clock: met, missed, per cent met."""
    met = QCoreApplication.translate("Dashboard", "{clock} met")
    missed = QCoreApplication.translate("Dashboard", "{clock} missed")
    pct = QCoreApplication.translate("Dashboard", "{clock} %")
    return [text.format(clock=clock) for clock in clocks for text in (met, missed, pct)]


def _tally_cells(*tallies: Tally) -> list[Cell]:
    return [cell for t in tallies for cell in (t.met, t.missed, _pct(t.pct))]


def _channel_table(fig: DashboardFigures) -> Table:
    header = [QCoreApplication.translate("Dashboard", "Channel"),
              QCoreApplication.translate("Dashboard", "Tickets opened"),
              *_tally_header(QCoreApplication.translate("Dashboard", "First response"),
                             QCoreApplication.translate("Dashboard", "Resolution"))]
    rows: list[list[Cell]] = [
        [labels.channel(ch.channel), ch.opened, *_tally_cells(ch.first_response, ch.resolution)]
        for ch in fig.channels
    ]
    return Table(header, rows)


def channel_volume(fig: DashboardFigures) -> CardContent:
    names = [labels.channel(ch.channel) for ch in fig.channels]
    chart = ChartData(
        ChartKind.BARS, QCoreApplication.translate("Dashboard", "Tickets opened per channel"),
        names, [Series(QCoreApplication.translate("Dashboard", "Tickets opened"),
                       [ch.opened for ch in fig.channels], theme.colors().chart_6)],
        labels=True,
    )

    def behind(_series: int, index: int) -> Behind:
        return Behind(
            QCoreApplication.translate("Dashboard", "{channel}: tickets opened in the period")
            .format(channel=names[index]),
            FactSelection((FactKind.CREATED,), fig.days[0].start, fig.days[-1].end,
                          channel=fig.channels[index].channel),
        )

    return CardContent(chart, lambda: _channel_table(fig), behind=behind)


def channel_sla(fig: DashboardFigures) -> CardContent:
    c = theme.colors()
    names = [labels.channel(ch.channel) for ch in fig.channels]
    chart = ChartData(
        ChartKind.BARS, QCoreApplication.translate("Dashboard", "SLA met per channel (%)"),
        names,
        [Series(QCoreApplication.translate("Dashboard", "First response"),
                [_pct(ch.first_response.pct) for ch in fig.channels], c.chart_1),
         Series(QCoreApplication.translate("Dashboard", "Resolution"),
                [_pct(ch.resolution.pct) for ch in fig.channels], c.chart_2)],
        value_max=100, value_suffix=" %", decimals=1,
    )

    def behind(series: int, index: int) -> Behind:
        kind = FactKind.FIRST_RESPONSE if series == 0 else FactKind.RESOLUTION
        title = (QCoreApplication.translate(
                     "Dashboard", "{channel}: first responses settled, missed first")
                 if series == 0 else QCoreApplication.translate(
                     "Dashboard", "{channel}: resolutions settled, missed first"))
        return Behind(title.format(channel=names[index]),
                      FactSelection((kind,), fig.days[0].start, fig.days[-1].end,
                                    channel=fig.channels[index].channel))

    return CardContent(chart, lambda: _channel_table(fig), behind=behind)


def breaches(fig: DashboardFigures) -> CardContent:
    colors = theme.chart_colors()
    tiers = sorted({t for t, _c in fig.breaches} | set(range(1, 11)))
    cats = fig.categories
    series = [
        Series(labels.category(cat), [fig.breaches.get((t, cat), 0) for t in tiers],
               colors[n % len(colors)])
        for n, cat in enumerate(cats)
    ]
    tier_names = [labels.tier(t) for t in tiers]
    chart = ChartData(
        ChartKind.STACKED,
        QCoreApplication.translate("Dashboard", "SLA breaches by tier and category"),
        tier_names, series,
    )
    total = QCoreApplication.translate("Dashboard", "Total")
    header = [QCoreApplication.translate("Dashboard", "Tier"),
              *(labels.category(c) for c in cats), total]
    rows: list[list[Cell]] = []
    for t, name in zip(tiers, tier_names, strict=True):
        counts = [fig.breaches.get((t, cat), 0) for cat in cats]
        rows.append([name, *counts, sum(counts)])

    def behind(s: int, index: int) -> Behind:
        return Behind(
            QCoreApplication.translate("Dashboard", "{tier} · {category}: SLA breaches")
            .format(tier=tier_names[index], category=labels.category(cats[s])),
            FactSelection(SLA_KINDS, fig.days[0].start, fig.days[-1].end, met=False,
                          tier=tiers[index], category=cats[s]),
        )

    return CardContent(chart, lambda: Table(header, rows), behind=behind)


def _age_seconds(now: datetime, stamp: str | None) -> float:
    if not stamp:
        return 0.0
    try:
        return (now - parse_ts(stamp)).total_seconds()
    except ValueError:
        return 0.0


def _requests_table(now: datetime, requests: Sequence[PendingRequest]) -> Table:
    header = [QCoreApplication.translate("Dashboard", "Kind"),
              QCoreApplication.translate("Dashboard", "Request"),
              QCoreApplication.translate("Dashboard", "Client"),
              QCoreApplication.translate("Dashboard", "Requested by"),
              QCoreApplication.translate("Dashboard", "Waiting since"),
              QCoreApplication.translate("Dashboard", "Waiting")]
    rows: list[list[Cell]] = [
        [labels.request_kind(r.kind), r.id, r.client_name, r.requester_name,
         labels.local_time(r.created_at), labels.age(_age_seconds(now, r.created_at))]
        for r in requests
    ]
    return Table(header, rows)


def requests(fig: DashboardFigures) -> CardContent:
    colors = theme.chart_colors()
    bands = list(AgeBand)
    kinds = [k for k in ("fee_request", "withdrawal_request", "api_access_request")
             if k != "api_access_request" or any(r.kind == k for r in fig.pending)]
    by: dict[tuple[str, AgeBand], list[PendingRequest]] = {}
    for r in fig.pending:
        band = age_band(timedelta(seconds=_age_seconds(fig.now, r.created_at)))
        by.setdefault((r.kind, band), []).append(r)
    chart = ChartData(
        ChartKind.STACKED,
        QCoreApplication.translate("Dashboard", "Requests waiting for approval, by age"),
        [labels.age_band(b) for b in bands],
        [Series(labels.request_kind(k), [len(by.get((k, b), [])) for b in bands],
                colors[n % len(colors)]) for n, k in enumerate(kinds)],
    )
    note = ""
    if fig.pending:
        oldest = max(_age_seconds(fig.now, r.created_at) for r in fig.pending)
        note = Dashboard.tr("%n waiting · the oldest for {age}", "", len(fig.pending)) \
            .format(age=labels.age(oldest))

    def behind(s: int, index: int) -> Behind:
        band = bands[index]
        found = by.get((kinds[s], band), [])
        return Behind(
            QCoreApplication.translate("Dashboard", "{kind} requests waiting {age}")
            .format(kind=labels.request_kind(kinds[s]), age=labels.age_band(band)),
            table=_requests_table(fig.now, found),
        )

    return CardContent(chart, lambda: _requests_table(fig.now, fig.pending), note, behind)


def freezes(fig: DashboardFigures) -> CardContent:
    header = [QCoreApplication.translate("Dashboard", "Client"),
              QCoreApplication.translate("Dashboard", "Frozen"),
              QCoreApplication.translate("Dashboard", "Reason"),
              QCoreApplication.translate("Dashboard", "Since"),
              QCoreApplication.translate("Dashboard", "By")]
    rows: list[list[Cell]] = [
        [f"{f.client_name} ({f.client_uid})", ", ".join(labels.freeze_scope(s) for s in f.scopes),
         labels.freeze_reason(f.reason_code), labels.local_time(f.created_at), f.created_by]
        for f in fig.freezes
    ]
    note = (Dashboard.tr("%n active", "", len(fig.freezes))
            if fig.freezes else QCoreApplication.translate("Dashboard", "No active freezes."))
    return CardContent(None, lambda: Table(header, rows), note, stretch=0)


SEVERITIES = ("critical", "high", "medium", "low")


def risk_alerts(fig: DashboardFigures) -> CardContent:
    alerts = fig.risk_alerts
    c = theme.colors()
    statuses = ("open", "acknowledged")
    seen = list(SEVERITIES) + sorted({a.severity for a in alerts} - set(SEVERITIES))
    chart = ChartData(
        ChartKind.STACKED,
        QCoreApplication.translate("Dashboard", "Open risk alerts by severity"),
        [labels.severity(s) for s in seen],
        [Series(labels.alert_status(st),
                [sum(1 for a in alerts if a.severity == sev and a.status == st) for sev in seen],
                c.sla_red if st == "open" else c.sla_amber)
         for st in statuses],
    )
    header = [QCoreApplication.translate("Dashboard", "Severity"),
              QCoreApplication.translate("Dashboard", "Status"),
              QCoreApplication.translate("Dashboard", "Client"),
              QCoreApplication.translate("Dashboard", "Alert"),
              QCoreApplication.translate("Dashboard", "Raised")]

    def table(chosen: Sequence[object]) -> Table:
        return Table(header, [
            [labels.severity(a.severity), labels.alert_status(a.status),
             f"{a.client_name} ({a.client_uid})", a.summary or a.kind,
             labels.local_time(a.created_at)]
            for a in alerts if a in chosen
        ])

    def behind(s: int, index: int) -> Behind:
        chosen = [a for a in alerts if a.severity == seen[index] and a.status == statuses[s]]
        return Behind(
            QCoreApplication.translate("Dashboard", "{severity} risk alerts ({status})")
            .format(severity=labels.severity(seen[index]),
                    status=labels.alert_status(statuses[s])),
            table=table(chosen),
        )

    note = Dashboard.tr("%n open", "", len(alerts))
    return CardContent(chart, lambda: table(alerts), note, behind, stretch=3)
