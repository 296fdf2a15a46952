"""The mailbox pages: one module per page, one view per POST action."""
