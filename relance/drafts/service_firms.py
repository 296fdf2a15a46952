"""Firms whose own staff work at a client's site: the client typed beside them is the place of
work, not the employer.

« securitas » with the client « Total » (writer BY's by20) was « rejoindre l'équipe de
Total », "Infosys" with the client "AIB" (by31) "the Data Engineer role at AIB, offered
through Infosys": a security company, an IT services firm, a cleaning or catering contractor
hires the candidate itself and sends them to the client. Only a staffing agency places the
candidate in the client's team (`DraftContext.agency_client`).

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re

# security, cleaning, catering and facilities contractors; IT services and engineering firms
SERVICE_FIRMS = re.compile(
    r"^\s*(?:securitas|g4s|seris|fiducial|samsic|onet|derichebourg|elior|sodexo|compass|"
    r"iss|mitie|atalian|bidvest\s+noonan|ocs|serco|allied\s+universal|prosegur|"
    r"sopra(?:\s+steria)?|capgemini|atos|accenture|infosys|tcs|tata\s+consultancy|wipro|"
    r"cognizant|hcl(?:tech)?|altran|alten|akkodis|expleo|cgi|dxc|ibm|inetum|"
    r"assystem|segula|apave|bureau\s+veritas|socotec)\b",
    re.IGNORECASE,
)


def staffs_its_clients(company: str) -> bool:
    """Does this firm employ the people it sends to its clients' sites?"""
    return bool(SERVICE_FIRMS.search(company))
