"""Placeholder replaced below."""
from dataclasses import dataclass
@dataclass
class DateSummary: pass
def summarize_events(*a, **k): pass
