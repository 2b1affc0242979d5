"""Sign-in attempts per client address, in a sliding window (per process: with several workers each
counts its own, which only makes the limit workers × attempts). Account lockout is the second line."""

from __future__ import annotations

import threading
import time
from collections import deque


class LoginLimiter:
    def __init__(self, attempts: int, window_seconds: float, clock=time.monotonic):
        self.attempts, self.window, self.clock = attempts, window_seconds, clock
        self._seen: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def retry_after(self, client: str) -> int:
        """Seconds until this client may try again, or 0 (and the attempt is counted)."""
        now = self.clock()
        with self._lock:
            if len(self._seen) > 10_000:
                self._seen = {k: v for k, v in self._seen.items() if v and v[-1] > now - self.window}
            times = self._seen.setdefault(client, deque())
            while times and times[0] <= now - self.window:
                times.popleft()
            if len(times) >= self.attempts:
                return max(1, int(times[0] + self.window - now + 0.999))
            times.append(now)
            return 0
