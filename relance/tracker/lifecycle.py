"""The follow-up lifecycle, declared once: its states, the groups the code asks about, its edges.

Every state change goes through `transitions.transition(followup, EDGE, ...)` along one of the
named edges below; no other module spells a state. docs/lifecycle.md draws the same graph and
tests/tracker/test_lifecycle.py checks that the drawing and this module agree.
The states themselves are the core's `FollowUpState` (the models' choices mirror it).
"""

from __future__ import annotations

from dataclasses import dataclass

from relance.core.facts import DELIVERED_STATES, PENDING_STATES, FollowUpState

PLANNED = FollowUpState.PLANNED
DRAFTED = FollowUpState.DRAFTED
APPROVED = FollowUpState.APPROVED
SENDING = FollowUpState.SENDING
COMMITTING = FollowUpState.COMMITTING
SENT = FollowUpState.SENT
DONE = FollowUpState.DONE
CANCELLED = FollowUpState.CANCELLED
LAPSED = FollowUpState.LAPSED
FAILED = FollowUpState.FAILED
UNKNOWN = FollowUpState.UNKNOWN


@dataclass(frozen=True)
class Edge:
    """A move to `target` allowed only from one of `sources` (checked by compare-and-swap)."""

    sources: frozenset[FollowUpState]
    target: FollowUpState

    def source_values(self) -> list[str]:
        return sorted(state.value for state in self.sources)


# --- Groups of states the code asks about ----------------------------------------------------

# The candidate may still change the text.
EDITABLE = frozenset({PLANNED, DRAFTED})
# Nothing has left yet: the plan or the candidate may still withdraw it.
CANCELLABLE = EDITABLE | {APPROVED}
# In the hands of the worker: may go out at any moment.
IN_FLIGHT = frozenset({SENDING, COMMITTING})
# Reached the recruiter, or may have (the core's definition).
DELIVERED = DELIVERED_STATES
# Still on its way (the core's definition).
PENDING = PENDING_STATES
# A message about the interview went, or is going.
GONE_OR_GOING = IN_FLIGHT | DELIVERED
# Failed, or in doubt: waits for the candidate's word (sent by hand, back to draft, retry).
SETTLEABLE = frozenset({FAILED, UNKNOWN})
# Not settled for good: what `relance followup list` shows by default.
UNSETTLED = PENDING | SETTLEABLE
# "I sent it myself": from a draft, an approval, a failed send, or one in doubt.
SENDABLE_BY_HAND = CANCELLABLE | SETTLEABLE
# A tone finding may be dismissed while the text may still be worked on (a failed one included).
TONE_DISMISSABLE = EDITABLE | {FAILED}
# Rows whose Message-ID a recruiter's answer may reference (an approved row already has one).
WATCHED_FOR_REPLIES = frozenset({APPROVED, SENDING, COMMITTING, SENT, UNKNOWN})
# States the sending panel has something to say about.
SEND_PANEL_STATES = frozenset({APPROVED, SENDING, COMMITTING, SENT, FAILED, UNKNOWN})
# Rows whose last error explains what the candidate must do.
EXPLAINED_STATES = frozenset({DRAFTED, FAILED, UNKNOWN})
# An imported follow-up is never sent without the candidate's fresh approval: approved
# (or interrupted) rows come back as drafts, and one that was being handed to the server
# may have gone out, so it is `unknown`, never resent by itself.
IMPORTED_AS = {APPROVED: DRAFTED, SENDING: DRAFTED, COMMITTING: UNKNOWN}


def _edge(sources: frozenset[FollowUpState] | set[FollowUpState], target: FollowUpState) -> Edge:
    return Edge(frozenset(sources), target)


# --- The candidate's edges (web, CLI, API) -----------------------------------------------------

SAVE_DRAFT = _edge(EDITABLE, DRAFTED)
APPROVE = _edge(EDITABLE, APPROVED)
UNAPPROVE = _edge({APPROVED}, DRAFTED)
MARK_DONE = _edge(SENDABLE_BY_HAND, DONE)  # sent from their own mail program
RECORD_CALL = _edge(CANCELLABLE, DONE)  # a call that reached someone or left a voicemail
CANCEL = _edge(CANCELLABLE, CANCELLED)  # also the plan's, when a reply replaces a row
BACK_TO_DRAFT = _edge(SETTLEABLE, DRAFTED)  # "it did not go"; retrying approves it again
CONFIRM_SENT = _edge({UNKNOWN}, SENT)  # the candidate found the copy
CONFIRM_NOT_SENT = _edge({UNKNOWN}, FAILED)  # the candidate found no copy
DROP_WITH_INTERVIEW = _edge(CANCELLABLE | {FAILED}, CANCELLED)  # its interview is deleted

# --- The plan's edges (refresh_plan, replies, absence notices) --------------------------------

PLAN_LAPSE = _edge(CANCELLABLE, LAPSED)  # the engine says its window passed
HOLD = _edge({APPROVED}, DRAFTED)  # a possible reply arrived: confirm or dismiss it first
REWORD = _edge({APPROVED}, DRAFTED)  # the sending day moved: its dates may be false
WINDOW_MOVED = _edge({APPROVED}, DRAFTED)  # the approved moment left the new window

# --- The worker's edges ------------------------------------------------------------------------

LAPSE = _edge({APPROVED}, LAPSED)  # due, but its window closed before the worker got to it
NO_SENDER = _edge({APPROVED}, FAILED)  # no mailbox set up (or paused)
CANCEL_BY_RULE = _edge({APPROVED}, CANCELLED)  # a golden rule now refuses it
SEND_CLAIM = _edge({APPROVED}, SENDING)
REPLIED_BEFORE_SEND = _edge({SENDING}, CANCELLED)  # the last check found a reply
HOLD_CLAIMED = _edge({SENDING}, DRAFTED)  # the last check found a possible reply
COMMIT = _edge({SENDING}, COMMITTING)  # after the server's 354, before the content
ACCEPTED = _edge({COMMITTING}, SENT)  # the server accepted the content
RETRY = _edge(IN_FLIGHT, APPROVED)  # a passing failure: again after a back-off
FAIL = _edge(IN_FLIGHT, FAILED)
BOUNCE = _edge({SENT, COMMITTING, UNKNOWN}, FAILED)  # a bounce for the recruiter's address

# --- Settling after a crash (the worker, at start and periodically) ---------------------------

SETTLE_SENDING = _edge({SENDING}, APPROVED)  # crashed before DATA: nothing went
SETTLE_SENT = _edge({COMMITTING}, SENT)  # the copy is in the candidate's mailbox
SETTLE_UNKNOWN = _edge({COMMITTING}, UNKNOWN)  # no copy found: never resent by itself

EDGES: dict[str, Edge] = {
    name: value for name, value in list(globals().items()) if isinstance(value, Edge)
}
# The plan's stale rows, by the state the engine gives them.
PLAN_EDGES = {CANCELLED: CANCEL, LAPSED: PLAN_LAPSE}
