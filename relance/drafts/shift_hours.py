"""A shift's hours typed in the role or the expectations, said as a clause (French).

"de 7 h 30 à 16 h 30", "horaires de 8 h 30 à 19 h", "de 6 h à 9 h / de 17 h 30 à 20 h lundi
au vendredi", "25 h par semaine": no list frame holds them ("le poste comprend de 7 h 30…"),
so they went back to the candidate (session 19's census: the role's most frequent refusals
are its hours). They are a fact of the job as typed, said as one: "Si j'ai bien compris, les
horaires sont de 7 h 30 à 16 h 30." Only spans whose every hour is a time of day are said;
anything else in the piece ("1 samedi sur 2", "avec pause repas ?") leaves it to the
candidate. Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re

HOUR = r"(?P<h{n}>\d{{1,2}})\s?h(?:\s?(?P<m{n}>\d{{2}}))?"
SPAN = re.compile(rf"de\s+{HOUR.format(n=1)}\s+à\s+{HOUR.format(n=2)}", re.IGNORECASE)
SPANS = re.compile(
    r"^(?:(?:les\s+)?horaires?\s+)?(?P<spans>de\s.+?)"
    r"(?:\s+(?P<when>(?:du\s+)?lundi\s+au\s+vendredi|en\s+rotation|avec\s+coupure))?$",
    re.IGNORECASE,
)
JOIN = re.compile(r"\s+(?:ou|et|/)\s+", re.IGNORECASE)
WEEKLY = re.compile(r"^(?P<n>\d{1,2})\s?h(?:eures)?\s?(?:par\s+|/\s?)(?:semaine|sem)$", re.I)
MAX_WEEKLY = 48  # the legal weekly maximum: a larger number is no week's hours


def _time(hour: str, minutes: str | None) -> str:
    return f"{int(hour)} h {minutes}" if minutes and minutes != "00" else f"{int(hour)} h"


def _span(text: str) -> str:
    found = SPAN.fullmatch(text.strip())
    if not found:
        return ""
    hours = [(found["h1"], found["m1"]), (found["h2"], found["m2"])]
    if any(int(hour) > 24 or (minutes and int(minutes) > 59) for hour, minutes in hours):
        return ""
    return f"de {_time(*hours[0])} à {_time(*hours[1])}"


def fr_hours_clause(piece: str) -> str:
    """ "de 7 h 30 à 16 h 30" -> "les horaires sont de 7 h 30 à 16 h 30"; "25 h par semaine"
    -> "le temps de travail est de 25 h par semaine"; "" for anything else."""
    text = piece.strip()
    weekly = WEEKLY.match(text)
    if weekly and 0 < int(weekly["n"]) <= MAX_WEEKLY:
        return f"le temps de travail est de {int(weekly['n'])} h par semaine"
    found = SPANS.match(text)
    if not found:
        return ""
    typed = JOIN.split(found["spans"])
    spans = [_span(span) for span in typed]
    if not all(spans):
        return ""
    # "ou" typed: one shift or the other; "et" or "/": both parts of a split shift
    link = " ou " if re.search(r"\sou\s", found["spans"], re.IGNORECASE) else " et "
    when = found["when"] or ""
    if when.lower().startswith("lundi"):
        when = "du " + when
    return "les horaires sont " + link.join(spans) + (f", {when.lower()}" if when else "")


# "1 samedi sur 2", "1 WE sur 3", "samedi 1 sur 2", "un dimanche sur deux": the days worked
# in a rota, typed as a count ("le poste comprend un samedi travaillé sur deux").
DAYS = {
    "samedi": ("samedi", "m"), "dimanche": ("dimanche", "m"), "we": ("week-end", "m"),
    "week-end": ("week-end", "m"), "weekend": ("week-end", "m"), "fds": ("week-end", "m"),
    "nuit": ("nuit", "f"), "soir": ("soir", "m"), "samedi matin": ("samedi matin", "m"),
}  # fmt: skip
COUNTS = {
    "2": "deux",
    "3": "trois",
    "4": "quatre",
    "deux": "deux",
    "trois": "trois",
    "quatre": "quatre",
}
DAY = r"(?P<day>samedi matin|samedi|dimanche|we|week-end|weekend|fds|nuit|soir)"
OF = r"(?P<of>[234]|deux|trois|quatre)"
ROTA = (
    re.compile(rf"^(?:1|un|une)\s+{DAY}\s+sur\s+{OF}$", re.IGNORECASE),
    re.compile(rf"^{DAY}s?\s+(?:1|un|une)\s+sur\s+{OF}$", re.IGNORECASE),
)


def fr_rota(piece: str) -> str:
    """ "1 samedi sur 2" -> "un samedi travaillé sur deux"; "" otherwise."""
    for pattern in ROTA:
        found = pattern.match(piece.strip())
        if found:
            day, genre = DAYS[found["day"].lower()]
            one, worked = ("une", "travaillée") if genre == "f" else ("un", "travaillé")
            return f"{one} {day} {worked} sur {COUNTS[found['of'].lower()]}"
    return ""


def fr_time_clause(piece: str) -> str:
    """The hours or the rota a piece types, as a clause; "" when it types something else."""
    rota = fr_rota(piece)
    return fr_hours_clause(piece) or (f"le planning prévoit {rota}" if rota else "")


def fr_times(pieces: list[str]) -> str:
    """The hours and the rotas of a field in one clause: "les horaires sont de 8 h 30 à 17 h,
    avec un samedi travaillé sur deux" (never "Si j'ai bien compris" twice in a row)."""
    hours = [fr_hours_clause(piece) for piece in pieces if fr_hours_clause(piece)]
    rotas = [fr_rota(piece) for piece in pieces if fr_rota(piece)]
    rota = " et ".join(rotas)
    if hours and rota:
        return " et ".join(hours) + ", avec " + rota
    return " et ".join(hours) or (f"le planning prévoit {rota}" if rota else "")
