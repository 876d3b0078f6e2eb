<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessText</name>
    <message>
        <source>Expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In %n days</source>
        <translation>
            <numerusform>In %n day</numerusform>
            <numerusform>In %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>No expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (expired %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n days left)</source>
        <translation>
            <numerusform>%1 (%n day left)</numerusform>
            <numerusform>%1 (%n days left)</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (full access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n days</source>
        <translation>
            <numerusform>Expires in %n day</numerusform>
            <numerusform>Expires in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Full access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner suspended or deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never used</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unused for %n days</source>
        <translation>
            <numerusform>Unused for %n day</numerusform>
            <numerusform>Unused for %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator suspended or deactivated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityList</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest audit log events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an event to see it in the Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit log archived yet: open the Audit log to sync it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archived audit log events involve them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all in the Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in the Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityStatus</name>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 request in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in flight, %2 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited: waiting %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiActivityDock</name>
    <message>
        <source>API activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is written as $ORGDESK_API_KEY: set that variable to run it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiActivityModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>refused to send the key to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server did not answer in time. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request as malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was refused. It may be wrong, revoked or expired: create a new key under Settings &gt; API keys in Atlassian Administration and update the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address is on a domain the organization has not verified (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key has scopes; this API needs a key without scopes. Create an API key without scopes in Atlassian Administration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is not allowed to do this%1. A key with scopes reaches only some APIs; an organization admin&apos;s key without scopes reaches them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: the organization, directory or item does not exist, or this key belongs to another organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused because of the item&apos;s current state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused because of the item&apos;s current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s rate limit was reached and did not clear after several waits. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed (HTTP %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer Orgdesk could not read%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group is named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the invitation as malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is deactivated: enable it before giving it access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That workspace does not take this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product is not licensed (or not online) on that workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inviting people through the API needs at least one paid subscription in the organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: this key (or the group) does not let you invite there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is not allowed to manage the organization: use an organization admin&apos;s key without scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization was not found: check the organization id of the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group of the invitation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product&apos;s default group could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this at the same time: try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No licence is left on that workspace: free a seat or buy more, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s rate limit was reached. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs a paid subscription in the organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log refused this key. Either the key has scopes without read:events:admin (create a key with that scope, or one without scopes), or the organization has no Atlassian Guard subscription (Standard or above), which the audit log needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request to %1. Orgdesk sends the key only to the API&apos;s own address, so it stopped there and sent nothing else. Check the API address of the connection, and any proxy between you and the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its certificate has expired or is not valid yet (or this computer&apos;s clock is wrong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its certificate was issued for another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its certificate is signed by an authority this computer does not trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its certificate has been revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its certificate could not be checked (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orgdesk did not trust %1: %2. Nothing was sent. When a company network inspects TLS, its proxy shows its own certificate: ask IT for the proxy&apos;s root certificate and add it to this computer&apos;s trusted certificates, or connect from another network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server failed (%1). Check the network connection; if this was a change, look whether it was made before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not this directory&apos;s SCIM key; the organization&apos;s API key does not work here. Copy the directory&apos;s SCIM API key from the identity provider&apos;s settings in Atlassian Administration (regenerate it there if it is lost) and save it for this directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory refused this SCIM key%1. Regenerate the directory&apos;s SCIM API key in Atlassian Administration and save the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found in this directory: the directory id, the record or the group does not exist (or was deleted)%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory refused the filter%1. A filter is one comparison with eq on userName or externalId (displayName for groups), the value in double quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory does not let this attribute change%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory already holds this%1. For a person: another record, or an account that already has the e-mail address, is in the way; unlink or delete that record, or change the conflicting account&apos;s e-mail address, then push again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory&apos;s SCIM service failed (HTTP %1) after several tries%2. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiKeysModel</name>
    <message>
        <source>Orgdesk connects with a key of this name: revoking it ends this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key without scopes reaches every admin API of the organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorting by this column asks the server, so it covers every key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorting by this column orders the keys loaded so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use by Orgdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiKeysPane</name>
    <message>
        <source>Search labels and who created them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading admin API keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization has no admin API keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No admin API keys match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the admin API keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a key to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used for at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without scopes (full access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n keys</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
    <message>
        <source>Orgdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected with this key (matched by its label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: this key reaches every admin API of the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiTokensModel</name>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API tokens let a person sign in to the APIs without single sign-on or two-step verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorting by this column asks the server, so it covers every token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorting by this column orders the tokens loaded so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiTokensPane</name>
    <message>
        <source>Search labels, names and e-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading API tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization&apos;s managed accounts have no API tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API tokens match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the API tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a token to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used for at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person suspended or deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke every token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokens were not revoked. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke every user&apos;s API token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person&apos;s tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last active: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other API tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person&apos;s other tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User API tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditEventDetail</name>
    <message>
        <source>Select an event to see all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditEventsModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditExportJob</name>
    <message>
        <source>Could not open the archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those of the rows loaded; right-click a row for any other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A range of days…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any action of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A range of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day comes after the last one: swap them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events from this IP address (IPv4 or IPv6):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IP address, such as 203.0.113.7 or 2001:db8::1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogFilter</name>
    <message>
        <source>Everything archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 180 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A range of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between values in a filter chip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogPane</name>
    <message>
        <source>Reading the archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archived events match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the audit log archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 events to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every event that passes the filters (not only the rows loaded) as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export NDJSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every event that passes the filters as the API sent it, one JSON object a line: what a SIEM ingests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the events the server has processed since the last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events archived yet. The audit log is being synced: events appear here as they come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events archived yet, and the audit log could not be synced.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events archived yet. Sync now fetches the organization&apos;s audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events involving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this action (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as NDJSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NDJSON files (*.ndjson *.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1 events to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the archive: words, prefix*, “a phrase”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditSync</name>
    <message>
        <source>The local audit archive %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to the local audit archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a page of events that is not JSON; nothing of it was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditSyncStatus</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the page in hand: what came stays, the next sync goes on from there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no events archived yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync cancelled after %1 new events; the next sync goes on from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sync: %1 The archive below is as of the last sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: %1 new events so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>Jira</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confluence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guard Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an admin API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Connect app&apos;s token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an app&apos;s token (2LO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an app&apos;s token on a person&apos;s behalf (3LO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atlassian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names in a cell</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthPolicyAddDialog</name>
    <message>
        <source>Add people to an authentication policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy %1. People you add leave the authentication policy they are in now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail addresses, one a line or separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in this policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: no account in the organization has this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not managed: the account is not on a verified domain of the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail address(es)</source>
        <translation>
            <numerusform>%n e-mail address</numerusform>
            <numerusform>%n e-mail addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n entries that are not e-mail addresses are left out)</source>
        <translation>
            <numerusform>(%n entry that is not an e-mail address is left out)</numerusform>
            <numerusform>(%n entries that are not e-mail addresses are left out)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n people</source>
        <translation>
            <numerusform>Add %n person</numerusform>
            <numerusform>Add %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n people…</source>
        <translation>
            <numerusform>Sending %n person…</numerusform>
            <numerusform>Sending %n people…</numerusform>
        </translation>
    </message>
    <message>
        <source>The people were not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted; the server is adding them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not follow the task to its end: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Done: %1 of %n added.</source>
        <translation>
            <numerusform>Done: %1 of %n added.</numerusform>
            <numerusform>Done: %1 of %n added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthPolicyIdDialog</name>
    <message>
        <source>Add people to an authentication policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin APIs do not list authentication policies. Open the policy under Security &gt; Authentication policies in Atlassian Administration and copy its id (the last part of the address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Policy id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add people…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkJob</name>
    <message>
        <source>Already done before the restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer did not mention this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done (the answer was lost; the server shows the change)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CidrRange</name>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prefix length after / must be a number from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has host bits set; the range is %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassificationLevelDialog</name>
    <message>
        <source>Edit level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New classification level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What data belongs to this level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How people should handle such data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new level is a draft: people can use it once it is published. It starts as the least sensitive; drag it into place in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the level a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a level named “%1” (archived levels count too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The definition can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guideline can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a colour for the level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the level…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the draft…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassificationLevelsModel</name>
    <message>
        <source>The new order was not saved, so the levels are back in their order. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · colour: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity: 1 is the most sensitive. Drag a level to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassificationPane</name>
    <message>
        <source>The most sensitive level is at the top. Drag a level up or down (or Alt+Up, Alt+Down) to change its place; archived levels have none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a level to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New level…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a draft classification level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the level&apos;s name, definition, guideline or colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the draft available to classify content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire the level: content classified with it becomes unclassified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring an archived level back as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n levels</source>
        <translation>
            <numerusform>%n level</numerusform>
            <numerusform>%n levels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n archived</source>
        <translation>
            <numerusform> · %n archived</numerusform>
            <numerusform> · %n archived</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading classification levels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every level is archived. Tick “Show archived” to restore one, or create a new level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization has no classification levels yet. Create one with New level…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (1 is the most sensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the level “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once published, people can classify pages, issues and other content with it in Jira and Confluence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level was not published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the level “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published content classified as “%1” becomes unclassified, and nobody can pick the level any more. Restoring it later brings it back as a draft, but does not classify that content again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft leaves the list. Restoring it later brings it back as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level was not archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level was not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the classification levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive level…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the level up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the level down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassificationText</name>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red (bold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required, kept in the action history):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (optional, kept in the action history):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ticket HD-1234, left the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>names, then how many others</comment>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>all but the last name, then the last</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to an organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an admin API key in Atlassian Administration under Settings &gt; API keys (a key without scopes reaches every area). Orgdesk tests the key with read-only calls, then keeps it in your system keychain, nowhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization&apos;s name, when left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1a2b3c4d-…, or the admin.atlassian.com/o/… address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the key; it is shown only once when created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the key&apos;s name in Atlassian Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;expires on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1, as Atlassian Administration shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the current key; paste a new key to rotate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Enter it as 2026-12-31, or pick it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the current key from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no key on record for this profile; paste one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the key with read-only calls to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the key in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key works, but it could not be saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file could not be written; check the free space and permissions of the configuration folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectHintPage</name>
    <message>
        <source>Not connected to an organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;To try Orgdesk on made-up data, start it with a local sandbox:&lt;/p&gt;&lt;pre&gt;  orgdesk --sandbox&lt;/pre&gt;&lt;p&gt;To open your organization, create an API key without scopes in Atlassian Administration (Settings &amp;gt; API keys), put it in the environment, and give the organization&apos;s id (the id after &lt;tt&gt;/o/&lt;/tt&gt; in the admin address):&lt;/p&gt;&lt;pre&gt;  ORGDESK_API_KEY=&amp;lt;key&amp;gt; orgdesk --org-id &amp;lt;id&amp;gt;&lt;/pre&gt;&lt;p&gt;The key is never accepted on the command line, where other programs could read it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryCache</name>
    <message>
        <source>The local copy of the directory %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the local copy of the directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryCacheAction</name>
    <message>
        <source>&amp;Keep People on This Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a copy of each organization&apos;s people (never a key) so that the Users area opens at once and refreshes in the background. Off deletes the copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS (TXT record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP (file on the web server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization owns this domain: accounts with an e-mail address on it are managed accounts, and e-mail addresses may be changed to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain was added but its ownership is not proven yet. Accounts on it are not managed by the organization until it is verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain was verified, but the verification token is no longer found. Atlassian keeps checking; if the token stays missing, the domain loses its verified status and its accounts stop being managed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another organization has since verified this domain: its claim replaces this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain was removed from the organization. It no longer counts for managed accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reports the status “%1”, which Orgdesk does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the DNS TXT record that Atlassian Administration shows for %1 (Settings › Domains) at your DNS provider, wait for it to propagate, then choose Verify there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the HTML verification file that Atlassian Administration shows for %1 (Settings › Domains) at the root of the domain&apos;s web server, then choose Verify there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the domain is yours, find out which organization verified it (ask Atlassian support) or verify it again to take it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do unless it was removed by mistake: then add it again and verify it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the domain in Atlassian Administration (Settings › Domains).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainsModel</name>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainsPane</name>
    <message>
        <source>Pick a domain to see what its status means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show users on this domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the Users area filtered by this e-mail domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n domains</source>
        <translation>
            <numerusform>%n domain</numerusform>
            <numerusform>%n domains</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n needing attention</source>
        <translation>
            <numerusform> · %n needing attention</numerusform>
            <numerusform> · %n needing attention</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading domains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization has no domains. Add and verify one in Atlassian Administration (Settings › Domains).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No domains match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the domains.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditProfileDialog</name>
    <message>
        <source>Edit profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nic&amp;kname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Europe/Berlin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has not loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time zone; use a name such as Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <source>Change e-mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@your-verified-domain.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new address counts as verified at once, and the person is logged out of every session. It must be on a domain your organization has verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the current address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the address…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpiryBanner</name>
    <message>
        <source>Rotate key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterChipBar</name>
    <message>
        <source>Add filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the filter %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrantAccessDialog</name>
    <message>
        <source>Grant access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the workspace to grant access to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 the role %2 on %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This role takes a licence on that workspace if the person has none there yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your confirmation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granting access…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupDetailView</name>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Users area filtered to this group&apos;s members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the members. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles on workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grant role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced from your identity provider; change it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This group cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a group to see its members and roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add people by e-mail address or account ID, as one job with a result for each person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected members from the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select members first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the group&apos;s members a role on a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the selected role from the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a role first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add members to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add them to the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n person(s) from “%1”? They lose the access the group gives.</source>
        <translation>
            <numerusform>Remove %n person from “%1”? They lose the access the group gives.</numerusform>
            <numerusform>Remove %n people from “%1”? They lose the access the group gives.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n person(s) to %1</source>
        <translation>
            <numerusform>Add %n person to %1</numerusform>
            <numerusform>Add %n people to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n person(s) from %1</source>
        <translation>
            <numerusform>Remove %n person from %1</numerusform>
            <numerusform>Remove %n people from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Default access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This group holds no roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the roles. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke role</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoke the role “%1” on %2 from “%3”? Its %n member(s) lose the access it gives.</source>
        <translation>
            <numerusform>Revoke the role “%1” on %2 from “%3”? Its %n member lose the access it gives.</numerusform>
            <numerusform>Revoke the role “%1” on %2 from “%3”? Its %n members lose the access it gives.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not revoke the role. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupMemberOperation</name>
    <message>
        <source>The group is synced from your identity provider: change it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a product&apos;s default access group: everyone invited to the product gets it, so it cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This group grants admin access and cannot be deleted. Revoke its admin roles first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The licence limit is reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such person (the account may have been removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupMembersModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupRoleDialog</name>
    <message>
        <source>Grant a role to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the workspace the role is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every member of “%1” the role %2 on %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) now, and whoever joins the group later.</source>
        <translation>
            <numerusform>%n member now, and whoever joins the group later.</numerusform>
            <numerusform>%n members now, and whoever joins the group later.</numerusform>
        </translation>
    </message>
    <message>
        <source>Members without a licence on that workspace take one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your confirmation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granting the role…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <source>Synced from your identity provider: change its members there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsPane</name>
    <message>
        <source>Search group names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Name to sort the other way; the server sorts by name only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stats unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups: %1 · managed here: %2 · synced: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced groups come from your identity provider and change there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a group first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced from your identity provider; change it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization does not allow deleting this group: it gives a product&apos;s default access or admin rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the group (its members stay in the organization)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group names contain “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This directory has no groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the group “%1”? Its %n member(s) lose the access it gives; the people stay in the organization.</source>
        <translation>
            <numerusform>Delete the group “%1”? Its %n member lose the access it gives; the people stay in the organization.</numerusform>
            <numerusform>Delete the group “%1”? Its %n members lose the access it gives; the people stay in the organization.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the group “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete “%1”. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No groups match this search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n groups</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Invite into this group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced from an identity provider: people join it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite people by e-mail straight into this group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an invitation &amp;e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message for the invitation e-mail (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check who is already here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One a line or separated by commas; “Name &lt;address&gt;” works too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n address(es); checking who is already here…</source>
        <translation>
            <numerusform>%n address; checking who is already here…</numerusform>
            <numerusform>%n addresses; checking who is already here…</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;dd this access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a workspace and a role, then add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text and CSV files (*.txt *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n address(es).</source>
        <translation>
            <numerusform>%n address.</numerusform>
            <numerusform>%n addresses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody on the list is in the organization yet: each gets an invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the organization (they get the roles and groups, no invitation): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not addresses, left out: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the addresses of the people to invite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the people access to at least one workspace, or pick a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking who is already in the organization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Invite %n person(s)?</source>
        <translation>
            <numerusform>Invite %n person?</numerusform>
            <numerusform>Invite %n people?</numerusform>
        </translation>
    </message>
    <message>
        <source>Access: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of them already in the organization: they get the access and groups, no invitation.</source>
        <translation>
            <numerusform>%n of them already in the organization: they get the access and groups, no invitation.</numerusform>
            <numerusform>%n of them already in the organization: they get the access and groups, no invitation.</numerusform>
        </translation>
    </message>
    <message>
        <source>An invitation e-mail is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your confirmation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Invite %n person(s)</source>
        <translation>
            <numerusform>Invite %n person</numerusform>
            <numerusform>Invite %n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not start the job.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteGroupsField</name>
    <message>
        <source>Filter groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced from an identity provider: add people there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the groups: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteOperation</name>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused, without a reason given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer did not mention this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (given: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the organization: nothing to give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the organization: given %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobManager</name>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobResultDialog</name>
    <message>
        <source>Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working… %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobsDock</name>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished with failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep what was done and do not send the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending; what was not sent yet stays pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the opposite action on everything this job changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier job did not finish: %1. Resume it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2 of %3 done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Undo “%1”: %2 for the %n it changed?</source>
        <translation>
            <numerusform>Undo “%1”: %2 for the %n it changed?</numerusform>
            <numerusform>Undo “%1”: %2 for the %n it changed?</numerusform>
        </translation>
    </message>
    <message>
        <source>Export results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job-results.csv</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <source>Job / item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished with failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to go</source>
        <translation>
            <numerusform>%n to go</numerusform>
            <numerusform>%n to go</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between counts</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyCapabilitiesBanner</name>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the key of &quot;%1&quot; can reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate key…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyCapabilitiesView</name>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, and what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not with this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key reaches every area that was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one area is out of its reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 areas are out of its reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key has scopes: %1, including User management, which accepts only keys without scopes. Changes to people, groups and roles need a key without scopes too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key has scopes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking which areas this key reaches, with read-only calls…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyExpiry</name>
    <message>
        <source>Create a new key in Atlassian Administration under Settings &gt; API keys, then choose Rotate key to replace it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key of &quot;%1&quot; expires in %2 days, on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key of &quot;%1&quot; expires today. After that Orgdesk can no longer reach this organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key of &quot;%1&quot; expires tomorrow, %2. After that Orgdesk can no longer reach this organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key of &quot;%1&quot; expired on %2: the organization refuses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was refused because it expired on %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyProbe</name>
    <message>
        <source>The key was refused (HTTP 401): it is not a valid admin API key, or it was revoked or has expired. Copy the whole key again from Atlassian Administration (Settings &gt; API keys), or create a new one. A site API token (for Jira or Confluence) does not work here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1: %2 Check the network connection and the API address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization&apos;s API rate limit was reached while testing the key. Nothing is wrong with the key as far as we know; wait a minute and test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atlassian&apos;s server failed while testing the key (HTTP %1). Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key belongs to the organization &quot;%1&quot; (id %2), not to %3. Check the org id, or use a key created in this organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key works, but not for the organization %1: it belongs to another organization, or the org id is mistyped. Copy the org id from the address of Atlassian Administration (admin.atlassian.com/o/&lt;org id&gt;/...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key may not read the organization&apos;s details (it has scopes without read:orgs:admin), but it reaches its directories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was accepted but may not read the organization %1: it belongs to another organization, or its scopes include neither read:orgs:admin nor read:directories:admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User management (profiles, e-mail, account lifecycle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys and tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The User management API refuses keys with scopes, and this key has scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an API key without scopes in Atlassian Administration (Settings &gt; API keys) and rotate the key of this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s scopes do not include %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a key with the scope %1, or a key without scopes, and rotate the key of this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer this API (the sandbox does not serve it yet, or the organization&apos;s plan lacks it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the organization has no managed account to try it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the users could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyRevokeFlow</name>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n admin API keys?</source>
        <translation>
            <numerusform>Revoke %n admin API key?</numerusform>
            <numerusform>Revoke %n admin API keys?</numerusform>
        </translation>
    </message>
    <message>
        <source>Every script and integration that uses them is refused from then on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n already revoked: left out.</source>
        <translation>
            <numerusform>%n already revoked: left out.</numerusform>
            <numerusform>%n already revoked: left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke it too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the key Orgdesk is connected with. Revoke it too?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right after, the organization refuses every call Orgdesk makes, until you connect with another key. Cancel revokes nothing: to revoke the others, take this key out of the selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n admin API keys</source>
        <translation>
            <numerusform>Revoke %n admin API key</numerusform>
            <numerusform>Revoke %n admin API keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>Orgdesk keeps API keys only in the system keychain (GNOME Keyring, KWallet or another Secret Service), never in a file. Start or unlock the keychain and try again, or use the key for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this system. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was refused. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked and could not be unlocked (%1). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain answers in this session: no Secret Service is running (%1). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked or has no default collection, and it could not be unlocked (%1). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not work (%1). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 seconds; it may be waiting to be unlocked. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LastActiveView</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access to any product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the last-active dates. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>A desktop console for Atlassian Cloud organizations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a local sandbox organization with made-up people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people the sandbox has (default 2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this organization; the API key comes from the environment variable ORGDESK_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API&apos;s address (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the window to this file once the first page is in, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose either --sandbox or --org-id, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--users takes a number of people from 1 to 1,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing the address %1: the API key is only ever sent over https:// (or plain http:// to this computer, for a local sandbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--org-id needs an organization id, and the API key in the environment variable ORGDESK_API_KEY (never on the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: pick this person and show their roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this area first: overview (the default), users, groups, domains, policies, classification (data classification levels), apiKeys (admin API keys), apiTokens (user API tokens) or audit (the audit log).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListAreaPane</name>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load every page now instead of as the table scrolls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows shown, with the columns shown, as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 match so far (%2 of %3 checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load more. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Orgdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Orgdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Orgdesk %1&lt;/b&gt;&lt;p&gt;A desktop console for Atlassian Cloud organizations.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orgdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [Sandbox] – Orgdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Orgdesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoryCredentialStore</name>
    <message>
        <source>memory, for this session only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. design-reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the group is for (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the directories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di&amp;rectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the directories (%1); the group goes to the organization&apos;s default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group starts empty, with no roles. Names are unique in the organization, whatever their case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgDatabase</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database was written by a newer Orgdesk (schema %1); update Orgdesk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewFigures</name>
    <message>
        <source>Could not open the audit log archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the audit log archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPane</name>
    <message>
        <source>How the organization stands. Pick a tile to see what it counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load every figure again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewText</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains needing attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin API keys needing attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orgdesk&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User API tokens at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>managed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synced from an identity provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification token missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claimed by another organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expiring within %n days</source>
        <translation>
            <numerusform>expiring within %n day</numerusform>
            <numerusform>expiring within %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>never used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>unused for %n days</source>
        <translation>
            <numerusform>unused for %n day</numerusform>
            <numerusform>unused for %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>person suspended or deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resources failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resources still applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No people in the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No directories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>managed accounts without two-step verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>not active for %n days, or never</source>
        <translation>
            <numerusform>not active for %n day, or never</numerusform>
            <numerusform>not active for %n days, or never</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile does not name the key&apos;s label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not among the organization&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days left on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; checking the rest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Counting… %n people read so far</source>
        <translation>
            <numerusform>Counting… %n person read so far</numerusform>
            <numerusform>Counting… %n people read so far</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organization&apos;s people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the directories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the admin API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the users&apos; API tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audit log: the last %n days</source>
        <translation>
            <numerusform>Audit log: the last day</numerusform>
            <numerusform>Audit log: the last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>org admin grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin API keys created or revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet: open the Audit log to sync it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing notable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTile</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pager</name>
    <message>
        <source>the page has no data list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasteListDialog</name>
    <message>
        <source>&amp;Find people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show and select them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find people from a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste e-mail addresses or account IDs as they came in the ticket: one per line, or separated by commas or spaces. “Name &lt;address&gt;” works too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aiko.tanaka@acme-robotics.com
lars.johansson@freelance-mail.net, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found all %n person(s).</source>
        <translation>
            <numerusform>Found all %n person.</numerusform>
            <numerusform>Found all %n people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %1; %n entry(s) matched nobody:</source>
        <translation>
            <numerusform>Found %1; %n entry matched nobody:</numerusform>
            <numerusform>Found %1; %n entries matched nobody:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not look the people up. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a list of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text and CSV files (*.txt *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Looking up %n entry(s)…</source>
        <translation>
            <numerusform>Looking up %n entry…</numerusform>
            <numerusform>Looking up %n entries…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonAccessView</name>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change e-mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API tokens: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: every field can be edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synced from an identity provider (SCIM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synced from Google Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked by US export control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by SAML at each login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on your own account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for administrators only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the person can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate, re-enable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1 locked (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonRolesView</name>
    <message>
        <source>direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make organization admin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove organization admin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role changes can take up to 30 seconds to show. This list is read again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to an organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the roles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No roles: this person has no access to any product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a role to revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use “Remove organization admin” for this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted through a group or inferred from another role: remove the person from the group, or change that role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organization admin through a group: remove the person from that group instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the role %1 on %2 away from %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role the person also holds through a group stays until they leave the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make organization admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove organization admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 an organization admin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop %1 being an organization admin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization admins control every product, user, policy and API key of the organization, including other admins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They lose the administration of the organization at once; roles they hold on products stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This changes who controls the organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making them an organization admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the organization admin role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now an organization admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer an organization admin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonScimLinksView</name>
    <message>
        <source>SCIM links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the SCIM links. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identity provider holds a SCIM record for this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the record in Provisioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no SCIM key for this directory: add it in Provisioning to see the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM id %1 · external id %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonTokensDialog</name>
    <message>
        <source>Revoke checked…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API tokens: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no API tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n API token(s). Revoking one cannot be undone: whatever uses it stops working.</source>
        <translation>
            <numerusform>%n API token. Revoking one cannot be undone: whatever uses it stops working.</numerusform>
            <numerusform>%n API tokens. Revoking one cannot be undone: whatever uses it stops working.</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n API token(s) of %1?</source>
        <translation>
            <numerusform>Revoke %n API token of %1?</numerusform>
            <numerusform>Revoke %n API tokens of %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoke API tokens of %1: %n token(s)</source>
        <translation>
            <numerusform>Revoke API tokens of %1: %n token</numerusform>
            <numerusform>Revoke API tokens of %1: %n tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PoliciesModel</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoliciesPane</name>
    <message>
        <source>IP allowlists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data residency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data security (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New IP allowlist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add resource…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update resource…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove resource…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a policy to see its rules and resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New data-residency policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading policies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policies of this type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” failed to apply to %n resource(s).</source>
        <translation>
            <numerusform>“%1” failed to apply to %n resource.</numerusform>
            <numerusform>“%1” failed to apply to %n resources.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped following the policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is created; it applies asynchronously.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; applying “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the policy “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It applies to no resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It is removed from %n resource(s) first.</source>
        <translation>
            <numerusform>It is removed from %n resource first.</numerusform>
            <numerusform>It is removed from %n resources first.</numerusform>
        </translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy was not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting: the policy is removed from its resources first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1; applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1; applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the policy “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy stops applying there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource was not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the resource…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” passed validation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” failed validation: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not validate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policies match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the policies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which policies to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add people to an authentication policy, named by its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n policies</source>
        <translation>
            <numerusform>%n policy</numerusform>
            <numerusform>%n policies</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is still applying; press F5 to look again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyDetailView</name>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: data-security policies are changed in Atlassian Administration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site or workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyEditDialog</name>
    <message>
        <source>&amp;Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New IP allowlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit IP allowlist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New data-residency policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit data-residency policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep product data in the EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>203.0.113.0/24
2001:db8::/32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed &amp;ranges
(one CIDR a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving sends the policy; it then applies to its resources one by one, which can take a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more marked line(s).</source>
        <translation>
            <numerusform>%n more marked line.</numerusform>
            <numerusform>%n more marked lines.</numerusform>
        </translation>
    </message>
    <message>
        <source>An enabled allowlist needs at least one range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the policy a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyText</name>
    <message>
        <source>IP allowlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data residency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>European Union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>India</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileChange</name>
    <message>
        <source>The name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nickname cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nickname can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control characters (tabs, line breaks) are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <source>&amp;Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to an organization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rotate key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this &amp;key can reach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1: reading its key from the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not give the key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key on record for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain has no key for this profile (it may have been deleted there). Enter the key again to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No local port could be opened for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Add organization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit or rotate key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (sandbox, on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the key from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no key on record for &quot;%1&quot;. Choose Edit or rotate key and paste one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the key with read-only calls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of &quot;%1&quot; works%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the sandbox profile &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot;? Its API key is deleted from the system keychain; the key itself stays valid in Atlassian Administration until you revoke it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile and its keys were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be deleted from the keychain, so the profile was kept.

%1

Remove the profile anyway? Its key would stay in the keychain until you delete it there (for example with Passwords and Keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileManager</name>
    <message>
        <source>The settings file could not be written; check the free space and permissions of the configuration folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to another organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit, test, rotate keys and remove profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox: made-up people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileValidation</name>
    <message>
        <source>Give the profile a name, for example the organization&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the organization id. It is the part after /o/ in the address of Atlassian Administration (admin.atlassian.com/o/&lt;org id&gt;/overview).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an organization id. An org id looks like 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d; copy it from the address of Atlassian Administration, after /o/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API address, normally https://api.atlassian.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orgdesk sends the API key only over https://. Plain http:// is allowed only for this computer (localhost), such as a local sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the admin API key. Create one in Atlassian Administration under Settings &gt; API keys; it is shown only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key contains spaces or line breaks; paste it again as one piece.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the key expires. Atlassian Administration shows it next to the key under Settings &gt; API keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That date has passed: the key expired on %1. Create a new key in Atlassian Administration and use it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin API keys last at most one year; check the expiry date (%1 is more than a year away).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvisioningPane</name>
    <message>
        <source>Add a directory key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity-provider &amp;directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM directory keys are kept with a profile, and this window was opened without one. Open the organization through Organization &gt; Profiles… to add its directories&apos; keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SCIM directory key in this profile yet. Each identity provider connected to the organization has its own SCIM directory and key (Atlassian Administration &gt; Security &gt; Identity providers); the organization&apos;s admin API key does not open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the directory&apos;s SCIM key from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no SCIM key on record for this directory. Add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile has no SCIM key for the directory %1. Add its key to see the record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <source>Add a resource to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update resource of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site or workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD (empty: move as soon as possible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ticket link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the resource&apos;s ARI, such as ari:cloud:jira-software::site/&lt;cloud id&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket link must be a web address (https://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the resource…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the resource…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the resource: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listed? &amp;Enter an ARI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ARI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site or workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ARI is on the product&apos;s page in Atlassian Administration (Products &gt; the site &gt; the address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a site or workspace, or enter its ARI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy already applies there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevokeApiKeyOperation</name>
    <message>
        <source>Revoke admin API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already revoked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevokeApiTokenOperation</name>
    <message>
        <source>Revoke API tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already revoked (the token no longer exists)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskFilterBox</name>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleCatalog</name>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can use the product, without product admin permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can use the product and administer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can only reach the one space they are given (not billed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can use the help center and send requests (not billed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User access admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product access; administers users and groups of the product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can view, comment and vote only (not billed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited access to the product (not billed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is kept informed of incidents (not billed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administers the whole organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administers the site, its products and its users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can use Atlassian Intelligence features.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimActiveOperation</name>
    <message>
        <source>Activate SCIM records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate SCIM records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists in this directory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimDeleteRecordOperation</name>
    <message>
        <source>Delete SCIM records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimFindingsModel</name>
    <message>
        <source>The profile has no SCIM directory key: add one to check its directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no SCIM key on record for the directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimGroupsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimGroupsView</name>
    <message>
        <source>Exact group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the directory&apos;s groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory has no groups: the identity provider has pushed none yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group has exactly this name. SCIM finds exact matches only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the directory&apos;s groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the group here and the synced group in Groups; its members keep their accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a group to see its members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove picked members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n groups</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New SCIM group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s name (it also appears in Groups as a synced group):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group was not created. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the group “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the group “%1” from this directory? The synced group in Groups goes too; its %n member(s) keep their accounts, and the identity provider may push the group again.</source>
        <translation>
            <numerusform>Delete the group “%1” from this directory? The synced group in Groups goes too; its %n member keeps their account, and the identity provider may push the group again.</numerusform>
            <numerusform>Delete the group “%1” from this directory? The synced group in Groups goes too; its %n members keep their accounts, and the identity provider may push the group again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The group was not deleted. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the group “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user names of the records to add, one a line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Looking up %n record(s)…</source>
        <translation>
            <numerusform>Looking up %n record…</numerusform>
            <numerusform>Looking up %n records…</numerusform>
        </translation>
    </message>
    <message>
        <source>No member was added: the lookup failed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record has these user names: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member was added. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n member(s).</source>
        <translation>
            <numerusform>Added %n member.</numerusform>
            <numerusform>Added %n members.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove members</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n member(s) from the group “%1”? They leave the synced group in Groups too, until the identity provider pushes the group again.</source>
        <translation>
            <numerusform>Remove %n member from the group “%1”? They leave the synced group in Groups too, until the identity provider pushes the group again.</numerusform>
            <numerusform>Remove %n members from the group “%1”? They leave the synced group in Groups too, until the identity provider pushes the group again.</numerusform>
        </translation>
    </message>
    <message>
        <source>No member was removed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n member(s).</source>
        <translation>
            <numerusform>Removed %n member.</numerusform>
            <numerusform>Removed %n members.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScimKeyDialog</name>
    <message>
        <source>Add a SCIM directory key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory id, or its SCIM base URL (…/scim/directory/…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what to call it, e.g. Okta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the directory&apos;s SCIM API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sandbox directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a SCIM directory key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the directory&apos;s new SCIM API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one to fill in its id and key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each identity provider connected to the organization has its own SCIM directory, with its own base URL and key (Atlassian Administration &gt; Security &gt; Identity providers). The organization&apos;s admin API key does not open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orgdesk tests the key against the directory, then keeps it in memory until the window closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orgdesk tests the key against the directory, then keeps it in your system keychain, nowhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the directory&apos;s id or its SCIM base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a directory id nor a SCIM base URL. The base URL ends in /scim/directory/ and the directory&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the directory&apos;s SCIM API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the key against the directory at %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the key in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key works, but it could not be saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was saved, but not the directory&apos;s name: the settings file could not be written. Check the free space and permissions of the configuration folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimKeysSection</name>
    <message>
        <source>SCIM directory keys (user provisioning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key works and is saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key works and replaced the old one in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the key from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no key on record for this directory. Choose Replace key and paste one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the key against the directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key opens this directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove SCIM key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the SCIM key of &quot;%1&quot; from the profile &quot;%2&quot;? It is deleted from the system keychain; the key itself stays valid, and the identity provider keeps using it, until it is regenerated in Atlassian Administration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimLinkCheck</name>
    <message>
        <source>The record %1 is linked to no Atlassian account: nobody gets access through it, and the identity provider still counts it as provisioned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record %1 is linked to account %2, which the organization no longer has (deleted, or removed in the identity provider without the record).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record says %1, its account says %2: the identity provider and Atlassian disagree about this person&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s userName %1 is not its account&apos;s address %2: a push of %2 as a new record is refused with 409, because this account already holds the address through the old record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is active but the account&apos;s access is suspended in the organization: the identity provider thinks the person can work. Restore the access, or deactivate the record if they should not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is active but its account is %1: the identity provider thinks the person can work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is inactive but its account is active: someone the identity provider turned off can still sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 has %2 SCIM records: %3. Each provider that pushes it overwrites the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 was checked: an account that also has records in other directories shows when those are checked with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tell which of the organization&apos;s directories %1 fills, so its accounts without a record were not looked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the directory that %2 fills, but no SCIM record links to the account: the identity provider does not manage it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimLinkCheckView</name>
    <message>
        <source>Search records, accounts, reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the directories and the organization&apos;s accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: every record is linked to one account of the organization, with the same e-mail and state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link check could not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads every record of each directory with a key, and every account of the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 records and %2 accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a problem to see its reason and its repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows each call of the repair before it is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link check compares every SCIM directory the profile has a key for with the organization&apos;s accounts, and lists each broken link with its reason and its repair. It reads every record and every account: choose Run the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 records, %2 accounts checked %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimLinkFinding</name>
    <message>
        <source>Orphaned record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlinked record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record active, account inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record inactive, account active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account without a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink the record from the account (both stay; the account is no longer managed through this record), then delete the record in the identity provider or here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete only the SCIM records of the account, in every directory (the account stays); then push the person and their groups again from the right identity provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink the record, then change the account&apos;s e-mail address (User management): to the address the identity provider pushes, or, when a push is refused with 409, to a free address so that the push can go through; then push again from the identity provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the record (its account, if any, is deactivated; only a new push brings it back), or push it again from the identity provider to link it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the record&apos;s active state to match what the account should be (deactivating the record deactivates the account; activating it activates the account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the person to the Atlassian app in the identity provider so that it pushes a record, or create the record here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimRecordDialog</name>
    <message>
        <source>New SCIM record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record as the identity provider would push it. Its e-mail must be on a verified domain; the record is linked to the managed account that has this e-mail, or a new account is made. The identity provider may overwrite it on its next push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail, when left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the identity provider&apos;s id for the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xternal id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit SCIM record “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an e-mail address such as ada@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record needs a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the record…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimRepairDialog</name>
    <message>
        <source>Repair: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call Orgdesk sends when you choose Send this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step is done. Closing this runs the link check again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimRepairPlan</name>
    <message>
        <source>Unlink the record “%1” from the account %2. Both stay; the account is no longer managed through this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete only the SCIM records of the account %1, in every directory. The account stays; push the person and their groups again from the right identity provider afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the account&apos;s e-mail address from %1 to a free one, so that the address the identity provider pushes is no longer held (User management; the person&apos;s sessions end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New address of the account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push the record again, as the identity provider would (or skip this and push from the identity provider).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail the identity provider pushes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the record “%1” from the directory. A linked account is deactivated; only a new push brings the record back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the record “%1” active again, which activates the account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the record “%1” inactive again, which deactivates the account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the identity provider can fix this: assign the person to the Atlassian app there so that it pushes a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This repair calls the directory “%1”, and the profile has no SCIM key for it. Add its key first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimUsersModel</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is linked to account %1, which the organization does not have: an orphaned record. The link check lists the repairs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimUsersView</name>
    <message>
        <source>Exact value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the directory&apos;s records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory has no user records: the identity provider has pushed nobody yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record has exactly this value. SCIM finds exact matches only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the directory&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM finds a record by its exact user name or external id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External id is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivates the linked Atlassian accounts too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the records and deactivates their accounts; only a new push from the identity provider brings a record back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an out-of-band fix: a record as the identity provider would push it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a record to see all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s JSON, as the directory sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n records</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to no Atlassian account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s e-mail is not the record&apos;s: the link check lists the repairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization has no such account: an orphaned record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked Atlassian account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n record(s)? Their linked Atlassian accounts are deactivated too, until the records are activated again (here or by the identity provider).</source>
        <translation>
            <numerusform>Deactivate %n record? Its linked Atlassian account is deactivated too, until the record is activated again (here or by the identity provider).</numerusform>
            <numerusform>Deactivate %n records? Their linked Atlassian accounts are deactivated too, until the records are activated again (here or by the identity provider).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activate %n record(s)? Their linked Atlassian accounts are activated again.</source>
        <translation>
            <numerusform>Activate %n record? Its linked Atlassian account is activated again.</numerusform>
            <numerusform>Activate %n records? Their linked Atlassian accounts are activated again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s) from this directory? Their linked Atlassian accounts are deactivated, and only a new push from the identity provider brings a record back.</source>
        <translation>
            <numerusform>Delete %n record from this directory? Its linked Atlassian account is deactivated, and only a new push from the identity provider brings the record back.</numerusform>
            <numerusform>Delete %n records from this directory? Their linked Atlassian accounts are deactivated, and only a new push from the identity provider brings a record back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: already in that state.</source>
        <translation>
            <numerusform>%n skipped: already in that state.</numerusform>
            <numerusform>%n skipped: already in that state.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s)</source>
        <translation>
            <numerusform>%1: %n record</numerusform>
            <numerusform>%1: %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecurityAreaPane</name>
    <message>
        <source>Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local sandbox with made-up people: nothing here touches a real organization.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every directory in the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users with the filters saved as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusFilterButton</name>
    <message>
        <source>Show only people with these statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenDateFilter</name>
    <message>
        <source>Created on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created on or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last active on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last active on or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear dates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenRevokeFlow</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n API tokens?</source>
        <translation>
            <numerusform>Revoke %n API token?</numerusform>
            <numerusform>Revoke %n API tokens?</numerusform>
        </translation>
    </message>
    <message>
        <source>Scripts and tools that sign in with them are refused from then on; their owners can create new tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n API tokens</source>
        <translation>
            <numerusform>Revoke %n API token</numerusform>
            <numerusform>Revoke %n API tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke every token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke every API token of every managed account in %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This revokes all %n API tokens of the organization&apos;s managed accounts in one call, not only the ones listed here.</source>
        <translation>
            <numerusform>This revokes the %n API token of the organization&apos;s managed accounts in one call, not only the ones listed here.</numerusform>
            <numerusform>This revokes all %n API tokens of the organization&apos;s managed accounts in one call, not only the ones listed here.</numerusform>
        </translation>
    </message>
    <message>
        <source>This revokes all API tokens of the organization&apos;s managed accounts in one call, not only the ones listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every script, integration and tool that signs in with one is refused from then on, and people must create new tokens. There is no result per token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserActions</name>
    <message>
        <source>&amp;Suspend access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move from directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-&amp;enable account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel deletion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change e-&amp;mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select people first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to %1 of the %2 selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Suspend access for %n person(s)?</source>
        <translation>
            <numerusform>Suspend access for %n person?</numerusform>
            <numerusform>Suspend access for %n people?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore access for %n person(s)?</source>
        <translation>
            <numerusform>Restore access for %n person?</numerusform>
            <numerusform>Restore access for %n people?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n person(s) from the directory? Their groups and product access go with it; to undo, they must be invited again.</source>
        <translation>
            <numerusform>Remove %n person from the directory? Their groups and product access go with it; to undo, they must be invited again.</numerusform>
            <numerusform>Remove %n people from the directory? Their groups and product access go with it; to undo, they must be invited again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n account(s)? They can no longer log in to any Atlassian product.</source>
        <translation>
            <numerusform>Deactivate %n account? They can no longer log in to any Atlassian product.</numerusform>
            <numerusform>Deactivate %n accounts? They can no longer log in to any Atlassian product.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-enable %n account(s)?</source>
        <translation>
            <numerusform>Re-enable %n account?</numerusform>
            <numerusform>Re-enable %n accounts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n account(s)? They are deactivated now and deleted for good after 14 days, unless the deletion is cancelled.</source>
        <translation>
            <numerusform>Delete %n account? They are deactivated now and deleted for good after 14 days, unless the deletion is cancelled.</numerusform>
            <numerusform>Delete %n accounts? They are deactivated now and deleted for good after 14 days, unless the deletion is cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel the deletion of %n account(s)? They become active again.</source>
        <translation>
            <numerusform>Cancel the deletion of %n account? They become active again.</numerusform>
            <numerusform>Cancel the deletion of %n accounts? They become active again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: %1.</source>
        <translation>
            <numerusform>%n skipped: %1.</numerusform>
            <numerusform>%n skipped: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is also shown to the person as the deactivation message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n person(s)</source>
        <translation>
            <numerusform>%1: %n person</numerusform>
            <numerusform>%1: %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserDetailPane</name>
    <message>
        <source>Select a person to see their details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atlassian account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserFilter</name>
    <message>
        <source>, </source>
        <comment>between values in a filter chip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From a list: %n person(s)</source>
        <translation>
            <numerusform>From a list: %n person</numerusform>
            <numerusform>From a list: %n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Inactive for %n+ day(s)</source>
        <translation>
            <numerusform>Inactive for %n+ day</numerusform>
            <numerusform>Inactive for %n+ days</numerusform>
        </translation>
    </message>
    <message>
        <source>Never active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserFilterBar</name>
    <message>
        <source>Save view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep these filters as a named view in the sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last-active dates may lag up to 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last active</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>More than %n day(s) ago, or never</source>
        <translation>
            <numerusform>More than %n day ago, or never</numerusform>
            <numerusform>More than %n days ago, or never</numerusform>
        </translation>
    </message>
    <message>
        <source>Other number of days…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other domain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People not active for more than this many days (or never):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People whose e-mail address is on this domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Find a group (%n in all)…</source>
        <translation>
            <numerusform>Find a group (%n in all)…</numerusform>
            <numerusform>Find a group (%n in all)…</numerusform>
        </translation>
    </message>
    <message>
        <source>People in this group (type part of its name):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserOperation</name>
    <message>
        <source>Not a member of any directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already has access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a managed account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already scheduled for deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for deletion: cancel the deletion instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scheduled for deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed by an identity provider (SCIM): make this change there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed by Google Workspace: make this change there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by US export control: the API cannot change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by SAML single sign-on at each login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can do this, and not to their own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s e-mail address is not verified, so the organization cannot manage it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such account (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-enable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel deletion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserText</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User access admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>A month ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a month ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message>
        <source>A year ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Nickname: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address is not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification. Sorting by this column orders the users loaded so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorting by name asks the server, so it covers every user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorting by this column orders the users loaded so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to org</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPane</name>
    <message>
        <source>Search names and e-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no users here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the people of a ticket: paste or load their e-mail addresses or account IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 match of %2 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From a list: %n person(s)</source>
        <translation>
            <numerusform>From a list: %n person</numerusform>
            <numerusform>From a list: %n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invite people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite people by e-mail and give them access to workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unfinished refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing people as of %1; the refresh failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 users match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (refreshing…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewExport</name>
    <message>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Orgdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administer your Atlassian Cloud organization: people, groups, access and keys, in one fast window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to an organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need the organization&apos;s id and an admin API key, created in Atlassian Administration under Settings &gt; API keys. Orgdesk tests the key before saving it in your system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore a made-up organization with 2,000 people, served on this computer. Nothing you do there reaches Atlassian.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowKeys</name>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowTools</name>
    <message>
        <source>&amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete view “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for these filters (they appear under Saved views):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkNotifications</name>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every page is in: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspacePicker</name>
    <message>
        <source>Search workspaces by name or URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to an organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for workspaces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the workspaces: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization has no workspaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n workspaces: type to narrow the list.</source>
        <translation>
            <numerusform>Showing the first %n workspace: type to narrow the list.</numerusform>
            <numerusform>Showing the first %n workspaces: type to narrow the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s).</source>
        <translation>
            <numerusform>%n workspace.</numerusform>
            <numerusform>%n workspaces.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceRoleFields</name>
    <message>
        <source>&amp;Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a workspace first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
