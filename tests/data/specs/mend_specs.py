#!/usr/bin/env python3
"""Copy Atlassian's OpenAPI documents here and mend their known defects.

Usage: mend_specs.py SOURCE_DIR [DEST_DIR]   (DEST_DIR defaults to this script's folder)

Each mend asserts that the defect is still there, so a newer upstream document that fixed
it makes this script fail loudly instead of silently doing nothing. The output keeps the
upstream serialisation, so `diff` against the source shows only the mends.
"""
import json
import pathlib
import sys


def drop_uuid_format(schema):
    assert schema.get("format") == "uuid", schema
    del schema["format"]


def mend_organizations(doc):
    paths = doc["paths"]
    # GET .../users/{userId} declares its parameter as accountId: it is the same route
    # as .../users/{accountId} (which carries the DELETE).
    wrong = "/v2/orgs/{orgId}/directories/{directoryId}/users/{userId}"
    right = "/v2/orgs/{orgId}/directories/{directoryId}/users/{accountId}"
    item = paths.pop(wrong)
    assert "get" not in paths[right]
    paths[right].update(item)

    # Account ids declared as format: uuid (keep it on org ids).
    for verb in ("roles/assign", "roles/revoke", "role-assignments/assign",
                 "role-assignments/revoke"):
        op = paths["/v1/orgs/{orgId}/users/{userId}/" + verb]["post"]
        (param,) = [p for p in op["parameters"] if p.get("name") == "userId"]
        drop_uuid_format(param["schema"])
    drop_uuid_format(doc["components"]["schemas"]["UsersSearchRequest"]["properties"]
                     ["accountIds"]["items"])

    # A `type` that names a schema next to its $ref; OpenAPI 3.0 ignores $ref siblings,
    # but no type "GroupCounts" exists, so drop it to keep the document well-formed.
    counts = (doc["components"]["schemas"]["MultiDirectoryGroupDetails"]["properties"]["data"]
              ["properties"]["counts"])
    assert counts.pop("type") == "GroupCounts"

    # v2 operations document 401 and 429 as Errors, but those answers come from the API
    # gateway before the operation runs, in the gateway's ProxyError shape {code, message}
    # (CATALOG.md 0.4; the v1 operations document exactly that). Accept either.
    gateway = {"$ref": "#/components/schemas/ProxyError"}
    for path, item in paths.items():
        if not path.startswith("/v2/"):
            continue
        for op in item.values():
            for status in ("401", "429"):
                content = op.get("responses", {}).get(status, {}).get("content", {})
                for media in content.values():
                    documented = media["schema"]
                    if documented != gateway:
                        media["schema"] = {"anyOf": [documented, gateway]}


def mend_user_management(doc):
    # The YAML source folded a newline into the pattern, which then rejects every id.
    account_id = doc["components"]["schemas"]["AccountId"]
    assert account_id["pattern"] == "[a-zA-Z0-9_|:-]{1,128}\n"
    account_id["pattern"] = "[a-zA-Z0-9_|:-]{1,128}"


def mend_user_provisioning(doc):
    paths = doc["paths"]
    schemas = doc["components"]["schemas"]
    # The metadata operations declare their 200 body as a string; the service answers the
    # SCIM JSON objects of RFC 7643 sections 5 to 7 (a ListResponse for the lists).
    base = "/scim/directory/{directoryId}/"
    for path in ("Schemas", "Schemas/urn:ietf:params:scim:schemas:core:2.0:User",
                 "Schemas/urn:ietf:params:scim:schemas:core:2.0:Group",
                 "Schemas/urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
                 "ResourceTypes", "ResourceTypes/User", "ResourceTypes/Group",
                 "ServiceProviderConfig"):
        for media in paths[base + path]["get"]["responses"]["200"]["content"].values():
            assert media["schema"] == {"type": "string"}, media
            media["schema"] = {"type": "object"}

    # Attributes marked readOnly that a request must send: the descriptions of `schemas` say
    # "required during user creation or modification", and a group is made and changed with
    # its externalId and members (RFC 7643 section 4). They stay read-only nowhere else.
    for schema, names in (("ScimUser", ("schemas", "externalId")),
                          ("ScimGroup", ("schemas", "externalId", "members")),
                          ("ScimGroupMember", ("value",))):
        for name in names:
            assert schemas[schema]["properties"][name].pop("readOnly") is True, (schema, name)

    # The PatchOp array is "Operations" (RFC 7644 section 3.5.2, and what providers send);
    # the document spells it "operations" (CATALOG.md section 3).
    properties = schemas["RequestPayloadToPatch"]["properties"]
    properties["Operations"] = properties.pop("operations")

    # An operation's value is any JSON value (a string, a boolean, a list of members); the
    # document describes it by the generator's Java class (Jackson's JsonNode, an object of
    # isArray/isTextual flags), which no real value fits.
    value = schemas["OperationForAScimPatch"]["properties"]["value"]
    assert value == {"$ref": "#/components/schemas/JsonNode"}, value
    schemas["OperationForAScimPatch"]["properties"]["value"] = {}


SPECS = {
    "organizations.openapi.json": (mend_organizations, dict(indent=1, sort_keys=True)),
    "user-management.openapi.json": (mend_user_management, dict(indent=1, sort_keys=True)),
    "user-provisioning-2022.openapi.json": (mend_user_provisioning,
                                            dict(indent=2, ensure_ascii=False)),
}


def main():
    source = pathlib.Path(sys.argv[1])
    dest = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 else pathlib.Path(__file__).parent
    for name, (mend, style) in SPECS.items():
        doc = json.loads((source / name).read_text(encoding="utf-8"))
        if mend:
            mend(doc)
        (dest / name).write_text(json.dumps(doc, **style) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
