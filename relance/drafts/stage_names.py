"""How notes name the next stages of a recruitment: the stage ("2e entretien", "journée
d'essai", "ride along"), a stage done from home ("test en ligne") and a stage already behind
("entretien RH fait"). `next_steps` reads the notes with them; kept apart so the table can
grow without the reading growing with it. The words around a stage (its answer, deadline or
condition) are `step_cues`.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re

from relance.drafts import dates
from relance.drafts.en_determiners import en_indefinite
from relance.drafts.gender import FEM, noun_gender
from relance.drafts.screen import acceptable

EN_WEEKDAYS = (
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
)
# A day typed after a stage, in the same note: "medical at Chester office Wed 5 Jan 10am".
EN_DAY_AFTER = (
    rf"[^.;\n]*?\b(?:{EN_WEEKDAYS}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|"
    r"aug|sep|oct|nov|dec)\w*|\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm))\b"
)
# Words that end a stage's name: its day or its delay ("… mercredi", "… dans 10 jours").
WEEKDAYS = r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
WHEN = (
    rf"(?:dans|sous|d'ici|{WEEKDAYS}|demain|semaine|avant|après|en|à|au|pour|si|puis|pendant|"
    rf"(?:le|la)\s+(?:\d+|semaine|m[êe]me|{WEEKDAYS}))\b"
)  # « visite du bloc le même jour » (ax03): a day, never « la mémé jour » in the name
FOLLOWING = rf"(?:\s+(?!{WHEN})[\w'-]+){{0,3}}"  # "le directeur de site", "la DRH régionale"
EN_WHEN = rf"(?:{EN_WEEKDAYS}|on|at|by|tomorrow|next|this|in|to|after|before|if|then)\b"
EN_FOLLOWING = rf"(?:\s+(?!{EN_WHEN})[\w'-]+){{0,2}}"  # "the hiring manager", "the team lead"
# Little words a stage's name cannot end with ("entretien avec le directeur de"; « essai
# peinture sur une », the name's three words cut before « aile », writer BU's bu18).
TELEPHONE = "téléphonique"  # "entretien tel": the adjective
DANGLING = frozenset(
    {"de", "du", "des", "d'", "et", "avec", "à", "au", "aux", "chez", "sur", "par", "the", "of",
     "le", "la", "les", "l'", "un", "une", "mon", "ma", "mes", "son", "sa", "ses", "a", "an",
     "my", "their", "your", "votre", "vos", "leur"}
)  # fmt: skip
# A stage named as typed ("" below): the matched words after their article.
STAGES = {
    "fr": (
        (re.compile(r"\b(?:2e|2ème|deuxième|second)\s+(?:entretien|entrevue)\b|\bentrevue\s+2\b",
                    re.I), "un second entretien"),
        # "test Excel en ligne", "tests en ligne à faire d'ici dimanche": an online test.
        # ("assessment en ligne (anglais + logique)", writer V's v24; « test d'anglais en
        # ligne », writer BU's bu06)
        (re.compile(r"\b(?:tests?|évaluation|questionnaire|assessment)\s+(?:[\w'+-]+\s+){0,3}"
                    r"en\s+ligne\b", re.I), "un test en ligne"),
        (re.compile(r"\b(?:2e|2ème|deuxième|second)\s+tour\b", re.I), "un second tour"),
        (re.compile(r"\b(?:3e|3ème|troisième)\s+entretien\b", re.I), "un troisième entretien"),
        # "journée en immersion", "matinée d'essai", "leçon probatoire": named as typed.
        (re.compile(r"\b(?:demi[- ]journée|journée|matinée|semaine)\s+en\s+immersion\b", re.I), ""),
        (re.compile(r"\b(?:matinée|soirée|après-midi|demi[- ]journée)\s+d'essai\b", re.I), ""),
        (re.compile(r"\b(?:leçon|cours|séance)\s+(?:probatoire|d'essai|test)\b", re.I), ""),
        (re.compile(r"\b(?:journée|nuit)\s+d'(?:essai|immersion)\b", re.I), ""),
        # "journée d'observation lundi 19", "journée test mercredi 21", "stage de découverte
        # du lundi 19 au mercredi 21" (a pupil's): named as typed.
        (re.compile(r"\b(?:demi[- ]journée|journée|matinée)\s+(?:d'observation|test)\b", re.I), ""),
        (re.compile(r"\bstage\s+(?:de\s+découverte|d'observation)\b", re.I), ""),
        # « séance d'observation dans un cours de B1 mercredi 5 janvier 18h30 », « jury avec
        # l'élue à la petite enfance jeudi 6 janvier 14h » (writer AR's ar19, ar22)
        (re.compile(r"\bséance\s+d'observation\b", re.I), ""),
        # (« le jury se réunit mardi 15 », « jury de 3 personnes »: the panel, no stage)
        (re.compile(r"\b(?:passage\s+devant\s+(?:le|un)\s+jury|(?:entretien|oral|audition)\s+"
                    r"(?:avec|devant)\s+(?:le|un)\s+jury|jury\s+avec)\b", re.I),
         "un entretien devant un jury"),
        # "visite médicale vendredi 16", "examen écrit le mardi 27/10", "tests physiques +
        # psychotechniques": named as typed.
        (re.compile(r"\bvisite\s+médicale\b", re.I), ""),
        # « formation interne à partir du lundi 21 » (writer BC's bc28): named as typed
        (re.compile(r"\bformation\s+(?:interne|d'intégration|initiale)\b", re.I), ""),
        (re.compile(r"\b(?:examen|épreuve)s?\s+(?:écrite?s?|orale?s?)\b", re.I), ""),
        (re.compile(r"\btests\s+(?:physiques|psychotechniques|écrits)(?:\s*(?:\+|et)\s*"
                    r"(?:physiques|psychotechniques|écrits))?\b", re.I), ""),
        (re.compile(r"\bmise\s+en\s+situation\b", re.I), "une mise en situation"),
        # "reunion d'info collective lundi 9h" (writer M), "venir passer une demi-journee avec
        # Mme Dupuis mardi 10 a 14h" (writer K): named as typed, or by the kind of meeting
        (re.compile(r"\br[ée]union\s+d'info(?:rmation)?\s+collective\b", re.I),
         "une réunion d'information collective"),
        (re.compile(r"\b(?:demi[- ]journée|journée|matinée|après-midi)\s+avec\s+(?:M\.|Mme|"
                    r"Madame|Monsieur|le|la|l')\s*[A-ZÀ-Ý][\w-]*", re.I), ""),
        (re.compile(r"\btest\s+pratique\b", re.I), "un test pratique"),
        # "case study (…) à présenter jeudi 3 décembre à 14h" (writer Y's y23)
        (re.compile(r"\b(?:case\s+study|étude\s+de\s+cas|cas\s+pratique)\b(?=[^,;]*\bà\s+"
                    r"présenter\b)", re.I), "la présentation d'une étude de cas"),
        (re.compile(r"\btest\s+de\s+conduite\b", re.I), "un test de conduite"),
        # "road test mardi 7h au terminal" (writer T's t17, Québec)
        (re.compile(r"\broad\s+test\b", re.I), "un test de conduite"),
        (re.compile(r"\b(?:test|tests)\s+(?:technique|écrit|de\s+\w+)\b", re.I), "un test"),
        (re.compile(r"\bprésentation\s+chez\s+le\s+client\b", re.I),
         "une présentation chez le client"),
        # "présentation au client mercredi 2 décembre à 10h sur site" (an agency's next step)
        (re.compile(r"\bprésentation\s+(?:au|à\s+l'entreprise|à\s+la\s+société)\s*(?:client)?\b",
                    re.I), "une présentation au client"),
        # "entretien final avec le DG", "rencontre avec le directeur artistique": as typed.
        (re.compile(rf"\bentretien\s+final\b(?:\s+avec\s+(?:le|la|l')\s*[\w+-]+{FOLLOWING})?",
                    re.I), ""),
        (re.compile(rf"\bentretien\s+technique\b(?:\s+avec\s+(?:le|la|l')\s*[\w+-]+{FOLLOWING})?",
                    re.I), ""),
        (re.compile(rf"\brencontre\s+avec\s+(?:le|la|l')\s*[\w+-]+{FOLLOWING}", re.I), ""),
        (re.compile(r"\bentretien\s+client\b", re.I), "un entretien avec le client"),
        (re.compile(r"\b(?:rdv|rendez-vous)\s+client\b", re.I), "un rendez-vous avec le client"),
        # "rdv jeudi 26/11 14h RH gare" (writer U's u16): a meeting with HR, its day apart
        (re.compile(r"\b(?:rdv|rendez-vous)\s+(?:(?:avec\s+(?:les\s+)?)?RH\b|(?=(?:\S+\s+){1,4}"
                    r"RH\b))", re.I), "un rendez-vous avec les ressources humaines"),
        # "rdv chez le client mercredi 2 décembre 10h" (writer N's n11), "visite avec une
        # collègue samedi 5 décembre à 10h30" (n23): named as typed, the day apart.
        (re.compile(r"\b(?:rdv|rendez-vous)\s+chez\s+le\s+client\b", re.I),
         "un rendez-vous chez le client"),
        (re.compile(r"\bvisite\s+avec\s+(?:un|une)\s+collègue\b", re.I), ""),
        # "binome avec une collegue lundi 30 a 8h30" (writer R's r02): a stage by its kind
        (re.compile(r"\b(?:en\s+)?bin[oô]me\s+avec\s+une\s+coll[eè]gue\b", re.I),
         "un binôme avec une collègue"),
        (re.compile(r"\b(?:en\s+)?bin[oô]me\s+avec\s+un\s+coll[eè]gue\b", re.I),
         "un binôme avec un collègue"),
        # "entretien avec le co-titulaire mercredi": the person as typed, the day apart.
        (re.compile(rf"\b(?:entretien|rdv|rendez-vous)\s+avec\s+(?:le|la|l')\s*[\w+-]+{FOLLOWING}",
                    re.I), ""),
        # "puis point avec le manager la semaine du 21" (writer AJ's aj26)
        (re.compile(rf"\b(?:point|échange|call)\s+avec\s+(?:le|la|l')\s*[\w+-]+{FOLLOWING}",
                    re.I), ""),
        # "rdv samedi 19 à 5h30 place du marché pour tester" (aj13): the day typed before it
        # (never « un lien pour un test psychotechnique en ligne », writer BX's bx10: a test)
        (re.compile(r"\bpour\s+(?:tester|(?:faire\s+)?(?:un|l')\s*(?:essai|test))\b"
                    r"(?!\s+(?:[\w'+-]+\s+){0,3}en\s+ligne\b)", re.I), "un essai"),
        # "entretien tel avec le chef": a call is a stage too.
        (re.compile(rf"\bentretien\s+(?:tel|tél|téléphone|téléphonique)\b{FOLLOWING}", re.I),
         ""),
        # "visite du site jeudi 3 dec", "semaine d'essai", "essai sur la tournée mercredi 2",
        # "accueil sécurité chez le client lundi": named as typed, with their article.
        (re.compile(rf"\bvisite\s+(?:du|de\s+la|de\s+l'|d'|de)\s*[\w-]+{FOLLOWING}", re.I), ""),
        (re.compile(r"\b(?:(?:deux|trois|2|3)\s+)?(?:semaine|jour|journée|jours)\s+d'essai\b",
                    re.I), ""),
        (re.compile(rf"\bessai\b(?:\s+(?:de\s+)?\d+\s+jours)?{FOLLOWING}", re.I), ""),
        (re.compile(rf"\baccueil\s+sécurité\b{FOLLOWING}", re.I), ""),
        # "immersion 1 jour: lundi 30 nov" (writer O's o08), "rencontre 2 avec le directeur
        # semaine du 7 dec" (o21), "journée en doublure le 2/12" (o10), "rdv au cfa le 3/12"
        # (o05): named as typed, or by the kind of stage
        (re.compile(r"\bimmersion\s+(?:de\s+)?(?:1|une?)\s+jour(?:née)?\b", re.I),
         "une journée d'immersion"),
        (re.compile(r"\bimmersion\b", re.I), "une immersion"),
        (re.compile(r"\b(?:2e|2ème|deuxième|seconde?)\s+rencontre\b|\brencontre\s+2\b", re.I),
         "une seconde rencontre"),
        (re.compile(r"\b(?:journée|nuit|matinée|poste)\s+en\s+doublure\b", re.I), ""),
        (re.compile(r"\b(?:rdv|rendez-vous)\s+(?:au|à\s+la|à\s+l')\s*[^\W\d][\w-]*", re.I), ""),
        # "loop final (4 entretiens) lundi 30/11 a 14h en visio" (writer V's v11)
        (re.compile(r"\b(?:loop|boucle|tour)\s+final\b", re.I), "un dernier tour d'entretiens"),
        # "entretien visio avec le desk à Paris lundi 30 novembre 10h" (writer U's u22)
        (re.compile(r"\bentretien\s+(?:en\s+|par\s+)?(?:visio(?:conférence)?|vidéo|teams|zoom)\b",
                    re.I), "un entretien en visioconférence"),
        # "test paie sur Excel jeudi 26 à 10h" (writer U's u24): a test of any name is a
        # stage when its day follows, as an interview below
        # « tests anglais + lecture image X lundi 9h30 » (writer BM's bm21): tests listed
        (re.compile(rf"\btests\b(?=[^.;\n]{{0,40}}?\s(?:{WEEKDAYS})\b)", re.I), "des tests"),
        (re.compile(rf"\btests?\b(?=(?:\s+(?!{WHEN})[\w'-]+){{0,3}}\s+(?:{WEEKDAYS})\b)", re.I),
         "un test"),
        # "puis entretien DA vendredi 27 14h" (o06): an interview of any name is a stage when
        # its day follows (last: a stage named more closely starts at the same word)
        (re.compile(rf"\bentretien\b(?=(?:\s+(?!{WHEN})[\w'-]+){{0,3}}\s+(?:{WEEKDAYS})\b)", re.I),
         "un entretien"),
        # « restitution en visio mardi 6 avril 10h » (writer AM's am18): the case study presented
        (re.compile(r"\brestitution\b", re.I), "une restitution"),
        # writer BW (session 50): « séminaire à présenter devant l'équipe mardi 14 mai 10h »,
        # « RDV sur site mardi 7 mai 9h30 avec le N+1 + visite ligne »
        (re.compile(r"\bséminaire\b", re.I), "un séminaire"),
        (re.compile(r"\b(?:rdv|rendez-vous)\s+sur\s+site\b", re.I), "un rendez-vous sur site"),
        # « rdv centre G7 Gennevilliers le 6 à 9h30 » (am14): a meeting, its place typed bare
        # (last, and only when the note names no other stage after it: « rdv samedi … pour
        # tester » is a trial, « rdv … pour signer » a signing), with its day after it
        (re.compile(r"\b(?:rdv|rendez-vous)\b(?!.*\b(?:pour|essai|test|tester|signer|signature|"
                    rf"entretien|visite|immersion)\b)(?=(?:\s+[\w'-]+){{0,4}}?\s+(?:le\s+\d|"
                    rf"(?:{WEEKDAYS})\b))", re.I), "un rendez-vous"),
    ),
    "en": (
        # "second stage: short assessment online": the stage is the assessment, not an interview.
        (re.compile(r"\b(?:(?:short|online)\s+)?(?:assessment|test)s?\s+online\b|\bonline\s+"
                    r"(?:assessment|test)s?\b|\b(?:assessment|test)\s+link\b", re.I),
         "an online assessment"),
        (re.compile(r"\b(?:2nd|second)\s+(?:interview|round)\b", re.I), "a second interview"),
        # "tech round 2 Thursday 2nd 3pm IST on Teams" (writer BF's bf34), "round two"
        (re.compile(r"\b(?:tech|technical|coding)\s+round\s+(?:2|two)\b", re.I),
         "a second technical interview"),
        (re.compile(r"\b(?:interview|round)\s+(?:2|two)\b", re.I), "a second interview"),
        (re.compile(r"\btech\s+(?:round|interview)\b", re.I), "a technical interview"),
        # "final answer by end of the month" is an answer: only a final interview or round is one.
        (re.compile(r"\b(?:3rd|third|final)\s+(?:interview|round|chat)\b", re.I),
         "a final interview"),
        # "final with group CEO Tuesday 27th in London" (writer BM's bm25)
        (re.compile(r"\bfinal\s+(?=with\b)", re.I), "a final interview"),
        (re.compile(r"\bfinal\s+panel\b", re.I), "a final panel interview"),
        # "call with the hiring manager Monday 6th 10am" (writer BW's bw27): named as typed,
        # only with its day ("then quick chat with the head" after an observed lesson is no
        # stage of its own, bt27)
        (re.compile(rf"\b(?:call|chat|meeting)\s+with\s+(?:the|my|our)\s+[\w-]+{EN_FOLLOWING}"
                    rf"(?=\s+(?:on\s+)?(?:{EN_WEEKDAYS})\b)", re.I), ""),
        # "trial half day sat 28th 9am-1pm" (writer O's o34)
        (re.compile(r"\b(?:trial|experience|taster)\s+(?:half[- ]day|day|morning|afternoon|"
                    r"evening|session)\b", re.I), ""),
        (re.compile(r"\b(?:referee|reference)\s+checks?\b", re.I), "reference checks"),
        (re.compile(r"\bdrug\s+(?:screen|test)\b", re.I), "a drug screen"),
        (re.compile(r"\bbackground\s+checks?\b", re.I), "a background check"),
        (re.compile(r"\b(?:partner|client|panel|hr)\s+interview\b", re.I), ""),
        # "HR round w/c 7 dec" (writer O's o27)
        (re.compile(r"\b(?:hr|HR)\s+round\b", re.I), "an HR interview"),
        (re.compile(r"\btrial\s+shift\b", re.I), "a trial shift"),
        # "sea trial Saturday 9th, 8am, pontoon E" (writer BK's bk33): a sailing school's trial
        (re.compile(r"\bsea\s+trial\b", re.I), "a sea trial"),
        # "trial saturday 10am, bring my kit" (writer BL's bl39): a trial with its day
        (re.compile(r"\btrial(?=\s+(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun|tomorrow|next|\d))",
                    re.I), "a trial"),
        # "stage shift friday 27th 3pm" (a kitchen's unpaid trial, writer Y's y32), "case
        # study presentation on Thursday 3rd Dec at 2pm" (y36)
        (re.compile(r"\bstage\s+shift\b", re.I), "a stage shift"),
        (re.compile(r"\bcase\s+study\s+presentation\b", re.I), "a case study presentation"),
        (re.compile(r"\b(?:video|zoom|teams|virtual)\s+(?:interview|call)\b", re.I),
         "a video interview"),
        (re.compile(r"\b(?:phone|telephone)\s+(?:interview|screen)\b", re.I), "a phone interview"),
        (re.compile(r"\bshadow\s+shift\b", re.I), "a shadow shift"),
        # "job shadowing half-day thurs 26th" (a debrief of the session-21 reading)
        (re.compile(r"\b(?:job\s+)?shadowing(?:\s+(?:half[- ]day|day|morning|afternoon|"
                    r"session))?\b", re.I), "a job shadowing session"),
        # "ride along next Monday … at the east lot" (writer N's n35), "show day 29 Nov"
        (re.compile(r"\bride[- ]?along\b", re.I), "a ride-along"),
        (re.compile(r"\bshow\s+day\b", re.I), "the show day"),
        # "written P and S endorsement test at DPS": a written test of a named kind
        (re.compile(r"\bwritten\s+(?:[\w&]+\s+){1,4}?test\b", re.I), "a written test"),
        (re.compile(r"\binduction\b", re.I), "an induction"),
        (re.compile(r"\borientation\b", re.I), "an orientation session"),
        # "take home coming by email" (writer H, h31): the exercise is a stage of its own
        (re.compile(r"\btake[- ]home\b(?:\s+(?:test|exercise|task|assignment))?", re.I),
         "a take-home exercise"),
        # "versant test fri 16th 11am": a test of any name is a stage when its day follows
        (re.compile(rf"\b[a-z]+\s+test\b(?=\s+(?:on\s+)?(?:{EN_WEEKDAYS})\b)", re.I), "a test"),
        (re.compile(r"\b(?:assessment\s+(?:day|centre|center))\b", re.I), "an assessment day"),
        (re.compile(r"\b(?:technical|coding|written)\s+test\b", re.I), "a test"),
        (re.compile(r"\broad\s+test\b", re.I), "a road test"),
        (re.compile(r"\b(?:final\s+medical|medical\s+(?:exam|examination|assessment))\b", re.I),
         "a medical"),
        # "medical at Chester office Wed 5 Jan 10am", "drugs & alcohol screening + medical",
        # "fitness test + occupational health on Tuesday 25th 10am" (writers AR, AS)
        (re.compile(r"\b(?:drugs?|d)\s*(?:&|and)\s*(?:alcohol|a)\s+(?:screening|screen|test)\b",
                    re.I), "a drugs and alcohol screening"),
        (re.compile(r"\bfitness\s+test\b", re.I), "a fitness test"),
        # "forklift test after New Year", "medical with occupational health nurse in the new
        # year" (writer BX's bx40, bx31): named by their kind, whatever the day typed
        (re.compile(r"\b(?:forklift|flt|reach\s+truck|counterbalance)\s+(?:test|assessment)\b",
                    re.I), "a forklift test"),
        (re.compile(r"\bmedical\s+with\s+(?:the\s+|an\s+|a\s+)?(?:occupational|oh\b|company)",
                    re.I), "a medical"),
        # with their day only: "medical if offered", "book ENG1 medical and send copy", "then
        # DBS + occupational health" are conditions or papers, not a stage agreed
        (re.compile(rf"\boccupational\s+health\b(?:\s+(?:check|assessment|appointment|"
                    rf"screening))?(?={EN_DAY_AFTER})", re.I), "an occupational health assessment"),
        (re.compile(rf"(?<!book )\bmedical\b(?!\s+(?:records?|history|questionnaire|form|"
                    rf"certificate|insurance|cover|condition|notes?|staff|team|devices?|sales))"
                    rf"(?={EN_DAY_AFTER})", re.I), "a medical"),
        (re.compile(r"\b(?:technical|coding)\s+(?:round|interview)\b", re.I),
         "a technical interview"),
        # "driving assessment thu 3rd @ 2" (writer O's o25), "site tour + meet ops mgr wed
        # 2nd 9pm" (o31): named as typed
        (re.compile(r"\b(?:driving|practical|skills?|physical|fitness|numeracy|literacy|"
                    r"psychometric|group|written)\s+assessment\b", re.I), ""),
        # "assessment drive thurs 17th 10am at the depot" (writer AJ's aj29)
        (re.compile(r"\b(?:assessment|test|trial)\s+(?:drive|ride)\b", re.I), ""),
        # "come in sat 17 at 8am for a trial" (writer X's x38): the day typed before it
        (re.compile(r"\bfor\s+a\s+trial\b(?!\s+(?:shift|day|period))", re.I), "a trial"),
        (re.compile(r"\bsite\s+(?:tour|visit)\b", re.I), ""),
        # "bench exercise on site mon nov 30 at 1pm" (writer R's r30): an exercise done there
        (re.compile(r"\b(?:bench|practical|hands[- ]on|group|role[- ]play|in[- ]tray|lab)\s+"
                    r"exercise\b", re.I), ""),
        # "meet the PM on their Thorndon site wed 2 dec 7am" (r39): a meeting, named by whom
        (re.compile(r"\bmeet\s+(?:the|their)\s+(?:PM|GM|MD|CEO|CTO|CFO|COO|owner|director|"
                    r"partner|team|(?:hiring|site|project|ops|operations|regional|area|general|"
                    r"store|branch|practice|clinical)\s+(?:manager|mgr|director|lead))\b"),
         ""),
        # "working interview Saturday 12th 8am", "demo session Thursday 10th 6pm", "Tasting
        # exam Wednesday 9th at 3pm", "translation test … return by Thursday 10th noon"
        # (writer AF's af33, af31, af35, af37): named as typed
        (re.compile(r"\bworking\s+interview\b", re.I), "a working interview"),
        (re.compile(r"\bdemo\s+(?:session|class|lesson|shift)\b", re.I), ""),
        (re.compile(r"\b(?:tasting|practical|written|oral|skills|trade)\s+exam\b", re.I), ""),
        (re.compile(r"\b(?:translation|writing|design|coding|sample)\s+(?:test|task|exercise|"
                    r"assignment)\b", re.I), ""),
        # "come see the site Monday 9th 7.30am with hi-vis & boots" (writer K)
        (re.compile(r"\bcome\s+(?:and\s+)?(?:see|visit)\s+the\s+site\b", re.I), "a site visit"),
    ),
}  # fmt: skip
# English stages named as typed from closed word lists ("meet the PM", "bench exercise"):
# their names quote no free words, so they may be said from a note the learned screen kept
# out, as the table's fixed names are (`next_steps._typed_stage`, writer R's r39).
CLOSED_EN = re.compile(
    r"an?\s+(?:meeting\s+with\s+the\s+[\w ]+|(?:bench|practical|hands[- ]on|group|role[- ]play|"
    r"in[- ]tray|lab)\s+exercise)",
    re.I,
)


def closed_name(name: str) -> bool:
    """A stage's name the table fixes, or builds from a closed word list."""
    fixed = {fixed for _, fixed in STAGES["en"] if fixed}
    return name in fixed or CLOSED_EN.fullmatch(name) is not None


