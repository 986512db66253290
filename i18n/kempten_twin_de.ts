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
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="101" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="101" />
      <source>Data source (QGIS WMS/WMTS)</source>
      <translation>Datenquelle (QGIS WMS/WMTS)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="102" />
      <source>Visible</source>
      <translation>Sichtbar</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="107" />
      <source>Add</source>
      <translation>Hinzufügen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="109" />
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="111" />
      <source>Restore defaults</source>
      <translation>Standard wiederherstellen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="125" />
      <source>Connecting to {server} …</source>
      <translation>Verbinde mit {server} …</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="126" />
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
      <location filename="../kempten_twin_plugin/plugin.py" line="141" />
      <source>{missing} of {total} basemaps could not be reached (offline?); they stay empty until the service answers.</source>
      <translation>{missing} von {total} Hintergrundkarten sind nicht erreichbar (offline?); sie bleiben leer, bis der Dienst antwortet.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/plugin.py" line="68" />
      <source>Sewer network panel</source>
      <translation>Fenster Kanalnetz</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/plugin.py" line="71" />
      <source>Add basemaps</source>
      <translation>Hintergrundkarten hinzufügen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/plugin.py" line="76" />
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
      <location filename="../kempten_twin_plugin/processing/provider.py" line="22" />
      <source>Kempten Twin – sewer network tools</source>
      <translation>Kempten Twin – Werkzeuge für das Kanalnetz</translation>
    </message>
  </context>
</TS>
