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
      <location filename="../kempten_twin_plugin/gui/network_dock.py" line="38" />
      <source>Manholes</source>
      <translation>Schächte</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_dock.py" line="39" />
      <source>Pipes</source>
      <translation>Haltungen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_dock.py" line="40" />
      <source>Total pipe length</source>
      <translation>Gesamtlänge Haltungen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_dock.py" line="41" />
      <source>Laterals</source>
      <translation>Anschlussleitungen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_dock.py" line="42" />
      <source>Street gullies</source>
      <translation>Straßenabläufe</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_dock.py" line="43" />
      <source>Open defects</source>
      <translation>Offene Mängel</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_dock.py" line="44" />
      <source>Building projects</source>
      <translation>Bauvorhaben</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_dock.py" line="53" />
      <source>Sewer network</source>
      <translation>Kanalnetz</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_dock.py" line="62" />
      <source>Contents</source>
      <translation>Inhalt</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_dock.py" line="66" />
      <source>Open working copy</source>
      <translation>Arbeitskopie öffnen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_dock.py" line="68" />
      <source>Generate demo city…</source>
      <translation>Demo-Stadt erzeugen …</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_dock.py" line="82" />
      <source>Working copy: {path} (not created yet)</source>
      <translation>Arbeitskopie: {path} (noch nicht angelegt)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_dock.py" line="85" />
      <source>Working copy: {path}</source>
      <translation>Arbeitskopie: {path}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_dock.py" line="89" />
      <source>Working copy {path} cannot be read: {error}</source>
      <translation>Arbeitskopie {path} ist nicht lesbar: {error}</translation>
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
      <location filename="../kempten_twin_plugin/plugin.py" line="157" />
      <source>{missing} of {total} basemaps could not be reached (offline?); they stay empty until the service answers.</source>
      <translation>{missing} von {total} Hintergrundkarten sind nicht erreichbar (offline?); sie bleiben leer, bis der Dienst antwortet.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/plugin.py" line="71" />
      <source>Sewer network panel</source>
      <translation>Fenster Kanalnetz</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/plugin.py" line="74" />
      <source>Add basemaps</source>
      <translation>Hintergrundkarten hinzufügen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/plugin.py" line="76" />
      <source>Synchronise</source>
      <translation>Abgleichen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/plugin.py" line="78" />
      <source>Review sync conflicts…</source>
      <translation>Abgleichskonflikte prüfen …</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/plugin.py" line="83" />
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
      <location filename="../kempten_twin_plugin/processing/provider.py" line="23" />
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
