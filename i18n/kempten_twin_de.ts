<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
  <context>
    <name>KemptenTwin</name>
    <message>
      <location filename="../kempten_twin_plugin/basemaps.py" line="42" />
      <source>Basemaps</source>
      <translation>Hintergrundkarten</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/basemaps.py" line="62" />
      <source>Loading basemaps</source>
      <translation>Hintergrundkarten werden geladen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/conflict_dialog.py" line="100" />
      <source>new</source>
      <translation>neu</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/conflict_dialog.py" line="100" />
      <source>changed</source>
      <translation>geändert</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/conflict_dialog.py" line="100" />
      <source>deleted</source>
      <translation>gelöscht</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/conflict_dialog.py" line="133" />
      <source>Edit value</source>
      <translation>Wert bearbeiten</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/conflict_dialog.py" line="36" />
      <source>Sync conflicts</source>
      <translation>Abgleichskonflikte</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/conflict_dialog.py" line="44" />
      <source>Table</source>
      <translation>Tabelle</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/conflict_dialog.py" line="44" />
      <source>Object</source>
      <translation>Objekt</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/conflict_dialog.py" line="44" />
      <source>Field</source>
      <translation>Feld</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/conflict_dialog.py" line="44" />
      <source>Mine</source>
      <translation>Mein Wert</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/conflict_dialog.py" line="44" />
      <source>Theirs (server)</source>
      <translation>Serverwert</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/conflict_dialog.py" line="45" />
      <source>Changed by</source>
      <translation>Geändert von</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/conflict_dialog.py" line="45" />
      <source>Changed at</source>
      <translation>Geändert am</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/conflict_dialog.py" line="51" />
      <source>Keep mine</source>
      <translation>Meinen Wert behalten</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/conflict_dialog.py" line="52" />
      <source>Take theirs</source>
      <translation>Serverwert übernehmen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/conflict_dialog.py" line="53" />
      <source>Edit value…</source>
      <translation>Wert bearbeiten …</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/conflict_dialog.py" line="61" />
      <source>Changes the server refused (they stay here, unsent, until you edit them again or give them up):</source>
      <translation>Vom Server abgelehnte Änderungen (sie bleiben hier, ungesendet, bis Sie sie erneut bearbeiten oder verwerfen):</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/conflict_dialog.py" line="64" />
      <source>Change</source>
      <translation>Änderung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/conflict_dialog.py" line="65" />
      <source>Reason</source>
      <translation>Grund</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/conflict_dialog.py" line="70" />
      <source>Give up my change (server's state returns)</source>
      <translation>Meine Änderung verwerfen (Serverstand kommt zurück)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/conflict_dialog.py" line="90" />
      <source>{n} open conflicts. The working copy shows the server's value; your value is kept here until you decide. Resolved values go to the server with the next sync.</source>
      <translation>{n} offene Konflikte. Die Arbeitskopie zeigt den Serverwert; Ihr Wert bleibt hier erhalten, bis Sie entscheiden. Entschiedene Werte gehen mit dem nächsten Abgleich an den Server.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/inspection_view.py" line="23" />
      <source>Derived values</source>
      <translation>Abgeleitete Werte</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/inspection_view.py" line="25" />
      <source>Neighbours</source>
      <translation>Nachbarn</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/inspection_view.py" line="31" />
      <source>Open defects</source>
      <translation>Offene Mängel</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/inspection_view.py" line="33" />
      <source>severity</source>
      <translation>Dringlichkeit</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/inspection_view.py" line="36" />
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/inspection_view.py" line="45" />
      <source>upstream</source>
      <translation>stromaufwärts</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/inspection_view.py" line="45" />
      <source>downstream</source>
      <translation>stromabwärts</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/inspection_view.py" line="47" />
      <source>Direction</source>
      <translation>Richtung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/inspection_view.py" line="48" />
      <source>Pipes</source>
      <translation>Haltungen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/inspection_view.py" line="49" />
      <source>Total length</source>
      <translation>Gesamtlänge</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/inspection_view.py" line="50" />
      <source>Manholes</source>
      <translation>Schächte</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/inspection_view.py" line="51" />
      <source>Connected gullies</source>
      <translation>Angeschlossene Straßenabläufe</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/inspection_view.py" line="52" />
      <source>Laterals</source>
      <translation>Anschlussleitungen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/inspection_view.py" line="55" />
      <source>Outlet reached</source>
      <translation>Auslauf erreicht</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/inspection_view.py" line="56" />
      <source>no</source>
      <translation>nein</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/inspection_view.py" line="56" />
      <source>ends at</source>
      <translation>endet bei</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/inspection_view.py" line="59" />
      <source>Stopped at</source>
      <translation>Angehalten bei</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/inspection_view.py" line="61" />
      <source>Warning</source>
      <translation>Warnung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/inspection_view.py" line="61" />
      <source>flow cycle through {codes}</source>
      <translation>Fließkreislauf über {codes}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/inspection_view.py" line="79" />
      <source>Click a manhole, pipe, lateral or gully with the inspection tool, or select pipes.</source>
      <translation>Klicken Sie mit dem Abfragewerkzeug auf einen Schacht, eine Haltung, Anschlussleitung oder einen Straßenablauf, oder wählen Sie Haltungen aus.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/locator_filter.py" line="48" />
      <source>Street {name} ({n} pipes)</source>
      <translation>Straße {name} ({n} Haltungen)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/locator_filter.py" line="71" />
      <source>Kempten Twin: sewer objects, streets, defects</source>
      <translation>Kempten Twin: Kanalobjekte, Straßen, Mängel</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/locator_filter.py" line="92" />
      <source>Streets</source>
      <translation>Straßen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_dock.py" line="41" />
      <source>Total pipe length</source>
      <translation>Gesamtlänge Haltungen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_dock.py" line="43" />
      <source>Street gullies</source>
      <translation>Straßenabläufe</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_dock.py" line="45" />
      <source>Building projects</source>
      <translation>Bauvorhaben</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_dock.py" line="54" />
      <source>Sewer network</source>
      <translation>Kanalnetz</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_dock.py" line="63" />
      <source>Contents</source>
      <translation>Inhalt</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_dock.py" line="67" />
      <source>Open working copy</source>
      <translation>Arbeitskopie öffnen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_dock.py" line="69" />
      <source>Generate demo city…</source>
      <translation>Demo-Stadt erzeugen …</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_dock.py" line="84" />
      <source>Working copy: {path} (not created yet)</source>
      <translation>Arbeitskopie: {path} (noch nicht angelegt)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_dock.py" line="87" />
      <source>Working copy: {path}</source>
      <translation>Arbeitskopie: {path}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_dock.py" line="91" />
      <source>Working copy {path} cannot be read: {error}</source>
      <translation>Arbeitskopie {path} ist nicht lesbar: {error}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_tools.py" line="131" />
      <source>{table} {uuid} is no longer in the working copy.</source>
      <translation>{table} {uuid} ist nicht mehr in der Arbeitskopie.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_tools.py" line="162" />
      <source>Selection</source>
      <translation>Auswahl</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_tools.py" line="171" />
      <source>Trace stops at this manhole.</source>
      <translation>Die Verfolgung hält an diesem Schacht an.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_tools.py" line="172" />
      <source>Trace passes this manhole again.</source>
      <translation>Die Verfolgung geht wieder über diesen Schacht hinaus.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_tools.py" line="175" />
      <source>Pipe closed off for tracing.</source>
      <translation>Haltung für die Verfolgung abgesperrt.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_tools.py" line="176" />
      <source>Pipe open again for tracing.</source>
      <translation>Haltung für die Verfolgung wieder offen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_tools.py" line="202" />
      <source>Upstream of {code}</source>
      <translation>Oberhalb von {code}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_tools.py" line="203" />
      <source>Downstream of {code}</source>
      <translation>Unterhalb von {code}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_tools.py" line="207" />
      <source>{title}: {pipes} pipes, {length:.0f} m, {gullies} gullies</source>
      <translation>{title}: {pipes} Haltungen, {length:.0f} m, {gullies} Straßenabläufe</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_tools.py" line="211" />
      <source>warning: flow cycle through {codes}</source>
      <translation>Warnung: Fließkreislauf über {codes}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_tools.py" line="222" />
      <source>Longitudinal profile: now click the second manhole (or the same one again for the path down to the outlet).</source>
      <translation>Längsschnitt: Klicken Sie jetzt den zweiten Schacht (oder denselben noch einmal für den Weg bis zum Auslauf).</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_tools.py" line="253" />
      <source>No sewer object here; zoom in or click closer to it.</source>
      <translation>Hier ist kein Kanalobjekt; vergrößern Sie die Ansicht oder klicken Sie näher daran.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_tools.py" line="44" />
      <source>Inspect sewer object</source>
      <translation>Kanalobjekt abfragen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_tools.py" line="46" />
      <source>Trace upstream</source>
      <translation>Verfolgung stromaufwärts</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_tools.py" line="48" />
      <source>Trace downstream</source>
      <translation>Verfolgung stromabwärts</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_tools.py" line="50" />
      <source>Longitudinal profile</source>
      <translation>Längsschnitt</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_tools.py" line="51" />
      <source>Network checks…</source>
      <translation>Netzprüfung…</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_tools.py" line="94" />
      <source>Longitudinal profile: click the first manhole.</source>
      <translation>Längsschnitt: Klicken Sie den ersten Schacht.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_tools.py" line="96" />
      <source>Click a manhole or pipe to trace. Shift+click a manhole to stop there, Ctrl+click a pipe to close it off.</source>
      <translation>Schacht oder Haltung anklicken, um zu verfolgen. Umschalt+Klick auf einen Schacht hält dort an, Strg+Klick auf eine Haltung sperrt sie ab.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="106" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="106" />
      <source>Data source (QGIS WMS/WMTS)</source>
      <translation>Datenquelle (QGIS WMS/WMTS)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="107" />
      <source>Visible</source>
      <translation>Sichtbar</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="112" />
      <source>Add</source>
      <translation>Hinzufügen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="114" />
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="116" />
      <source>Restore defaults</source>
      <translation>Standard wiederherstellen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="130" />
      <source>Connecting to {server} …</source>
      <translation>Verbinde mit {server} …</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="131" />
      <source>Testing the server connection</source>
      <translation>Serververbindung wird getestet</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="43" />
      <source>Connected as {login}.</source>
      <translation>Verbunden als {login}.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="45" />
      <source>Server schema version {version}.</source>
      <translation>Serverschema Version {version}.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="50" />
      <source>read</source>
      <translation>lesen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="50" />
      <source>edit defects</source>
      <translation>Mängel bearbeiten</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="51" />
      <source>maintain gullies</source>
      <translation>Straßenabläufe warten</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="51" />
      <source>edit planning</source>
      <translation>Bauvorhaben bearbeiten</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="52" />
      <source>edit network</source>
      <translation>Kanalnetz bearbeiten</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="52" />
      <source>administer</source>
      <translation>verwalten</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="54" />
      <source>Rights: {rights}.</source>
      <translation>Rechte: {rights}.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="69" />
      <source>Working copy (GeoPackage)</source>
      <translation>Arbeitskopie (GeoPackage)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="74" />
      <source>A PostgreSQL connection saved in QGIS (its password stays in QGIS's authentication database) or service=NAME from pg_service.conf. Never a password.</source>
      <translation>Eine in QGIS gespeicherte PostgreSQL-Verbindung (das Passwort bleibt in der QGIS-Authentifizierungsdatenbank) oder service=NAME aus pg_service.conf. Niemals ein Passwort.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="77" />
      <source>Central server</source>
      <translation>Zentraler Server</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="79" />
      <source>Test connection</source>
      <translation>Verbindung testen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="81" />
      <source>Install or upgrade server schema…</source>
      <translation>Serverschema installieren oder aktualisieren …</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="92" />
      <source>User name</source>
      <translation>Benutzername</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="96" />
      <source>off</source>
      <translation>aus</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="97" />
      <source>Automatic sync every</source>
      <translation>Automatischer Abgleich alle</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/profile_dialog.py" line="71" />
      <source>Longitudinal profile {title}</source>
      <translation>Längsschnitt {title}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/profile_dialog.py" line="78" />
      <source>Export {kind}</source>
      <translation>Export {kind}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/profile_dialog.py" line="83" />
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/profile_dialog.py" line="92" />
      <source>Export longitudinal profile</source>
      <translation>Längsschnitt exportieren</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync_controller.py" line="117" />
      <source>No central server is configured (Settings ▸ Options ▸ Kempten Twin). The working copy works without one.</source>
      <translation>Kein zentraler Server eingestellt (Einstellungen ▸ Optionen ▸ Kempten Twin). Die Arbeitskopie funktioniert auch ohne.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync_controller.py" line="130" />
      <source>Kempten Twin: synchronising</source>
      <translation>Kempten Twin: Abgleich</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync_controller.py" line="149" />
      <source>Synchronised: sent {pushed}, received {pulled}, new conflicts {conflicts}, refused {refused}.</source>
      <translation>Abgeglichen: gesendet {pushed}, empfangen {pulled}, neue Konflikte {conflicts}, abgelehnt {refused}.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync_controller.py" line="54" />
      <source>Sync: no working copy</source>
      <translation>Abgleich: keine Arbeitskopie</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync_controller.py" line="57" />
      <source>{n} pending</source>
      <translation>{n} ausstehend</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync_controller.py" line="59" />
      <source>{n} conflicts</source>
      <translation>{n} Konflikte</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync_controller.py" line="61" />
      <source>{n} refused</source>
      <translation>{n} abgelehnt</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync_controller.py" line="62" />
      <source>last sync {when}</source>
      <translation>zuletzt {when}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync_controller.py" line="63" />
      <source>never</source>
      <translation>nie</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync_controller.py" line="64" />
      <source>Sync: </source>
      <translation>Abgleich: </translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync_controller.py" line="66" />
      <source>offline</source>
      <translation>offline</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync_controller.py" line="68" />
      <source>Sync running …</source>
      <translation>Abgleich läuft …</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/layers.py" line="21" />
      <source>Defects</source>
      <translation>Mängel</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/layers.py" line="31" />
      <source>Planned buildings</source>
      <translation>Baukörper</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/layers.py" line="54" />
      <source>The working copy {path} does not exist. Create it first, for example with the demo city generator.</source>
      <translation>Die Arbeitskopie {path} gibt es nicht. Legen Sie sie zuerst an, zum Beispiel mit „Demo-Stadt erzeugen“.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/layers.py" line="66" />
      <source>{path} has no readable table {table}; is it a Kempten Twin working copy?</source>
      <translation>{path} enthält keine lesbare Tabelle {table}; ist das eine Kempten-Twin-Arbeitskopie?</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/checks.py" line="101" />
      <source>Pipe ends {gap:.2f} m away from its manhole {manhole}</source>
      <translation>Haltung endet {gap:.2f} m neben ihrem Schacht {manhole}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/checks.py" line="107" />
      <source>Pipe invert {pipe:.2f} m NHN lies {cm:.0f} cm below the invert of manhole {manhole} ({level:.2f} m NHN)</source>
      <translation>Haltungssohle {pipe:.2f} m NHN liegt {cm:.0f} cm unter der Schachtsohle von {manhole} ({level:.2f} m NHN)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/checks.py" line="128" />
      <source>Invert at the outflow end {here:.2f} m NHN lies {cm:.0f} cm below the invert of the downstream pipe {other} ({there:.2f} m NHN) in manhole {manhole}</source>
      <translation>Sohle am unteren Ende {here:.2f} m NHN liegt {cm:.0f} cm unter der Sohle der abgehenden Haltung {other} ({there:.2f} m NHN) im Schacht {manhole}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/checks.py" line="144" />
      <source>Manhole is not connected to any pipe</source>
      <translation>Schacht ist an keine Haltung angeschlossen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/checks.py" line="149" />
      <source>Manhole lies on a flow cycle: water leaving it flows back to it</source>
      <translation>Schacht liegt in einem Fließkreislauf: abfließendes Wasser kehrt zu ihm zurück</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/checks.py" line="164" />
      <source>Object code {code} is used by {n} manholes</source>
      <translation>Objektbezeichnung {code} ist an {n} Schächte vergeben</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/checks.py" line="165" />
      <source>Object code {code} is used by {n} pipes</source>
      <translation>Objektbezeichnung {code} ist an {n} Haltungen vergeben</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/checks.py" line="83" />
      <source>Counter-slope: the invert rises by {cm:.0f} cm in flow direction ({a:.2f} → {b:.2f} m NHN)</source>
      <translation>Gegengefälle: Die Sohle steigt in Fließrichtung um {cm:.0f} cm ({a:.2f} → {b:.2f} m NHN)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/checks.py" line="91" />
      <source>Start manhole missing ({ref})</source>
      <translation>Anfangsschacht fehlt ({ref})</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/checks.py" line="92" />
      <source>End manhole missing ({ref})</source>
      <translation>Endschacht fehlt ({ref})</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/checks.py" line="99" />
      <source>Pipe starts {gap:.2f} m away from its manhole {manhole}</source>
      <translation>Haltung beginnt {gap:.2f} m neben ihrem Schacht {manhole}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/graph.py" line="116" />
      <source>The working copy {path} cannot be read as a sewer network: {error}</source>
      <translation>Die Arbeitskopie {path} lässt sich nicht als Kanalnetz lesen: {error}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/graph.py" line="156" />
      <source>The object code {code} is used by {n} objects; run the network checks to find the duplicates.</source>
      <translation>Die Objektbezeichnung {code} ist an {n} Objekte vergeben; die Netzprüfung findet die Doppelten.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/graph.py" line="161" />
      <source>No manhole or pipe with the code {code} in the working copy.</source>
      <translation>Kein Schacht und keine Haltung mit der Bezeichnung {code} in der Arbeitskopie.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/graph.py" line="169" />
      <source>neither start nor end manhole exists</source>
      <translation>weder Anfangs- noch Endschacht vorhanden</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/graph.py" line="171" />
      <source>start manhole missing</source>
      <translation>Anfangsschacht fehlt</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/graph.py" line="173" />
      <source>end manhole missing</source>
      <translation>Endschacht fehlt</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/graph.py" line="272" />
      <source>{code} is a manhole; only pipes can be closed off.</source>
      <translation>{code} ist ein Schacht; absperren lassen sich nur Haltungen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/graph.py" line="279" />
      <source>{code} is a pipe; a trace can only stop at a manhole.</source>
      <translation>{code} ist eine Haltung; eine Verfolgung kann nur an einem Schacht anhalten.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/graph.py" line="299" />
      <source>No flow path leaves manhole {code}.</source>
      <translation>Vom Schacht {code} führt kein Fließweg weg.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/graph.py" line="310" />
      <source>No flow path connects manholes {a} and {b}: water from neither reaches the other.</source>
      <translation>Kein Fließweg verbindet die Schächte {a} und {b}: Das Wasser des einen erreicht den anderen nicht.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/graph.py" line="317" />
      <source>{code} is a pipe; pick a manhole.</source>
      <translation>{code} ist eine Haltung; wählen Sie einen Schacht.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/graph.py" line="98" />
      <source>The working copy {path} does not exist.</source>
      <translation>Die Arbeitskopie {path} existiert nicht.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="106" />
      <source>missing ({uuid})</source>
      <translation>fehlt ({uuid})</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="115" />
      <source>Object code</source>
      <translation>Objektbezeichnung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="116" />
      <source>Node kind</source>
      <translation>Knotenart</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="117" />
      <source>Drainage</source>
      <translation>Entwässerungsart</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="118" />
      <source>Cover level</source>
      <translation>Deckelhöhe</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="119" />
      <source>Invert level</source>
      <translation>Sohlhöhe</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="120" />
      <source>Depth</source>
      <translation>Tiefe</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="121" />
      <source>Material</source>
      <translation>Material</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="122" />
      <source>Year built</source>
      <translation>Baujahr</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="123" />
      <source>Condition class</source>
      <translation>Zustandsklasse</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="124" />
      <source>Street</source>
      <translation>Straße</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="129" />
      <source>upstream pipe</source>
      <translation>zulaufende Haltung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="134" />
      <source>downstream pipe</source>
      <translation>ablaufende Haltung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="137" />
      <source>Outflow</source>
      <translation>Abfluss</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="137" />
      <source>none: the flow ends here (outlet)</source>
      <translation>keiner: hier endet der Fließweg (Auslauf)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="147" />
      <source>Profile</source>
      <translation>Profil</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="148" />
      <source>Nominal size</source>
      <translation>Nennweite</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="151" />
      <source>Length</source>
      <translation>Länge</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="152" />
      <source>Invert level upstream</source>
      <translation>Sohlhöhe Zulauf (oben)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="153" />
      <source>Invert level downstream</source>
      <translation>Sohlhöhe Ablauf (unten)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="159" />
      <source>Fall</source>
      <translation>Höhenunterschied</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="162" />
      <source>(counter-slope!)</source>
      <translation>(Gegengefälle!)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="163" />
      <source>Slope</source>
      <translation>Gefälle</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="164" />
      <source>Depth upstream</source>
      <translation>Tiefe oben</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="165" />
      <source>Depth downstream</source>
      <translation>Tiefe unten</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="169" />
      <source>upstream manhole</source>
      <translation>oberer Schacht</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="170" />
      <source>downstream manhole</source>
      <translation>unterer Schacht</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="177" />
      <source>connected gully</source>
      <translation>angeschlossener Straßenablauf</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="177" />
      <source>lateral</source>
      <translation>Anschlussleitung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="189" />
      <source>joins pipe</source>
      <translation>mündet in Haltung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="191" />
      <source>drains gully</source>
      <translation>entwässert Straßenablauf</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="195" />
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="198" />
      <source>Gully kind</source>
      <translation>Ablaufart</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="199" />
      <source>Sludge bucket</source>
      <translation>Schlammeimer</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="202" />
      <source>Last cleaned</source>
      <translation>Zuletzt gereinigt</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="204" />
      <source>drains into pipe</source>
      <translation>entwässert in Haltung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="219" />
      <source>Objects</source>
      <translation>Objekte</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="224" />
      <source>DN range</source>
      <translation>DN-Spanne</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="226" />
      <source>Materials</source>
      <translation>Materialien</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="38" />
      <source>Manhole</source>
      <translation>Schacht</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="38" />
      <source>Pipe</source>
      <translation>Haltung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="38" />
      <source>Lateral</source>
      <translation>Anschlussleitung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="39" />
      <source>Street gully</source>
      <translation>Straßenablauf</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="58" />
      <source>0 = worst … 5 = no defect</source>
      <translation>0 = schlechteste … 5 = schadensfrei</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="60" />
      <source>0 = no defect … 5 = worst</source>
      <translation>0 = schadensfrei … 5 = schlechteste</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="62" />
      <source>scheme unknown</source>
      <translation>Skala unbekannt</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="67" />
      <source>foul water</source>
      <translation>Schmutzwasser</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="67" />
      <source>storm water</source>
      <translation>Regenwasser</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/inspection.py" line="67" />
      <source>combined</source>
      <translation>Mischwasser</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/profile_render.py" line="109" />
      <source>Longitudinal profile {title} — {length:.1f} m</source>
      <translation>Längsschnitt {title} — {length:.1f} m</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/profile_render.py" line="154" />
      <source>m NHN</source>
      <translation>m NHN</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/profile_render.py" line="220" />
      <source>Station [m]</source>
      <translation>Station [m]</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/profile_render.py" line="220" />
      <source>Cover level [m NHN]</source>
      <translation>Deckelhöhe [m NHN]</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/profile_render.py" line="221" />
      <source>Invert level [m NHN]</source>
      <translation>Sohlhöhe [m NHN]</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/profile_render.py" line="221" />
      <source>Depth [m]</source>
      <translation>Tiefe [m]</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/profile_render.py" line="221" />
      <source>Pipe DN</source>
      <translation>Haltung DN</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/profile_render.py" line="221" />
      <source>Length [m]</source>
      <translation>Länge [m]</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/profile_render.py" line="222" />
      <source>Slope [‰]</source>
      <translation>Gefälle [‰]</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/profile_render.py" line="273" />
      <source>Cannot write {path}</source>
      <translation>{path} kann nicht geschrieben werden</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/network/profile_render.py" line="298" />
      <source>Unknown file type for a profile: {path} (use .png, .svg or .pdf)</source>
      <translation>Unbekannter Dateityp für einen Längsschnitt: {path} (.png, .svg oder .pdf verwenden)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/plugin.py" line="165" />
      <source>{missing} of {total} basemaps could not be reached (offline?); they stay empty until the service answers.</source>
      <translation>{missing} von {total} Hintergrundkarten sind nicht erreichbar (offline?); sie bleiben leer, bis der Dienst antwortet.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/plugin.py" line="73" />
      <source>Sewer network panel</source>
      <translation>Fenster Kanalnetz</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/plugin.py" line="76" />
      <source>Add basemaps</source>
      <translation>Hintergrundkarten hinzufügen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/plugin.py" line="78" />
      <source>Synchronise</source>
      <translation>Abgleichen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/plugin.py" line="80" />
      <source>Review sync conflicts…</source>
      <translation>Abgleichskonflikte prüfen …</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/plugin.py" line="88" />
      <source>Settings…</source>
      <translation>Einstellungen …</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/generate_demo_city.py" line="37" />
      <source>Generate demo city</source>
      <translation>Demo-Stadt erzeugen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/generate_demo_city.py" line="40" />
      <source>Working copy</source>
      <translation>Arbeitskopie</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/generate_demo_city.py" line="46" />
      <source>Writes a plausible gravity sewer network around Kempten (EPSG:25832) into a new working copy GeoPackage: manholes, pipes, laterals, street gullies, defects and planned buildings. The same seed gives the same city.</source>
      <translation>Schreibt ein plausibles Freispiegel-Kanalnetz rund um Kempten (EPSG:25832) in eine neue Arbeitskopie (GeoPackage): Schächte, Haltungen, Anschlussleitungen, Straßenabläufe, Mängel und Bauvorhaben. Derselbe Startwert ergibt dieselbe Stadt.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/generate_demo_city.py" line="57" />
      <source>Number of pipes</source>
      <translation>Anzahl Haltungen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/generate_demo_city.py" line="60" />
      <source>Random seed</source>
      <translation>Startwert (Seed)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/generate_demo_city.py" line="62" />
      <source>Overwrite an existing file</source>
      <translation>Vorhandene Datei überschreiben</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/generate_demo_city.py" line="75" />
      <source>Cancelled; nothing was written.</source>
      <translation>Abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/install_server_schema.py" line="24" />
      <source>Install or upgrade server schema</source>
      <translation>Serverschema installieren oder aktualisieren</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/install_server_schema.py" line="33" />
      <source>Creates the Kempten Twin schema on the central PostGIS server, or upgrades it to the version this plugin knows, with the roles reader, maintenance, planner and admin. Running it again changes nothing. A schema newer than the plugin is refused.</source>
      <translation>Legt das Kempten-Twin-Schema auf dem zentralen PostGIS-Server an oder aktualisiert es auf die Version, die dieses Plugin kennt, mit den Rollen reader, maintenance, planner und admin. Ein erneuter Lauf ändert nichts. Ein neueres Schema als das des Plugins wird abgelehnt.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/install_server_schema.py" line="43" />
      <source>Server (QGIS PostgreSQL connection or service=NAME)</source>
      <translation>Server (QGIS-PostgreSQL-Verbindung oder service=NAME)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/install_server_schema.py" line="45" />
      <source>Schema</source>
      <translation>Schema</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/install_server_schema.py" line="47" />
      <source>Role prefix</source>
      <translation>Rollen-Präfix</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/install_server_schema.py" line="62" />
      <source>Schema {schema}: version {before} → {after}</source>
      <translation>Schema {schema}: Version {before} → {after}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="106" />
      <source>Manhole {code} lies on a flow cycle; check the network.</source>
      <translation>Schacht {code} liegt in einem Fließkreislauf; prüfen Sie das Netz.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="124" />
      <source>{pipes} pipes, {length:.1f} m, {manholes} manholes, {gullies} gullies; outlets reached: {outlets}</source>
      <translation>{pipes} Haltungen, {length:.1f} m, {manholes} Schächte, {gullies} Straßenabläufe; erreichte Ausläufe: {outlets}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="143" />
      <source>All pipes whose water reaches the start manhole or pipe (its catchment in the network), optionally not beyond chosen manholes.</source>
      <translation>Alle Haltungen, deren Wasser den Startschacht oder die Starthaltung erreicht (ihr Einzugsgebiet im Netz), auf Wunsch nicht über gewählte Schächte hinaus.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="157" />
      <source>All pipes the water from the start manhole or pipe flows through, down to the outlets it reaches, optionally stopping at chosen manholes.</source>
      <translation>Alle Haltungen, durch die das Wasser vom Startschacht oder der Starthaltung bis zu den erreichten Ausläufen fließt, auf Wunsch mit Halt an gewählten Schächten.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="172" />
      <source>Draws the longitudinal profile (Längsschnitt) along the flow path between two manholes — or from one manhole down to the end of its flow — as PNG, SVG or PDF: ground, pipe crown and invert, manholes with depths, DN and slope per pipe, stations.</source>
      <translation>Zeichnet den Längsschnitt entlang des Fließwegs zwischen zwei Schächten — oder von einem Schacht bis zum Ende seines Fließwegs — als PNG, SVG oder PDF: Gelände, Scheitel und Sohle der Haltungen, Schächte mit Tiefen, DN und Gefälle je Haltung, Stationierung.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="179" />
      <source>First manhole</source>
      <translation>Erster Schacht</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="181" />
      <source>Second manhole (empty: down to the end of the flow)</source>
      <translation>Zweiter Schacht (leer: bis zum Ende des Fließwegs)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="183" />
      <source>Profile drawing</source>
      <translation>Längsschnitt-Zeichnung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="184" />
      <source>Length (m)</source>
      <translation>Länge (m)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="199" />
      <source>{title}: {n} pipes, {length:.1f} m</source>
      <translation>{title}: {n} Haltungen, {length:.1f} m</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="211" />
      <source>Network checks</source>
      <translation>Netzprüfung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="214" />
      <source>Finds pipes with counter-slope, inverts below the downstream invert or below the manhole floor, manholes without pipes, duplicate object codes, pipes that do not touch or refer to missing manholes, and flow cycles. Each finding is a point with the check and a reason.</source>
      <translation>Findet Haltungen mit Gegengefälle, Sohlen unter der Sohle der abgehenden Haltung oder unter der Schachtsohle, Schächte ohne Haltungen, doppelte Objektbezeichnungen, Haltungen, die ihre Schächte nicht berühren oder auf fehlende Schächte verweisen, und Fließkreisläufe. Jeder Befund ist ein Punkt mit Prüfung und Begründung.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="222" />
      <source>Largest gap between a pipe end and its manhole (m)</source>
      <translation>Größter Abstand zwischen Haltungsende und Schacht (m)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="225" />
      <source>Findings</source>
      <translation>Befunde</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="247" />
      <source>{n} findings</source>
      <translation>{n} Befunde</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="77" />
      <source>Start: object code of a manhole or pipe</source>
      <translation>Start: Objektbezeichnung eines Schachts oder einer Haltung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="79" />
      <source>Stop at manholes (object codes, comma-separated)</source>
      <translation>Anhalten an Schächten (Objektbezeichnungen, durch Komma getrennt)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="82" />
      <source>Closed-off pipes (object codes, comma-separated)</source>
      <translation>Abgesperrte Haltungen (Objektbezeichnungen, durch Komma getrennt)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="84" />
      <source>Traced pipes</source>
      <translation>Verfolgte Haltungen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="86" />
      <source>Total length (m)</source>
      <translation>Gesamtlänge (m)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="89" />
      <source>Outlets reached</source>
      <translation>Erreichte Ausläufe</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/provider.py" line="24" />
      <source>Kempten Twin – sewer network tools</source>
      <translation>Kempten Twin – Werkzeuge für das Kanalnetz</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/sync_working_copy.py" line="25" />
      <source>Synchronise working copy</source>
      <translation>Arbeitskopie abgleichen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/sync_working_copy.py" line="34" />
      <source>Sends the local edits of the working copy to the central server and fetches the server's changes. Edits of different fields merge; the same field changed on both sides becomes a conflict to review, never a loss. A working copy that does not exist yet is made by a full download.</source>
      <translation>Sendet die lokalen Änderungen der Arbeitskopie an den zentralen Server und holt die Änderungen des Servers. Änderungen verschiedener Felder werden zusammengeführt; dasselbe Feld, auf beiden Seiten geändert, wird ein Konflikt zur Prüfung, nie ein Verlust. Eine noch nicht vorhandene Arbeitskopie entsteht durch einen vollständigen Download.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/sync_working_copy.py" line="68" />
      <source>Cancelled; what was sent is safe, the rest stays pending.</source>
      <translation>Abgebrochen; Gesendetes ist sicher, der Rest bleibt ausstehend.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/sync_working_copy.py" line="70" />
      <source>Sent {pushed}, received {pulled}, new conflicts {conflicts}, refused {refused}.</source>
      <translation>Gesendet {pushed}, empfangen {pulled}, neue Konflikte {conflicts}, abgelehnt {refused}.</translation>
    </message>
  </context>
</TS>
