"""Text reports of store queries: a dyad's series with its top events, and the top actors."""

from __future__ import annotations

from typing import Any

from eventcoder.analytics.dyads import DyadReport
from eventcoder.analytics.series import label

# In printed tables, this many empty periods in a row or more are shown as one line.
EMPTY_RUN_COLLAPSE = 4


def dyad_text(report: DyadReport, width: int = 160) -> str:
    """The series as a table, then the top events with their evidence sentence."""
    head = ["period", "events", "q1", "q2", "q3", "q4", "gold_sum", "gold_mean", "net_coop", "refs"]
    body = [
        [
            label(r.period, report.by),
            str(r.events),
            str(r.q1),
            str(r.q2),
            str(r.q3),
            str(r.q4),
            f"{r.goldstein_sum:.1f}",
            "" if r.goldstein_mean is None else f"{r.goldstein_mean:.2f}",
            f"{r.net_cooperation:+d}",
            str(r.references),
        ]
        for r in report.rows
    ]
    total = sum(r.events for r in report.rows)
    refs = sum(r.references for r in report.rows)
    counted = "merged events and references" if report.include_references else "merged events"
    lines = [
        f"{report.a}-{report.b} by {report.by}: {total} {counted}; "
        f"refs = mentions of earlier events ({refs})"
    ]
    if body:
        widths = [max(len(h), *(len(row[i]) for row in body)) for i, h in enumerate(head)]
        fmt = "  ".join(f"{{:{'<' if i == 0 else '>'}{w}}}" for i, w in enumerate(widths))
        lines += [fmt.format(*head), fmt.format(*("-" * w for w in widths))]
        i = 0
        while i < len(body):  # a long run of empty periods is one line
            j = i
            while (
                j < len(report.rows)
                and report.rows[j].events == 0
                and report.rows[j].references == 0
            ):
                j += 1
            if j - i >= EMPTY_RUN_COLLAPSE:
                lines.append(f"{body[i][0]} .. {body[j - 1][0]}: no events ({j - i} {report.by}s)")
                i = j
            else:
                lines.append(fmt.format(*body[i]))
                i += 1
    if report.top:
        lines += ["", f"top {len(report.top)} events (most reported first):"]
        for t in report.top:
            who = (
                f"{'+'.join(t['actor_countries']) or '?'} -> "
                f"{'+'.join(t['recipient_countries']) or '?'}"
            )
            kind = t["type"] + (f"/{t['mode']}" if t["mode"] else "")
            lines.append(
                f"{t['date']}  {kind:<16} {who:<16} mentions={t['n_mentions']} "
                f"articles={t['n_articles']} goldstein={t['goldstein']:+.1f} "
                f"{_referred(t)}"
                f"[{t['merged_id']}]"
            )
            ev = " ".join(str(t["evidence"]).split())
            lines.append("    " + (ev if len(ev) <= width else ev[: width - 3] + "..."))
    return "\n".join(lines)


def _referred(t: dict[str, Any]) -> str:
    """ "referred to 12 times, 2022-03-01 .. 2022-11-30 " for a merged event with references."""
    n = t.get("n_references") or 0
    if not n:
        return ""
    return f"referred to {n} times, {t['first_reference']} .. {t['last_reference']} "


def actors_table(rows: list[dict[str, Any]]) -> str:
    """Top actors as a plain text table (references: mentions of earlier events)."""
    head = ["actor", "name", "country", "sector", "events", "mentions", "references"]
    body = [[str(r.get(h)) if r.get(h) is not None else "" for h in head] for r in rows]
    if not body:
        return "no actors stored"
    widths = [max(len(h), *(len(row[i]) for row in body)) for i, h in enumerate(head)]
    fmt = "  ".join(f"{{:{'>' if i >= 4 else '<'}{w}}}" for i, w in enumerate(widths))
    return "\n".join(
        [fmt.format(*head), fmt.format(*("-" * w for w in widths))]
        + [fmt.format(*row) for row in body]
    )
