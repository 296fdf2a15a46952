"""The dashboard's rows written in Python: the same cells, escaped, in the viewer's language."""

from __future__ import annotations

from django.utils import translation

from relance.coaching.models import Membership, Sharing
from relance.coaching.services.dashboard import Row
from relance.coaching.services.reasons import DEBRIEF, AppRef, Line
from relance.coaching.views.board_rows import rows_html
from relance.tracker.models import Profile
from tests.coaching.base import CoachingTestCase


class BoardRowsTestCase(CoachingTestCase):
    sharing = Sharing.STATUSES

    def row(self, **kwargs: object) -> Row:
        membership = Membership.objects.select_related(
            "user__profile", "coach__profile", "cohort"
        ).get(pk=self.membership.pk)
        return Row(membership, **kwargs)  # type: ignore[arg-type]

    def test_it_escapes_the_names_and_the_applications(self) -> None:
        Profile.objects.filter(user=self.alice).update(name="Alice <b>")
        line = Line(DEBRIEF, AppRef(1, "Durand & fils", '"Vendeur"'), label="<x>", why="y")
        html = rows_html([self.row(lines=[line], own=True, url="/c/?a=1&b=2")])
        self.assertIn('<a href="/c/?a=1&amp;b=2">Alice &lt;b&gt;</a>', html)
        self.assertIn(
            "<td>&lt;x&gt;<br><small>Durand &amp; fils — &quot;Vendeur&quot;</small>", html
        )
        self.assertNotIn("<b>", html)

    def test_it_tells_another_viewer_who_coaches_and_acts(self) -> None:
        line = Line(DEBRIEF, None, label="Debrief", why="Fresh")
        with translation.override("fr"):
            html = rows_html([self.row(lines=[line], own=False)])
        self.assertIn("<small>suivi par Carole Petit</small>", html)
        self.assertIn("<td><small>Son conseiller s’en charge.</small></td>", html)
        self.assertIn("<td><code>coach.debrief</code><br><small>Fresh</small></td>", html)

    def test_it_says_why_a_row_has_no_line_and_marks_one_that_may_move(self) -> None:
        with translation.override("en"):
            html = rows_html([self.row(own=True, moving=True)])
            self.assertIn('<td colspan="3">Nothing needs your attention.</td>', html)
            self.assertIn('<small class="moving">Place being updated</small>', html)
            self.set_sharing(Sharing.NOTHING)
            html = rows_html([self.row(own=True)])
        self.assertIn('<td colspan="3">Shares nothing at the moment.</td>', html)
        self.assertNotIn("moving", html)

    def test_it_is_the_dashboards_table_body(self) -> None:
        self.interviewed()
        html = self.signed_in(self.admin).get("/coaching/").content.decode()
        self.assertIn('<tbody><tr>\n      <th scope="row">Alice', html)
        self.assertIn("suivi par Carole Petit", html)
