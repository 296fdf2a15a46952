from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "relance.web"
    label = "web"

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in

        from relance.web.signals import use_profile_language

        user_logged_in.connect(use_profile_language, dispatch_uid="relance-profile-language")
