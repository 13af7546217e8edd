"""Validate the gold sentence files and print their counts.

Run from the repository root: python eval/check_gold.py [FILE ...]
Without arguments it checks eval/devset.jsonl and every eval/annotated/*.jsonl.
Every line either points into ../shared/corpus so that doc["text"][start:end] is exactly one
sentence (no surrounding space, no line break) and carries the document's date, or holds the
sentence itself in "text" (written wire-style sentences); either way it must code its events
with a PLOVER type, a known modality and ISO 3166-1 alpha-3 (or IGO/NGO/IMG, or XKX for Kosovo)
actor codes. Prints events per type (required, optional, references) and per modality, the
sentences without events, and exits 1 if any line is invalid.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "corpus"
TYPES = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}  # fmt: skip
MODALITIES = {"asserted", "future", "hypothetical", "negated", "historical"}
ISO3 = set(
    """
    AFG ALA ALB DZA ASM AND AGO AIA ATA ATG ARG ARM ABW AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ
    BEN BMU BTN BOL BES BIH BWA BVT BRA IOT BRN BGR BFA BDI CPV KHM CMR CAN CYM CAF TCD CHL CHN
    CXR CCK COL COM COG COD COK CRI CIV HRV CUB CUW CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI
    EST SWZ ETH FLK FRO FJI FIN FRA GUF PYF ATF GAB GMB GEO DEU GHA GIB GRC GRL GRD GLP GUM GTM
    GGY GIN GNB GUY HTI HMD VAT HND HKG HUN ISL IND IDN IRN IRQ IRL IMN ISR ITA JAM JPN JEY JOR
    KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MAC MDG MWI MYS MDV MLI MLT
    MHL MTQ MRT MUS MYT MEX FSM MDA MCO MNG MNE MSR MAR MOZ MMR NAM NRU NPL NLD NCL NZL NIC NER
    NGA NIU NFK MKD MNP NOR OMN PAK PLW PSE PAN PNG PRY PER PHL PCN POL PRT PRI QAT REU ROU RUS
    RWA BLM SHN KNA LCA MAF SPM VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SXM SVK SVN SLB SOM ZAF
    SGS SSD ESP LKA SDN SUR SJM SWE CHE SYR TWN TJK TZA THA TLS TGO TKL TON TTO TUN TUR TKM TCA
    TUV UGA UKR ARE GBR USA UMI URY UZB VUT VEN VNM VGB VIR WLF ESH YEM ZMB ZWE
    """.split()  # noqa: SIM905 (one code table, easier to read as text)
)
CODES = ISO3 | {"IGO", "NGO", "IMG", "XKX"}
EVENT_KEYS = {
    "type", "source", "target", "modality", "mode", "symmetric", "alt_types", "alt_modality",
    "optional", "reference", "context", "note",
}  # fmt: skip


def load_corpus() -> dict[str, dict]:
    docs: dict[str, dict] = {}
    for name in ("wikinews", "state_dept"):
        with open(CORPUS / f"{name}.jsonl", encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                docs[d["id"]] = d | {"corpus": name}
    return docs


def check_event(ev: dict, where: str) -> list[str]:
    errs = []
    if set(ev) - EVENT_KEYS:
        errs.append(f"{where}: unknown fields {sorted(set(ev) - EVENT_KEYS)}")
    if ev.get("type") not in TYPES:
        errs.append(f"{where}: type {ev.get('type')!r} is not a PLOVER type")
    for t in ev.get("alt_types", []):
        if t not in TYPES:
            errs.append(f"{where}: alt type {t!r} is not a PLOVER type")
    if ev.get("modality") not in MODALITIES:
        errs.append(f"{where}: modality {ev.get('modality')!r}")
    for m in ev.get("alt_modality", []):
        if m not in MODALITIES:
            errs.append(f"{where}: alt modality {m!r}")
    for side in ("source", "target"):
        codes = ev.get(side)
        if not isinstance(codes, list):
            errs.append(f"{where}: {side} must be a list")
            continue
        for c in codes:
            if c not in CODES:
                errs.append(f"{where}: {side} code {c!r} is not ISO alpha-3 or IGO/NGO/IMG")
    if not ev.get("source"):
        errs.append(f"{where}: empty source")
    if ev.get("reference") and not ev.get("optional"):
        errs.append(f'{where}: a reference must also be "optional": true')
    return errs


def check_offsets(row: dict, docs: dict[str, dict], where: str) -> list[str]:
    """A corpus row: doc["text"][start:end] must be exactly one sentence of that document."""
    doc = docs.get(row.get("doc_id"))
    if doc is None:
        return [f"{where}: document {row.get('doc_id')!r} not in the corpus"]
    errs = []
    if row.get("corpus") != doc["corpus"]:
        errs.append(f"{where}: corpus {row.get('corpus')!r}, document is in {doc['corpus']}")
    if row.get("date") != doc["date"]:
        errs.append(f"{where}: date {row.get('date')!r} is not the document date {doc['date']}")
    s, e = row.get("start"), row.get("end")
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(doc["text"])):
        return [*errs, f"{where}: bad offsets {s}..{e}"]
    sent = doc["text"][s:e]
    if sent != sent.strip() or "\n" in sent or len(sent.split()) < 3:
        errs.append(f"{where}: offsets do not give one clean sentence: {sent[:60]!r}")
    return errs


def check_file(path: Path, docs: dict[str, dict], seen: set[str]) -> tuple[list[str], list[dict]]:
    errs: list[str] = []
    rows: list[dict] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path.name}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            errs.append(f"{where}: not JSON ({exc.msg})")
            continue
        rows.append(row)
        rid = row.get("id")
        if rid in seen:
            errs.append(f"{where}: duplicate id {rid!r}")
        seen.add(rid)
        if "text" in row:
            text = row["text"]
            if not isinstance(text, str) or text != text.strip() or len(text.split()) < 3:
                errs.append(f"{where}: text is not one clean sentence")
        else:
            errs += check_offsets(row, docs, where)
        if not isinstance(row.get("events"), list):
            errs.append(f"{where}: events must be a list")
            continue
        for k, ev in enumerate(row["events"]):
            errs += check_event(ev, f"{where} event {k}")
    return errs, rows


def main(argv: list[str]) -> int:
    paths = [Path(p) for p in argv] or [
        HERE / "devset.jsonl",
        *sorted((HERE / "annotated").glob("*.jsonl")),
    ]
    docs = load_corpus()
    seen: set[str] = set()
    all_errs: list[str] = []
    per_type: Counter = Counter()
    per_mod: Counter = Counter()
    sentences = empty = 0
    for path in paths:
        errs, rows = check_file(path, docs, seen)
        all_errs += errs
        n_ev = sum(len(r.get("events") or []) for r in rows)
        n_empty = sum(1 for r in rows if not r.get("events"))
        print(f"{path.name}: {len(rows)} sentences, {n_ev} events, {n_empty} without events")
        sentences += len(rows)
        empty += n_empty
        for r in rows:
            for ev in r.get("events") or []:
                kind = "reference" if ev.get("reference") else (
                    "optional" if ev.get("optional") else "required"
                )  # fmt: skip
                per_type[(ev.get("type"), kind)] += 1
                if kind == "required":
                    per_mod[ev.get("modality")] += 1
    print()
    print("| type | quad | required | optional | reference |")
    print("| --- | --- | ---: | ---: | ---: |")
    for t, q in TYPES.items():
        r, o, f = (per_type[(t, k)] for k in ("required", "optional", "reference"))
        print(f"| {t} | {q} | {r} | {o} | {f} |")
    tot = [sum(v for (_, k), v in per_type.items() if k == kind) for kind in
           ("required", "optional", "reference")]  # fmt: skip
    print(f"| **total** | | **{tot[0]}** | **{tot[1]}** | **{tot[2]}** |")
    print()
    print(f"sentences: {sentences}, without events: {empty}")
    print("modality of required events: " + ", ".join(f"{m} {per_mod[m]}" for m in sorted(
        MODALITIES, key=lambda m: -per_mod[m])))  # fmt: skip
    if all_errs:
        print(f"\n{len(all_errs)} problems:", file=sys.stderr)
        for e in all_errs[:50]:
            print("  " + e, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
