"""Agent integrations: each adapter turns one agent's protocol into Action/Context and a Decision back.

Shared rules for every adapter:
- fail closed: an error inside automode, a timeout, broken input or an unknown event answers deny or ask with a
  reason, never "nothing" (which most agents treat as allow);
- nothing an agent can set (environment variables, files in the project) turns an adapter off;
- heavy imports stay off the hook hot path: adapters import the engine only when they decide.
"""
