<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessText</name>
    <message>
        <source>Expired %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message numerus="yes">
        <source>In %n days</source>
        <translation>
            <numerusform>In %n Tag</numerusform>
            <numerusform>In %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>No expiry date</source>
        <translation>Kein Ablaufdatum</translation>
    </message>
    <message>
        <source>%1 (expired %2)</source>
        <translation>%1 (abgelaufen am %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n days left)</source>
        <translation>
            <numerusform>%1 (noch %n Tag)</numerusform>
            <numerusform>%1 (noch %n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>None (full access)</source>
        <translation>Keine (voller Zugriff)</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n days</source>
        <translation>
            <numerusform>Läuft in %n Tag ab</numerusform>
            <numerusform>Läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Full access</source>
        <translation>Voller Zugriff</translation>
    </message>
    <message>
        <source>Owner suspended or deactivated</source>
        <translation>Inhaber gesperrt oder deaktiviert</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Nie verwendet</translation>
    </message>
    <message numerus="yes">
        <source>Unused for %n days</source>
        <translation>
            <numerusform>Seit %n Tag nicht verwendet</numerusform>
            <numerusform>Seit %n Tagen nicht verwendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Läuft heute ab</translation>
    </message>
    <message>
        <source>Expires tomorrow</source>
        <translation>Läuft morgen ab</translation>
    </message>
    <message>
        <source>Creator suspended or deactivated</source>
        <translation>Ersteller gesperrt oder deaktiviert</translation>
    </message>
</context>
<context>
    <name>ActivityList</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Latest audit log events</source>
        <translation>Neueste Ereignisse im Audit-Log</translation>
    </message>
    <message>
        <source>Double-click an event to see it in the Audit log</source>
        <translation>Doppelklicken Sie auf ein Ereignis, um es im Audit-Log zu sehen</translation>
    </message>
    <message>
        <source>No audit log archived yet: open the Audit log to sync it.</source>
        <translation>Noch kein Audit-Log archiviert: Öffnen Sie das Audit-Log, um es zu synchronisieren.</translation>
    </message>
    <message>
        <source>No archived audit log events involve them.</source>
        <translation>Keine archivierten Ereignisse des Audit-Logs betreffen sie.</translation>
    </message>
    <message>
        <source>Show all in the Audit log</source>
        <translation>Alle im Audit-Log anzeigen</translation>
    </message>
    <message>
        <source>Show in the Audit log</source>
        <translation>Im Audit-Log anzeigen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, von %2</translation>
    </message>
</context>
<context>
    <name>ActivityStatus</name>
    <message>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>1 request in flight</source>
        <translation>1 Anfrage läuft</translation>
    </message>
    <message>
        <source>%1 requests in flight</source>
        <translation>%1 Anfragen laufen</translation>
    </message>
    <message>
        <source>%1 in flight, %2 waiting</source>
        <translation>%1 laufen, %2 warten</translation>
    </message>
    <message>
        <source>Rate limited: waiting %1 s</source>
        <translation>Ratenlimit erreicht: %1 s Wartezeit</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>ApiActivityDock</name>
    <message>
        <source>API activity</source>
        <translation>API-Aktivität</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>The key is written as $ORGDESK_API_KEY: set that variable to run it</source>
        <translation>Der Schlüssel steht als $ORGDESK_API_KEY darin: Setzen Sie diese Variable, um den Befehl auszuführen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n Aufruf</numerusform>
            <numerusform>%n Aufrufe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiActivityModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>refused to send the key to %1</source>
        <translation>Senden des Schlüssels an %1 verweigert</translation>
    </message>
    <message>
        <source>the body is not JSON</source>
        <translation>der Inhalt ist kein JSON</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server did not answer in time. Try again in a moment.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>Der Server hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server refused the request as malformed.</source>
        <translation>Der Server hat die Anfrage als fehlerhaft abgelehnt.</translation>
    </message>
    <message>
        <source>The API key was refused. It may be wrong, revoked or expired: create a new key under Settings &gt; API keys in Atlassian Administration and update the connection.</source>
        <translation>Der API-Schlüssel wurde abgelehnt. Er ist vielleicht falsch, widerrufen oder abgelaufen: Erstellen Sie in Atlassian Administration unter Einstellungen &gt; API-Schlüssel einen neuen Schlüssel und aktualisieren Sie die Verbindung.</translation>
    </message>
    <message>
        <source>The e-mail address is on a domain the organization has not verified (%1).</source>
        <translation>Die E-Mail-Adresse gehört zu einer Domain, die die Organisation nicht verifiziert hat (%1).</translation>
    </message>
    <message>
        <source>This key has scopes; this API needs a key without scopes. Create an API key without scopes in Atlassian Administration.</source>
        <translation>Dieser Schlüssel hat Bereiche (Scopes); diese API braucht einen Schlüssel ohne Bereiche. Erstellen Sie in Atlassian Administration einen API-Schlüssel ohne Bereiche.</translation>
    </message>
    <message>
        <source>This key is not allowed to do this%1. A key with scopes reaches only some APIs; an organization admin's key without scopes reaches them all.</source>
        <translation>Dieser Schlüssel darf das nicht%1. Ein Schlüssel mit Bereichen erreicht nur einige APIs; der Schlüssel eines Organisationsadministrators ohne Bereiche erreicht alle.</translation>
    </message>
    <message>
        <source>Not found: the organization, directory or item does not exist, or this key belongs to another organization.</source>
        <translation>Nicht gefunden: Die Organisation, das Verzeichnis oder der Eintrag existiert nicht, oder dieser Schlüssel gehört zu einer anderen Organisation.</translation>
    </message>
    <message>
        <source>The server refused because of the item's current state: %1</source>
        <translation>Der Server hat wegen des aktuellen Zustands des Eintrags abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server refused because of the item's current state.</source>
        <translation>Der Server hat wegen des aktuellen Zustands des Eintrags abgelehnt.</translation>
    </message>
    <message>
        <source>The server's rate limit was reached and did not clear after several waits. Try again in a minute.</source>
        <translation>Das Ratenlimit des Servers wurde erreicht und war auch nach mehreren Wartezeiten nicht aufgehoben. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1). Try again later.</source>
        <translation>Fehler auf dem Server (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server sent an answer Orgdesk could not read%1.</source>
        <translation>Der Server hat eine Antwort gesendet, die Orgdesk nicht lesen konnte%1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>unexpected shape</source>
        <translation>unerwarteter Aufbau</translation>
    </message>
    <message>
        <source>No group is named “%1”.</source>
        <translation>Es gibt keine Gruppe namens „%1“.</translation>
    </message>
    <message>
        <source>The server refused the invitation as malformed.</source>
        <translation>Der Server hat die Einladung als fehlerhaft abgelehnt.</translation>
    </message>
    <message>
        <source>The account is deactivated: enable it before giving it access.</source>
        <translation>Das Konto ist deaktiviert: Aktivieren Sie es, bevor Sie ihm Zugriff geben.</translation>
    </message>
    <message>
        <source>That workspace does not take this role.</source>
        <translation>Dieser Workspace unterstützt diese Rolle nicht.</translation>
    </message>
    <message>
        <source>The product is not licensed (or not online) on that workspace.</source>
        <translation>Das Produkt ist auf diesem Workspace nicht lizenziert (oder nicht online).</translation>
    </message>
    <message>
        <source>Inviting people through the API needs at least one paid subscription in the organization.</source>
        <translation>Um Personen über die API einzuladen, braucht die Organisation mindestens ein kostenpflichtiges Abonnement.</translation>
    </message>
    <message>
        <source>Not allowed: this key (or the group) does not let you invite there.</source>
        <translation>Nicht erlaubt: Mit diesem Schlüssel (oder dieser Gruppe) können Sie dorthin nicht einladen.</translation>
    </message>
    <message>
        <source>This key is not allowed to manage the organization: use an organization admin's key without scopes.</source>
        <translation>Dieser Schlüssel darf die Organisation nicht verwalten: Verwenden Sie den Schlüssel eines Organisationsadministrators ohne Bereiche.</translation>
    </message>
    <message>
        <source>The workspace no longer exists.</source>
        <translation>Den Workspace gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The organization was not found: check the organization id of the connection.</source>
        <translation>Die Organisation wurde nicht gefunden: Prüfen Sie die Organisations-ID der Verbindung.</translation>
    </message>
    <message>
        <source>A group of the invitation no longer exists.</source>
        <translation>Eine Gruppe der Einladung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The product's default group could not be created.</source>
        <translation>Die Standardgruppe des Produkts konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Someone else changed this at the same time: try again.</source>
        <translation>Jemand anderes hat dies gleichzeitig geändert: Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No licence is left on that workspace: free a seat or buy more, then try again.</source>
        <translation>Auf diesem Workspace ist keine Lizenz mehr frei: Geben Sie eine Lizenz frei oder kaufen Sie weitere, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server's rate limit was reached. Try again in a minute.</source>
        <translation>Das Ratenlimit des Servers wurde erreicht. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>The server failed. Try again later.</source>
        <translation>Fehler auf dem Server. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>This needs a paid subscription in the organization.</source>
        <translation>Dafür braucht die Organisation ein kostenpflichtiges Abonnement.</translation>
    </message>
    <message>
        <source>The audit log refused this key. Either the key has scopes without read:events:admin (create a key with that scope, or one without scopes), or the organization has no Atlassian Guard subscription (Standard or above), which the audit log needs.</source>
        <translation>Das Audit-Log hat diesen Schlüssel abgelehnt. Entweder hat der Schlüssel Bereiche ohne read:events:admin (erstellen Sie einen Schlüssel mit diesem Bereich oder einen ohne Bereiche), oder die Organisation hat kein Abonnement für Atlassian Guard (Standard oder höher), das für das Audit-Log nötig ist.</translation>
    </message>
    <message>
        <source>The server redirected the request to %1. Orgdesk sends the key only to the API's own address, so it stopped there and sent nothing else. Check the API address of the connection, and any proxy between you and the server.</source>
        <translation>Der Server hat die Anfrage an %1 umgeleitet. Orgdesk sendet den Schlüssel nur an die eigene Adresse der API, hat daher dort angehalten und nichts weiter gesendet. Prüfen Sie die API-Adresse der Verbindung und jeden Proxy zwischen Ihnen und dem Server.</translation>
    </message>
    <message>
        <source>its certificate has expired or is not valid yet (or this computer's clock is wrong)</source>
        <translation>sein Zertifikat ist abgelaufen oder noch nicht gültig (oder die Uhr dieses Computers geht falsch)</translation>
    </message>
    <message>
        <source>its certificate was issued for another name</source>
        <translation>sein Zertifikat wurde für einen anderen Namen ausgestellt</translation>
    </message>
    <message>
        <source>its certificate is signed by an authority this computer does not trust</source>
        <translation>sein Zertifikat ist von einer Stelle signiert, der dieser Computer nicht vertraut</translation>
    </message>
    <message>
        <source>its certificate has been revoked</source>
        <translation>sein Zertifikat wurde widerrufen</translation>
    </message>
    <message>
        <source>its certificate could not be checked (%1)</source>
        <translation>sein Zertifikat konnte nicht geprüft werden (%1)</translation>
    </message>
    <message>
        <source>Orgdesk did not trust %1: %2. Nothing was sent. When a company network inspects TLS, its proxy shows its own certificate: ask IT for the proxy's root certificate and add it to this computer's trusted certificates, or connect from another network.</source>
        <translation>Orgdesk hat %1 nicht vertraut: %2. Es wurde nichts gesendet. Wenn ein Firmennetzwerk TLS untersucht, zeigt sein Proxy ein eigenes Zertifikat: Bitten Sie die IT um das Stammzertifikat des Proxys und fügen Sie es den vertrauenswürdigen Zertifikaten dieses Computers hinzu, oder verbinden Sie sich aus einem anderen Netzwerk.</translation>
    </message>
    <message>
        <source>The connection to the server failed (%1). Check the network connection; if this was a change, look whether it was made before trying again.</source>
        <translation>Die Verbindung zum Server ist fehlgeschlagen (%1). Prüfen Sie die Netzwerkverbindung; war dies eine Änderung, sehen Sie nach, ob sie vorgenommen wurde, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>This is not this directory's SCIM key; the organization's API key does not work here. Copy the directory's SCIM API key from the identity provider's settings in Atlassian Administration (regenerate it there if it is lost) and save it for this directory.</source>
        <translation>Das ist nicht der SCIM-Schlüssel dieses Verzeichnisses; der API-Schlüssel der Organisation funktioniert hier nicht. Kopieren Sie den SCIM-API-Schlüssel des Verzeichnisses aus den Einstellungen des Identitätsanbieters in Atlassian Administration (erzeugen Sie ihn dort neu, falls er verloren ist) und speichern Sie ihn für dieses Verzeichnis.</translation>
    </message>
    <message>
        <source>The directory refused this SCIM key%1. Regenerate the directory's SCIM API key in Atlassian Administration and save the new one.</source>
        <translation>Das Verzeichnis hat diesen SCIM-Schlüssel abgelehnt%1. Erzeugen Sie den SCIM-API-Schlüssel des Verzeichnisses in Atlassian Administration neu und speichern Sie den neuen.</translation>
    </message>
    <message>
        <source>Not found in this directory: the directory id, the record or the group does not exist (or was deleted)%1.</source>
        <translation>In diesem Verzeichnis nicht gefunden: Die Verzeichnis-ID, der Datensatz oder die Gruppe existiert nicht (oder wurde gelöscht)%1.</translation>
    </message>
    <message>
        <source>The directory refused the filter%1. A filter is one comparison with eq on userName or externalId (displayName for groups), the value in double quotes.</source>
        <translation>Das Verzeichnis hat den Filter abgelehnt%1. Ein Filter ist ein einzelner Vergleich mit eq auf userName oder externalId (displayName bei Gruppen), der Wert in doppelten Anführungszeichen.</translation>
    </message>
    <message>
        <source>The directory does not let this attribute change%1.</source>
        <translation>Das Verzeichnis erlaubt keine Änderung dieses Attributs%1.</translation>
    </message>
    <message>
        <source>The directory already holds this%1. For a person: another record, or an account that already has the e-mail address, is in the way; unlink or delete that record, or change the conflicting account's e-mail address, then push again.</source>
        <translation>Das Verzeichnis enthält das bereits%1. Bei einer Person: Ein anderer Datensatz oder ein Konto, das die E-Mail-Adresse bereits hat, steht im Weg; heben Sie die Verknüpfung dieses Datensatzes auf oder löschen Sie ihn, oder ändern Sie die E-Mail-Adresse des kollidierenden Kontos, und übertragen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The directory's SCIM service failed (HTTP %1) after several tries%2. Try again in a few minutes.</source>
        <translation>Der SCIM-Dienst des Verzeichnisses ist nach mehreren Versuchen fehlgeschlagen (HTTP %1)%2. Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
</context>
<context>
    <name>ApiKeysModel</name>
    <message>
        <source>Orgdesk connects with a key of this name: revoking it ends this session.</source>
        <translation>Orgdesk ist mit einem Schlüssel dieses Namens verbunden: Wenn Sie ihn widerrufen, endet diese Sitzung.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A key without scopes reaches every admin API of the organization.</source>
        <translation>Ein Schlüssel ohne Bereiche erreicht alle Admin-APIs der Organisation.</translation>
    </message>
    <message>
        <source>Sorting by this column asks the server, so it covers every key</source>
        <translation>Das Sortieren nach dieser Spalte fragt den Server und erfasst daher alle Schlüssel</translation>
    </message>
    <message>
        <source>Sorting by this column orders the keys loaded so far</source>
        <translation>Das Sortieren nach dieser Spalte ordnet die bisher geladenen Schlüssel</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Revoked by</source>
        <translation>Widerrufen von</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>In use by Orgdesk</source>
        <translation>Von Orgdesk verwendet</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Widerrufen am %1</translation>
    </message>
</context>
<context>
    <name>ApiKeysPane</name>
    <message>
        <source>Search labels and who created them</source>
        <translation>Bezeichnungen und Ersteller durchsuchen</translation>
    </message>
    <message>
        <source>Loading admin API keys…</source>
        <translation>Admin-API-Schlüssel werden geladen…</translation>
    </message>
    <message>
        <source>The organization has no admin API keys.</source>
        <translation>Die Organisation hat keine Admin-API-Schlüssel.</translation>
    </message>
    <message>
        <source>No admin API keys match these filters.</source>
        <translation>Keine Admin-API-Schlüssel entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <source>Could not load the admin API keys.</source>
        <translation>Die Admin-API-Schlüssel konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Pick a key to see its details.</source>
        <translation>Wählen Sie einen Schlüssel aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>All keys</source>
        <translation>Alle Schlüssel</translation>
    </message>
    <message>
        <source>Expiring within</source>
        <translation>Läuft ab innerhalb von</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Not used for at least</source>
        <translation>Nicht verwendet seit mindestens</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Nie verwendet</translation>
    </message>
    <message>
        <source>Without scopes (full access)</source>
        <translation>Ohne Bereiche (voller Zugriff)</translation>
    </message>
    <message numerus="yes">
        <source>%n keys</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <source>Orgdesk</source>
        <translation>Orgdesk</translation>
    </message>
    <message>
        <source>Connected with this key (matched by its label)</source>
        <translation>Mit diesem Schlüssel verbunden (erkannt an seiner Bezeichnung)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>None: this key reaches every admin API of the organization</source>
        <translation>Keine: Dieser Schlüssel erreicht alle Admin-APIs der Organisation</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Revoked by</source>
        <translation>Widerrufen von</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
</context>
<context>
    <name>ApiTokensModel</name>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>API tokens let a person sign in to the APIs without single sign-on or two-step verification.</source>
        <translation>Mit API-Token meldet sich eine Person ohne Single Sign-on und ohne zweistufige Verifizierung bei den APIs an.</translation>
    </message>
    <message>
        <source>Sorting by this column asks the server, so it covers every token</source>
        <translation>Das Sortieren nach dieser Spalte fragt den Server und erfasst daher alle Token</translation>
    </message>
    <message>
        <source>Sorting by this column orders the tokens loaded so far</source>
        <translation>Das Sortieren nach dieser Spalte ordnet die bisher geladenen Token</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Person's status</source>
        <translation>Status der Person</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
</context>
<context>
    <name>ApiTokensPane</name>
    <message>
        <source>Search labels, names and e-mail addresses</source>
        <translation>Bezeichnungen, Namen und E-Mail-Adressen durchsuchen</translation>
    </message>
    <message>
        <source>Loading API tokens…</source>
        <translation>API-Token werden geladen…</translation>
    </message>
    <message>
        <source>The organization's managed accounts have no API tokens.</source>
        <translation>Die verwalteten Konten der Organisation haben keine API-Token.</translation>
    </message>
    <message>
        <source>No API tokens match these filters.</source>
        <translation>Keine API-Token entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <source>Could not load the API tokens.</source>
        <translation>Die API-Token konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Pick a token to see its details.</source>
        <translation>Wählen Sie ein Token aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>All tokens</source>
        <translation>Alle Token</translation>
    </message>
    <message>
        <source>Not used for at least</source>
        <translation>Nicht verwendet seit mindestens</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Nie verwendet</translation>
    </message>
    <message>
        <source>Person suspended or deactivated</source>
        <translation>Person gesperrt oder deaktiviert</translation>
    </message>
    <message>
        <source>Expiring within</source>
        <translation>Läuft ab innerhalb von</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Revoke every token</source>
        <translation>Alle Token widerrufen</translation>
    </message>
    <message>
        <source>The tokens were not revoked. %1</source>
        <translation>Die Token wurden nicht widerrufen. %1</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Dates (%1)</source>
        <translation>Daten (%1)</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Revoke every user's API token…</source>
        <translation>API-Token aller Benutzer widerrufen…</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Token</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Person's status</source>
        <translation>Status der Person</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Token id</source>
        <translation>Token-ID</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>This person's tokens</source>
        <translation>Token dieser Person</translation>
    </message>
    <message>
        <source>last active: %1</source>
        <translation>zuletzt aktiv: %1</translation>
    </message>
    <message>
        <source>No other API tokens</source>
        <translation>Keine weiteren API-Token</translation>
    </message>
    <message>
        <source>This person's other tokens</source>
        <translation>Weitere Token dieser Person</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Admin API keys</source>
        <translation>Admin-API-Schlüssel</translation>
    </message>
    <message>
        <source>User API tokens</source>
        <translation>API-Token der Benutzer</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>Data classification</source>
        <translation>Datenklassifizierung</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Log</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Bereitstellung</translation>
    </message>
</context>
<context>
    <name>AuditEventDetail</name>
    <message>
        <source>Select an event to see all of it.</source>
        <translation>Wählen Sie ein Ereignis aus, um es vollständig zu sehen.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Womit</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Woher</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Event ID</source>
        <translation>Ereignis-ID</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Roh-JSON</translation>
    </message>
    <message>
        <source>The event's raw JSON</source>
        <translation>Das Roh-JSON des Ereignisses</translation>
    </message>
</context>
<context>
    <name>AuditEventsModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>AuditExportJob</name>
    <message>
        <source>Could not open the archive: %1</source>
        <translation>Das Archiv konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not read the archive: %1</source>
        <translation>Das Archiv konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Those of the rows loaded; right-click a row for any other</source>
        <translation>Werte aus den geladenen Zeilen; für andere klicken Sie mit der rechten Maustaste auf eine Zeile</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Other address…</source>
        <translation>Andere Adresse…</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>A range of days…</source>
        <translation>Zeitraum…</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Any action of this kind</source>
        <translation>Jede Aktion dieser Art</translation>
    </message>
    <message>
        <source>A range of days</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From (inclusive)</source>
        <translation>Von (einschließlich)</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>Bis (einschließlich)</translation>
    </message>
    <message>
        <source>The first day comes after the last one: swap them.</source>
        <translation>Der erste Tag liegt nach dem letzten: Tauschen Sie die beiden.</translation>
    </message>
    <message>
        <source>Events from this IP address (IPv4 or IPv6):</source>
        <translation>Ereignisse von dieser IP-Adresse (IPv4 oder IPv6):</translation>
    </message>
    <message>
        <source>“%1” is not an IP address, such as 203.0.113.7 or 2001:db8::1.</source>
        <translation>„%1“ ist keine IP-Adresse wie 203.0.113.7 oder 2001:db8::1.</translation>
    </message>
</context>
<context>
    <name>AuditLogFilter</name>
    <message>
        <source>Everything archived</source>
        <translation>Alles Archivierte</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 180 days</source>
        <translation>Letzte 180 Tage</translation>
    </message>
    <message>
        <source>A range of days</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between values in a filter chip</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Am %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Vom %1 bis %2</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Aktion: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>Involving %1</source>
        <translation>Betrifft %1</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>Wer: %1</translation>
    </message>
    <message>
        <source>On: %1</source>
        <translation>Wo: %1</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>Produkt: %1</translation>
    </message>
    <message>
        <source>IP: %1</source>
        <translation>IP: %1</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>Land: %1</translation>
    </message>
</context>
<context>
    <name>AuditLogPane</name>
    <message>
        <source>Reading the archive…</source>
        <translation>Das Archiv wird gelesen…</translation>
    </message>
    <message>
        <source>No archived events match these filters.</source>
        <translation>Keine archivierten Ereignisse entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <source>Could not read the audit log archive.</source>
        <translation>Das Archiv des Audit-Logs konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not read the archive: %1</source>
        <translation>Das Archiv konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Exported %1 events to %2.</source>
        <translation>%1 Ereignisse nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Save every event that passes the filters (not only the rows loaded) as a CSV file</source>
        <translation>Alle Ereignisse, die den Filtern entsprechen (nicht nur die geladenen Zeilen), als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Export NDJSON…</source>
        <translation>NDJSON exportieren…</translation>
    </message>
    <message>
        <source>Save every event that passes the filters as the API sent it, one JSON object a line: what a SIEM ingests</source>
        <translation>Alle Ereignisse, die den Filtern entsprechen, so speichern, wie die API sie gesendet hat, ein JSON-Objekt pro Zeile: das, was ein SIEM einliest</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Fetch the events the server has processed since the last sync</source>
        <translation>Die Ereignisse abrufen, die der Server seit der letzten Synchronisierung verarbeitet hat</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>%1 of %2 match</source>
        <translation>%1 von %2 passen</translation>
    </message>
    <message>
        <source>No events archived yet. The audit log is being synced: events appear here as they come.</source>
        <translation>Noch keine Ereignisse archiviert. Das Audit-Log wird synchronisiert: Ereignisse erscheinen hier, sobald sie eintreffen.</translation>
    </message>
    <message>
        <source>No events archived yet, and the audit log could not be synced.
%1</source>
        <translation>Noch keine Ereignisse archiviert, und das Audit-Log konnte nicht synchronisiert werden.
%1</translation>
    </message>
    <message>
        <source>No events archived yet. Sync now fetches the organization's audit log.</source>
        <translation>Noch keine Ereignisse archiviert. „Jetzt synchronisieren“ ruft das Audit-Log der Organisation ab.</translation>
    </message>
    <message>
        <source>Only events by %1</source>
        <translation>Nur Ereignisse von %1</translation>
    </message>
    <message>
        <source>Only events involving %1</source>
        <translation>Nur Ereignisse, die %1 betreffen</translation>
    </message>
    <message>
        <source>Only events on %1</source>
        <translation>Nur Ereignisse auf %1</translation>
    </message>
    <message>
        <source>Only this action (%1)</source>
        <translation>Nur diese Aktion (%1)</translation>
    </message>
    <message>
        <source>Only from %1</source>
        <translation>Nur von %1</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>Export as NDJSON</source>
        <translation>Als NDJSON exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>NDJSON files (*.ndjson *.jsonl)</source>
        <translation>NDJSON-Dateien (*.ndjson *.jsonl)</translation>
    </message>
    <message>
        <source>Exporting %1 events to %2…</source>
        <translation>%1 Ereignisse werden nach %2 exportiert…</translation>
    </message>
    <message>
        <source>Search the archive: words, prefix*, “a phrase”</source>
        <translation>Archiv durchsuchen: Wörter, Präfix*, „Phrase“</translation>
    </message>
</context>
<context>
    <name>AuditSync</name>
    <message>
        <source>The local audit archive %1 could not be opened: %2</source>
        <translation>Das lokale Audit-Archiv %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not write to the local audit archive: %1</source>
        <translation>In das lokale Audit-Archiv konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The server sent a page of events that is not JSON; nothing of it was stored.</source>
        <translation>Der Server hat eine Seite mit Ereignissen gesendet, die kein JSON ist; nichts davon wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>AuditSyncStatus</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop after the page in hand: what came stays, the next sync goes on from there</source>
        <translation>Nach der aktuellen Seite anhalten: Bereits Abgerufenes bleibt, die nächste Synchronisierung macht dort weiter</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nie synchronisiert</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Zuletzt synchronisiert %1</translation>
    </message>
    <message>
        <source>no events archived yet</source>
        <translation>noch keine Ereignisse archiviert</translation>
    </message>
    <message>
        <source>%1 events from %2 to %3</source>
        <translation>%1 Ereignisse vom %2 bis %3</translation>
    </message>
    <message>
        <source>Sync cancelled after %1 new events; the next sync goes on from there.</source>
        <translation>Synchronisierung nach %1 neuen Ereignissen abgebrochen; die nächste Synchronisierung macht dort weiter.</translation>
    </message>
    <message>
        <source>Could not sync: %1 The archive below is as of the last sync.</source>
        <translation>Synchronisierung fehlgeschlagen: %1 Das Archiv unten hat den Stand der letzten Synchronisierung.</translation>
    </message>
    <message>
        <source>Syncing: %1 new events so far</source>
        <translation>Synchronisierung: bisher %1 neue Ereignisse</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <source>, up to %1</source>
        <translation>, bis %1</translation>
    </message>
    <message>
        <source>The archive could not be opened: %1</source>
        <translation>Das Archiv konnte nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>Jira</source>
        <translation>Jira</translation>
    </message>
    <message>
        <source>Confluence</source>
        <translation>Confluence</translation>
    </message>
    <message>
        <source>Bitbucket</source>
        <translation>Bitbucket</translation>
    </message>
    <message>
        <source>Guard Detect</source>
        <translation>Guard Detect</translation>
    </message>
    <message>
        <source>Loom</source>
        <translation>Loom</translation>
    </message>
    <message>
        <source>an API token</source>
        <translation>ein API-Token</translation>
    </message>
    <message>
        <source>an admin API key</source>
        <translation>ein Admin-API-Schlüssel</translation>
    </message>
    <message>
        <source>a Connect app's token</source>
        <translation>das Token einer Connect-App</translation>
    </message>
    <message>
        <source>an app's token (2LO)</source>
        <translation>das Token einer App (2LO)</translation>
    </message>
    <message>
        <source>an app's token on a person's behalf (3LO)</source>
        <translation>das Token einer App im Namen einer Person (3LO)</translation>
    </message>
    <message>
        <source>Atlassian</source>
        <translation>Atlassian</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names in a cell</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere Person</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>AuthPolicyAddDialog</name>
    <message>
        <source>Add people to an authentication policy</source>
        <translation>Personen zu einer Authentifizierungsrichtlinie hinzufügen</translation>
    </message>
    <message>
        <source>Policy %1. People you add leave the authentication policy they are in now.</source>
        <translation>Richtlinie %1. Personen, die Sie hinzufügen, verlassen die Authentifizierungsrichtlinie, in der sie jetzt sind.</translation>
    </message>
    <message>
        <source>E-mail addresses, one a line or separated by commas</source>
        <translation>E-Mail-Adressen, eine pro Zeile oder durch Kommas getrennt</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Already in this policy</source>
        <translation>Bereits in dieser Richtlinie</translation>
    </message>
    <message>
        <source>Not found: no account in the organization has this address</source>
        <translation>Nicht gefunden: Kein Konto der Organisation hat diese Adresse</translation>
    </message>
    <message>
        <source>Not managed: the account is not on a verified domain of the organization</source>
        <translation>Nicht verwaltet: Das Konto gehört zu keiner verifizierten Domain der Organisation</translation>
    </message>
    <message>
        <source>Not an e-mail address</source>
        <translation>Keine E-Mail-Adresse</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail address(es)</source>
        <translation>
            <numerusform>%n E-Mail-Adresse</numerusform>
            <numerusform>%n E-Mail-Adressen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n entries that are not e-mail addresses are left out)</source>
        <translation>
            <numerusform>(%n Eintrag, der keine E-Mail-Adresse ist, wird ausgelassen)</numerusform>
            <numerusform>(%n Einträge, die keine E-Mail-Adressen sind, werden ausgelassen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n people</source>
        <translation>
            <numerusform>%n Person hinzufügen</numerusform>
            <numerusform>%n Personen hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n people…</source>
        <translation>
            <numerusform>%n Person wird gesendet…</numerusform>
            <numerusform>%n Personen werden gesendet…</numerusform>
        </translation>
    </message>
    <message>
        <source>The people were not added: %1</source>
        <translation>Die Personen wurden nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Accepted; the server is adding them…</source>
        <translation>Angenommen; der Server fügt sie hinzu…</translation>
    </message>
    <message>
        <source>Could not follow the task to its end: %1</source>
        <translation>Die Aufgabe konnte nicht bis zu ihrem Ende verfolgt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Done: %1 of %n added.</source>
        <translation>
            <numerusform>Erledigt: %1 von %n hinzugefügt.</numerusform>
            <numerusform>Erledigt: %1 von %n hinzugefügt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthPolicyIdDialog</name>
    <message>
        <source>Add people to an authentication policy</source>
        <translation>Personen zu einer Authentifizierungsrichtlinie hinzufügen</translation>
    </message>
    <message>
        <source>The admin APIs do not list authentication policies. Open the policy under Security &gt; Authentication policies in Atlassian Administration and copy its id (the last part of the address).</source>
        <translation>Die Admin-APIs listen keine Authentifizierungsrichtlinien auf. Öffnen Sie die Richtlinie in Atlassian Administration unter Sicherheit &gt; Authentifizierungsrichtlinien und kopieren Sie ihre ID (der letzte Teil der Adresse).</translation>
    </message>
    <message>
        <source>&amp;Policy id</source>
        <translation>&amp;Richtlinien-ID</translation>
    </message>
    <message>
        <source>Add people…</source>
        <translation>Personen hinzufügen…</translation>
    </message>
</context>
<context>
    <name>BulkJob</name>
    <message>
        <source>Already done before the restart</source>
        <translation>Bereits vor dem Neustart erledigt</translation>
    </message>
    <message>
        <source>The server's answer did not mention this item.</source>
        <translation>Die Antwort des Servers hat diesen Eintrag nicht erwähnt.</translation>
    </message>
    <message>
        <source>Done (the answer was lost; the server shows the change)</source>
        <translation>Erledigt (die Antwort ging verloren; der Server zeigt die Änderung)</translation>
    </message>
</context>
<context>
    <name>CidrRange</name>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>"%1" is not an IPv4 or IPv6 address</source>
        <translation>„%1“ ist keine IPv4- oder IPv6-Adresse</translation>
    </message>
    <message>
        <source>the prefix length after / must be a number from 0 to %1</source>
        <translation>die Präfixlänge nach / muss eine Zahl von 0 bis %1 sein</translation>
    </message>
    <message>
        <source>%1 has host bits set; the range is %2/%3</source>
        <translation>in %1 sind Host-Bits gesetzt; der Bereich ist %2/%3</translation>
    </message>
</context>
<context>
    <name>ClassificationLevelDialog</name>
    <message>
        <source>Edit level: %1</source>
        <translation>Stufe bearbeiten: %1</translation>
    </message>
    <message>
        <source>New classification level</source>
        <translation>Neue Klassifizierungsstufe</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <source>What data belongs to this level</source>
        <translation>Welche Daten zu dieser Stufe gehören</translation>
    </message>
    <message>
        <source>How people should handle such data</source>
        <translation>Wie mit solchen Daten umzugehen ist</translation>
    </message>
    <message>
        <source>Pick a colour</source>
        <translation>Wählen Sie eine Farbe</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Definition</source>
        <translation>&amp;Definition</translation>
    </message>
    <message>
        <source>&amp;Guideline</source>
        <translation>&amp;Leitlinie</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Farbe</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>A new level is a draft: people can use it once it is published. It starts as the least sensitive; drag it into place in the list.</source>
        <translation>Eine neue Stufe ist ein Entwurf: Sie kann verwendet werden, sobald sie veröffentlicht ist. Sie beginnt als die am wenigsten vertrauliche; ziehen Sie sie in der Liste an ihren Platz.</translation>
    </message>
    <message>
        <source>Create draft</source>
        <translation>Entwurf erstellen</translation>
    </message>
    <message>
        <source>Give the level a name.</source>
        <translation>Geben Sie der Stufe einen Namen.</translation>
    </message>
    <message>
        <source>The name can have at most %1 characters.</source>
        <translation>Der Name darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>There is already a level named “%1” (archived levels count too).</source>
        <translation>Es gibt bereits eine Stufe namens „%1“ (archivierte Stufen zählen mit).</translation>
    </message>
    <message>
        <source>The definition can have at most %1 characters.</source>
        <translation>Die Definition darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The guideline can have at most %1 characters.</source>
        <translation>Die Leitlinie darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Pick a colour for the level.</source>
        <translation>Wählen Sie eine Farbe für die Stufe.</translation>
    </message>
    <message>
        <source>Saving the level…</source>
        <translation>Die Stufe wird gespeichert…</translation>
    </message>
    <message>
        <source>Creating the draft…</source>
        <translation>Der Entwurf wird erstellt…</translation>
    </message>
</context>
<context>
    <name>ClassificationLevelsModel</name>
    <message>
        <source>The new order was not saved, so the levels are back in their order. %1</source>
        <translation>Die neue Reihenfolge wurde nicht gespeichert, daher stehen die Stufen wieder in ihrer Reihenfolge. %1</translation>
    </message>
    <message>
        <source>%1 · colour: %2</source>
        <translation>%1 · Farbe: %2</translation>
    </message>
    <message>
        <source>Sensitivity: 1 is the most sensitive. Drag a level to change it.</source>
        <translation>Vertraulichkeit: 1 ist die vertraulichste. Ziehen Sie eine Stufe, um sie zu ändern.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Leitlinie</translation>
    </message>
</context>
<context>
    <name>ClassificationPane</name>
    <message>
        <source>The most sensitive level is at the top. Drag a level up or down (or Alt+Up, Alt+Down) to change its place; archived levels have none.</source>
        <translation>Die vertraulichste Stufe steht oben. Ziehen Sie eine Stufe nach oben oder unten (oder Alt+Nach-oben, Alt+Nach-unten), um ihren Platz zu ändern; archivierte Stufen haben keinen.</translation>
    </message>
    <message>
        <source>Pick a level to see it in full.</source>
        <translation>Wählen Sie eine Stufe aus, um sie vollständig zu sehen.</translation>
    </message>
    <message>
        <source>New level…</source>
        <translation>Neue Stufe…</translation>
    </message>
    <message>
        <source>Create a draft classification level</source>
        <translation>Eine Klassifizierungsstufe als Entwurf erstellen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the level's name, definition, guideline or colour</source>
        <translation>Name, Definition, Leitlinie oder Farbe der Stufe ändern</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Veröffentlichen…</translation>
    </message>
    <message>
        <source>Make the draft available to classify content</source>
        <translation>Den Entwurf zum Klassifizieren von Inhalten verfügbar machen</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archivieren…</translation>
    </message>
    <message>
        <source>Retire the level: content classified with it becomes unclassified</source>
        <translation>Die Stufe stilllegen: Damit klassifizierte Inhalte werden unklassifiziert</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Bring an archived level back as a draft</source>
        <translation>Eine archivierte Stufe als Entwurf zurückholen</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Archivierte anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n levels</source>
        <translation>
            <numerusform>%n Stufe</numerusform>
            <numerusform>%n Stufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n archived</source>
        <translation>
            <numerusform> · %n archiviert</numerusform>
            <numerusform> · %n archiviert</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading classification levels…</source>
        <translation>Klassifizierungsstufen werden geladen…</translation>
    </message>
    <message>
        <source>Every level is archived. Tick “Show archived” to restore one, or create a new level.</source>
        <translation>Alle Stufen sind archiviert. Setzen Sie ein Häkchen bei „Archivierte anzeigen“, um eine wiederherzustellen, oder erstellen Sie eine neue Stufe.</translation>
    </message>
    <message>
        <source>The organization has no classification levels yet. Create one with New level…</source>
        <translation>Die Organisation hat noch keine Klassifizierungsstufen. Erstellen Sie eine mit „Neue Stufe…“</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Vertraulichkeit</translation>
    </message>
    <message>
        <source>%1 of %2 (1 is the most sensitive)</source>
        <translation>%1 von %2 (1 ist die vertraulichste)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Leitlinie</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Level id</source>
        <translation>Stufen-ID</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Publish the level “%1”?</source>
        <translation>Die Stufe „%1“ veröffentlichen?</translation>
    </message>
    <message>
        <source>Once published, people can classify pages, issues and other content with it in Jira and Confluence.</source>
        <translation>Nach der Veröffentlichung können Personen damit Seiten, Vorgänge und andere Inhalte in Jira und Confluence klassifizieren.</translation>
    </message>
    <message>
        <source>The level was not published.</source>
        <translation>Die Stufe wurde nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Archive the level “%1”?</source>
        <translation>Die Stufe „%1“ archivieren?</translation>
    </message>
    <message>
        <source>Published content classified as “%1” becomes unclassified, and nobody can pick the level any more. Restoring it later brings it back as a draft, but does not classify that content again.</source>
        <translation>Veröffentlichte Inhalte, die als „%1“ klassifiziert sind, werden unklassifiziert, und niemand kann die Stufe mehr auswählen. Eine spätere Wiederherstellung holt sie als Entwurf zurück, klassifiziert diese Inhalte aber nicht erneut.</translation>
    </message>
    <message>
        <source>The draft leaves the list. Restoring it later brings it back as a draft.</source>
        <translation>Der Entwurf verschwindet aus der Liste. Eine spätere Wiederherstellung holt ihn als Entwurf zurück.</translation>
    </message>
    <message>
        <source>The level was not archived.</source>
        <translation>Die Stufe wurde nicht archiviert.</translation>
    </message>
    <message>
        <source>The level was not restored.</source>
        <translation>Die Stufe wurde nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>Could not load the classification levels.</source>
        <translation>Die Klassifizierungsstufen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Archive level…</source>
        <translation>Stufe archivieren…</translation>
    </message>
    <message>
        <source>Move the level up</source>
        <translation>Stufe nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the level down</source>
        <translation>Stufe nach unten verschieben</translation>
    </message>
</context>
<context>
    <name>ClassificationText</name>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Red (bold)</source>
        <translation>Rot (kräftig)</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Lime</source>
        <translation>Limettengrün</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Blaugrün</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Navy</source>
        <translation>Marineblau</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>This cannot be undone.</source>
        <translation>Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Geben Sie zur Bestätigung %1 ein:</translation>
    </message>
    <message>
        <source>Reason (required, kept in the action history):</source>
        <translation>Grund (erforderlich, wird im Aktionsverlauf gespeichert):</translation>
    </message>
    <message>
        <source>Reason (optional, kept in the action history):</source>
        <translation>Grund (optional, wird im Aktionsverlauf gespeichert):</translation>
    </message>
    <message>
        <source>e.g. ticket HD-1234, left the company</source>
        <translation>z. B. Ticket HD-1234, hat das Unternehmen verlassen</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>names, then how many others</comment>
        <translation>
            <numerusform>%1 und %n weitere Person</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>all but the last name, then the last</comment>
        <translation>%1 und %2</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to an organization</source>
        <translation>Mit einer Organisation verbinden</translation>
    </message>
    <message>
        <source>Test and save</source>
        <translation>Testen und speichern</translation>
    </message>
    <message>
        <source>Create an admin API key in Atlassian Administration under Settings &gt; API keys (a key without scopes reaches every area). Orgdesk tests the key with read-only calls, then keeps it in your system keychain, nowhere else.</source>
        <translation>Erstellen Sie in Atlassian Administration unter Einstellungen &gt; API-Schlüssel einen Admin-API-Schlüssel (ein Schlüssel ohne Bereiche erreicht alle Bereiche). Orgdesk testet den Schlüssel mit reinen Leseaufrufen und bewahrt ihn dann im Schlüsselbund Ihres Systems auf, nirgendwo sonst.</translation>
    </message>
    <message>
        <source>The organization's name, when left empty</source>
        <translation>Leer lassen für den Namen der Organisation</translation>
    </message>
    <message>
        <source>1a2b3c4d-…, or the admin.atlassian.com/o/… address</source>
        <translation>1a2b3c4d-… oder die Adresse admin.atlassian.com/o/…</translation>
    </message>
    <message>
        <source>Paste the key; it is shown only once when created</source>
        <translation>Schlüssel einfügen; er wird nur einmal beim Erstellen angezeigt</translation>
    </message>
    <message>
        <source>Optional: the key's name in Atlassian Administration</source>
        <translation>Optional: der Name des Schlüssels in Atlassian Administration</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Profil&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Organization id:</source>
        <translation>&amp;Organisations-ID:</translation>
    </message>
    <message>
        <source>Admin API &amp;key:</source>
        <translation>Admin-API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Key &amp;label:</source>
        <translation>Schlüssel&amp;bezeichnung:</translation>
    </message>
    <message>
        <source>Key &amp;expires on:</source>
        <translation>Schlüssel läuft &amp;ab am:</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>API-&amp;Adresse:</translation>
    </message>
    <message>
        <source>e.g. %1, as Atlassian Administration shows it</source>
        <translation>z. B. %1, wie in Atlassian Administration angezeigt</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Edit "%1"</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Leave empty to keep the current key; paste a new key to rotate it</source>
        <translation>Leer lassen, um den aktuellen Schlüssel zu behalten; einen neuen Schlüssel einfügen, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>"%1" is not a date. Enter it as 2026-12-31, or pick it.</source>
        <translation>„%1“ ist kein Datum. Geben Sie es als 2026-12-31 ein oder wählen Sie es aus.</translation>
    </message>
    <message>
        <source>Reading the current key from the keychain…</source>
        <translation>Aktueller Schlüssel wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>There is no key on record for this profile; paste one.</source>
        <translation>Für dieses Profil ist kein Schlüssel gespeichert; fügen Sie einen ein.</translation>
    </message>
    <message>
        <source>Testing the key with read-only calls to %1…</source>
        <translation>Schlüssel wird mit reinen Leseaufrufen an %1 getestet…</translation>
    </message>
    <message>
        <source>Organization %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message>
        <source>Saving the key in the system keychain…</source>
        <translation>Schlüssel wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>The key works, but it could not be saved. %1</source>
        <translation>Der Schlüssel funktioniert, konnte aber nicht gespeichert werden. %1</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>Nur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <source>The settings file could not be written; check the free space and permissions of the configuration folder.</source>
        <translation>Die Einstellungsdatei konnte nicht geschrieben werden; prüfen Sie den freien Speicherplatz und die Berechtigungen des Konfigurationsordners.</translation>
    </message>
</context>
<context>
    <name>ConnectHintPage</name>
    <message>
        <source>Not connected to an organization</source>
        <translation>Mit keiner Organisation verbunden</translation>
    </message>
    <message>
        <source>&lt;p&gt;To try Orgdesk on made-up data, start it with a local sandbox:&lt;/p&gt;&lt;pre&gt;  orgdesk --sandbox&lt;/pre&gt;&lt;p&gt;To open your organization, create an API key without scopes in Atlassian Administration (Settings &amp;gt; API keys), put it in the environment, and give the organization's id (the id after &lt;tt&gt;/o/&lt;/tt&gt; in the admin address):&lt;/p&gt;&lt;pre&gt;  ORGDESK_API_KEY=&amp;lt;key&amp;gt; orgdesk --org-id &amp;lt;id&amp;gt;&lt;/pre&gt;&lt;p&gt;The key is never accepted on the command line, where other programs could read it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Um Orgdesk mit erfundenen Daten auszuprobieren, starten Sie es mit einer lokalen Sandbox:&lt;/p&gt;&lt;pre&gt;  orgdesk --sandbox&lt;/pre&gt;&lt;p&gt;Um Ihre Organisation zu öffnen, erstellen Sie in Atlassian Administration (Einstellungen &amp;gt; API-Schlüssel) einen API-Schlüssel ohne Bereiche, legen ihn in der Umgebung ab und geben die ID der Organisation an (die ID nach &lt;tt&gt;/o/&lt;/tt&gt; in der Admin-Adresse):&lt;/p&gt;&lt;pre&gt;  ORGDESK_API_KEY=&amp;lt;Schlüssel&amp;gt; orgdesk --org-id &amp;lt;ID&amp;gt;&lt;/pre&gt;&lt;p&gt;Der Schlüssel wird nie auf der Befehlszeile angenommen, wo andere Programme ihn lesen könnten.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>DirectoryCache</name>
    <message>
        <source>The local copy of the directory %1 could not be opened: %2</source>
        <translation>Die lokale Kopie des Verzeichnisses %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not write the local copy of the directory: %1</source>
        <translation>Die lokale Kopie des Verzeichnisses konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>DirectoryCacheAction</name>
    <message>
        <source>&amp;Keep People on This Computer</source>
        <translation>Personen auf diesem &amp;Computer behalten</translation>
    </message>
    <message>
        <source>Keep a copy of each organization's people (never a key) so that the Users area opens at once and refreshes in the background. Off deletes the copy.</source>
        <translation>Behält eine Kopie der Personen jeder Organisation (nie einen Schlüssel), damit der Bereich Benutzer sofort öffnet und im Hintergrund aktualisiert. Aus löscht die Kopie.</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Nicht verifiziert</translation>
    </message>
    <message>
        <source>Missing token</source>
        <translation>Token fehlt</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Abgelöst</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>DNS (TXT record)</source>
        <translation>DNS (TXT-Eintrag)</translation>
    </message>
    <message>
        <source>HTTP (file on the web server)</source>
        <translation>HTTP (Datei auf dem Webserver)</translation>
    </message>
    <message>
        <source>The organization owns this domain: accounts with an e-mail address on it are managed accounts, and e-mail addresses may be changed to it.</source>
        <translation>Die Domain gehört der Organisation: Konten mit einer E-Mail-Adresse darauf sind verwaltete Konten, und E-Mail-Adressen können auf sie geändert werden.</translation>
    </message>
    <message>
        <source>The domain was added but its ownership is not proven yet. Accounts on it are not managed by the organization until it is verified.</source>
        <translation>Die Domain wurde hinzugefügt, aber ihr Besitz ist noch nicht nachgewiesen. Konten darauf werden erst von der Organisation verwaltet, wenn sie verifiziert ist.</translation>
    </message>
    <message>
        <source>The domain was verified, but the verification token is no longer found. Atlassian keeps checking; if the token stays missing, the domain loses its verified status and its accounts stop being managed.</source>
        <translation>Die Domain wurde verifiziert, aber das Verifizierungstoken wird nicht mehr gefunden. Atlassian prüft weiter; bleibt das Token verschwunden, verliert die Domain ihren verifizierten Status, und ihre Konten werden nicht mehr verwaltet.</translation>
    </message>
    <message>
        <source>Another organization has since verified this domain: its claim replaces this one.</source>
        <translation>Eine andere Organisation hat diese Domain inzwischen verifiziert: Ihr Anspruch ersetzt diesen.</translation>
    </message>
    <message>
        <source>The domain was removed from the organization. It no longer counts for managed accounts.</source>
        <translation>Die Domain wurde aus der Organisation entfernt. Sie zählt nicht mehr für verwaltete Konten.</translation>
    </message>
    <message>
        <source>The server reports the status “%1”, which Orgdesk does not know.</source>
        <translation>Der Server meldet den Status „%1“, den Orgdesk nicht kennt.</translation>
    </message>
    <message>
        <source>Add the DNS TXT record that Atlassian Administration shows for %1 (Settings › Domains) at your DNS provider, wait for it to propagate, then choose Verify there.</source>
        <translation>Fügen Sie bei Ihrem DNS-Anbieter den DNS-TXT-Eintrag hinzu, den Atlassian Administration für %1 anzeigt (Einstellungen › Domains), warten Sie, bis er sich verbreitet hat, und wählen Sie dann dort „Verifizieren“.</translation>
    </message>
    <message>
        <source>Put the HTML verification file that Atlassian Administration shows for %1 (Settings › Domains) at the root of the domain's web server, then choose Verify there.</source>
        <translation>Legen Sie die HTML-Verifizierungsdatei, die Atlassian Administration für %1 anzeigt (Einstellungen › Domains), im Stammverzeichnis des Webservers der Domain ab und wählen Sie dann dort „Verifizieren“.</translation>
    </message>
    <message>
        <source>If the domain is yours, find out which organization verified it (ask Atlassian support) or verify it again to take it back.</source>
        <translation>Wenn die Domain Ihnen gehört, finden Sie heraus, welche Organisation sie verifiziert hat (fragen Sie den Atlassian-Support), oder verifizieren Sie sie erneut, um sie zurückzuholen.</translation>
    </message>
    <message>
        <source>Nothing to do unless it was removed by mistake: then add it again and verify it.</source>
        <translation>Nichts zu tun, außer sie wurde versehentlich entfernt: Fügen Sie sie dann erneut hinzu und verifizieren Sie sie.</translation>
    </message>
    <message>
        <source>Check the domain in Atlassian Administration (Settings › Domains).</source>
        <translation>Prüfen Sie die Domain in Atlassian Administration (Einstellungen › Domains).</translation>
    </message>
</context>
<context>
    <name>DomainsModel</name>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Claim type</source>
        <translation>Verifizierungsart</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>DomainsPane</name>
    <message>
        <source>Pick a domain to see what its status means.</source>
        <translation>Wählen Sie eine Domain aus, um zu sehen, was ihr Status bedeutet.</translation>
    </message>
    <message>
        <source>Show users on this domain</source>
        <translation>Benutzer dieser Domain anzeigen</translation>
    </message>
    <message>
        <source>Opens the Users area filtered by this e-mail domain</source>
        <translation>Öffnet den Bereich „Benutzer“, gefiltert nach dieser E-Mail-Domain</translation>
    </message>
    <message>
        <source>Search domains</source>
        <translation>Domains durchsuchen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message numerus="yes">
        <source>%n domains</source>
        <translation>
            <numerusform>%n Domain</numerusform>
            <numerusform>%n Domains</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source> · %n needing attention</source>
        <translation>
            <numerusform> · %n mit Handlungsbedarf</numerusform>
            <numerusform> · %n mit Handlungsbedarf</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading domains…</source>
        <translation>Domains werden geladen…</translation>
    </message>
    <message>
        <source>The organization has no domains. Add and verify one in Atlassian Administration (Settings › Domains).</source>
        <translation>Die Organisation hat keine Domains. Fügen Sie in Atlassian Administration (Einstellungen › Domains) eine hinzu und verifizieren Sie sie.</translation>
    </message>
    <message>
        <source>No domains match these filters.</source>
        <translation>Keine Domains entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Claim type</source>
        <translation>Verifizierungsart</translation>
    </message>
    <message>
        <source>Domain id</source>
        <translation>Domain-ID</translation>
    </message>
    <message>
        <source>Could not load the domains.</source>
        <translation>Die Domains konnten nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>EditProfileDialog</name>
    <message>
        <source>Edit profile: %1</source>
        <translation>Profil bearbeiten: %1</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Nic&amp;kname</source>
        <translation>&amp;Spitzname</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Abteilung</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>S&amp;tandort</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>e.g. Europe/Berlin</source>
        <translation>z. B. Europe/Berlin</translation>
    </message>
    <message>
        <source>Loading the profile…</source>
        <translation>Das Profil wird geladen…</translation>
    </message>
    <message>
        <source>The profile has not loaded yet.</source>
        <translation>Das Profil ist noch nicht geladen.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone; use a name such as Europe/Berlin.</source>
        <translation>„%1“ ist keine Zeitzone; verwenden Sie einen Namen wie Europe/Berlin.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <source>Change e-mail: %1</source>
        <translation>E-Mail ändern: %1</translation>
    </message>
    <message>
        <source>Current address</source>
        <translation>Aktuelle Adresse</translation>
    </message>
    <message>
        <source>name@your-verified-domain.com</source>
        <translation>name@ihre-verifizierte-domain.de</translation>
    </message>
    <message>
        <source>&amp;New address</source>
        <translation>&amp;Neue Adresse</translation>
    </message>
    <message>
        <source>The new address counts as verified at once, and the person is logged out of every session. It must be on a domain your organization has verified.</source>
        <translation>Die neue Adresse gilt sofort als verifiziert, und die Person wird aus allen Sitzungen abgemeldet. Sie muss zu einer Domain gehören, die Ihre Organisation verifiziert hat.</translation>
    </message>
    <message>
        <source>Change e-mail</source>
        <translation>E-Mail ändern</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation>Geben Sie eine E-Mail-Adresse wie name@example.com ein.</translation>
    </message>
    <message>
        <source>That is the current address.</source>
        <translation>Das ist die aktuelle Adresse.</translation>
    </message>
    <message>
        <source>Changing the address…</source>
        <translation>Die Adresse wird geändert…</translation>
    </message>
</context>
<context>
    <name>ExpiryBanner</name>
    <message>
        <source>Rotate key…</source>
        <translation>Schlüssel ersetzen…</translation>
    </message>
    <message>
        <source>Remind me later</source>
        <translation>Später erinnern</translation>
    </message>
</context>
<context>
    <name>FilterChipBar</name>
    <message>
        <source>Add filter</source>
        <translation>Filter hinzufügen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <source>Remove the filter %1</source>
        <translation>Den Filter %1 entfernen</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>GrantAccessDialog</name>
    <message>
        <source>Grant access: %1</source>
        <translation>Zugriff gewähren: %1</translation>
    </message>
    <message>
        <source>Grant access</source>
        <translation>Zugriff gewähren</translation>
    </message>
    <message>
        <source>Pick the workspace to grant access to.</source>
        <translation>Wählen Sie den Workspace aus, auf den Zugriff gewährt werden soll.</translation>
    </message>
    <message>
        <source>Pick a role.</source>
        <translation>Wählen Sie eine Rolle aus.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Give %1 the role %2 on %3?</source>
        <translation>%1 die Rolle %2 auf %3 zuweisen?</translation>
    </message>
    <message>
        <source>This role takes a licence on that workspace if the person has none there yet.</source>
        <translation>Diese Rolle belegt eine Lizenz auf diesem Workspace, falls die Person dort noch keine hat.</translation>
    </message>
    <message>
        <source>Waiting for your confirmation…</source>
        <translation>Warten auf Ihre Bestätigung…</translation>
    </message>
    <message>
        <source>Granting access…</source>
        <translation>Zugriff wird gewährt…</translation>
    </message>
</context>
<context>
    <name>GroupDetailView</name>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>&amp;Add members…</source>
        <translation>Mitglieder &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Show in &amp;Users</source>
        <translation>In &amp;Benutzern anzeigen</translation>
    </message>
    <message>
        <source>Open the Users area filtered to this group's members</source>
        <translation>Den Bereich „Benutzer“ öffnen, gefiltert nach den Mitgliedern dieser Gruppe</translation>
    </message>
    <message>
        <source>Could not load the members. %1</source>
        <translation>Die Mitglieder konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation>Mitglieder werden geladen…</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>Mitglieder: %1</translation>
    </message>
    <message>
        <source>Roles on workspaces</source>
        <translation>Rollen auf Workspaces</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Re&amp;voke role…</source>
        <translation>Rolle &amp;widerrufen…</translation>
    </message>
    <message>
        <source>&amp;Grant role…</source>
        <translation>Rolle &amp;zuweisen…</translation>
    </message>
    <message>
        <source>Synced from your identity provider; change it there.</source>
        <translation>Von Ihrem Identitätsanbieter synchronisiert; ändern Sie sie dort.</translation>
    </message>
    <message>
        <source>This group cannot be changed here.</source>
        <translation>Diese Gruppe kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>Pick a group to see its members and roles.</source>
        <translation>Wählen Sie eine Gruppe aus, um ihre Mitglieder und Rollen zu sehen.</translation>
    </message>
    <message>
        <source>Add people by e-mail address or account ID, as one job with a result for each person</source>
        <translation>Personen per E-Mail-Adresse oder Konto-ID hinzufügen, als ein Auftrag mit einem Ergebnis für jede Person</translation>
    </message>
    <message>
        <source>Remove the selected members from the group</source>
        <translation>Die ausgewählten Mitglieder aus der Gruppe entfernen</translation>
    </message>
    <message>
        <source>Select members first</source>
        <translation>Wählen Sie zuerst Mitglieder aus</translation>
    </message>
    <message>
        <source>Give the group's members a role on a workspace</source>
        <translation>Den Mitgliedern der Gruppe eine Rolle auf einem Workspace zuweisen</translation>
    </message>
    <message>
        <source>Revoke the selected role from the group</source>
        <translation>Die ausgewählte Rolle der Gruppe widerrufen</translation>
    </message>
    <message>
        <source>Select a role first</source>
        <translation>Wählen Sie zuerst eine Rolle aus</translation>
    </message>
    <message>
        <source>Add members to %1</source>
        <translation>Mitglieder zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add them to the group</source>
        <translation>&amp;Zur Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>Aus Gruppe entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n person(s) from “%1”? They lose the access the group gives.</source>
        <translation>
            <numerusform>%n Person aus „%1“ entfernen? Sie verliert den Zugriff, den die Gruppe gewährt.</numerusform>
            <numerusform>%n Personen aus „%1“ entfernen? Sie verlieren den Zugriff, den die Gruppe gewährt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n person(s) to %1</source>
        <translation>
            <numerusform>%n Person zu %1 hinzufügen</numerusform>
            <numerusform>%n Personen zu %1 hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n person(s) from %1</source>
        <translation>
            <numerusform>%n Person aus %1 entfernen</numerusform>
            <numerusform>%n Personen aus %1 entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Default access</source>
        <translation>Standardzugriff</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>This group holds no roles.</source>
        <translation>Diese Gruppe hat keine Rollen.</translation>
    </message>
    <message>
        <source>Could not load the roles. %1</source>
        <translation>Die Rollen konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Revoke role</source>
        <translation>Rolle widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>Revoke the role “%1” on %2 from “%3”? Its %n member(s) lose the access it gives.</source>
        <translation>
            <numerusform>Die Rolle „%1“ auf %2 der Gruppe „%3“ entziehen? Ihr %n Mitglied verliert den Zugriff, den sie gewährt.</numerusform>
            <numerusform>Die Rolle „%1“ auf %2 der Gruppe „%3“ entziehen? Ihre %n Mitglieder verlieren den Zugriff, den sie gewährt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not revoke the role. %1</source>
        <translation>Die Rolle konnte nicht widerrufen werden. %1</translation>
    </message>
</context>
<context>
    <name>GroupMemberOperation</name>
    <message>
        <source>The group is synced from your identity provider: change it there.</source>
        <translation>Die Gruppe wird von Ihrem Identitätsanbieter synchronisiert: Ändern Sie sie dort.</translation>
    </message>
    <message>
        <source>This is a product's default access group: everyone invited to the product gets it, so it cannot be deleted.</source>
        <translation>Dies ist die Standardzugriffsgruppe eines Produkts: Jeder, der zum Produkt eingeladen wird, erhält sie, daher kann sie nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>This group grants admin access and cannot be deleted. Revoke its admin roles first.</source>
        <translation>Diese Gruppe gewährt Administratorzugriff und kann nicht gelöscht werden. Widerrufen Sie zuerst ihre Administratorrollen.</translation>
    </message>
    <message>
        <source>Already a member</source>
        <translation>Bereits Mitglied</translation>
    </message>
    <message>
        <source>A group with this name already exists.</source>
        <translation>Eine Gruppe mit diesem Namen gibt es bereits.</translation>
    </message>
    <message>
        <source>The licence limit is reached: %1</source>
        <translation>Das Lizenzlimit ist erreicht: %1</translation>
    </message>
    <message>
        <source>The group no longer exists.</source>
        <translation>Die Gruppe existiert nicht mehr.</translation>
    </message>
    <message>
        <source>No such person (the account may have been removed).</source>
        <translation>Diese Person gibt es nicht (das Konto wurde vielleicht entfernt).</translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>Zu Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>Aus Gruppe entfernen</translation>
    </message>
</context>
<context>
    <name>GroupMembersModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>GroupRoleDialog</name>
    <message>
        <source>Grant a role to %1</source>
        <translation>%1 eine Rolle zuweisen</translation>
    </message>
    <message>
        <source>Grant role</source>
        <translation>Rolle zuweisen</translation>
    </message>
    <message>
        <source>Pick the workspace the role is on.</source>
        <translation>Wählen Sie den Workspace aus, auf dem die Rolle gilt.</translation>
    </message>
    <message>
        <source>Pick a role.</source>
        <translation>Wählen Sie eine Rolle aus.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Give every member of “%1” the role %2 on %3?</source>
        <translation>Jedem Mitglied von „%1“ die Rolle %2 auf %3 zuweisen?</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) now, and whoever joins the group later.</source>
        <translation>
            <numerusform>%n Mitglied jetzt und alle, die der Gruppe später beitreten.</numerusform>
            <numerusform>%n Mitglieder jetzt und alle, die der Gruppe später beitreten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Members without a licence on that workspace take one.</source>
        <translation>Mitglieder ohne Lizenz auf diesem Workspace belegen eine.</translation>
    </message>
    <message>
        <source>Waiting for your confirmation…</source>
        <translation>Warten auf Ihre Bestätigung…</translation>
    </message>
    <message>
        <source>Granting the role…</source>
        <translation>Die Rolle wird zugewiesen…</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <source>Synced from your identity provider: change its members there.</source>
        <translation>Von Ihrem Identitätsanbieter synchronisiert: Ändern Sie die Mitglieder dort.</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Managed</source>
        <translation>Verwaltet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>GroupsPane</name>
    <message>
        <source>Search group names</source>
        <translation>Gruppennamen durchsuchen</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;Neue Gruppe…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Click Name to sort the other way; the server sorts by name only</source>
        <translation>Klicken Sie auf „Name“, um umgekehrt zu sortieren; der Server sortiert nur nach Name</translation>
    </message>
    <message>
        <source>Stats unavailable</source>
        <translation>Statistik nicht verfügbar</translation>
    </message>
    <message>
        <source>Groups: %1 · managed here: %2 · synced: %3</source>
        <translation>Gruppen: %1 · hier verwaltet: %2 · synchronisiert: %3</translation>
    </message>
    <message>
        <source>Synced groups come from your identity provider and change there.</source>
        <translation>Synchronisierte Gruppen kommen von Ihrem Identitätsanbieter und werden dort geändert.</translation>
    </message>
    <message>
        <source>Pick a group first</source>
        <translation>Wählen Sie zuerst eine Gruppe aus</translation>
    </message>
    <message>
        <source>Synced from your identity provider; change it there.</source>
        <translation>Von Ihrem Identitätsanbieter synchronisiert; ändern Sie sie dort.</translation>
    </message>
    <message>
        <source>The organization does not allow deleting this group: it gives a product's default access or admin rights.</source>
        <translation>Die Organisation erlaubt nicht, diese Gruppe zu löschen: Sie gewährt den Standardzugriff eines Produkts oder Administratorrechte.</translation>
    </message>
    <message>
        <source>Delete the group (its members stay in the organization)</source>
        <translation>Die Gruppe löschen (ihre Mitglieder bleiben in der Organisation)</translation>
    </message>
    <message>
        <source>Could not load the groups.</source>
        <translation>Die Gruppen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Loading groups…</source>
        <translation>Gruppen werden geladen…</translation>
    </message>
    <message>
        <source>No group names contain “%1”.</source>
        <translation>Keine Gruppennamen enthalten „%1“.</translation>
    </message>
    <message>
        <source>This directory has no groups.</source>
        <translation>Dieses Verzeichnis hat keine Gruppen.</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Gruppe löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the group “%1”? Its %n member(s) lose the access it gives; the people stay in the organization.</source>
        <translation>
            <numerusform>Die Gruppe „%1“ löschen? Ihr %n Mitglied verliert den Zugriff, den sie gewährt; die Person bleibt in der Organisation.</numerusform>
            <numerusform>Die Gruppe „%1“ löschen? Ihre %n Mitglieder verlieren den Zugriff, den sie gewährt; die Personen bleiben in der Organisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the group “%1”?</source>
        <translation>Die Gruppe „%1“ löschen?</translation>
    </message>
    <message>
        <source>Could not delete “%1”. %2</source>
        <translation>„%1“ konnte nicht gelöscht werden. %2</translation>
    </message>
    <message>
        <source>No groups match this search.</source>
        <translation>Keine Gruppe passt zu dieser Suche.</translation>
    </message>
    <message>
        <source>Delete group…</source>
        <translation>Gruppe löschen…</translation>
    </message>
    <message numerus="yes">
        <source>%n groups</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Invite into this group…</source>
        <translation>In diese Gruppe &amp;einladen…</translation>
    </message>
    <message>
        <source>Synced from an identity provider: people join it there</source>
        <translation>Von einem Identitätsanbieter synchronisiert: Personen werden dort hinzugefügt</translation>
    </message>
    <message>
        <source>Invite people by e-mail straight into this group</source>
        <translation>Personen per E-Mail direkt in diese Gruppe einladen</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite people</source>
        <translation>Personen einladen</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>Einladen…</translation>
    </message>
    <message>
        <source>&amp;Addresses</source>
        <translation>&amp;Adressen</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Gruppen</translation>
    </message>
    <message>
        <source>Send an invitation &amp;e-mail</source>
        <translation>Einladungs-&amp;E-Mail senden</translation>
    </message>
    <message>
        <source>A message for the invitation e-mail (optional)</source>
        <translation>Eine Nachricht für die Einladungs-E-Mail (optional)</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <source>Could not check who is already here: %1</source>
        <translation>Es konnte nicht geprüft werden, wer bereits hier ist: %1</translation>
    </message>
    <message>
        <source>One a line or separated by commas; “Name &lt;address&gt;” works too</source>
        <translation>Eine pro Zeile oder durch Kommas getrennt; „Name &lt;Adresse&gt;“ geht auch</translation>
    </message>
    <message>
        <source>&amp;Load from a file…</source>
        <translation>Aus Datei &amp;laden…</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es); checking who is already here…</source>
        <translation>
            <numerusform>%n Adresse; es wird geprüft, wer bereits hier ist…</numerusform>
            <numerusform>%n Adressen; es wird geprüft, wer bereits hier ist…</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;dd this access</source>
        <translation>Diesen Zugriff hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Pick a workspace and a role, then add them.</source>
        <translation>Wählen Sie einen Workspace und eine Rolle aus und fügen Sie sie dann hinzu.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Load addresses</source>
        <translation>Adressen laden</translation>
    </message>
    <message>
        <source>Text and CSV files (*.txt *.csv);;All files (*)</source>
        <translation>Text- und CSV-Dateien (*.txt *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es).</source>
        <translation>
            <numerusform>%n Adresse.</numerusform>
            <numerusform>%n Adressen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody on the list is in the organization yet: each gets an invitation.</source>
        <translation>Niemand auf der Liste ist bereits in der Organisation: Alle erhalten eine Einladung.</translation>
    </message>
    <message>
        <source>Already in the organization (they get the roles and groups, no invitation): %1.</source>
        <translation>Bereits in der Organisation (sie erhalten die Rollen und Gruppen, aber keine Einladung): %1.</translation>
    </message>
    <message>
        <source>Not addresses, left out: %1.</source>
        <translation>Keine Adressen, ausgelassen: %1.</translation>
    </message>
    <message>
        <source>Give the addresses of the people to invite.</source>
        <translation>Geben Sie die Adressen der einzuladenden Personen an.</translation>
    </message>
    <message>
        <source>Give the people access to at least one workspace, or pick a group.</source>
        <translation>Geben Sie den Personen Zugriff auf mindestens einen Workspace, oder wählen Sie eine Gruppe aus.</translation>
    </message>
    <message>
        <source>Checking who is already in the organization…</source>
        <translation>Es wird geprüft, wer bereits in der Organisation ist…</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Einladen</translation>
    </message>
    <message numerus="yes">
        <source>Invite %n person(s)?</source>
        <translation>
            <numerusform>%n Person einladen?</numerusform>
            <numerusform>%n Personen einladen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Access: %1.</source>
        <translation>Zugriff: %1.</translation>
    </message>
    <message>
        <source>Groups: %1.</source>
        <translation>Gruppen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them already in the organization: they get the access and groups, no invitation.</source>
        <translation>
            <numerusform>%n davon ist bereits in der Organisation: Diese Person erhält den Zugriff und die Gruppen, aber keine Einladung.</numerusform>
            <numerusform>%n davon sind bereits in der Organisation: Sie erhalten den Zugriff und die Gruppen, aber keine Einladung.</numerusform>
        </translation>
    </message>
    <message>
        <source>An invitation e-mail is sent.</source>
        <translation>Eine Einladungs-E-Mail wird gesendet.</translation>
    </message>
    <message>
        <source>No e-mail is sent.</source>
        <translation>Es wird keine E-Mail gesendet.</translation>
    </message>
    <message>
        <source>Waiting for your confirmation…</source>
        <translation>Warten auf Ihre Bestätigung…</translation>
    </message>
    <message numerus="yes">
        <source>Invite %n person(s)</source>
        <translation>
            <numerusform>%n Person einladen</numerusform>
            <numerusform>%n Personen einladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not start the job.</source>
        <translation>Der Auftrag konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>InviteGroupsField</name>
    <message>
        <source>Filter groups</source>
        <translation>Gruppen filtern</translation>
    </message>
    <message>
        <source>Loading groups…</source>
        <translation>Gruppen werden geladen…</translation>
    </message>
    <message>
        <source>Synced from an identity provider: add people there.</source>
        <translation>Von einem Identitätsanbieter synchronisiert: Fügen Sie Personen dort hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the groups: %1</source>
        <translation>Die Gruppen konnten nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>InviteOperation</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Refused, without a reason given.</source>
        <translation>Abgelehnt, ohne Angabe eines Grundes.</translation>
    </message>
    <message>
        <source>Invite people</source>
        <translation>Personen einladen</translation>
    </message>
    <message>
        <source>The server's answer did not mention this address.</source>
        <translation>Die Antwort des Servers hat diese Adresse nicht erwähnt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source> (given: %1)</source>
        <translation> (zugewiesen: %1)</translation>
    </message>
    <message>
        <source>Already in the organization: nothing to give</source>
        <translation>Bereits in der Organisation: nichts zuzuweisen</translation>
    </message>
    <message>
        <source>Already in the organization: given %1</source>
        <translation>Bereits in der Organisation: %1 zugewiesen</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Invited: %1</source>
        <translation>Eingeladen: %1</translation>
    </message>
