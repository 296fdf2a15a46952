"""The mailbox pages, included under "mailbox/" with the namespace "mailbox"."""

from django.urls import path

from relance.mailbox.views import replies, send_state, settings

app_name = "mailbox"

urlpatterns = [
    path("", settings.mailbox_settings, name="settings"),
    path("save/", settings.mailbox_save, name="save"),
    path("test/", settings.mailbox_test, name="test"),
    path("remove/", settings.mailbox_remove, name="remove"),
    path("replies/", replies.reply_list, name="replies"),
    path("replies/today/", replies.replies_banner, name="replies_banner"),
    path("replies/<int:pk>/confirm/", replies.reply_confirm, name="reply_confirm"),
    path("replies/<int:pk>/dismiss/", replies.reply_dismiss, name="reply_dismiss"),
    path("followups/<int:pk>/sent/", send_state.mark_sent, name="mark_sent"),
    path("followups/<int:pk>/not-sent/", send_state.mark_not_sent, name="mark_not_sent"),
    path("followups/<int:pk>/retry/", send_state.retry, name="retry"),
]
