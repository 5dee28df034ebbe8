"""One name per candidate across outlets, for comparing shares of the vote.

Extraction scopes a candidate's share by the fullest name its article gives ("vote_share@maduro",
"vote_share@nicolas maduro", "vote_share@edmundo gonzalez urrutia"), and compare reads roles by
equality. Outlets name one person more or less fully, so within one event a name whose words all
stand, in order, in a fuller name of the same role is read as that name ("maduro" as "nicolas
maduro"), when the fuller names it fits are themselves one name (each within the fullest). Two
fuller names it fits that are not ("keiko fujimori", "alberto fujimori" for "fujimori") leave it
alone: which of them it is the text does not say.
"""

from __future__ import annotations

from collections.abc import Iterable

from dossier.name_forms import within

SCOPE_MARK = "@"  # as ``discrepancies.SCOPE_MARK``
# Roles whose scope is a candidate's name (``extract.vote_shares``).
CANDIDATE_ROLES = frozenset({"vote_share"})


def candidate_roles(roles: Iterable[str]) -> dict[str, str]:
    """Each role of an event -> the role it is compared as (a candidate's fullest name).

    Args:
        roles: the roles of the event's quantities.

    Returns:
        A mapping covering every role given; roles of other kinds map to themselves.
    """
    roles = set(roles)
    mapping = {role: role for role in roles}
    for role in roles:
        base, _, name = role.partition(SCOPE_MARK)
        if base not in CANDIDATE_ROLES or not name:
            continue
        fuller = [n for r in roles if (p := r.partition(SCOPE_MARK))[0] == base
                  for n in [p[2]] if n != name and within(name, n)]
        if not fuller:
            continue
        fullest = max(fuller, key=len)
        if all(within(n, fullest) for n in fuller):
            mapping[role] = f"{base}{SCOPE_MARK}{fullest}"
    return mapping
