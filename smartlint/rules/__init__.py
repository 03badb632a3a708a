"""Rules: what each rule file declares, and the few kinds that run them."""
