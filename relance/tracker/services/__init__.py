"""The write paths. Web, CLI, API, import and worker all go through here, so the
golden rules are checked in one place."""
