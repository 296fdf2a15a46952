"""Every document sentence the catch-up writes, beside the notes it came from, to read.

    .venv/bin/python bench/catchup_documents.py tests/drafts/debriefs_indep.jsonl ...

For each debrief whose catch-up promises a document, or whose notes hand one over (an item
`documents.named` reads as a request): the items, what each becomes (sent or brought, and
when), and the sentences of the e-mail ("Comme convenu, je vous transmets …", "As agreed, I
will bring … to the induction."). A reader checks each sentence against its notes: who hands
the document over, to whom, when, and whether it was asked for at all. A form the recruiter
sends, promised back ("Je vous retournerai le dossier …"), is shown as RETURNS and counted
apart.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from catchup_quality import context, load  # noqa: E402
from private_data import FIELDS as PARTS  # noqa: E402

from relance.drafts.document_requests import split  # noqa: E402
from relance.drafts.messages import catchup_email  # noqa: E402
from relance.drafts.notes import fragments  # noqa: E402

# A form the recruiter sends, promised back (`returned.py`): counted apart.
RETURNS = re.compile(r"(?:Je vous retournerai|I will (?:\w+ and )?return)[^.]*\.")
PROMISE = re.compile(
    r"(?:Comme convenu|As agreed|J'apporterai aussi|Je vous transmets aussi|I will also)[^.]*\."
)


def main(paths: list[str]) -> None:
    sentences = returns = 0
    for path in paths:
        for case in load(Path(path)):
            lang = case["lang"]
            asked = []
            for part in PARTS:
                items = fragments(case.get(part, "") or "", lang)
                notes, documents = split(items, lang)
                for item in items:
                    if item not in notes:
                        asked.append(f"{part}: {item}")
                asked.extend(f"  -> {document}" for document in documents)
            text = catchup_email(context(case)).text
            said, back = PROMISE.findall(text), RETURNS.findall(text)
            if not asked and not said and not back:
                continue
            print(f"== {case['id']} ({lang})")
            for line in asked:
                print("   ", line)
            for sentence in said:
                print("   SAYS", sentence)
            for sentence in back:
                print("   RETURNS", sentence)
            sentences += len(said)
            returns += len(back)
    print(f"{returns} forms promised back")
    print(f"{sentences} document sentences")


if __name__ == "__main__":
    main(sys.argv[1:])
