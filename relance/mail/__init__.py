"""E-mail in and out, framework-free: MIME, SMTP sending at most once, IMAP, reply understanding."""