</context>
<context>
    <name>JobManager</name>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
</context>
<context>
    <name>JobResultDialog</name>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Job result</source>
        <translation>Auftragsergebnis</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Working… %1</source>
        <translation>In Arbeit… %1</translation>
    </message>
</context>
<context>
    <name>JobsDock</name>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Finished with failures</source>
        <translation>Mit Fehlern beendet</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Keep what was done and do not send the rest</source>
        <translation>Erledigtes behalten und den Rest nicht senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop sending; what was not sent yet stays pending</source>
        <translation>Senden anhalten; was noch nicht gesendet wurde, bleibt ausstehend</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Undo…</source>
        <translation>Rückgängig machen…</translation>
    </message>
    <message>
        <source>Run the opposite action on everything this job changed</source>
        <translation>Die Gegenaktion auf alles anwenden, was dieser Auftrag geändert hat</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>Ergebnisse exportieren…</translation>
    </message>
    <message>
        <source>An earlier job did not finish: %1. Resume it?</source>
        <translation>Ein früherer Auftrag wurde nicht beendet: %1. Fortsetzen?</translation>
    </message>
    <message>
        <source>“%1” (%2 of %3 done)</source>
        <translation>„%1“ (%2 von %3 erledigt)</translation>
    </message>
    <message numerus="yes">
        <source>Undo “%1”: %2 for the %n it changed?</source>
        <translation>
            <numerusform>„%1“ rückgängig machen: %2 für den %n geänderten Eintrag?</numerusform>
            <numerusform>„%1“ rückgängig machen: %2 für die %n geänderten Einträge?</numerusform>
        </translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>job-results.csv</source>
        <translation>auftragsergebnisse.csv</translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <source>Job / item</source>
        <translation>Auftrag / Eintrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Finished with failures</source>
        <translation>Mit Fehlern beendet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n erledigt</numerusform>
            <numerusform>%n erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to go</source>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between counts</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>KeyCapabilitiesBanner</name>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>What the key of "%1" can reach</source>
        <translation>Was der Schlüssel von „%1“ erreicht</translation>
    </message>
    <message>
        <source>Rotate key…</source>
        <translation>Schlüssel ersetzen…</translation>
    </message>
