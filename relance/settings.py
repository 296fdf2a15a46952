"""Django settings for Relance.

Everything that differs between machines comes from the environment:
RELANCE_DATA_DIR (SQLite file, secrets), DATABASE_URL (PostgreSQL), RELANCE_DEBUG,
RELANCE_ALLOWED_HOSTS, RELANCE_SECRET_KEY, EMAIL_* for password-reset mail; the README's
configuration table lists them all (a test checks it). Yes/no and numbers go through
relance.environment, which refuses a value it does not understand.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import dj_database_url

from relance.datadir import data_dir, private_file, read_or_create_secret
from relance.environment import comma_list, flag, text, whole_number

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = data_dir()

SECRET_KEY = os.environ.get("RELANCE_SECRET_KEY") or read_or_create_secret(DATA_DIR, "secret_key")
DEBUG = flag("RELANCE_DEBUG", default=False)
ALLOWED_HOSTS = comma_list("RELANCE_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = comma_list("RELANCE_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "relance.tracker",
    "relance.web",
    "relance.api",
    "relance.mailbox",
    "relance.coaching",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "relance.web.middleware.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "relance.web.middleware.UserLanguageMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "relance.urls"
WSGI_APPLICATION = "relance.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]


def _database() -> dict[str, Any]:
    url = os.environ.get("DATABASE_URL")
    if url:
        config: dict[str, Any] = dict(dj_database_url.parse(url, conn_max_age=60))
        if "postgresql" in config["ENGINE"]:
            # No JIT: the dashboard's rank query is estimated costly enough to be compiled,
            # which took 270 of its 460 ms (bench/coach.py --explain); short OLTP queries
            # never win it back.
            options: dict[str, Any] = config.setdefault("OPTIONS", {})
            # No parallel workers either: the dashboard's lines (one UNION ALL over 50
            # candidates) launched two workers per request, and starting them cost more than
            # the 8 ms of work they shared: 17 -> 7 ms (bench/coach.py, EXPLAIN ANALYZE), and
            # on a 2-core web host they compete with the other requests for the cores.
            options["options"] = (
                options.get("options", "") + " -c jit=off -c max_parallel_workers_per_gather=0"
            ).strip()
        return config
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(
            private_file(
                Path(os.environ.get("RELANCE_SQLITE_PATH") or DATA_DIR / "relance.sqlite3")
            )
        ),
        # WAL lets the web process read while the worker writes; IMMEDIATE takes the
        # write lock at BEGIN so two writers queue on busy_timeout instead of failing
        # with "database is locked" when a read transaction tries to upgrade.
        "OPTIONS": {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": (
                "PRAGMA journal_mode=WAL;"
                "PRAGMA synchronous=NORMAL;"
                "PRAGMA busy_timeout=20000;"
                "PRAGMA foreign_keys=ON;"
            ),
        },
        "TEST": {"NAME": os.environ.get("RELANCE_TEST_SQLITE_PATH")},
    }


DATABASES = {"default": _database()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "today"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "UTC"
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = os.environ.get("RELANCE_STATIC_ROOT") or str(DATA_DIR / "static")
Path(STATIC_ROOT).mkdir(parents=True, exist_ok=True)  # WhiteNoise warns when it is missing

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

if flag("RELANCE_PRODUCTION", default=False):
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = flag("RELANCE_SSL_REDIRECT", default=True)
    SECURE_HSTS_SECONDS = 31536000
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

EMAIL_BACKEND = text("RELANCE_EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_PORT = whole_number("EMAIL_PORT", 587)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = flag("EMAIL_USE_TLS", default=True)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "relance@localhost")

# Failed logins allowed per username and per address in the throttle window.
LOGIN_THROTTLE_ATTEMPTS = 5
LOGIN_THROTTLE_SECONDS = 15 * 60
# Password reset requests allowed per e-mail address and per client address an hour.
PASSWORD_RESET_THROTTLE_ATTEMPTS = 3
PASSWORD_RESET_THROTTLE_SECONDS = 60 * 60
# The request header (in META form, e.g. HTTP_X_REAL_IP) a trusted reverse proxy sets to
# the client's address; without a proxy, REMOTE_ADDR is the client's.
CLIENT_IP_HEADER = text("RELANCE_CLIENT_IP_HEADER", "REMOTE_ADDR")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": text("RELANCE_LOG_LEVEL", "WARNING")},
}
# A refused form in the user's language, in the app's layout (Django's is English).
CSRF_FAILURE_VIEW = "relance.web.errors.csrf_failure"
