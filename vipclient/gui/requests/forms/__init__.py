"""The request forms: one base (client, validity, reason, messages, preview, submit) and one
small form per kind."""
