<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>Could not reach the server (%1). Check the network connection; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkJob</name>
    <message>
        <source>Already done before the restart</source>
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
    <name>FormDialog</name>
    <message>
        <source>Save</source>
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
        <source>This key has scopes: %1, including User management, which accepts only keys without scopes.</source>
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
    <name>Pager</name>
    <message>
        <source>the page has no data list</source>
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
        <source>Load all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load every page now instead of as the table scrolls</source>
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
        <source>Could not load more users. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the users.
%1</source>
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
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no users here.</source>
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
</TS>
