"""Create an organisation and its first admin, who then invites coaches from the web.

python -m relance.manage create_organisation "Mission locale de Metz" --admin amina@example.org
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db.models import Q
from django.utils import timezone

from relance.coaching.services.invitations import create_organisation


class Command(BaseCommand):
    help = "Create an organisation; the given existing user becomes its admin."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("name")
        parser.add_argument("--admin", required=True, help="user name or e-mail of the admin")

    def handle(self, *args: Any, **options: Any) -> None:
        who = options["admin"]
        users = list(User.objects.filter(Q(username=who) | Q(email__iexact=who))[:2])
        if len(users) != 1:
            raise CommandError(f"No single user named or with the e-mail {who!r}.")
        organisation = create_organisation(options["name"], users[0], now=timezone.now())
        self.stdout.write(
            f"Organisation #{organisation.pk} created; {users[0].username} is its admin."
        )
