"""The coaching pages, included under "coaching/" with the namespace "coaching".

Coach pages take a membership id (one of the coach's candidates) or a review id; the
candidate's pages take their own ids. Every lookup is scoped to the signed-in user: a
foreign id is a 404.
"""

from django.urls import path

from relance.coaching.views import analytics, candidate, coach, join, leaving, organisation

app_name = "coaching"

urlpatterns = [
    # The coach
    path("", coach.dashboard, name="dashboard"),
    path("invitations/new/", coach.invite, name="invite"),
    path("candidates/<int:pk>/", coach.candidate_detail, name="candidate"),
    path("candidates/<int:pk>/nudge/", coach.send_nudge, name="nudge"),
    path("reviews/<int:pk>/", coach.review, name="review"),
    path("analytics/", analytics.coach, name="analytics"),
    path("candidates/<int:pk>/analytics/", analytics.candidate, name="candidate_analytics"),
    # The organisation's admin: its figures (small groups hidden) and its retention period
    path(
        "organisations/<int:pk>/figures/",
        analytics.organisation,
        name="organisation_analytics",
    ),
    # The organisation admin
    path("organisations/<int:pk>/", organisation.organisation, name="organisation"),
    path("organisations/<int:pk>/cohorts/new/", organisation.new_cohort, name="new_cohort"),
    path(
        "organisations/<int:pk>/members/<int:member>/assign/",
        organisation.assign,
        name="assign",
    ),
    path(
        "organisations/<int:pk>/members/<int:member>/remove/",
        organisation.remove,
        name="remove_member",
    ),
    path(
        "organisations/<int:pk>/invitations/<int:invitation>/revoke/",
        organisation.revoke,
        name="revoke_invitation",
    ),
    # Joining
    path("join/<str:token>/", join.join, name="join"),
    # The candidate
    path("mine/", candidate.my_coaching, name="mine"),
    path("mine/<int:pk>/sharing/", candidate.sharing, name="sharing"),
    path("mine/<int:pk>/leave/", leaving.leave, name="leave"),
    path("mine/analytics/", analytics.mine, name="my_analytics"),
    path("mine/followups/<int:pk>/review/", candidate.ask_review, name="ask_review"),
    path("mine/reviews/<int:pk>/", candidate.review, name="my_review"),
    path("mine/nudges/today/", candidate.nudges_banner, name="nudges_banner"),
    path("mine/nudges/<int:pk>/read/", candidate.nudge_read, name="nudge_read"),
]