# A stage the notes say is behind: "entretien RH fait", "results from assessment day".
DONE = {
    "fr": re.compile(
        r"\b(?:fait|faite|faits|passé|passée|terminé|terminée|effectué|effectuée|validé|validée|"
        r"réussi|réussie|(?<!\bsi\s)ok)\b|\b(?:résultats?|retour|suite)\s+(?:du|de\s+la|de\s+l'|des)\s",
        re.I,
    ),
    "en": re.compile(
        r"\b(?:done|passed|completed|finished|went\s+well|had)\b|"
        r"\b(?:results?|feedback|outcome)\s+(?:from|of|after)\s",
        re.I,
    ),
}
TITLE_CASED = re.compile(r"[A-Za-z][a-z]+")  # no acronym ("PM", "HR") inside


def named_stage(match: re.Match[str], lang: str) -> str:
    """'entretien avec le co-titulaire' -> 'un entretien avec le co-titulaire', 'visite du
    site' -> 'une visite du site' (the head's gender), 'essai 2 jours' -> 'un essai de
    deux jours', 'entretien tel' -> 'un entretien téléphonique', 'tests physiques +
    psychotechniques' -> 'des tests physiques et psychotechniques'; "" when the words as
    typed would not pass the tone guard."""
    kept_words = match.group(0).split()
    while kept_words and kept_words[-1].lower() in DANGLING:
        kept_words.pop()
    words = " ".join(
        TELEPHONE if word.lower() in ("tel", "tél", "téléphone") else word for word in kept_words
    )
    words = re.sub(r"^(?:rdv|rendez-vous)\b", "rendez-vous", words, flags=re.I)
    words = re.sub(r"\s+\+\s+", " et " if lang == "fr" else " and ", words)  # not "N+2"
    if lang == "en":  # "meet the PM": "a meeting with the PM"
        words = re.sub(r"^meet\s+(?:the|their)\s+", "meeting with the ", words, flags=re.I)
        if all(TITLE_CASED.fullmatch(word) for word in kept_words):
            words = words.lower()  # "Experience Day" (writer AT's at37), a heading's capitals
        words = re.sub(r"\bmgr\b", "manager", words, flags=re.I)
    if lang == "fr":  # "essai 2 jours": "essai de deux jours"
        words = re.sub(r"^(\w+)\s+(?=\d+\s+(?:jours?|semaines?)\b)", r"\1 de ", words)
        # « demi journée d'observation » (writer BO's bo05): half a day, hyphenated, never
        # « une journée d'observation »
        words = re.sub(r"\bdemi\s+(?=journée)", "demi-", words, flags=re.I)
        kept_words = words.split()
    count = r"(?<!\+)\b\d+\b(?=\s+(?:jours?|semaines?|days?|weeks?)\b)"  # not "N+2"
    words = re.sub(count, lambda number: dates.spelled_number(number[0], lang), words)
    if not acceptable(words, lang):
        return ""
    head = kept_words[0]
    if lang == "fr" and re.fullmatch(r"deux|trois|\d", head, re.I):
        return words  # "deux jours d'essai": the number is the determiner
    if lang == "fr":
        if head.lower().endswith(("s", "x")) and head.lower() not in ("cours", "rendez-vous"):
            return "des " + words  # "tests physiques", "examens écrits"
        return ("une " if noun_gender(head) == FEM else "un ") + words
    return en_indefinite(words)


def is_done(item: str, lang: str) -> bool:
    """'entretien RH fait': the stage is behind; 'si visite médicale ok' is a condition."""
    for found in DONE[lang].finditer(item):
        if found.group(0).lower() == "ok" and re.search(
            r"\b(?:si|if)\b[^,;.()]*$", item[: found.start()], re.I
        ):
            continue
        return True
    return False


# A stage done from home or sent by e-mail, which no one attends on a day.
REMOTE = re.compile(
    r"\b(?:en\s+ligne|online|à\s+la\s+maison|à\s+rendre|à\s+faire|lien|link|par\s+mail|"
    r"by\s+e-?mail|take[- ]home|at\s+home|envoie|sends?|"
    # "translation test … sent tomorrow morning, to return by Friday 27" (writer U's u34)
    r"sent|due|to\s+return|return\s+by|submit)\b",
    re.I,
)
