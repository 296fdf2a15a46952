"""The candidate's mailbox in Django: settings, the sending worker, reply detection."""
