"""Built-in roles by their fixed ids (session 18, I2, helper `named`): a role assignment names the role by an id
the user never types ("assign the Reports Reader role to the auditor account" answered with `-RoleDefinitionId
4a5d8f65-…`). The id is the role the user named when the role's name is in their words; any other id stays another
object. Only ids that are the same in every tenant: Microsoft Entra built-in role template ids
(learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference) and Azure built-in role ids
(learn.microsoft.com/azure/role-based-access-control/built-in-roles).
"""

from __future__ import annotations

import re

# fmt: off
ROLE_IDS: dict[str, str] = {
    # Microsoft Entra directory roles
    "62e90394-69f5-4237-9190-012177145e10": "global administrator",
    "f2ef992c-3afb-46b9-b7cf-a126ee74c451": "global reader",
    "4a5d8f65-41da-4de4-8968-e035b65339cf": "reports reader",
    "5d6b6bb7-de71-4623-b4af-96380a352509": "security reader",
    "194ae4cb-b126-40b2-bd5b-6091b380977d": "security administrator",
    "fe930be7-5e62-47db-91af-98c3a49a38b1": "user administrator",
    "729827e3-9c14-49f7-bb1b-9608f156bbb8": "helpdesk administrator",
    "e8611ab8-c189-46e8-94e1-60213ab1f814": "privileged role administrator",
    "9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3": "application administrator",
    "158c047a-c907-4556-b7ef-446551a6b5f7": "cloud application administrator",
    "88d8e3e3-8f55-4a1e-953a-9b9898b8876b": "directory readers",
    "95e79109-95c0-4d8e-aee3-d01accf2d47b": "guest inviter",
    "790c1fb9-7f7d-4f88-86a1-ef1f95c05c1b": "message center reader",
    # The default app role of an app role assignment (`appRoleId` all zeros: learn.microsoft.com/graph/api/
    # serviceprincipal-post-approleassignedto): sign-in to the app with no role it declares (session 24, O1)
    "00000000-0000-0000-0000-000000000000": "default access",
    # Azure built-in roles
    "8e3af657-a8ff-443c-a75c-2fe8c4bcb635": "owner",
    "b24988ac-6180-42a0-ab88-20f7382dd24c": "contributor",
    "acdd72a7-3385-48ef-bd42-f606fba81ae7": "reader",
    "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9": "user access administrator",
    "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1": "storage blob data reader",
    "ba92f5b4-2d11-453d-a403-e96b0029c9fe": "storage blob data contributor",
    "b7e6dc6d-f1e8-4753-8033-0f276bb0955b": "storage blob data owner",
    "7f951dda-4ed3-4680-a7ca-43fe172d538d": "acrpull",
    "8311e382-0749-4cb8-b61a-304f252e45ec": "acrpush",
}
# fmt: on


def role_id_named(value: str, text: str) -> bool:
    """`value` is a built-in role's fixed id and its name is in the user's words (`text`, lower case): "the Reports
    Reader role" names `4a5d8f65-…`; "Reader" does not name Global Reader's id (the whole name, as a phrase)."""
    name = ROLE_IDS.get(value.lower().strip("'\"{}"))
    return name is not None and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) is not None
