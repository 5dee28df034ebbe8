"""Words of crime and damage in their literal sense: escapes, robberies, outages and fires.

Registered in ``trigger_fit``'s table of word-sense checks through ``CRIME_CHECKS``, which this
module joins from one module per kind of happening, because each of these words has an everyday
twin: "escaped injury", "a tax escape", "robbed of victory", "stole the show", "job cuts", "the cut
in interest rates". A literal reading needs the right parties and things:

- someone held who gets away, or a fugitive caught (``escape_senses``);
- property taken (``robbery_senses``);
- a network or utility cut or repaired (``outage_senses``);
- a fire set or breaking out (``fire_senses``);
- a person shot, stabbed or ambushed, not a film shot or a minister "ambushed by reporters"
  (``violence_senses``).

Checks read the parse (and WordNet through ``thing_kinds.kinds`` when it is installed), so they work
on any story.
"""

from __future__ import annotations

from dossier.extract.escape_senses import ESCAPE_CHECKS, FUGITIVE_CHECKS
from dossier.extract.fire_senses import FIRE_CHECKS
from dossier.extract.outage_senses import OUTAGE_CHECKS
from dossier.extract.robbery_senses import ROBBERY_CHECKS
from dossier.extract.violence_senses import VIOLENCE_CHECKS

CRIME_CHECKS = {
    **ESCAPE_CHECKS,  # "escaped from jail", not "escaped injury"
    **ROBBERY_CHECKS,  # "stole jewels", not "stole the show"
    **OUTAGE_CHECKS,  # "the cables were cut", not "job cuts"
    **FIRE_CHECKS,  # arson and fires: "set fire to", "came under fire", "burned the midnight oil"
    **FUGITIVE_CHECKS,  # "the fugitive was caught", not "caught fire"
    **VIOLENCE_CHECKS,  # "the shooting outside the bar", not "skeet shooting" or "gunning for a title"
}