</context>
<context>
    <name>KeyCapabilitiesView</name>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Why, and what to do</source>
        <translation>Warum, und was zu tun ist</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Not with this key</source>
        <translation>Nicht mit diesem Schlüssel</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>Nicht angeboten</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>This key reaches every area that was checked.</source>
        <translation>Dieser Schlüssel erreicht alle geprüften Bereiche.</translation>
    </message>
    <message>
        <source>one area is out of its reach</source>
        <translation>ein Bereich ist für ihn nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 areas are out of its reach</source>
        <translation>%1 Bereiche sind für ihn nicht erreichbar</translation>
    </message>
    <message>
        <source>This key has scopes: %1, including User management, which accepts only keys without scopes. Changes to people, groups and roles need a key without scopes too.</source>
        <translation>Dieser Schlüssel hat Bereiche: %1, darunter die Benutzerverwaltung, die nur Schlüssel ohne Bereiche annimmt. Auch Änderungen an Personen, Gruppen und Rollen brauchen einen Schlüssel ohne Bereiche.</translation>
    </message>
    <message>
        <source>This key has scopes: %1.</source>
        <translation>Dieser Schlüssel hat Bereiche: %1.</translation>
    </message>
    <message>
        <source>Checking which areas this key reaches, with read-only calls…</source>
        <translation>Mit reinen Leseaufrufen wird geprüft, welche Bereiche dieser Schlüssel erreicht…</translation>
    </message>
