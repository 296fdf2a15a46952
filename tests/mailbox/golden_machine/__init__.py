"""The golden-rule state machine that tests/mailbox/test_golden_machine_mail.py runs, one concept
per module. Each layer is a class the next one extends; hypothesis collects the rules and
invariants of the whole class, by name, whatever module they are written in.

- world: the machine's state (the candidate, the recruiter, their mailboxes, the application,
  the log), its set-up and the helpers every step uses;
- checks: every message that reached the recruiter (as the SMTP server logged it, or marked
  sent by hand) checked at once against the oracle (tests/fixtures/golden_oracle.py);
- invariants: what must hold after every step (nothing stuck, every end explained);
- worker: the real sending step, its passes, its runs over hours, its crashes mid-send;
- candidate: what the candidate does through the services the web, the CLI and the API call;
- recruiter: what lands in the candidate's INBOX (replies, bulk mail, colleagues, out-of-office
  notices, bounces), delivered to Dovecot over LMTP;
- clock: the clock jumps across nights, weekends and French public holidays;
- scenarios: compound steps that approve for the mailbox, then the recruiter writes or the
  facts change, then the worker acts at the due moment (the paths single steps seldom reach);
- machine: GoldenMachine, all of the above in one machine.
"""