</context>
<context>
    <name>KeyExpiry</name>
    <message>
        <source>Create a new key in Atlassian Administration under Settings &gt; API keys, then choose Rotate key to replace it here.</source>
        <translation>Erstellen Sie in Atlassian Administration unter Einstellungen &gt; API-Schlüssel einen neuen Schlüssel und wählen Sie dann „Schlüssel ersetzen“, um ihn hier auszutauschen.</translation>
    </message>
    <message>
        <source>The API key of "%1" expires in %2 days, on %3.</source>
        <translation>Der API-Schlüssel von „%1“ läuft in %2 Tagen ab, am %3.</translation>
    </message>
    <message>
        <source>The API key of "%1" expires today. After that Orgdesk can no longer reach this organization.</source>
        <translation>Der API-Schlüssel von „%1“ läuft heute ab. Danach kann Orgdesk diese Organisation nicht mehr erreichen.</translation>
    </message>
    <message>
        <source>The API key of "%1" expires tomorrow, %2. After that Orgdesk can no longer reach this organization.</source>
        <translation>Der API-Schlüssel von „%1“ läuft morgen ab, am %2. Danach kann Orgdesk diese Organisation nicht mehr erreichen.</translation>
    </message>
    <message>
        <source>The API key of "%1" expired on %2: the organization refuses it.</source>
        <translation>Der API-Schlüssel von „%1“ ist am %2 abgelaufen: Die Organisation lehnt ihn ab.</translation>
    </message>
    <message>
        <source>The key was refused because it expired on %1. %2</source>
        <translation>Der Schlüssel wurde abgelehnt, weil er am %1 abgelaufen ist. %2</translation>
    </message>
</context>
<context>
    <name>KeyProbe</name>
    <message>
        <source>The key was refused (HTTP 401): it is not a valid admin API key, or it was revoked or has expired. Copy the whole key again from Atlassian Administration (Settings &gt; API keys), or create a new one. A site API token (for Jira or Confluence) does not work here.</source>
        <translation>Der Schlüssel wurde abgelehnt (HTTP 401): Er ist kein gültiger Admin-API-Schlüssel, oder er wurde widerrufen oder ist abgelaufen. Kopieren Sie den ganzen Schlüssel erneut aus Atlassian Administration (Einstellungen &gt; API-Schlüssel) oder erstellen Sie einen neuen. Ein API-Token einer Site (für Jira oder Confluence) funktioniert hier nicht.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2 Check the network connection and the API address.</source>
        <translation>%1 war nicht erreichbar: %2 Prüfen Sie die Netzwerkverbindung und die API-Adresse.</translation>
    </message>
    <message>
        <source>the server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The organization's API rate limit was reached while testing the key. Nothing is wrong with the key as far as we know; wait a minute and test again.</source>
        <translation>Beim Testen des Schlüssels wurde das API-Ratenlimit der Organisation erreicht. Soweit bekannt, ist mit dem Schlüssel alles in Ordnung; warten Sie eine Minute und testen Sie erneut.</translation>
    </message>
    <message>
        <source>Atlassian's server failed while testing the key (HTTP %1). Try again in a few minutes.</source>
        <translation>Beim Testen des Schlüssels ist auf dem Server von Atlassian ein Fehler aufgetreten (HTTP %1). Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>This key belongs to the organization "%1" (id %2), not to %3. Check the org id, or use a key created in this organization.</source>
        <translation>Dieser Schlüssel gehört zur Organisation „%1“ (ID %2), nicht zu %3. Prüfen Sie die Organisations-ID oder verwenden Sie einen Schlüssel, der in dieser Organisation erstellt wurde.</translation>
    </message>
    <message>
        <source>The key works, but not for the organization %1: it belongs to another organization, or the org id is mistyped. Copy the org id from the address of Atlassian Administration (admin.atlassian.com/o/&lt;org id&gt;/...).</source>
        <translation>Der Schlüssel funktioniert, aber nicht für die Organisation %1: Er gehört zu einer anderen Organisation, oder die Organisations-ID ist falsch geschrieben. Kopieren Sie die Organisations-ID aus der Adresse von Atlassian Administration (admin.atlassian.com/o/&lt;Organisations-ID&gt;/...).</translation>
    </message>
    <message>
        <source>The key may not read the organization's details (it has scopes without read:orgs:admin), but it reaches its directories.</source>
        <translation>Der Schlüssel darf die Angaben der Organisation nicht lesen (er hat Bereiche ohne read:orgs:admin), erreicht aber ihre Verzeichnisse.</translation>
    </message>
    <message>
        <source>The key was accepted but may not read the organization %1: it belongs to another organization, or its scopes include neither read:orgs:admin nor read:directories:admin.</source>
        <translation>Der Schlüssel wurde angenommen, darf die Organisation %1 aber nicht lesen: Er gehört zu einer anderen Organisation, oder seine Bereiche enthalten weder read:orgs:admin noch read:directories:admin.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Verzeichnisse</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Log</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>User management (profiles, e-mail, account lifecycle)</source>
        <translation>Benutzerverwaltung (Profile, E-Mail, Kontolebenszyklus)</translation>
    </message>
    <message>
        <source>API keys and tokens</source>
        <translation>API-Schlüssel und -Token</translation>
    </message>
    <message>
        <source>Data classification</source>
        <translation>Datenklassifizierung</translation>
    </message>
    <message>
        <source>The User management API refuses keys with scopes, and this key has scopes.</source>
        <translation>Die API der Benutzerverwaltung lehnt Schlüssel mit Bereichen ab, und dieser Schlüssel hat Bereiche.</translation>
    </message>
    <message>
        <source>Create an API key without scopes in Atlassian Administration (Settings &gt; API keys) and rotate the key of this profile.</source>
        <translation>Erstellen Sie in Atlassian Administration (Einstellungen &gt; API-Schlüssel) einen API-Schlüssel ohne Bereiche und ersetzen Sie den Schlüssel dieses Profils.</translation>
    </message>
    <message>
        <source>The key's scopes do not include %1.</source>
        <translation>Die Bereiche des Schlüssels enthalten %1 nicht.</translation>
    </message>
    <message>
        <source>Create a key with the scope %1, or a key without scopes, and rotate the key of this profile.</source>
        <translation>Erstellen Sie einen Schlüssel mit dem Bereich %1 oder einen Schlüssel ohne Bereiche und ersetzen Sie den Schlüssel dieses Profils.</translation>
    </message>
    <message>
        <source>The server does not offer this API (the sandbox does not serve it yet, or the organization's plan lacks it).</source>
        <translation>Der Server bietet diese API nicht an (die Sandbox stellt sie noch nicht bereit, oder der Tarif der Organisation enthält sie nicht).</translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <translation>Prüfung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Not checked: the organization has no managed account to try it with.</source>
        <translation>Nicht geprüft: Die Organisation hat kein verwaltetes Konto, mit dem es sich ausprobieren ließe.</translation>
    </message>
    <message>
        <source>Not checked: the users could not be listed.</source>
        <translation>Nicht geprüft: Die Benutzer konnten nicht aufgelistet werden.</translation>
    </message>
</context>
<context>
    <name>KeyRevokeFlow</name>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n admin API keys?</source>
        <translation>
            <numerusform>%n Admin-API-Schlüssel widerrufen?</numerusform>
            <numerusform>%n Admin-API-Schlüssel widerrufen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Every script and integration that uses them is refused from then on.</source>
        <translation>Jedes Skript und jede Integration, die sie verwendet, wird von da an abgewiesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n already revoked: left out.</source>
        <translation>
            <numerusform>%n bereits widerrufen: ausgelassen.</numerusform>
            <numerusform>%n bereits widerrufen: ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke it too</source>
        <translation>Auch diesen widerrufen</translation>
    </message>
    <message>
        <source>“%1” is the key Orgdesk is connected with. Revoke it too?</source>
        <translation>„%1“ ist der Schlüssel, mit dem Orgdesk verbunden ist. Auch diesen widerrufen?</translation>
    </message>
    <message>
        <source>Right after, the organization refuses every call Orgdesk makes, until you connect with another key. Cancel revokes nothing: to revoke the others, take this key out of the selection.</source>
        <translation>Unmittelbar danach lehnt die Organisation jeden Aufruf von Orgdesk ab, bis Sie sich mit einem anderen Schlüssel verbinden. „Abbrechen“ widerruft nichts: Um die anderen zu widerrufen, nehmen Sie diesen Schlüssel aus der Auswahl.</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n admin API keys</source>
        <translation>
            <numerusform>%n Admin-API-Schlüssel widerrufen</numerusform>
            <numerusform>%n Admin-API-Schlüssel widerrufen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>Orgdesk keeps API keys only in the system keychain (GNOME Keyring, KWallet or another Secret Service), never in a file. Start or unlock the keychain and try again, or use the key for this session only.</source>
        <translation>Orgdesk bewahrt API-Schlüssel nur im Schlüsselbund des Systems auf (GNOME Keyring, KWallet oder ein anderer Secret Service), nie in einer Datei. Starten oder entsperren Sie den Schlüsselbund und versuchen Sie es erneut, oder verwenden Sie den Schlüssel nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>No keychain is available on this system. %1</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar. %1</translation>
    </message>
    <message>
        <source>Access to the keychain was refused. %1</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert. %1</translation>
    </message>
    <message>
        <source>The keychain is locked and could not be unlocked (%1). %2</source>
        <translation>Der Schlüsselbund ist gesperrt und konnte nicht entsperrt werden (%1). %2</translation>
    </message>
    <message>
        <source>No keychain answers in this session: no Secret Service is running (%1). %2</source>
        <translation>In dieser Sitzung antwortet kein Schlüsselbund: Es läuft kein Secret Service (%1). %2</translation>
    </message>
    <message>
        <source>The keychain is locked or has no default collection, and it could not be unlocked (%1). %2</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat keine Standardsammlung, und er konnte nicht entsperrt werden (%1). %2</translation>
    </message>
    <message>
        <source>The keychain did not work (%1). %2</source>
        <translation>Der Schlüsselbund hat nicht funktioniert (%1). %2</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>der Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 seconds; it may be waiting to be unlocked. %2</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 Sekunden geantwortet; vielleicht wartet er darauf, entsperrt zu werden. %2</translation>
    </message>
</context>
<context>
    <name>LastActiveView</name>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No access to any product.</source>
        <translation>Kein Zugriff auf ein Produkt.</translation>
    </message>
    <message>
        <source>Could not load the last-active dates. %1</source>
        <translation>Die Daten der letzten Aktivität konnten nicht geladen werden. %1</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>A desktop console for Atlassian Cloud organizations.</source>
        <translation>Eine Desktop-Konsole für Atlassian-Cloud-Organisationen.</translation>
    </message>
    <message>
        <source>Open a local sandbox organization with made-up people.</source>
        <translation>Eine lokale Sandbox-Organisation mit erfundenen Personen öffnen.</translation>
    </message>
    <message>
        <source>How many people the sandbox has (default 2000).</source>
        <translation>Wie viele Personen die Sandbox hat (Standard 2000).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Open this organization; the API key comes from the environment variable ORGDESK_API_KEY.</source>
        <translation>Diese Organisation öffnen; der API-Schlüssel kommt aus der Umgebungsvariablen ORGDESK_API_KEY.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The API's address (default %1).</source>
        <translation>Die Adresse der API (Standard %1).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Save the window to this file once the first page is in, then quit.</source>
        <translation>Das Fenster in diese Datei speichern, sobald die erste Seite geladen ist, und dann beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Choose either --sandbox or --org-id, not both.</source>
        <translation>Wählen Sie entweder --sandbox oder --org-id, nicht beides.</translation>
    </message>
    <message>
        <source>--users takes a number of people from 1 to 1,000,000.</source>
        <translation>--users nimmt eine Anzahl von Personen von 1 bis 1.000.000.</translation>
    </message>
    <message>
        <source>Refusing the address %1: the API key is only ever sent over https:// (or plain http:// to this computer, for a local sandbox).</source>
        <translation>Die Adresse %1 wird abgelehnt: Der API-Schlüssel wird nur über https:// gesendet (oder über einfaches http:// an diesen Computer, für eine lokale Sandbox).</translation>
    </message>
    <message>
        <source>--org-id needs an organization id, and the API key in the environment variable ORGDESK_API_KEY (never on the command line).</source>
        <translation>--org-id braucht eine Organisations-ID und den API-Schlüssel in der Umgebungsvariablen ORGDESK_API_KEY (nie auf der Befehlszeile).</translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>Die lokale Sandbox wird gestartet…</translation>
    </message>
    <message>
        <source>The local sandbox could not start.</source>
        <translation>Die lokale Sandbox konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>With --screenshot: pick this person and show their roles.</source>
        <translation>Mit --screenshot: diese Person auswählen und ihre Rollen anzeigen.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Open this area first: overview (the default), users, groups, domains, policies, classification (data classification levels), apiKeys (admin API keys), apiTokens (user API tokens) or audit (the audit log).</source>
        <translation>Diesen Bereich zuerst öffnen: overview (Übersicht, Standard), users (Benutzer), groups (Gruppen), domains (Domains), policies (Richtlinien), classification (Stufen der Datenklassifizierung), apiKeys (Admin-API-Schlüssel), apiTokens (API-Token der Benutzer) oder audit (Audit-Log).</translation>
    </message>
</context>
<context>
    <name>ListAreaPane</name>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Load all</source>
        <translation>Alle laden</translation>
    </message>
    <message>
        <source>Load every page now instead of as the table scrolls</source>
        <translation>Alle Seiten jetzt laden statt beim Blättern in der Tabelle</translation>
    </message>
    <message>
        <source>Save the rows shown, with the columns shown, as a CSV file</source>
        <translation>Die angezeigten Zeilen mit den angezeigten Spalten als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>%1 match so far (%2 of %3 checked)</source>
        <translation>%1 Treffer bisher (%2 von %3 geprüft)</translation>
    </message>
    <message>
        <source>%1 of %2 match</source>
        <translation>%1 von %2 passen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Could not load more. %1</source>
        <translation>Weitere konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Orgdesk</source>
        <translation>&amp;Über Orgdesk</translation>
    </message>
    <message>
        <source>About Orgdesk</source>
        <translation>Über Orgdesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Orgdesk %1&lt;/b&gt;&lt;p&gt;A desktop console for Atlassian Cloud organizations.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Orgdesk %1&lt;/b&gt;&lt;p&gt;Eine Desktop-Konsole für Atlassian-Cloud-Organisationen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Orgdesk</source>
        <translation>Orgdesk</translation>
    </message>
    <message>
        <source>%1 [Sandbox] – Orgdesk</source>
        <translation>%1 [Sandbox] – Orgdesk</translation>
    </message>
    <message>
        <source>%1 – Orgdesk</source>
        <translation>%1 – Orgdesk</translation>
    </message>
</context>
<context>
    <name>MemoryCredentialStore</name>
    <message>
        <source>memory, for this session only</source>
        <translation>Arbeitsspeicher, nur für diese Sitzung</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <source>New group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <source>e.g. design-reviewers</source>
        <translation>z. B. design-reviewers</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>What the group is for (optional)</source>
        <translation>Wofür die Gruppe gedacht ist (optional)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Loading the directories…</source>
        <translation>Die Verzeichnisse werden geladen…</translation>
    </message>
    <message>
        <source>Di&amp;rectory</source>
        <translation>&amp;Verzeichnis</translation>
    </message>
    <message>
        <source>The organization's default</source>
        <translation>Das Standardverzeichnis der Organisation</translation>
    </message>
    <message>
        <source>Could not list the directories (%1); the group goes to the organization's default one.</source>
        <translation>Die Verzeichnisse konnten nicht aufgelistet werden (%1); die Gruppe kommt in das Standardverzeichnis der Organisation.</translation>
    </message>
    <message>
        <source>The group starts empty, with no roles. Names are unique in the organization, whatever their case.</source>
        <translation>Die Gruppe beginnt leer, ohne Rollen. Namen sind in der Organisation eindeutig, unabhängig von Groß- und Kleinschreibung.</translation>
    </message>
    <message>
        <source>Create group</source>
        <translation>Gruppe erstellen</translation>
    </message>
    <message>
        <source>Enter a name for the group.</source>
        <translation>Geben Sie einen Namen für die Gruppe ein.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; at most %2 are allowed.</source>
        <translation>Der Name ist %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation>„%1“ wird erstellt…</translation>
    </message>
</context>
<context>
    <name>OrgDatabase</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The local database could not be read.</source>
        <translation>Die lokale Datenbank konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The local database was written by a newer Orgdesk (schema %1); update Orgdesk.</source>
        <translation>Die lokale Datenbank wurde von einer neueren Orgdesk-Version geschrieben (Schema %1); aktualisieren Sie Orgdesk.</translation>
    </message>
</context>
<context>
    <name>OverviewFigures</name>
    <message>
        <source>Could not open the audit log archive: %1</source>
        <translation>Das Archiv des Audit-Logs konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Could not read the audit log archive: %1</source>
        <translation>Das Archiv des Audit-Logs konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>OverviewPane</name>
    <message>
        <source>How the organization stands. Pick a tile to see what it counts.</source>
        <translation>So steht es um die Organisation. Wählen Sie eine Kachel aus, um zu sehen, was sie zählt.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load every figure again (F5)</source>
        <translation>Alle Zahlen neu laden (F5)</translation>
    </message>
    <message>
        <source>Loaded at %1</source>
        <translation>Geladen um %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>OverviewText</name>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Verzeichnisse</translation>
    </message>
    <message>
        <source>Two-step verification off</source>
        <translation>Zweistufige Verifizierung aus</translation>
    </message>
    <message>
        <source>Inactive people</source>
        <translation>Inaktive Personen</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Domains needing attention</source>
        <translation>Domains, die Aufmerksamkeit brauchen</translation>
    </message>
    <message>
        <source>Admin API keys needing attention</source>
        <translation>Admin-API-Schlüssel, die Aufmerksamkeit brauchen</translation>
    </message>
    <message>
        <source>Orgdesk's key</source>
        <translation>Schlüssel von Orgdesk</translation>
    </message>
    <message>
        <source>User API tokens at risk</source>
        <translation>Gefährdete API-Token der Benutzer</translation>
    </message>
    <message>
        <source>Policies not applied</source>
        <translation>Nicht angewendete Richtlinien</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>managed here</source>
        <translation>hier verwaltet</translation>
    </message>
    <message>
        <source>synced from an identity provider</source>
        <translation>von einem Identitätsanbieter synchronisiert</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>nicht verifiziert</translation>
    </message>
    <message>
        <source>verification token missing</source>
        <translation>Verifizierungstoken fehlt</translation>
    </message>
    <message>
        <source>claimed by another organization</source>
        <translation>von einer anderen Organisation beansprucht</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>expiring within %n days</source>
        <translation>
            <numerusform>ablaufend innerhalb von %n Tag</numerusform>
            <numerusform>ablaufend innerhalb von %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>never used</source>
        <translation>nie verwendet</translation>
    </message>
    <message>
        <source>without scopes</source>
        <translation>ohne Bereiche</translation>
    </message>
    <message numerus="yes">
        <source>unused for %n days</source>
        <translation>
            <numerusform>seit %n Tag nicht verwendet</numerusform>
            <numerusform>seit %n Tagen nicht verwendet</numerusform>
        </translation>
    </message>
    <message>
        <source>person suspended or deactivated</source>
        <translation>Person gesperrt oder deaktiviert</translation>
    </message>
    <message>
        <source>resources failed</source>
        <translation>Ressourcen fehlgeschlagen</translation>
    </message>
    <message>
        <source>resources still applying</source>
        <translation>Ressourcen werden noch angewendet</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No people in the organization</source>
        <translation>Keine Personen in der Organisation</translation>
    </message>
    <message>
        <source>No directories</source>
        <translation>Keine Verzeichnisse</translation>
    </message>
    <message>
        <source>managed accounts without two-step verification</source>
        <translation>verwaltete Konten ohne zweistufige Verifizierung</translation>
    </message>
    <message numerus="yes">
        <source>not active for %n days, or never</source>
        <translation>
            <numerusform>seit %n Tag nicht oder nie aktiv</numerusform>
            <numerusform>seit %n Tagen nicht oder nie aktiv</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile does not name the key's label</source>
        <translation>Das Profil nennt die Bezeichnung des Schlüssels nicht</translation>
    </message>
    <message>
        <source>“%1” is not among the organization's keys</source>
        <translation>„%1“ ist nicht unter den Schlüsseln der Organisation</translation>
    </message>
    <message>
        <source>days left on “%1”</source>
        <translation>verbleibende Tage für „%1“</translation>
    </message>
    <message>
        <source>Nothing needs attention</source>
        <translation>Nichts braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>%1; checking the rest…</source>
        <translation>%1; der Rest wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>Counting… %n people read so far</source>
        <translation>
            <numerusform>Wird gezählt… bisher %n Person gelesen</numerusform>
            <numerusform>Wird gezählt… bisher %n Personen gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>the organization's people</source>
        <translation>die Personen der Organisation</translation>
    </message>
    <message>
        <source>the directories</source>
        <translation>die Verzeichnisse</translation>
    </message>
    <message>
        <source>the groups</source>
        <translation>die Gruppen</translation>
    </message>
    <message>
        <source>the domains</source>
        <translation>die Domains</translation>
    </message>
    <message>
        <source>the admin API keys</source>
        <translation>die Admin-API-Schlüssel</translation>
    </message>
    <message>
        <source>the users' API tokens</source>
        <translation>die API-Token der Benutzer</translation>
    </message>
    <message>
        <source>the policies</source>
        <translation>die Richtlinien</translation>
    </message>
    <message>
        <source>This key cannot read %1.</source>
        <translation>Dieser Schlüssel kann %1 nicht lesen.</translation>
    </message>
    <message numerus="yes">
        <source>Audit log: the last %n days</source>
        <translation>
            <numerusform>Audit-Log: der letzte Tag</numerusform>
            <numerusform>Audit-Log: die letzten %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>org admin grants</source>
        <translation>Org-Admin-Rechte vergeben</translation>
    </message>
    <message>
        <source>admin API keys created or revoked</source>
        <translation>Admin-API-Schlüssel erstellt oder widerrufen</translation>
    </message>
    <message>
        <source>policy changes</source>
        <translation>Richtlinienänderungen</translation>
    </message>
    <message>
        <source>Not synced yet: open the Audit log to sync it</source>
        <translation>Noch nicht synchronisiert: Öffnen Sie das Audit-Log, um es zu synchronisieren</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisiert %1</translation>
    </message>
    <message>
        <source>nothing notable</source>
        <translation>nichts Auffälliges</translation>
    </message>
    <message>
        <source>the audit log archive</source>
        <translation>das Archiv des Audit-Logs</translation>
    </message>
</context>
<context>
    <name>OverviewTile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Pager</name>
    <message>
        <source>the page has no data list</source>
        <translation>die Seite enthält keine Datenliste</translation>
    </message>
</context>
<context>
    <name>PasteListDialog</name>
    <message>
        <source>&amp;Find people</source>
        <translation>Personen &amp;finden</translation>
    </message>
    <message>
        <source>&amp;Show and select them</source>
        <translation>&amp;Anzeigen und auswählen</translation>
    </message>
    <message>
        <source>Find people from a list</source>
        <translation>Personen aus einer Liste finden</translation>
    </message>
    <message>
        <source>Paste e-mail addresses or account IDs as they came in the ticket: one per line, or separated by commas or spaces. “Name &lt;address&gt;” works too.</source>
        <translation>Fügen Sie E-Mail-Adressen oder Konto-IDs so ein, wie sie im Ticket stehen: eine pro Zeile oder durch Kommas oder Leerzeichen getrennt. „Name &lt;Adresse&gt;“ geht auch.</translation>
    </message>
    <message>
        <source>aiko.tanaka@acme-robotics.com
lars.johansson@freelance-mail.net, …</source>
        <translation>aiko.tanaka@acme-robotics.com
lars.johansson@freelance-mail.net, …</translation>
    </message>
    <message>
        <source>&amp;Load from file…</source>
        <translation>Aus Datei &amp;laden…</translation>
    </message>
    <message numerus="yes">
        <source>Found all %n person(s).</source>
        <translation>
            <numerusform>Die eine Person wurde gefunden.</numerusform>
            <numerusform>Alle %n Personen wurden gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %1; %n entry(s) matched nobody:</source>
        <translation>
            <numerusform>%1 gefunden; %n Eintrag passte zu niemandem:</numerusform>
            <numerusform>%1 gefunden; %n Einträge passten zu niemandem:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not look the people up. %1</source>
        <translation>Die Personen konnten nicht nachgeschlagen werden. %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Load a list of people</source>
        <translation>Eine Liste von Personen laden</translation>
    </message>
    <message>
        <source>Text and CSV files (*.txt *.csv);;All files (*)</source>
        <translation>Text- und CSV-Dateien (*.txt *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The list is empty.</source>
        <translation>Die Liste ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>Looking up %n entry(s)…</source>
        <translation>
            <numerusform>%n Eintrag wird nachgeschlagen…</numerusform>
            <numerusform>%n Einträge werden nachgeschlagen…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonAccessView</name>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>User management</source>
        <translation>Benutzerverwaltung</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No groups</source>
        <translation>Keine Gruppen</translation>
    </message>
    <message>
        <source>Delete: %1</source>
        <translation>Löschen: %1</translation>
    </message>
    <message>
        <source>Change e-mail: %1</source>
        <translation>E-Mail ändern: %1</translation>
    </message>
    <message>
        <source>API tokens: %1</source>
        <translation>API-Token: %1</translation>
    </message>
    <message>
        <source>Profile: every field can be edited</source>
        <translation>Profil: Alle Felder können bearbeitet werden</translation>
    </message>
    <message>
        <source>synced from an identity provider (SCIM)</source>
        <translation>von einem Identitätsanbieter synchronisiert (SCIM)</translation>
    </message>
    <message>
        <source>synced from Google Workspace</source>
        <translation>aus Google Workspace synchronisiert</translation>
    </message>
    <message>
        <source>blocked by US export control</source>
        <translation>durch US-Exportkontrolle gesperrt</translation>
    </message>
    <message>
        <source>set by SAML at each login</source>
        <translation>bei jeder Anmeldung per SAML gesetzt</translation>
    </message>
    <message>
        <source>not on your own account</source>
        <translation>nicht für das eigene Konto</translation>
    </message>
    <message>
        <source>for administrators only</source>
        <translation>nur für Administratoren</translation>
    </message>
    <message>
        <source>only the person can</source>
        <translation>nur die Person selbst</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>nein: %1</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Deactivate, re-enable: %1</source>
        <translation>Deaktivieren, reaktivieren: %1</translation>
    </message>
    <message>
        <source>Profile: %1 locked (%2)</source>
        <translation>Profil: %1 gesperrt (%2)</translation>
    </message>
</context>
<context>
    <name>PersonRolesView</name>
    <message>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>via group</source>
        <translation>über Gruppe</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>abgeleitet</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Grant access…</source>
        <translation>Zugriff gewähren…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Make organization admin…</source>
        <translation>Zum Organisationsadministrator machen…</translation>
    </message>
    <message>
        <source>Remove organization admin…</source>
        <translation>Rolle Organisationsadministrator entfernen…</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Zuweisung</translation>
    </message>
    <message>
        <source>Role changes can take up to 30 seconds to show. This list is read again in a moment.</source>
        <translation>Rollenänderungen können bis zu 30 Sekunden brauchen, bis sie sichtbar sind. Diese Liste wird gleich erneut gelesen.</translation>
    </message>
    <message>
        <source>Loading roles…</source>
        <translation>Rollen werden geladen…</translation>
    </message>
    <message>
        <source>Not connected to an organization.</source>
        <translation>Mit keiner Organisation verbunden.</translation>
    </message>
    <message>
        <source>Could not read the roles: %1</source>
        <translation>Die Rollen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No roles: this person has no access to any product.</source>
        <translation>Keine Rollen: Diese Person hat keinen Zugriff auf ein Produkt.</translation>
    </message>
    <message>
        <source>Select a role to revoke.</source>
        <translation>Wählen Sie eine Rolle zum Widerrufen aus.</translation>
    </message>
    <message>
        <source>Use “Remove organization admin” for this role.</source>
        <translation>Verwenden Sie für diese Rolle „Rolle Organisationsadministrator entfernen“.</translation>
    </message>
    <message>
        <source>Granted through a group or inferred from another role: remove the person from the group, or change that role.</source>
        <translation>Über eine Gruppe zugewiesen oder von einer anderen Rolle abgeleitet: Entfernen Sie die Person aus der Gruppe oder ändern Sie diese Rolle.</translation>
    </message>
    <message>
        <source>An organization admin through a group: remove the person from that group instead.</source>
        <translation>Organisationsadministrator über eine Gruppe: Entfernen Sie die Person stattdessen aus dieser Gruppe.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Granted %1 on %2.</source>
        <translation>%1 auf %2 zugewiesen.</translation>
    </message>
    <message>
        <source>Revoke role</source>
        <translation>Rolle widerrufen</translation>
    </message>
    <message>
        <source>Take the role %1 on %2 away from %3?</source>
        <translation>%3 die Rolle %1 auf %2 entziehen?</translation>
    </message>
    <message>
        <source>A role the person also holds through a group stays until they leave the group.</source>
        <translation>Eine Rolle, die die Person auch über eine Gruppe hat, bleibt bestehen, bis sie die Gruppe verlässt.</translation>
    </message>
    <message>
        <source>Revoking the role</source>
        <translation>Die Rolle wird widerrufen</translation>
    </message>
    <message>
        <source>Revoked %1 on %2.</source>
        <translation>%1 auf %2 widerrufen.</translation>
    </message>
    <message>
        <source>Make organization admin</source>
        <translation>Zum Organisationsadministrator machen</translation>
    </message>
    <message>
        <source>Remove organization admin</source>
        <translation>Rolle Organisationsadministrator entfernen</translation>
    </message>
    <message>
        <source>Make %1 an organization admin?</source>
        <translation>%1 zum Organisationsadministrator machen?</translation>
    </message>
    <message>
        <source>Stop %1 being an organization admin?</source>
        <translation>%1 die Rolle Organisationsadministrator entziehen?</translation>
    </message>
    <message>
        <source>Organization admins control every product, user, policy and API key of the organization, including other admins.</source>
        <translation>Organisationsadministratoren kontrollieren jedes Produkt, jeden Benutzer, jede Richtlinie und jeden API-Schlüssel der Organisation, auch andere Administratoren.</translation>
    </message>
    <message>
        <source>They lose the administration of the organization at once; roles they hold on products stay.</source>
        <translation>Die Person verliert sofort die Verwaltung der Organisation; Rollen, die sie auf Produkten hat, bleiben.</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <source>This changes who controls the organization.</source>
        <translation>Dies ändert, wer die Organisation kontrolliert.</translation>
    </message>
    <message>
        <source>Making them an organization admin</source>
        <translation>Wird zum Organisationsadministrator gemacht</translation>
    </message>
    <message>
        <source>Removing the organization admin role</source>
        <translation>Die Rolle Organisationsadministrator wird entfernt</translation>
    </message>
    <message>
        <source>%1 is now an organization admin.</source>
        <translation>%1 ist jetzt Organisationsadministrator.</translation>
    </message>
    <message>
        <source>%1 is no longer an organization admin.</source>
        <translation>%1 ist kein Organisationsadministrator mehr.</translation>
    </message>
</context>
<context>
    <name>PersonScimLinksView</name>
    <message>
        <source>SCIM links</source>
        <translation>SCIM-Verknüpfungen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Could not read the SCIM links. %1</source>
        <translation>Die SCIM-Verknüpfungen konnten nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>No identity provider holds a SCIM record for this person.</source>
        <translation>Kein Identitätsanbieter hat einen SCIM-Datensatz für diese Person.</translation>
    </message>
    <message>
        <source>SCIM id %1</source>
        <translation>SCIM-ID %1</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Datensatz öffnen</translation>
    </message>
    <message>
        <source>Shows the record in Provisioning</source>
        <translation>Zeigt den Datensatz unter Bereitstellung</translation>
    </message>
    <message>
        <source>The profile has no SCIM key for this directory: add it in Provisioning to see the record</source>
        <translation>Das Profil hat keinen SCIM-Schlüssel für dieses Verzeichnis: Fügen Sie ihn unter Bereitstellung hinzu, um den Datensatz zu sehen</translation>
    </message>
    <message>
        <source>SCIM id %1 · external id %2</source>
        <translation>SCIM-ID %1 · externe ID %2</translation>
    </message>
</context>
<context>
    <name>PersonTokensDialog</name>
    <message>
        <source>Revoke checked…</source>
        <translation>Markierte widerrufen…</translation>
    </message>
    <message>
        <source>API tokens: %1</source>
        <translation>API-Token: %1</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 has no API tokens.</source>
        <translation>%1 hat keine API-Token.</translation>
    </message>
    <message numerus="yes">
        <source>%n API token(s). Revoking one cannot be undone: whatever uses it stops working.</source>
        <translation>
            <numerusform>%n API-Token. Das Widerrufen lässt sich nicht rückgängig machen: Was es verwendet, funktioniert dann nicht mehr.</numerusform>
            <numerusform>%n API-Token. Das Widerrufen eines Tokens lässt sich nicht rückgängig machen: Was es verwendet, funktioniert dann nicht mehr.</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n API token(s) of %1?</source>
        <translation>
            <numerusform>%n API-Token von %1 widerrufen?</numerusform>
            <numerusform>%n API-Token von %1 widerrufen?</numerusform>
        </translation>
    </message>
    <message>
        <source>revoke</source>
        <translation>widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>Revoke API tokens of %1: %n token(s)</source>
        <translation>
            <numerusform>API-Token von %1 widerrufen: %n Token</numerusform>
            <numerusform>API-Token von %1 widerrufen: %n Token</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PoliciesModel</name>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
</context>
<context>
    <name>PoliciesPane</name>
    <message>
        <source>IP allowlists</source>
        <translation>IP-Zulassungslisten</translation>
    </message>
    <message>
        <source>Data residency</source>
        <translation>Datenresidenz</translation>
    </message>
    <message>
        <source>Data security (read-only)</source>
        <translation>Datensicherheit (schreibgeschützt)</translation>
    </message>
    <message>
        <source>New IP allowlist…</source>
        <translation>Neue IP-Zulassungsliste…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Validieren</translation>
    </message>
    <message>
        <source>Add resource…</source>
        <translation>Ressource hinzufügen…</translation>
    </message>
    <message>
        <source>Update resource…</source>
        <translation>Ressource aktualisieren…</translation>
    </message>
    <message>
        <source>Remove resource…</source>
        <translation>Ressource entfernen…</translation>
    </message>
    <message>
        <source>Pick a policy to see its rules and resources.</source>
        <translation>Wählen Sie eine Richtlinie aus, um ihre Regeln und Ressourcen zu sehen.</translation>
    </message>
    <message>
        <source>New data-residency policy…</source>
        <translation>Neue Datenresidenz-Richtlinie…</translation>
    </message>
    <message>
        <source>Loading policies…</source>
        <translation>Richtlinien werden geladen…</translation>
    </message>
    <message>
        <source>No policies of this type.</source>
        <translation>Keine Richtlinien dieser Art.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” failed to apply to %n resource(s).</source>
        <translation>
            <numerusform>„%1“ konnte auf %n Ressource nicht angewendet werden.</numerusform>
            <numerusform>„%1“ konnte auf %n Ressourcen nicht angewendet werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is applied.</source>
        <translation>„%1“ ist angewendet.</translation>
    </message>
    <message>
        <source>The policy is deleted.</source>
        <translation>Die Richtlinie ist gelöscht.</translation>
    </message>
    <message>
        <source>Stopped following the policy: %1</source>
        <translation>Verfolgung der Richtlinie beendet: %1</translation>
    </message>
    <message>
        <source>Applying “%1”: %2</source>
        <translation>„%1“ wird angewendet: %2</translation>
    </message>
    <message>
        <source>“%1” is created; it applies asynchronously.</source>
        <translation>„%1“ ist erstellt; sie wird asynchron angewendet.</translation>
    </message>
    <message>
        <source>Saved; applying “%1”…</source>
        <translation>Gespeichert; „%1“ wird angewendet…</translation>
    </message>
    <message>
        <source>Delete policy</source>
        <translation>Richtlinie löschen</translation>
    </message>
    <message>
        <source>Delete the policy “%1”?</source>
        <translation>Die Richtlinie „%1“ löschen?</translation>
    </message>
    <message>
        <source>It applies to no resource.</source>
        <translation>Sie gilt für keine Ressource.</translation>
    </message>
    <message numerus="yes">
        <source>It is removed from %n resource(s) first.</source>
        <translation>
            <numerusform>Sie wird zuerst von %n Ressource entfernt.</numerusform>
            <numerusform>Sie wird zuerst von %n Ressourcen entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>The policy was not deleted: %1</source>
        <translation>Die Richtlinie wurde nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Deleting: the policy is removed from its resources first…</source>
        <translation>Wird gelöscht: Die Richtlinie wird zuerst von ihren Ressourcen entfernt…</translation>
    </message>
    <message>
        <source>Added %1; applying…</source>
        <translation>%1 hinzugefügt; wird angewendet…</translation>
    </message>
    <message>
        <source>Updated %1; applying…</source>
        <translation>%1 aktualisiert; wird angewendet…</translation>
    </message>
    <message>
        <source>Remove resource</source>
        <translation>Ressource entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the policy “%2”?</source>
        <translation>%1 aus der Richtlinie „%2“ entfernen?</translation>
    </message>
    <message>
        <source>The policy stops applying there.</source>
        <translation>Die Richtlinie gilt dort nicht mehr.</translation>
    </message>
    <message>
        <source>The resource was not removed: %1</source>
        <translation>Die Ressource wurde nicht entfernt: %1</translation>
    </message>
    <message>
        <source>Removing the resource…</source>
        <translation>Die Ressource wird entfernt…</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>Wird validiert…</translation>
    </message>
    <message>
        <source>“%1” passed validation.</source>
        <translation>„%1“ hat die Validierung bestanden.</translation>
    </message>
    <message>
        <source>“%1” failed validation: %2</source>
        <translation>„%1“ hat die Validierung nicht bestanden: %2</translation>
    </message>
    <message>
        <source>Could not validate: %1</source>
        <translation>Validierung nicht möglich: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No policies match these filters.</source>
        <translation>Keine Richtlinien entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <source>Could not load the policies.</source>
        <translation>Die Richtlinien konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Which policies to show</source>
        <translation>Welche Richtlinien angezeigt werden</translation>
    </message>
    <message>
        <source>Delete policy…</source>
        <translation>Richtlinie löschen…</translation>
    </message>
    <message>
        <source>Authentication policy…</source>
        <translation>Authentifizierungsrichtlinie…</translation>
    </message>
    <message>
        <source>Add people to an authentication policy, named by its id</source>
        <translation>Personen zu einer Authentifizierungsrichtlinie hinzufügen, die über ihre ID angegeben wird</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message numerus="yes">
        <source>%n policies</source>
        <translation>
            <numerusform>%n Richtlinie</numerusform>
            <numerusform>%n Richtlinien</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is still applying; press F5 to look again later.</source>
        <translation>„%1“ wird noch angewendet; drücken Sie später F5, um erneut nachzusehen.</translation>
    </message>
</context>
<context>
    <name>PolicyDetailView</name>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Read-only: data-security policies are changed in Atlassian Administration.</source>
        <translation>Schreibgeschützt: Datensicherheitsrichtlinien werden in Atlassian Administration geändert.</translation>
    </message>
    <message>
        <source>Site or workspace</source>
        <translation>Site oder Workspace</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Allowed ranges</source>
        <translation>Erlaubte Bereiche</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
</context>
<context>
    <name>PolicyEditDialog</name>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
    <message>
        <source>New IP allowlist</source>
        <translation>Neue IP-Zulassungsliste</translation>
    </message>
    <message>
        <source>Edit IP allowlist: %1</source>
        <translation>IP-Zulassungsliste bearbeiten: %1</translation>
    </message>
    <message>
        <source>New data-residency policy</source>
        <translation>Neue Datenresidenz-Richtlinie</translation>
    </message>
    <message>
        <source>Edit data-residency policy: %1</source>
        <translation>Datenresidenz-Richtlinie bearbeiten: %1</translation>
    </message>
    <message>
        <source>Office networks</source>
        <translation>Büronetzwerke</translation>
    </message>
    <message>
        <source>Keep product data in the EU</source>
        <translation>Produktdaten in der EU halten</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>203.0.113.0/24
2001:db8::/32</source>
        <translation>203.0.113.0/24
2001:db8::/32</translation>
    </message>
    <message>
        <source>Allowed &amp;ranges
(one CIDR a line)</source>
        <translation>Erlaubte Adress&amp;bereiche
(ein CIDR pro Zeile)</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>S&amp;tandort</translation>
    </message>
    <message>
        <source>Saving sends the policy; it then applies to its resources one by one, which can take a few minutes.</source>
        <translation>Beim Speichern wird die Richtlinie gesendet; danach wird sie nacheinander auf ihre Ressourcen angewendet, was einige Minuten dauern kann.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Line %1: %2.</source>
        <translation>Zeile %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n more marked line(s).</source>
        <translation>
            <numerusform>%n weitere markierte Zeile.</numerusform>
            <numerusform>%n weitere markierte Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>An enabled allowlist needs at least one range.</source>
        <translation>Eine aktivierte Zulassungsliste braucht mindestens einen Bereich.</translation>
    </message>
    <message>
        <source>Give the policy a name.</source>
        <translation>Geben Sie der Richtlinie einen Namen.</translation>
    </message>
    <message>
        <source>Creating the policy…</source>
        <translation>Die Richtlinie wird erstellt…</translation>
    </message>
    <message>
        <source>Saving the policy…</source>
        <translation>Die Richtlinie wird gespeichert…</translation>
    </message>
    <message>
        <source>The server refused the policy: %1</source>
        <translation>Der Server hat die Richtlinie abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>PolicyText</name>
    <message>
        <source>IP allowlist</source>
        <translation>IP-Zulassungsliste</translation>
    </message>
    <message>
        <source>Data residency</source>
        <translation>Datenresidenz</translation>
    </message>
    <message>
        <source>Data security</source>
        <translation>Datensicherheit</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Wird entfernt…</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <source>Failed to apply</source>
        <translation>Anwendung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>Geplant für %1</translation>
    </message>
    <message>
        <source>No resources</source>
        <translation>Keine Ressourcen</translation>
    </message>
    <message>
        <source>%1 applied</source>
        <translation>%1 angewendet</translation>
    </message>
    <message>
        <source>%1 applying…</source>
        <translation>%1 beim Anwenden…</translation>
    </message>
    <message>
        <source>%1 removing…</source>
        <translation>%1 beim Entfernen…</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 scheduled</source>
        <translation>%1 geplant</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Europäische Union</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Indien</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Südkorea</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Export blocked</source>
        <translation>Export blockiert</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>ProfileChange</name>
    <message>
        <source>The name cannot be empty.</source>
        <translation>Der Name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The name can have at most %1 characters.</source>
        <translation>Der Name darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The nickname cannot be empty.</source>
        <translation>Der Spitzname darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The nickname can have at most %1 characters.</source>
        <translation>Der Spitzname darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Control characters (tabs, line breaks) are not allowed.</source>
        <translation>Steuerzeichen (Tabulatoren, Zeilenumbrüche) sind nicht erlaubt.</translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Switch to</source>
        <translation>&amp;Wechseln zu</translation>
    </message>
    <message>
        <source>&amp;Connect to an organization…</source>
        <translation>Mit einer Organisation &amp;verbinden…</translation>
    </message>
    <message>
        <source>Try the &amp;sandbox</source>
        <translation>&amp;Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>&amp;Rotate key…</source>
        <translation>Schlüssel &amp;ersetzen…</translation>
    </message>
    <message>
        <source>What this &amp;key can reach…</source>
        <translation>Was dieser Schlüssel &amp;erreicht…</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <source>Opening %1: reading its key from the system keychain…</source>
        <translation>%1 wird geöffnet: Der Schlüssel wird aus dem Schlüsselbund des Systems gelesen…</translation>
    </message>
    <message>
        <source>The keychain did not give the key of %1</source>
        <translation>Der Schlüsselbund hat den Schlüssel von %1 nicht herausgegeben</translation>
    </message>
    <message>
        <source>No API key on record for %1</source>
        <translation>Für %1 ist kein API-Schlüssel gespeichert</translation>
    </message>
    <message>
        <source>The keychain has no key for this profile (it may have been deleted there). Enter the key again to connect.</source>
        <translation>Der Schlüsselbund hat keinen Schlüssel für dieses Profil (vielleicht wurde er dort gelöscht). Geben Sie den Schlüssel erneut ein, um sich zu verbinden.</translation>
    </message>
    <message>
        <source>Enter the key…</source>
        <translation>Schlüssel eingeben…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Profiles…</source>
        <translation>Profile…</translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>Die lokale Sandbox wird gestartet…</translation>
    </message>
    <message>
        <source>The local sandbox could not start</source>
        <translation>Die lokale Sandbox konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>No local port could be opened for it.</source>
        <translation>Es konnte kein lokaler Port für sie geöffnet werden.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Add organization…</source>
        <translation>Organisation hinzufügen…</translation>
    </message>
    <message>
        <source>Add the sandbox</source>
        <translation>Sandbox hinzufügen</translation>
    </message>
    <message>
        <source>Edit or rotate key…</source>
        <translation>Bearbeiten oder Schlüssel ersetzen…</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>  (sandbox, on this computer)</source>
        <translation>  (Sandbox, auf diesem Computer)</translation>
    </message>
    <message>
        <source>Reading the key from the keychain…</source>
        <translation>Schlüssel wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>There is no key on record for "%1". Choose Edit or rotate key and paste one.</source>
        <translation>Für „%1“ ist kein Schlüssel gespeichert. Wählen Sie „Bearbeiten oder Schlüssel ersetzen“ und fügen Sie einen ein.</translation>
    </message>
    <message>
        <source>Testing the key with read-only calls…</source>
        <translation>Schlüssel wird mit reinen Leseaufrufen getestet…</translation>
    </message>
    <message>
        <source>The key of "%1" works%2.</source>
        <translation>Der Schlüssel von „%1“ funktioniert%2.</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation> für %1</translation>
    </message>
    <message>
        <source>Remove the sandbox profile "%1"?</source>
        <translation>Das Sandbox-Profil „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Remove the profile "%1"? Its API key is deleted from the system keychain; the key itself stays valid in Atlassian Administration until you revoke it there.</source>
        <translation>Das Profil „%1“ entfernen? Sein API-Schlüssel wird aus dem Schlüsselbund des Systems gelöscht; der Schlüssel selbst bleibt in Atlassian Administration gültig, bis Sie ihn dort widerrufen.</translation>
    </message>
    <message>
        <source>The profile and its keys were removed.</source>
        <translation>Das Profil und seine Schlüssel wurden entfernt.</translation>
    </message>
    <message>
        <source>The key could not be deleted from the keychain, so the profile was kept.

%1

Remove the profile anyway? Its key would stay in the keychain until you delete it there (for example with Passwords and Keys).</source>
        <translation>Der Schlüssel konnte nicht aus dem Schlüsselbund gelöscht werden, deshalb wurde das Profil behalten.

%1

Das Profil trotzdem entfernen? Sein Schlüssel bliebe im Schlüsselbund, bis Sie ihn dort löschen (zum Beispiel mit „Passwörter und Verschlüsselung“).</translation>
    </message>
    <message>
        <source>Remove anyway</source>
        <translation>Trotzdem entfernen</translation>
    </message>
</context>
<context>
    <name>ProfileManager</name>
    <message>
        <source>The settings file could not be written; check the free space and permissions of the configuration folder.</source>
        <translation>Die Einstellungsdatei konnte nicht geschrieben werden; prüfen Sie den freien Speicherplatz und die Berechtigungen des Konfigurationsordners.</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Connect to another organization</source>
        <translation>Mit einer anderen Organisation verbinden</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Verwalten</translation>
    </message>
    <message>
        <source>Edit, test, rotate keys and remove profiles</source>
        <translation>Profile bearbeiten, testen, Schlüssel ersetzen und Profile entfernen</translation>
    </message>
    <message>
        <source>The local sandbox: made-up people</source>
        <translation>Die lokale Sandbox: erfundene Personen</translation>
    </message>
    <message>
        <source>Organization %1</source>
        <translation>Organisation %1</translation>
    </message>
</context>
<context>
    <name>ProfileValidation</name>
    <message>
        <source>Give the profile a name, for example the organization's name.</source>
        <translation>Geben Sie dem Profil einen Namen, zum Beispiel den Namen der Organisation.</translation>
    </message>
    <message>
        <source>A profile named "%1" already exists. Choose another name.</source>
        <translation>Ein Profil namens „%1“ gibt es bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Enter the organization id. It is the part after /o/ in the address of Atlassian Administration (admin.atlassian.com/o/&lt;org id&gt;/overview).</source>
        <translation>Geben Sie die Organisations-ID ein. Sie ist der Teil nach /o/ in der Adresse von Atlassian Administration (admin.atlassian.com/o/&lt;Organisations-ID&gt;/overview).</translation>
    </message>
    <message>
        <source>"%1" is not an organization id. An org id looks like 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d; copy it from the address of Atlassian Administration, after /o/.</source>
        <translation>„%1“ ist keine Organisations-ID. Eine Organisations-ID sieht aus wie 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d; kopieren Sie sie aus der Adresse von Atlassian Administration, nach /o/.</translation>
    </message>
    <message>
        <source>Enter the API address, normally https://api.atlassian.com.</source>
        <translation>Geben Sie die API-Adresse ein, normalerweise https://api.atlassian.com.</translation>
    </message>
    <message>
        <source>Orgdesk sends the API key only over https://. Plain http:// is allowed only for this computer (localhost), such as a local sandbox.</source>
        <translation>Orgdesk sendet den API-Schlüssel nur über https://. Einfaches http:// ist nur für diesen Computer (localhost) erlaubt, etwa für eine lokale Sandbox.</translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation>Die API-Adresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Paste the admin API key. Create one in Atlassian Administration under Settings &gt; API keys; it is shown only once.</source>
        <translation>Fügen Sie den Admin-API-Schlüssel ein. Erstellen Sie einen in Atlassian Administration unter Einstellungen &gt; API-Schlüssel; er wird nur einmal angezeigt.</translation>
    </message>
    <message>
        <source>The API key contains spaces or line breaks; paste it again as one piece.</source>
        <translation>Der API-Schlüssel enthält Leerzeichen oder Zeilenumbrüche; fügen Sie ihn noch einmal am Stück ein.</translation>
    </message>
    <message>
        <source>Enter the date the key expires. Atlassian Administration shows it next to the key under Settings &gt; API keys.</source>
        <translation>Geben Sie das Ablaufdatum des Schlüssels ein. Atlassian Administration zeigt es neben dem Schlüssel unter Einstellungen &gt; API-Schlüssel an.</translation>
    </message>
    <message>
        <source>That date has passed: the key expired on %1. Create a new key in Atlassian Administration and use it here.</source>
        <translation>Dieses Datum ist vorbei: Der Schlüssel ist am %1 abgelaufen. Erstellen Sie in Atlassian Administration einen neuen Schlüssel und verwenden Sie ihn hier.</translation>
    </message>
    <message>
        <source>Admin API keys last at most one year; check the expiry date (%1 is more than a year away).</source>
        <translation>Admin-API-Schlüssel gelten höchstens ein Jahr; prüfen Sie das Ablaufdatum (%1 liegt mehr als ein Jahr in der Zukunft).</translation>
    </message>
</context>
<context>
    <name>ProvisioningPane</name>
    <message>
        <source>Add a directory key…</source>
        <translation>Verzeichnisschlüssel hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Gruppen</translation>
    </message>
    <message>
        <source>&amp;Link check</source>
        <translation>Verknüpfungs&amp;prüfung</translation>
    </message>
    <message>
        <source>Identity-provider &amp;directory:</source>
        <translation>&amp;Verzeichnis des Identitätsanbieters:</translation>
    </message>
    <message>
        <source>SCIM directory keys are kept with a profile, and this window was opened without one. Open the organization through Organization &gt; Profiles… to add its directories' keys.</source>
        <translation>SCIM-Verzeichnisschlüssel werden bei einem Profil gespeichert, und dieses Fenster wurde ohne Profil geöffnet. Öffnen Sie die Organisation über Organisation &gt; Profile…, um die Schlüssel ihrer Verzeichnisse hinzuzufügen.</translation>
    </message>
    <message>
        <source>No SCIM directory key in this profile yet. Each identity provider connected to the organization has its own SCIM directory and key (Atlassian Administration &gt; Security &gt; Identity providers); the organization's admin API key does not open it.</source>
        <translation>Dieses Profil hat noch keinen SCIM-Verzeichnisschlüssel. Jeder mit der Organisation verbundene Identitätsanbieter hat sein eigenes SCIM-Verzeichnis und seinen eigenen Schlüssel (Atlassian Administration &gt; Sicherheit &gt; Identitätsanbieter); der Admin-API-Schlüssel der Organisation öffnet es nicht.</translation>
    </message>
    <message>
        <source>Reading the directory's SCIM key from the keychain…</source>
        <translation>SCIM-Schlüssel des Verzeichnisses wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>There is no SCIM key on record for this directory. Add it again.</source>
        <translation>Für dieses Verzeichnis ist kein SCIM-Schlüssel gespeichert. Fügen Sie ihn erneut hinzu.</translation>
    </message>
    <message>
        <source>This profile has no SCIM key for the directory %1. Add its key to see the record.</source>
        <translation>Dieses Profil hat keinen SCIM-Schlüssel für das Verzeichnis %1. Fügen Sie seinen Schlüssel hinzu, um den Datensatz zu sehen.</translation>
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <source>Add a resource to %1</source>
        <translation>Eine Ressource zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Update resource of %1</source>
        <translation>Ressource von %1 aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Site or workspace</source>
        <translation>&amp;Site oder Workspace</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (empty: move as soon as possible)</source>
        <translation>JJJJ-MM-TT (leer: so bald wie möglich verschieben)</translation>
    </message>
    <message>
        <source>Move &amp;on</source>
        <translation>&amp;Verschieben am</translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation>https://… (optional)</translation>
    </message>
    <message>
        <source>&amp;Ticket link</source>
        <translation>&amp;Ticket-Link</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Enter the resource's ARI, such as ari:cloud:jira-software::site/&lt;cloud id&gt;.</source>
        <translation>Geben Sie die ARI der Ressource ein, etwa ari:cloud:jira-software::site/&lt;cloud id&gt;.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, or leave it empty.</source>
        <translation>Schreiben Sie das Datum als JJJJ-MM-TT oder lassen Sie es leer.</translation>
    </message>
    <message>
        <source>The ticket link must be a web address (https://…).</source>
        <translation>Der Ticket-Link muss eine Webadresse sein (https://…).</translation>
    </message>
    <message>
        <source>Adding the resource…</source>
        <translation>Die Ressource wird hinzugefügt…</translation>
    </message>
    <message>
        <source>Updating the resource…</source>
        <translation>Die Ressource wird aktualisiert…</translation>
    </message>
    <message>
        <source>The server refused the resource: %1</source>
        <translation>Der Server hat die Ressource abgelehnt: %1</translation>
    </message>
    <message>
        <source>Not listed? &amp;Enter an ARI</source>
        <translation>Nicht aufgeführt? ARI &amp;eingeben</translation>
    </message>
    <message>
        <source>&amp;ARI</source>
        <translation>&amp;ARI</translation>
    </message>
    <message>
        <source>Site or workspace</source>
        <translation>Site oder Workspace</translation>
    </message>
    <message>
        <source>The ARI is on the product's page in Atlassian Administration (Products &gt; the site &gt; the address).</source>
        <translation>Die ARI steht auf der Seite des Produkts in Atlassian Administration (Produkte &gt; die Site &gt; die Adresse).</translation>
    </message>
    <message>
        <source>Pick a site or workspace, or enter its ARI.</source>
        <translation>Wählen Sie eine Site oder einen Workspace aus oder geben Sie die ARI ein.</translation>
    </message>
    <message>
        <source>The policy already applies there.</source>
        <translation>Die Richtlinie gilt dort bereits.</translation>
    </message>
</context>
<context>
    <name>RevokeApiKeyOperation</name>
    <message>
        <source>Revoke admin API keys</source>
        <translation>Admin-API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Already revoked</source>
        <translation>Bereits widerrufen</translation>
    </message>
</context>
<context>
    <name>RevokeApiTokenOperation</name>
    <message>
        <source>Revoke API tokens</source>
        <translation>API-Token widerrufen</translation>
    </message>
    <message>
        <source>Already revoked (the token no longer exists)</source>
        <translation>Bereits widerrufen (das Token existiert nicht mehr)</translation>
    </message>
</context>
<context>
    <name>RiskFilterBox</name>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
</context>
<context>
    <name>RoleCatalog</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Can use the product, without product admin permissions.</source>
        <translation>Kann das Produkt verwenden, ohne Administratorberechtigungen für das Produkt.</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Can use the product and administer it.</source>
        <translation>Kann das Produkt verwenden und verwalten.</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Can only reach the one space they are given (not billed).</source>
        <translation>Kann nur den einen Bereich erreichen, der ihm zugewiesen wurde (nicht abgerechnet).</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Can use the help center and send requests (not billed).</source>
        <translation>Kann das Hilfe-Center verwenden und Anfragen senden (nicht abgerechnet).</translation>
    </message>
    <message>
        <source>User access admin</source>
        <translation>Administrator für Benutzerzugriff</translation>
    </message>
    <message>
        <source>No product access; administers users and groups of the product.</source>
        <translation>Kein Produktzugriff; verwaltet Benutzer und Gruppen des Produkts.</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Mitwirkender</translation>
    </message>
    <message>
        <source>Can view, comment and vote only (not billed).</source>
        <translation>Kann nur ansehen, kommentieren und abstimmen (nicht abgerechnet).</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Limited access to the product (not billed).</source>
        <translation>Eingeschränkter Zugriff auf das Produkt (nicht abgerechnet).</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Is kept informed of incidents (not billed).</source>
        <translation>Wird über Incidents informiert (nicht abgerechnet).</translation>
    </message>
    <message>
        <source>Organization admin</source>
        <translation>Organisationsadministrator</translation>
    </message>
    <message>
        <source>Administers the whole organization.</source>
        <translation>Verwaltet die gesamte Organisation.</translation>
    </message>
    <message>
        <source>Site admin</source>
        <translation>Site-Administrator</translation>
    </message>
    <message>
        <source>Administers the site, its products and its users.</source>
        <translation>Verwaltet die Site, ihre Produkte und ihre Benutzer.</translation>
    </message>
    <message>
        <source>AI access</source>
        <translation>KI-Zugriff</translation>
    </message>
    <message>
        <source>Can use Atlassian Intelligence features.</source>
        <translation>Kann die Funktionen von Atlassian Intelligence verwenden.</translation>
    </message>
</context>
<context>
    <name>ScimActiveOperation</name>
    <message>
        <source>Activate SCIM records</source>
        <translation>SCIM-Datensätze aktivieren</translation>
    </message>
    <message>
        <source>Deactivate SCIM records</source>
        <translation>SCIM-Datensätze deaktivieren</translation>
    </message>
    <message>
        <source>The record no longer exists in this directory.</source>
        <translation>Der Datensatz existiert in diesem Verzeichnis nicht mehr.</translation>
    </message>
</context>
<context>
    <name>ScimDeleteRecordOperation</name>
    <message>
        <source>Delete SCIM records</source>
        <translation>SCIM-Datensätze löschen</translation>
    </message>
    <message>
        <source>Already deleted</source>
        <translation>Bereits gelöscht</translation>
    </message>
</context>
<context>
    <name>ScimFindingsModel</name>
    <message>
        <source>The profile has no SCIM directory key: add one to check its directory.</source>
        <translation>Das Profil hat keinen SCIM-Verzeichnisschlüssel: Fügen Sie einen hinzu, um sein Verzeichnis zu prüfen.</translation>
    </message>
    <message>
        <source>There is no SCIM key on record for the directory %1.</source>
        <translation>Für das Verzeichnis %1 ist kein SCIM-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparatur</translation>
    </message>
</context>
<context>
    <name>ScimGroupsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
</context>
<context>
    <name>ScimGroupsView</name>
    <message>
        <source>Exact group name</source>
        <translation>Genauer Gruppenname</translation>
    </message>
    <message>
        <source>Loading the directory's groups…</source>
        <translation>Die Gruppen des Verzeichnisses werden geladen…</translation>
    </message>
    <message>
        <source>The directory has no groups: the identity provider has pushed none yet.</source>
        <translation>Das Verzeichnis hat keine Gruppen: Der Identitätsanbieter hat noch keine übertragen.</translation>
    </message>
    <message>
        <source>No group has exactly this name. SCIM finds exact matches only.</source>
        <translation>Keine Gruppe hat genau diesen Namen. SCIM findet nur genaue Treffer.</translation>
    </message>
    <message>
        <source>Could not load the directory's groups.</source>
        <translation>Die Gruppen des Verzeichnisses konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Neue Gruppe…</translation>
    </message>
    <message>
        <source>Delete group…</source>
        <translation>Gruppe löschen…</translation>
    </message>
    <message>
        <source>Deletes the group here and the synced group in Groups; its members keep their accounts</source>
        <translation>Löscht die Gruppe hier und die synchronisierte Gruppe unter Gruppen; ihre Mitglieder behalten ihre Konten</translation>
    </message>
    <message>
        <source>Pick a group to see its members.</source>
        <translation>Wählen Sie eine Gruppe aus, um ihre Mitglieder zu sehen.</translation>
    </message>
    <message>
        <source>Add members…</source>
        <translation>Mitglieder hinzufügen…</translation>
    </message>
    <message>
        <source>Remove picked members…</source>
        <translation>Ausgewählte Mitglieder entfernen…</translation>
    </message>
    <message numerus="yes">
        <source>%n groups</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>SCIM id</source>
        <translation>SCIM-ID</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>New SCIM group</source>
        <translation>Neue SCIM-Gruppe</translation>
    </message>
    <message>
        <source>The group's name (it also appears in Groups as a synced group):</source>
        <translation>Der Name der Gruppe (sie erscheint auch unter Gruppen als synchronisierte Gruppe):</translation>
    </message>
    <message>
        <source>The group was not created. %1</source>
        <translation>Die Gruppe wurde nicht erstellt. %1</translation>
    </message>
    <message>
        <source>Created the group “%1”.</source>
        <translation>Die Gruppe „%1“ wurde erstellt.</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Gruppe löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the group “%1” from this directory? The synced group in Groups goes too; its %n member(s) keep their accounts, and the identity provider may push the group again.</source>
        <translation>
            <numerusform>Die Gruppe „%1“ aus diesem Verzeichnis löschen? Die synchronisierte Gruppe unter Gruppen wird ebenfalls entfernt; ihr %n Mitglied behält sein Konto, und der Identitätsanbieter überträgt die Gruppe vielleicht erneut.</numerusform>
            <numerusform>Die Gruppe „%1“ aus diesem Verzeichnis löschen? Die synchronisierte Gruppe unter Gruppen wird ebenfalls entfernt; ihre %n Mitglieder behalten ihre Konten, und der Identitätsanbieter überträgt die Gruppe vielleicht erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The group was not deleted. %1</source>
        <translation>Die Gruppe wurde nicht gelöscht. %1</translation>
    </message>
    <message>
        <source>Deleted the group “%1”.</source>
        <translation>Die Gruppe „%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>Add members</source>
        <translation>Mitglieder hinzufügen</translation>
    </message>
    <message>
        <source>The user names of the records to add, one a line:</source>
        <translation>Die Benutzernamen der hinzuzufügenden Datensätze, einer pro Zeile:</translation>
    </message>
    <message numerus="yes">
        <source>Looking up %n record(s)…</source>
        <translation>
            <numerusform>%n Datensatz wird nachgeschlagen…</numerusform>
            <numerusform>%n Datensätze werden nachgeschlagen…</numerusform>
        </translation>
    </message>
    <message>
        <source>No member was added: the lookup failed. %1</source>
        <translation>Kein Mitglied wurde hinzugefügt: Das Nachschlagen ist fehlgeschlagen. %1</translation>
    </message>
    <message>
        <source>No record has these user names: %1.</source>
        <translation>Kein Datensatz hat diese Benutzernamen: %1.</translation>
    </message>
    <message>
        <source>No member was added. %1</source>
        <translation>Kein Mitglied wurde hinzugefügt. %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n member(s).</source>
        <translation>
            <numerusform>%n Mitglied hinzugefügt.</numerusform>
            <numerusform>%n Mitglieder hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove members</source>
        <translation>Mitglieder entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n member(s) from the group “%1”? They leave the synced group in Groups too, until the identity provider pushes the group again.</source>
        <translation>
            <numerusform>%n Mitglied aus der Gruppe „%1“ entfernen? Es verlässt auch die synchronisierte Gruppe unter Gruppen, bis der Identitätsanbieter die Gruppe erneut überträgt.</numerusform>
            <numerusform>%n Mitglieder aus der Gruppe „%1“ entfernen? Sie verlassen auch die synchronisierte Gruppe unter Gruppen, bis der Identitätsanbieter die Gruppe erneut überträgt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No member was removed. %1</source>
        <translation>Kein Mitglied wurde entfernt. %1</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n member(s).</source>
        <translation>
            <numerusform>%n Mitglied entfernt.</numerusform>
            <numerusform>%n Mitglieder entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScimKeyDialog</name>
    <message>
        <source>Add a SCIM directory key</source>
        <translation>SCIM-Verzeichnisschlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Test and save</source>
        <translation>Testen und speichern</translation>
    </message>
    <message>
        <source>The directory id, or its SCIM base URL (…/scim/directory/…)</source>
        <translation>Die ID des Verzeichnisses oder seine SCIM-Basis-URL (…/scim/directory/…)</translation>
    </message>
    <message>
        <source>Optional: what to call it, e.g. Okta</source>
        <translation>Optional: wie es heißen soll, z. B. Okta</translation>
    </message>
    <message>
        <source>Paste the directory's SCIM API key</source>
        <translation>SCIM-API-Schlüssel des Verzeichnisses einfügen</translation>
    </message>
    <message>
        <source>&amp;Sandbox directory:</source>
        <translation>&amp;Sandbox-Verzeichnis:</translation>
    </message>
    <message>
        <source>&amp;Directory:</source>
        <translation>&amp;Verzeichnis:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>SCIM &amp;key:</source>
        <translation>SCIM-Sch&amp;lüssel:</translation>
    </message>
    <message>
        <source>Replace a SCIM directory key</source>
        <translation>SCIM-Verzeichnisschlüssel ersetzen</translation>
    </message>
    <message>
        <source>Paste the directory's new SCIM API key</source>
        <translation>Neuen SCIM-API-Schlüssel des Verzeichnisses einfügen</translation>
    </message>
    <message>
        <source>Pick one to fill in its id and key</source>
        <translation>Wählen Sie eines aus, um seine ID und seinen Schlüssel einzutragen</translation>
    </message>
    <message>
        <source>Each identity provider connected to the organization has its own SCIM directory, with its own base URL and key (Atlassian Administration &gt; Security &gt; Identity providers). The organization's admin API key does not open it.</source>
        <translation>Jeder mit der Organisation verbundene Identitätsanbieter hat sein eigenes SCIM-Verzeichnis mit eigener Basis-URL und eigenem Schlüssel (Atlassian Administration &gt; Sicherheit &gt; Identitätsanbieter). Der Admin-API-Schlüssel der Organisation öffnet es nicht.</translation>
    </message>
    <message>
        <source>Orgdesk tests the key against the directory, then keeps it in memory until the window closes.</source>
        <translation>Orgdesk testet den Schlüssel am Verzeichnis und behält ihn dann im Arbeitsspeicher, bis das Fenster geschlossen wird.</translation>
    </message>
    <message>
        <source>Orgdesk tests the key against the directory, then keeps it in your system keychain, nowhere else.</source>
        <translation>Orgdesk testet den Schlüssel am Verzeichnis und bewahrt ihn dann im Schlüsselbund Ihres Systems auf, nirgendwo sonst.</translation>
    </message>
    <message>
        <source>Enter the directory's id or its SCIM base URL.</source>
        <translation>Geben Sie die ID des Verzeichnisses oder seine SCIM-Basis-URL ein.</translation>
    </message>
    <message>
        <source>"%1" is neither a directory id nor a SCIM base URL. The base URL ends in /scim/directory/ and the directory's id.</source>
        <translation>„%1“ ist weder eine Verzeichnis-ID noch eine SCIM-Basis-URL. Die Basis-URL endet auf /scim/directory/ und die ID des Verzeichnisses.</translation>
    </message>
    <message>
        <source>Paste the directory's SCIM API key.</source>
        <translation>Fügen Sie den SCIM-API-Schlüssel des Verzeichnisses ein.</translation>
    </message>
    <message>
        <source>Testing the key against the directory at %1…</source>
        <translation>Schlüssel wird am Verzeichnis unter %1 getestet…</translation>
    </message>
    <message>
        <source>Saving the key in the system keychain…</source>
        <translation>Schlüssel wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>The key works, but it could not be saved. %1</source>
        <translation>Der Schlüssel funktioniert, konnte aber nicht gespeichert werden. %1</translation>
    </message>
    <message>
        <source>The key was saved, but not the directory's name: the settings file could not be written. Check the free space and permissions of the configuration folder.</source>
        <translation>Der Schlüssel wurde gespeichert, aber nicht der Name des Verzeichnisses: Die Einstellungsdatei konnte nicht geschrieben werden. Prüfen Sie den freien Speicherplatz und die Berechtigungen des Konfigurationsordners.</translation>
    </message>
</context>
<context>
    <name>ScimKeysSection</name>
    <message>
        <source>SCIM directory keys (user provisioning)</source>
        <translation>SCIM-Verzeichnisschlüssel (Benutzerbereitstellung)</translation>
    </message>
    <message>
        <source>Add key…</source>
        <translation>Schlüssel hinzufügen…</translation>
    </message>
    <message>
        <source>Replace key…</source>
        <translation>Schlüssel ersetzen…</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>The key works and is saved in the system keychain.</source>
        <translation>Der Schlüssel funktioniert und ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The new key works and replaced the old one in the system keychain.</source>
        <translation>Der neue Schlüssel funktioniert und hat den alten im Schlüsselbund des Systems ersetzt.</translation>
    </message>
    <message>
        <source>Reading the key from the keychain…</source>
        <translation>Schlüssel wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>There is no key on record for this directory. Choose Replace key and paste one.</source>
        <translation>Für dieses Verzeichnis ist kein Schlüssel gespeichert. Wählen Sie „Schlüssel ersetzen“ und fügen Sie einen ein.</translation>
    </message>
    <message>
        <source>Testing the key against the directory…</source>
        <translation>Schlüssel wird am Verzeichnis getestet…</translation>
    </message>
    <message>
        <source>The key opens this directory.</source>
        <translation>Der Schlüssel öffnet dieses Verzeichnis.</translation>
    </message>
    <message>
        <source>Remove SCIM key</source>
        <translation>SCIM-Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Remove the SCIM key of "%1" from the profile "%2"? It is deleted from the system keychain; the key itself stays valid, and the identity provider keeps using it, until it is regenerated in Atlassian Administration.</source>
        <translation>Den SCIM-Schlüssel von „%1“ aus dem Profil „%2“ entfernen? Er wird aus dem Schlüsselbund des Systems gelöscht; der Schlüssel selbst bleibt gültig, und der Identitätsanbieter verwendet ihn weiter, bis er in Atlassian Administration neu erzeugt wird.</translation>
    </message>
    <message>
        <source>The key was removed.</source>
        <translation>Der Schlüssel wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>ScimLinkCheck</name>
    <message>
        <source>The record %1 is linked to no Atlassian account: nobody gets access through it, and the identity provider still counts it as provisioned.</source>
        <translation>Der Datensatz %1 ist mit keinem Atlassian-Konto verknüpft: Niemand erhält darüber Zugriff, und der Identitätsanbieter zählt ihn trotzdem als bereitgestellt.</translation>
    </message>
    <message>
        <source>The record %1 is linked to account %2, which the organization no longer has (deleted, or removed in the identity provider without the record).</source>
        <translation>Der Datensatz %1 ist mit dem Konto %2 verknüpft, das die Organisation nicht mehr hat (gelöscht oder im Identitätsanbieter ohne den Datensatz entfernt).</translation>
    </message>
    <message>
        <source>The record says %1, its account says %2: the identity provider and Atlassian disagree about this person's address.</source>
        <translation>Der Datensatz nennt %1, sein Konto nennt %2: Identitätsanbieter und Atlassian sind sich über die Adresse dieser Person uneinig.</translation>
    </message>
    <message>
        <source>The record's userName %1 is not its account's address %2: a push of %2 as a new record is refused with 409, because this account already holds the address through the old record.</source>
        <translation>Der userName %1 des Datensatzes ist nicht die Adresse %2 seines Kontos: Eine Übertragung von %2 als neuer Datensatz wird mit 409 abgelehnt, weil dieses Konto die Adresse bereits über den alten Datensatz hält.</translation>
    </message>
    <message>
        <source>The record is active but the account's access is suspended in the organization: the identity provider thinks the person can work. Restore the access, or deactivate the record if they should not.</source>
        <translation>Der Datensatz ist aktiv, aber der Zugriff des Kontos ist in der Organisation gesperrt: Der Identitätsanbieter geht davon aus, dass die Person arbeiten kann. Stellen Sie den Zugriff wieder her, oder deaktivieren Sie den Datensatz, wenn sie es nicht soll.</translation>
    </message>
    <message>
        <source>The record is active but its account is %1: the identity provider thinks the person can work.</source>
        <translation>Der Datensatz ist aktiv, aber sein Konto ist %1: Der Identitätsanbieter geht davon aus, dass die Person arbeiten kann.</translation>
    </message>
    <message>
        <source>The record is inactive but its account is active: someone the identity provider turned off can still sign in.</source>
        <translation>Der Datensatz ist inaktiv, aber sein Konto ist aktiv: Jemand, den der Identitätsanbieter abgeschaltet hat, kann sich weiterhin anmelden.</translation>
    </message>
    <message>
        <source>Account %1 has %2 SCIM records: %3. Each provider that pushes it overwrites the others.</source>
        <translation>Das Konto %1 hat %2 SCIM-Datensätze: %3. Jeder Anbieter, der es überträgt, überschreibt die anderen.</translation>
    </message>
    <message>
        <source>Only %1 was checked: an account that also has records in other directories shows when those are checked with it.</source>
        <translation>Nur %1 wurde geprüft: Ein Konto, das auch Datensätze in anderen Verzeichnissen hat, zeigt sich erst, wenn diese mitgeprüft werden.</translation>
    </message>
    <message>
        <source>Could not tell which of the organization's directories %1 fills, so its accounts without a record were not looked for.</source>
        <translation>Es ließ sich nicht feststellen, welches Verzeichnis der Organisation %1 befüllt, daher wurde nicht nach seinen Konten ohne Datensatz gesucht.</translation>
    </message>
    <message>
        <source>%1 is in the directory that %2 fills, but no SCIM record links to the account: the identity provider does not manage it.</source>
        <translation>%1 ist in dem Verzeichnis, das %2 befüllt, aber kein SCIM-Datensatz ist mit dem Konto verknüpft: Der Identitätsanbieter verwaltet es nicht.</translation>
    </message>
</context>
<context>
    <name>ScimLinkCheckView</name>
    <message>
        <source>Search records, accounts, reasons</source>
        <translation>Datensätze, Konten und Gründe durchsuchen</translation>
    </message>
    <message>
        <source>Reading the directories and the organization's accounts…</source>
        <translation>Die Verzeichnisse und die Konten der Organisation werden gelesen…</translation>
    </message>
    <message>
        <source>No problems: every record is linked to one account of the organization, with the same e-mail and state.</source>
        <translation>Keine Probleme: Jeder Datensatz ist mit genau einem Konto der Organisation verknüpft, mit derselben E-Mail-Adresse und demselben Status.</translation>
    </message>
    <message>
        <source>No problems match these filters.</source>
        <translation>Keine Probleme entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <source>The link check could not finish.</source>
        <translation>Die Verknüpfungsprüfung konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Run the check</source>
        <translation>Prüfung starten</translation>
    </message>
    <message>
        <source>Every problem</source>
        <translation>Alle Probleme</translation>
    </message>
    <message>
        <source>Reads every record of each directory with a key, and every account of the organization</source>
        <translation>Liest jeden Datensatz jedes Verzeichnisses mit Schlüssel und jedes Konto der Organisation</translation>
    </message>
    <message>
        <source>Read %1 records and %2 accounts…</source>
        <translation>%1 Datensätze und %2 Konten gelesen…</translation>
    </message>
    <message>
        <source>Pick a problem to see its reason and its repair.</source>
        <translation>Wählen Sie ein Problem aus, um seinen Grund und seine Reparatur zu sehen.</translation>
    </message>
    <message>
        <source>Repair…</source>
        <translation>Reparieren…</translation>
    </message>
    <message>
        <source>Shows each call of the repair before it is sent</source>
        <translation>Zeigt jeden Aufruf der Reparatur, bevor er gesendet wird</translation>
    </message>
    <message>
        <source>The link check compares every SCIM directory the profile has a key for with the organization's accounts, and lists each broken link with its reason and its repair. It reads every record and every account: choose Run the check.</source>
        <translation>Die Verknüpfungsprüfung vergleicht jedes SCIM-Verzeichnis, für das das Profil einen Schlüssel hat, mit den Konten der Organisation und listet jede fehlerhafte Verknüpfung mit ihrem Grund und ihrer Reparatur auf. Sie liest jeden Datensatz und jedes Konto: Wählen Sie „Prüfung starten“.</translation>
    </message>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 records, %2 accounts checked %3</source>
        <translation> · %1 Datensätze, %2 Konten %3 geprüft</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparatur</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>SCIM id</source>
        <translation>SCIM-ID</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>Konto-ID</translation>
    </message>
</context>
<context>
    <name>ScimLinkFinding</name>
    <message>
        <source>Orphaned record</source>
        <translation>Verwaister Datensatz</translation>
    </message>
    <message>
        <source>Unlinked record</source>
        <translation>Nicht verknüpfter Datensatz</translation>
    </message>
    <message>
        <source>More than one record</source>
        <translation>Mehr als ein Datensatz</translation>
    </message>
    <message>
        <source>E-mail differs</source>
        <translation>E-Mail weicht ab</translation>
    </message>
    <message>
        <source>Record active, account inactive</source>
        <translation>Datensatz aktiv, Konto inaktiv</translation>
    </message>
    <message>
        <source>Record inactive, account active</source>
        <translation>Datensatz inaktiv, Konto aktiv</translation>
    </message>
    <message>
        <source>Account without a record</source>
        <translation>Konto ohne Datensatz</translation>
    </message>
    <message>
        <source>Unlink the record from the account (both stay; the account is no longer managed through this record), then delete the record in the identity provider or here.</source>
        <translation>Heben Sie die Verknüpfung des Datensatzes mit dem Konto auf (beide bleiben bestehen; das Konto wird nicht mehr über diesen Datensatz verwaltet) und löschen Sie dann den Datensatz im Identitätsanbieter oder hier.</translation>
    </message>
    <message>
        <source>Delete only the SCIM records of the account, in every directory (the account stays); then push the person and their groups again from the right identity provider.</source>
        <translation>Löschen Sie nur die SCIM-Datensätze des Kontos, in jedem Verzeichnis (das Konto bleibt bestehen); übertragen Sie dann die Person und ihre Gruppen erneut vom richtigen Identitätsanbieter.</translation>
    </message>
    <message>
        <source>Unlink the record, then change the account's e-mail address (User management): to the address the identity provider pushes, or, when a push is refused with 409, to a free address so that the push can go through; then push again from the identity provider.</source>
        <translation>Heben Sie die Verknüpfung des Datensatzes auf und ändern Sie dann die E-Mail-Adresse des Kontos (Benutzerverwaltung): auf die Adresse, die der Identitätsanbieter überträgt, oder, wenn eine Übertragung mit 409 abgelehnt wird, auf eine freie Adresse, damit die Übertragung durchgeht; übertragen Sie dann erneut vom Identitätsanbieter.</translation>
    </message>
    <message>
        <source>Delete the record (its account, if any, is deactivated; only a new push brings it back), or push it again from the identity provider to link it.</source>
        <translation>Löschen Sie den Datensatz (sein Konto, falls vorhanden, wird deaktiviert; nur eine neue Übertragung bringt ihn zurück), oder übertragen Sie ihn erneut vom Identitätsanbieter, um ihn zu verknüpfen.</translation>
    </message>
    <message>
        <source>Set the record's active state to match what the account should be (deactivating the record deactivates the account; activating it activates the account).</source>
        <translation>Setzen Sie den Aktiv-Status des Datensatzes so, wie das Konto sein soll (das Deaktivieren des Datensatzes deaktiviert das Konto; das Aktivieren aktiviert es).</translation>
    </message>
    <message>
        <source>Assign the person to the Atlassian app in the identity provider so that it pushes a record, or create the record here.</source>
        <translation>Weisen Sie die Person im Identitätsanbieter der Atlassian-App zu, damit er einen Datensatz überträgt, oder erstellen Sie den Datensatz hier.</translation>
    </message>
</context>
<context>
    <name>ScimRecordDialog</name>
    <message>
        <source>New SCIM record</source>
        <translation>Neuer SCIM-Datensatz</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>A record as the identity provider would push it. Its e-mail must be on a verified domain; the record is linked to the managed account that has this e-mail, or a new account is made. The identity provider may overwrite it on its next push.</source>
        <translation>Ein Datensatz, wie ihn der Identitätsanbieter übertragen würde. Seine E-Mail-Adresse muss zu einer verifizierten Domain gehören; der Datensatz wird mit dem verwalteten Konto verknüpft, das diese E-Mail-Adresse hat, oder es wird ein neues Konto angelegt. Der Identitätsanbieter überschreibt ihn vielleicht bei seiner nächsten Übertragung.</translation>
    </message>
    <message>
        <source>The e-mail, when left empty</source>
        <translation>Die E-Mail-Adresse, wenn leer gelassen</translation>
    </message>
    <message>
        <source>Optional: the identity provider's id for the person</source>
        <translation>Optional: die ID des Identitätsanbieters für die Person</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>E&amp;xternal id:</source>
        <translation>E&amp;xterne ID:</translation>
    </message>
    <message>
        <source>Edit SCIM record “%1”</source>
        <translation>SCIM-Datensatz „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as ada@example.com.</source>
        <translation>Geben Sie eine E-Mail-Adresse wie ada@example.com ein.</translation>
    </message>
    <message>
        <source>A record needs a user name.</source>
        <translation>Ein Datensatz braucht einen Benutzernamen.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <source>Saving the record…</source>
        <translation>Der Datensatz wird gespeichert…</translation>
    </message>
    <message>
        <source>Creating the record…</source>
        <translation>Der Datensatz wird erstellt…</translation>
    </message>
</context>
<context>
    <name>ScimRepairDialog</name>
    <message>
        <source>Repair: %1</source>
        <translation>Reparatur: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>The call Orgdesk sends when you choose Send this call</source>
        <translation>Der Aufruf, den Orgdesk sendet, wenn Sie „Diesen Aufruf senden“ wählen</translation>
    </message>
    <message>
        <source>Send this call</source>
        <translation>Diesen Aufruf senden</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skipped.</source>
        <translation>Übersprungen.</translation>
    </message>
    <message>
        <source>Every step is done. Closing this runs the link check again.</source>
        <translation>Alle Schritte sind erledigt. Beim Schließen läuft die Verknüpfungsprüfung erneut.</translation>
    </message>
    <message>
        <source>Enter the address first.</source>
        <translation>Geben Sie zuerst die Adresse ein.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
</context>
<context>
    <name>ScimRepairPlan</name>
    <message>
        <source>Unlink the record “%1” from the account %2. Both stay; the account is no longer managed through this record.</source>
        <translation>Die Verknüpfung des Datensatzes „%1“ mit dem Konto %2 aufheben. Beide bleiben bestehen; das Konto wird nicht mehr über diesen Datensatz verwaltet.</translation>
    </message>
    <message>
        <source>Delete only the SCIM records of the account %1, in every directory. The account stays; push the person and their groups again from the right identity provider afterwards.</source>
        <translation>Nur die SCIM-Datensätze des Kontos %1 löschen, in jedem Verzeichnis. Das Konto bleibt bestehen; übertragen Sie danach die Person und ihre Gruppen erneut vom richtigen Identitätsanbieter.</translation>
    </message>
    <message>
        <source>Change the account's e-mail address from %1 to a free one, so that the address the identity provider pushes is no longer held (User management; the person's sessions end).</source>
        <translation>Die E-Mail-Adresse des Kontos von %1 auf eine freie ändern, damit die Adresse, die der Identitätsanbieter überträgt, nicht mehr belegt ist (Benutzerverwaltung; die Sitzungen der Person enden).</translation>
    </message>
    <message>
        <source>New address of the account:</source>
        <translation>Neue Adresse des Kontos:</translation>
    </message>
    <message>
        <source>Push the record again, as the identity provider would (or skip this and push from the identity provider).</source>
        <translation>Den Datensatz erneut übertragen, wie es der Identitätsanbieter täte (oder diesen Schritt überspringen und vom Identitätsanbieter übertragen).</translation>
    </message>
    <message>
        <source>E-mail the identity provider pushes:</source>
        <translation>E-Mail-Adresse, die der Identitätsanbieter überträgt:</translation>
    </message>
    <message>
        <source>Delete the record “%1” from the directory. A linked account is deactivated; only a new push brings the record back.</source>
        <translation>Den Datensatz „%1“ aus dem Verzeichnis löschen. Ein verknüpftes Konto wird deaktiviert; nur eine neue Übertragung bringt den Datensatz zurück.</translation>
    </message>
    <message>
        <source>Set the record “%1” active again, which activates the account %2.</source>
        <translation>Den Datensatz „%1“ wieder aktiv setzen, was das Konto %2 aktiviert.</translation>
    </message>
    <message>
        <source>Set the record “%1” inactive again, which deactivates the account %2.</source>
        <translation>Den Datensatz „%1“ wieder inaktiv setzen, was das Konto %2 deaktiviert.</translation>
    </message>
    <message>
        <source>Only the identity provider can fix this: assign the person to the Atlassian app there so that it pushes a record.</source>
        <translation>Nur der Identitätsanbieter kann das beheben: Weisen Sie die Person dort der Atlassian-App zu, damit er einen Datensatz überträgt.</translation>
    </message>
    <message>
        <source>This repair calls the directory “%1”, and the profile has no SCIM key for it. Add its key first.</source>
        <translation>Diese Reparatur ruft das Verzeichnis „%1“ auf, und das Profil hat keinen SCIM-Schlüssel dafür. Fügen Sie zuerst seinen Schlüssel hinzu.</translation>
    </message>
</context>
<context>
    <name>ScimUsersModel</name>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Linked account</source>
        <translation>Verknüpftes Konto</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>Kontostatus</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Nicht verknüpft</translation>
    </message>
    <message>
        <source>No such account</source>
        <translation>Konto existiert nicht</translation>
    </message>
    <message>
        <source>The record is linked to account %1, which the organization does not have: an orphaned record. The link check lists the repairs.</source>
        <translation>Der Datensatz ist mit dem Konto %1 verknüpft, das die Organisation nicht hat: ein verwaister Datensatz. Die Verknüpfungsprüfung listet die Reparaturen auf.</translation>
    </message>
</context>
<context>
    <name>ScimUsersView</name>
    <message>
        <source>Exact value</source>
        <translation>Genauer Wert</translation>
    </message>
    <message>
        <source>Loading the directory's records…</source>
        <translation>Die Datensätze des Verzeichnisses werden geladen…</translation>
    </message>
    <message>
        <source>The directory has no user records: the identity provider has pushed nobody yet.</source>
        <translation>Das Verzeichnis hat keine Benutzerdatensätze: Der Identitätsanbieter hat noch niemanden übertragen.</translation>
    </message>
    <message>
        <source>No record has exactly this value. SCIM finds exact matches only.</source>
        <translation>Kein Datensatz hat genau diesen Wert. SCIM findet nur genaue Treffer.</translation>
    </message>
    <message>
        <source>Could not load the directory's records.</source>
        <translation>Die Datensätze des Verzeichnisses konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Delete record…</source>
        <translation>Datensatz löschen…</translation>
    </message>
    <message>
        <source>New record…</source>
        <translation>Neuer Datensatz…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>SCIM finds a record by its exact user name or external id</source>
        <translation>SCIM findet einen Datensatz über seinen genauen Benutzernamen oder seine externe ID</translation>
    </message>
    <message>
        <source>User name is</source>
        <translation>Benutzername ist</translation>
    </message>
    <message>
        <source>External id is</source>
        <translation>Externe ID ist</translation>
    </message>
    <message>
        <source>Deactivates the linked Atlassian accounts too</source>
        <translation>Deaktiviert auch die verknüpften Atlassian-Konten</translation>
    </message>
    <message>
        <source>Deletes the records and deactivates their accounts; only a new push from the identity provider brings a record back</source>
        <translation>Löscht die Datensätze und deaktiviert ihre Konten; nur eine neue Übertragung vom Identitätsanbieter bringt einen Datensatz zurück</translation>
    </message>
    <message>
        <source>For an out-of-band fix: a record as the identity provider would push it</source>
        <translation>Für eine Korrektur am Identitätsanbieter vorbei: ein Datensatz, wie ihn der Identitätsanbieter übertragen würde</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Pick a record to see all of it.</source>
        <translation>Wählen Sie einen Datensatz aus, um ihn vollständig zu sehen.</translation>
    </message>
    <message>
        <source>The record's JSON, as the directory sent it</source>
        <translation>Das JSON des Datensatzes, wie das Verzeichnis es gesendet hat</translation>
    </message>
    <message numerus="yes">
        <source>%n records</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation>%1 (primär)</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>SCIM id</source>
        <translation>SCIM-ID</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Linked to no Atlassian account.</source>
        <translation>Mit keinem Atlassian-Konto verknüpft.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>The account's e-mail is not the record's: the link check lists the repairs.</source>
        <translation>Die E-Mail-Adresse des Kontos ist nicht die des Datensatzes: Die Verknüpfungsprüfung listet die Reparaturen auf.</translation>
    </message>
    <message>
        <source>The organization has no such account: an orphaned record.</source>
        <translation>Die Organisation hat dieses Konto nicht: ein verwaister Datensatz.</translation>
    </message>
    <message>
        <source>Linked Atlassian account</source>
        <translation>Verknüpftes Atlassian-Konto</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n record(s)? Their linked Atlassian accounts are deactivated too, until the records are activated again (here or by the identity provider).</source>
        <translation>
            <numerusform>%n Datensatz deaktivieren? Sein verknüpftes Atlassian-Konto wird ebenfalls deaktiviert, bis der Datensatz wieder aktiviert wird (hier oder durch den Identitätsanbieter).</numerusform>
            <numerusform>%n Datensätze deaktivieren? Ihre verknüpften Atlassian-Konten werden ebenfalls deaktiviert, bis die Datensätze wieder aktiviert werden (hier oder durch den Identitätsanbieter).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activate %n record(s)? Their linked Atlassian accounts are activated again.</source>
        <translation>
            <numerusform>%n Datensatz aktivieren? Sein verknüpftes Atlassian-Konto wird wieder aktiviert.</numerusform>
            <numerusform>%n Datensätze aktivieren? Ihre verknüpften Atlassian-Konten werden wieder aktiviert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s) from this directory? Their linked Atlassian accounts are deactivated, and only a new push from the identity provider brings a record back.</source>
        <translation>
            <numerusform>%n Datensatz aus diesem Verzeichnis löschen? Sein verknüpftes Atlassian-Konto wird deaktiviert, und nur eine neue Übertragung vom Identitätsanbieter bringt den Datensatz zurück.</numerusform>
            <numerusform>%n Datensätze aus diesem Verzeichnis löschen? Ihre verknüpften Atlassian-Konten werden deaktiviert, und nur eine neue Übertragung vom Identitätsanbieter bringt einen Datensatz zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already active</source>
        <translation>Bereits aktiv</translation>
    </message>
    <message>
        <source>Already inactive</source>
        <translation>Bereits inaktiv</translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: already in that state.</source>
        <translation>
            <numerusform>%n übersprungen: bereits in diesem Zustand.</numerusform>
            <numerusform>%n übersprungen: bereits in diesem Zustand.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s)</source>
        <translation>
            <numerusform>%1: %n Datensatz</numerusform>
            <numerusform>%1: %n Datensätze</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecurityAreaPane</name>
    <message>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>A local sandbox with made-up people: nothing here touches a real organization.</source>
        <translation>Eine lokale Sandbox mit erfundenen Personen: Nichts hier berührt eine echte Organisation.</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Every directory in the organization</source>
        <translation>Alle Verzeichnisse der Organisation</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Only the directory %1</source>
        <translation>Nur das Verzeichnis %1</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>Users with the filters saved as “%1”</source>
        <translation>Benutzer mit den als „%1“ gespeicherten Filtern</translation>
    </message>
</context>
<context>
    <name>StatusFilterButton</name>
    <message>
        <source>Show only people with these statuses</source>
        <translation>Nur Personen mit diesen Status anzeigen</translation>
    </message>
    <message>
        <source>Show all statuses</source>
        <translation>Alle Status anzeigen</translation>
    </message>
    <message>
        <source>Status: All</source>
        <translation>Status: Alle</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Status: %1 selected</source>
        <translation>Status: %1 ausgewählt</translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>TokenDateFilter</name>
    <message>
        <source>Created on or after</source>
        <translation>Erstellt am oder nach</translation>
    </message>
    <message>
        <source>Created on or before</source>
        <translation>Erstellt am oder vor</translation>
    </message>
    <message>
        <source>Last active on or after</source>
        <translation>Zuletzt aktiv am oder nach</translation>
    </message>
    <message>
        <source>Last active on or before</source>
        <translation>Zuletzt aktiv am oder vor</translation>
    </message>
    <message>
        <source>Clear dates</source>
        <translation>Daten zurücksetzen</translation>
    </message>
</context>
<context>
    <name>TokenRevokeFlow</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n API tokens?</source>
        <translation>
            <numerusform>%n API-Token widerrufen?</numerusform>
            <numerusform>%n API-Token widerrufen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Scripts and tools that sign in with them are refused from then on; their owners can create new tokens.</source>
        <translation>Skripte und Werkzeuge, die sich damit anmelden, werden von da an abgewiesen; ihre Inhaber können neue Token erstellen.</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n API tokens</source>
        <translation>
            <numerusform>%n API-Token widerrufen</numerusform>
            <numerusform>%n API-Token widerrufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke every token</source>
        <translation>Alle Token widerrufen</translation>
    </message>
    <message>
        <source>Revoke every API token of every managed account in %1?</source>
        <translation>Alle API-Token aller verwalteten Konten in %1 widerrufen?</translation>
    </message>
    <message numerus="yes">
        <source>This revokes all %n API tokens of the organization's managed accounts in one call, not only the ones listed here.</source>
        <translation>
            <numerusform>Dies widerruft das %n API-Token der verwalteten Konten der Organisation in einem Aufruf, nicht nur die hier aufgeführten.</numerusform>
            <numerusform>Dies widerruft alle %n API-Token der verwalteten Konten der Organisation in einem Aufruf, nicht nur die hier aufgeführten.</numerusform>
        </translation>
    </message>
    <message>
        <source>This revokes all API tokens of the organization's managed accounts in one call, not only the ones listed here.</source>
        <translation>Dies widerruft alle API-Token der verwalteten Konten der Organisation in einem Aufruf, nicht nur die hier aufgeführten.</translation>
    </message>
    <message>
        <source>Every script, integration and tool that signs in with one is refused from then on, and people must create new tokens. There is no result per token.</source>
        <translation>Jedes Skript, jede Integration und jedes Werkzeug, das sich mit einem davon anmeldet, wird von da an abgewiesen, und die Personen müssen neue Token erstellen. Es gibt kein Ergebnis pro Token.</translation>
    </message>
</context>
<context>
    <name>UserActions</name>
    <message>
        <source>&amp;Suspend access…</source>
        <translation>&amp;Zugriff sperren…</translation>
    </message>
    <message>
        <source>&amp;Restore access…</source>
        <translation>Zugriff &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Re&amp;move from directory…</source>
        <translation>Aus Verzeichnis ent&amp;fernen…</translation>
    </message>
    <message>
        <source>&amp;Deactivate account…</source>
        <translation>Konto &amp;deaktivieren…</translation>
    </message>
    <message>
        <source>Re-&amp;enable account…</source>
        <translation>Konto wieder &amp;aktivieren…</translation>
    </message>
    <message>
        <source>De&amp;lete account…</source>
        <translation>Konto &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Cancel deletion…</source>
        <translation>Löschung a&amp;bbrechen…</translation>
    </message>
    <message>
        <source>Change e-&amp;mail…</source>
        <translation>&amp;E-Mail ändern…</translation>
    </message>
    <message>
        <source>Edit &amp;profile…</source>
        <translation>&amp;Profil bearbeiten…</translation>
    </message>
    <message>
        <source>API &amp;tokens…</source>
        <translation>API-&amp;Token…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Select people first</source>
        <translation>Wählen Sie zuerst Personen aus</translation>
    </message>
    <message>
        <source>Applies to %1 of the %2 selected</source>
        <translation>Gilt für %1 der %2 ausgewählten</translation>
    </message>
    <message numerus="yes">
        <source>Suspend access for %n person(s)?</source>
        <translation>
            <numerusform>Zugriff für %n Person sperren?</numerusform>
            <numerusform>Zugriff für %n Personen sperren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore access for %n person(s)?</source>
        <translation>
            <numerusform>Zugriff für %n Person wiederherstellen?</numerusform>
            <numerusform>Zugriff für %n Personen wiederherstellen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n person(s) from the directory? Their groups and product access go with it; to undo, they must be invited again.</source>
        <translation>
            <numerusform>%n Person aus dem Verzeichnis entfernen? Ihre Gruppen und ihr Produktzugriff gehen damit verloren; um das rückgängig zu machen, muss sie erneut eingeladen werden.</numerusform>
            <numerusform>%n Personen aus dem Verzeichnis entfernen? Ihre Gruppen und ihr Produktzugriff gehen damit verloren; um das rückgängig zu machen, müssen sie erneut eingeladen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n account(s)? They can no longer log in to any Atlassian product.</source>
        <translation>
            <numerusform>%n Konto deaktivieren? Damit ist keine Anmeldung bei Atlassian-Produkten mehr möglich.</numerusform>
            <numerusform>%n Konten deaktivieren? Damit ist keine Anmeldung bei Atlassian-Produkten mehr möglich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-enable %n account(s)?</source>
        <translation>
            <numerusform>%n Konto wieder aktivieren?</numerusform>
            <numerusform>%n Konten wieder aktivieren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n account(s)? They are deactivated now and deleted for good after 14 days, unless the deletion is cancelled.</source>
        <translation>
            <numerusform>%n Konto löschen? Es wird jetzt deaktiviert und nach 14 Tagen endgültig gelöscht, sofern die Löschung nicht abgebrochen wird.</numerusform>
            <numerusform>%n Konten löschen? Sie werden jetzt deaktiviert und nach 14 Tagen endgültig gelöscht, sofern die Löschung nicht abgebrochen wird.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel the deletion of %n account(s)? They become active again.</source>
        <translation>
            <numerusform>Die Löschung von %n Konto abbrechen? Es wird wieder aktiv.</numerusform>
            <numerusform>Die Löschung von %n Konten abbrechen? Sie werden wieder aktiv.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: %1.</source>
        <translation>
            <numerusform>%n übersprungen: %1.</numerusform>
            <numerusform>%n übersprungen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <source>The reason is also shown to the person as the deactivation message.</source>
        <translation>Der Grund wird der Person auch als Deaktivierungsmeldung angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n person(s)</source>
        <translation>
            <numerusform>%1: %n Person</numerusform>
            <numerusform>%1: %n Personen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserDetailPane</name>
    <message>
        <source>Select a person to see their details.</source>
        <translation>Wählen Sie eine Person aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Atlassian account ID</source>
        <translation>Atlassian-Konto-ID</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Mitgliedschaft</translation>
    </message>
    <message>
        <source>Claim status</source>
        <translation>Verwaltungsstatus</translation>
    </message>
    <message>
        <source>Managed by</source>
        <translation>Verwaltet durch</translation>
    </message>
    <message>
        <source>Two-step</source>
        <translation>Zweistufig</translation>
    </message>
    <message>
        <source>Platform roles</source>
        <translation>Plattformrollen</translation>
    </message>
    <message>
        <source>Added to org</source>
        <translation>Zur Organisation hinzugefügt</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Nicht verifiziert</translation>
    </message>
</context>
<context>
    <name>UserFilter</name>
    <message>
        <source>, </source>
        <comment>between values in a filter chip</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>From a list: %n person(s)</source>
        <translation>
            <numerusform>Aus einer Liste: %n Person</numerusform>
            <numerusform>Aus einer Liste: %n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>Produkt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Inactive for %n+ day(s)</source>
        <translation>
            <numerusform>Inaktiv seit %n+ Tag</numerusform>
            <numerusform>Inaktiv seit %n+ Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Never active</source>
        <translation>Nie aktiv</translation>
    </message>
    <message>
        <source>Two-step verification off</source>
        <translation>Zweistufige Verifizierung aus</translation>
    </message>
    <message>
        <source>Domain: %1</source>
        <translation>Domain: %1</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Gruppe: %1</translation>
    </message>
</context>
<context>
    <name>UserFilterBar</name>
    <message>
        <source>Save view…</source>
        <translation>Ansicht speichern…</translation>
    </message>
    <message>
        <source>Keep these filters as a named view in the sidebar</source>
        <translation>Diese Filter als benannte Ansicht in der Seitenleiste behalten</translation>
    </message>
    <message>
        <source>Last-active dates may lag up to 24 hours.</source>
        <translation>Die Daten der letzten Aktivität können bis zu 24 Stunden nachhinken.</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>Kontostatus</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message numerus="yes">
        <source>More than %n day(s) ago, or never</source>
        <translation>
            <numerusform>Vor mehr als %n Tag oder nie</numerusform>
            <numerusform>Vor mehr als %n Tagen oder nie</numerusform>
        </translation>
    </message>
    <message>
        <source>Other number of days…</source>
        <translation>Andere Anzahl von Tagen…</translation>
    </message>
    <message>
        <source>Never active</source>
        <translation>Nie aktiv</translation>
    </message>
    <message>
        <source>Two-step verification off</source>
        <translation>Zweistufige Verifizierung aus</translation>
    </message>
    <message>
        <source>E-mail domain</source>
        <translation>E-Mail-Domain</translation>
    </message>
    <message>
        <source>Other domain…</source>
        <translation>Andere Domain…</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Claim status</source>
        <translation>Verwaltungsstatus</translation>
    </message>
    <message>
        <source>People not active for more than this many days (or never):</source>
        <translation>Personen, die seit mehr als so vielen Tagen (oder nie) aktiv waren:</translation>
    </message>
    <message>
        <source>People whose e-mail address is on this domain:</source>
        <translation>Personen, deren E-Mail-Adresse zu dieser Domain gehört:</translation>
    </message>
    <message numerus="yes">
        <source>Find a group (%n in all)…</source>
        <translation>
            <numerusform>Eine Gruppe finden (%n insgesamt)…</numerusform>
            <numerusform>Eine Gruppe finden (%n insgesamt)…</numerusform>
        </translation>
    </message>
    <message>
        <source>People in this group (type part of its name):</source>
        <translation>Personen in dieser Gruppe (geben Sie einen Teil ihres Namens ein):</translation>
    </message>
</context>
<context>
    <name>UserOperation</name>
    <message>
        <source>Not a member of any directory</source>
        <translation>Kein Mitglied eines Verzeichnisses</translation>
    </message>
    <message>
        <source>The account is deactivated</source>
        <translation>Das Konto ist deaktiviert</translation>
    </message>
    <message>
        <source>Already suspended</source>
        <translation>Bereits gesperrt</translation>
    </message>
    <message>
        <source>Already has access</source>
        <translation>Hat bereits Zugriff</translation>
    </message>
    <message>
        <source>Not a managed account</source>
        <translation>Kein verwaltetes Konto</translation>
    </message>
    <message>
        <source>Already deactivated</source>
        <translation>Bereits deaktiviert</translation>
    </message>
    <message>
        <source>Already scheduled for deletion</source>
        <translation>Bereits zur Löschung vorgemerkt</translation>
    </message>
    <message>
        <source>Scheduled for deletion: cancel the deletion instead</source>
        <translation>Zur Löschung vorgemerkt: Brechen Sie stattdessen die Löschung ab</translation>
    </message>
    <message>
        <source>Already active</source>
        <translation>Bereits aktiv</translation>
    </message>
    <message>
        <source>Not scheduled for deletion</source>
        <translation>Nicht zur Löschung vorgemerkt</translation>
    </message>
    <message>
        <source>Unknown action</source>
        <translation>Unbekannte Aktion</translation>
    </message>
    <message>
        <source>Managed by an identity provider (SCIM): make this change there.</source>
        <translation>Von einem Identitätsanbieter (SCIM) verwaltet: Nehmen Sie die Änderung dort vor.</translation>
    </message>
    <message>
        <source>Managed by Google Workspace: make this change there.</source>
        <translation>Von Google Workspace verwaltet: Nehmen Sie die Änderung dort vor.</translation>
    </message>
    <message>
        <source>Blocked by US export control: the API cannot change it.</source>
        <translation>Durch US-Exportkontrolle gesperrt: Die API kann das nicht ändern.</translation>
    </message>
    <message>
        <source>Set by SAML single sign-on at each login.</source>
        <translation>Wird bei jeder Anmeldung durch SAML-Single-Sign-on gesetzt.</translation>
    </message>
    <message>
        <source>Only an administrator can do this, and not to their own account.</source>
        <translation>Nur ein Administrator kann das tun, und nicht bei seinem eigenen Konto.</translation>
    </message>
    <message>
        <source>The account's e-mail address is not verified, so the organization cannot manage it.</source>
        <translation>Die E-Mail-Adresse des Kontos ist nicht verifiziert, daher kann die Organisation es nicht verwalten.</translation>
    </message>
    <message>
        <source>Not eligible: %1</source>
        <translation>Nicht möglich: %1</translation>
    </message>
    <message>
        <source>No such account (it may have been deleted).</source>
        <translation>Dieses Konto gibt es nicht (vielleicht wurde es gelöscht).</translation>
    </message>
    <message>
        <source>Suspend access</source>
        <translation>Zugriff sperren</translation>
    </message>
    <message>
        <source>Restore access</source>
        <translation>Zugriff wiederherstellen</translation>
    </message>
    <message>
        <source>Remove from directory</source>
        <translation>Aus Verzeichnis entfernen</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Konto deaktivieren</translation>
    </message>
    <message>
        <source>Re-enable account</source>
        <translation>Konto wieder aktivieren</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Konto löschen</translation>
    </message>
    <message>
        <source>Cancel deletion</source>
        <translation>Löschung abbrechen</translation>
    </message>
</context>
<context>
    <name>UserText</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Not invited</source>
        <translation>Nicht eingeladen</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Pending deletion</source>
        <translation>Löschung ausstehend</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>No membership</source>
        <translation>Keine Mitgliedschaft</translation>
    </message>
    <message>
        <source>Managed</source>
        <translation>Verwaltet</translation>
    </message>
    <message>
        <source>Not managed</source>
        <translation>Nicht verwaltet</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Organization admin</source>
        <translation>Organisationsadministrator</translation>
    </message>
    <message>
        <source>Site admin</source>
        <translation>Site-Administrator</translation>
    </message>
    <message>
        <source>User access admin</source>
        <translation>Administrator für Benutzerzugriff</translation>
    </message>
    <message>
        <source>AI access</source>
        <translation>KI-Zugriff</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>A month ago</source>
        <translation>Vor einem Monat</translation>
    </message>
    <message>
        <source>a month ago</source>
        <translation>vor einem Monat</translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message>
        <source>A year ago</source>
        <translation>Vor einem Jahr</translation>
    </message>
    <message>
        <source>a year ago</source>
        <translation>vor einem Jahr</translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Nickname: %1</source>
        <translation>Spitzname: %1</translation>
    </message>
    <message>
        <source>Verified e-mail address</source>
        <translation>Verifizierte E-Mail-Adresse</translation>
    </message>
    <message>
        <source>The e-mail address is not verified</source>
        <translation>Die E-Mail-Adresse ist nicht verifiziert</translation>
    </message>
    <message>
        <source>Two-step verification. Sorting by this column orders the users loaded so far</source>
        <translation>Zweistufige Verifizierung. Das Sortieren nach dieser Spalte ordnet die bisher geladenen Benutzer</translation>
    </message>
    <message>
        <source>Sorting by name asks the server, so it covers every user</source>
        <translation>Das Sortieren nach Name fragt den Server und erfasst daher alle Benutzer</translation>
    </message>
    <message>
        <source>Sorting by this column orders the users loaded so far</source>
        <translation>Das Sortieren nach dieser Spalte ordnet die bisher geladenen Benutzer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <source>Two-step</source>
        <translation>Zweistufig</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Added to org</source>
        <translation>Hinzugefügt</translation>
    </message>
</context>
<context>
    <name>UsersPane</name>
    <message>
        <source>Search names and e-mail addresses</source>
        <translation>Namen und E-Mail-Adressen durchsuchen</translation>
    </message>
    <message>
        <source>%1 of %2 users</source>
        <translation>%1 von %2 Benutzern</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 Benutzer</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Benutzer werden geladen…</translation>
    </message>
    <message>
        <source>No users match these filters.</source>
        <translation>Keine Benutzer entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <source>There are no users here.</source>
        <translation>Hier gibt es keine Benutzer.</translation>
    </message>
    <message>
        <source>From a list…</source>
        <translation>Aus einer Liste…</translation>
    </message>
    <message>
        <source>Find the people of a ticket: paste or load their e-mail addresses or account IDs</source>
        <translation>Die Personen eines Tickets finden: ihre E-Mail-Adressen oder Konto-IDs einfügen oder laden</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>%1 match of %2 loaded</source>
        <translation>%1 Treffer von %2 geladenen</translation>
    </message>
    <message numerus="yes">
        <source>From a list: %n person(s)</source>
        <translation>
            <numerusform>Aus einer Liste: %n Person</numerusform>
            <numerusform>Aus einer Liste: %n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the users.</source>
        <translation>Die Benutzer konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>&amp;Invite people…</source>
        <translation>Personen &amp;einladen…</translation>
    </message>
    <message>
        <source>Invite people by e-mail and give them access to workspaces</source>
        <translation>Personen per E-Mail einladen und ihnen Zugriff auf Workspaces geben</translation>
    </message>
    <message>
        <source>an unfinished refresh</source>
        <translation>eine unvollständige Aktualisierung</translation>
    </message>
    <message>
        <source>Showing people as of %1; the refresh failed: %2</source>
        <translation>Personen mit Stand %1; die Aktualisierung ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 of %2 users match</source>
        <translation>%1 von %2 Benutzern passen</translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation>%1, Stand %2</translation>
    </message>
    <message>
        <source>%1 (refreshing…)</source>
        <translation>%1 (wird aktualisiert…)</translation>
    </message>
</context>
<context>
    <name>ViewExport</name>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Orgdesk</source>
        <translation>Willkommen bei Orgdesk</translation>
    </message>
    <message>
        <source>Administer your Atlassian Cloud organization: people, groups, access and keys, in one fast window.</source>
        <translation>Verwalten Sie Ihre Atlassian-Cloud-Organisation: Personen, Gruppen, Zugriffe und Schlüssel in einem schnellen Fenster.</translation>
    </message>
    <message>
        <source>Connect to an organization</source>
        <translation>Mit einer Organisation verbinden</translation>
    </message>
    <message>
        <source>You need the organization's id and an admin API key, created in Atlassian Administration under Settings &gt; API keys. Orgdesk tests the key before saving it in your system keychain.</source>
        <translation>Sie brauchen die ID der Organisation und einen Admin-API-Schlüssel, erstellt in Atlassian Administration unter Einstellungen &gt; API-Schlüssel. Orgdesk testet den Schlüssel, bevor es ihn im Schlüsselbund Ihres Systems speichert.</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>Explore a made-up organization with 2,000 people, served on this computer. Nothing you do there reaches Atlassian.</source>
        <translation>Erkunden Sie eine erfundene Organisation mit 2.000 Personen, bereitgestellt auf diesem Computer. Nichts, was Sie dort tun, erreicht Atlassian.</translation>
    </message>
</context>
<context>
    <name>WindowKeys</name>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>WindowTools</name>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Aufträge</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>API &amp;activity</source>
        <translation>API-A&amp;ktivität</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Delete view “%1”</source>
        <translation>Ansicht „%1“ löschen</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>A name for these filters (they appear under Saved views):</source>
        <translation>Ein Name für diese Filter (sie erscheinen unter „Gespeicherte Ansichten“):</translation>
    </message>
</context>
<context>
    <name>WorkNotifications</name>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <source>Listing stopped: %1</source>
        <translation>Auflistung abgebrochen: %1</translation>
    </message>
    <message>
        <source>Every page is in: %1.</source>
        <translation>Alle Seiten sind geladen: %1.</translation>
    </message>
</context>
<context>
    <name>WorkspacePicker</name>
    <message>
        <source>Search workspaces by name or URL</source>
        <translation>Workspaces nach Name oder URL durchsuchen</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Not connected to an organization.</source>
        <translation>Mit keiner Organisation verbunden.</translation>
    </message>
    <message>
        <source>Looking for workspaces…</source>
        <translation>Workspaces werden gesucht…</translation>
    </message>
    <message>
        <source>Could not list the workspaces: %1</source>
        <translation>Die Workspaces konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (Sandbox)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The organization has no workspaces.</source>
        <translation>Die Organisation hat keine Workspaces.</translation>
    </message>
    <message>
        <source>No workspace matches “%1”.</source>
        <translation>Kein Workspace passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n workspaces: type to narrow the list.</source>
        <translation>
            <numerusform>Nur der erste Workspace (%n) wird angezeigt: Tippen Sie, um die Liste einzugrenzen.</numerusform>
            <numerusform>Die ersten %n Workspaces werden angezeigt: Tippen Sie, um die Liste einzugrenzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s).</source>
        <translation>
            <numerusform>%n Workspace.</numerusform>
            <numerusform>%n Workspaces.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceRoleFields</name>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Workspace</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>Pick a workspace first</source>
        <translation>Wählen Sie zuerst einen Workspace aus</translation>
    </message>
</context>
</TS>