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
      <location filename="../kempten_twin_plugin/gui/planning.py" line="125" />
      <source>Building projects panel</source>
      <translation>Bedienfeld Bauvorhaben</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning.py" line="129" />
      <source>Import planned buildings…</source>
      <translation>Geplante Baukörper importieren…</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning.py" line="130" />
      <source>Import citizens' comments…</source>
      <translation>Bürgerbeiträge importieren…</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning.py" line="132" />
      <source>Check building conflicts</source>
      <translation>Bauvorhaben auf Konflikte prüfen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning.py" line="133" />
      <source>Open 3D view of the projects</source>
      <translation>3D-Ansicht der Bauvorhaben öffnen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning.py" line="134" />
      <source>Review report (PDF)…</source>
      <translation>Prüfbericht (PDF)…</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning.py" line="195" />
      <source>{name} · {status} · {n} comments</source>
      <translation>{name} · {status} · {n} Beiträge</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning.py" line="294" />
      <source>Import planned buildings</source>
      <translation>Geplante Baukörper importieren</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning.py" line="325" />
      <source>Importing {file}</source>
      <translation>{file} wird importiert</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning.py" line="334" />
      <source>{n} existing buildings imported for context.</source>
      <translation>{n} Bestandsgebäude als Umgebung importiert.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning.py" line="336" />
      <source>{projects} projects with {buildings} buildings imported ({kind}).</source>
      <translation>{projects} Bauvorhaben mit {buildings} Baukörpern importiert ({kind}).</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning.py" line="339" />
      <source>{n} warnings: {first}</source>
      <translation>{n} Warnungen: {first}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning.py" line="347" />
      <source>Import citizens' comments</source>
      <translation>Bürgerbeiträge importieren</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning.py" line="358" />
      <source>Importing comments</source>
      <translation>Bürgerbeiträge werden importiert</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning.py" line="365" />
      <source>{n} comments imported, {skipped} without a project.</source>
      <translation>{n} Bürgerbeiträge importiert, {skipped} ohne Bauvorhaben.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning.py" line="371" />
      <source>Please wait: the previous task is still running.</source>
      <translation>Bitte warten: die vorige Aufgabe läuft noch.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning.py" line="400" />
      <source>The working copy {path} does not exist.</source>
      <translation>Die Arbeitskopie {path} existiert nicht.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning.py" line="409" />
      <source>Checking building conflicts</source>
      <translation>Bauvorhaben werden auf Konflikte geprüft</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning.py" line="423" />
      <source>Building conflicts</source>
      <translation>Konflikte Bauvorhaben</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning.py" line="428" />
      <source>{n} conflicts with the sewer network.</source>
      <translation>{n} Konflikte mit dem Kanalnetz.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning.py" line="438" />
      <source>No. {n}</source>
      <translation>Nr. {n}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning.py" line="446" />
      <source>{n} conflicts in this project (of {total}).</source>
      <translation>{n} Konflikte in diesem Bauvorhaben (von {total}).</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning.py" line="472" />
      <source>Open the working copy first.</source>
      <translation>Öffnen Sie zuerst die Arbeitskopie.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning.py" line="477" />
      <source>Building projects 3D</source>
      <translation>Bauvorhaben 3D</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning.py" line="483" />
      <source>Open the 3D view with View ▸ 3D Map Views ▸ New 3D Map View; the buildings and the pipes at depth have their 3D style already.</source>
      <translation>Öffnen Sie die 3D-Ansicht über Ansicht ▸ 3D-Kartenansichten ▸ Neue 3D-Kartenansicht; Baukörper und Haltungen in Sohltiefe sind bereits für 3D gestaltet.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning.py" line="514" />
      <source>Choose a building project in the panel first.</source>
      <translation>Wählen Sie zuerst ein Bauvorhaben im Bedienfeld.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning.py" line="519" />
      <source>Review report</source>
      <translation>Prüfbericht</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning.py" line="530" />
      <source>Report written: {path} ({pages} pages).</source>
      <translation>Bericht geschrieben: {path} ({pages} Seiten).</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning.py" line="73" />
      <source>Import…</source>
      <translation>Importieren…</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning.py" line="74" />
      <source>Check conflicts</source>
      <translation>Konflikte prüfen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning.py" line="75" />
      <source>3D</source>
      <translation>3D</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning.py" line="76" />
      <source>Report…</source>
      <translation>Bericht…</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning.py" line="77" />
      <source>Strips…</source>
      <translation>Schutzstreifen…</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning.py" line="88" />
      <source>Building</source>
      <translation>Baukörper</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning.py" line="88" />
      <source>Asset</source>
      <translation>Objekt</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning.py" line="88" />
      <source>Distance (m)</source>
      <translation>Abstand (m)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning.py" line="88" />
      <source>Required (m)</source>
      <translation>Erforderlich (m)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning.py" line="88" />
      <source>Severity</source>
      <translation>Schwere</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning.py" line="94" />
      <source>Citizens' comments</source>
      <translation>Bürgerbeiträge</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning_dialogs.py" line="101" />
      <source>DN up to (mm)</source>
      <translation>DN bis (mm)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning_dialogs.py" line="101" />
      <source>Strip (m)</source>
      <translation>Streifen (m)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning_dialogs.py" line="112" />
      <source>Around manholes (m)</source>
      <translation>Um Schächte (m)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning_dialogs.py" line="140" />
      <source>Not valid: {error}</source>
      <translation>Ungültig: {error}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning_dialogs.py" line="35" />
      <source>Which attribute of {file} holds what? Features sharing a name form one building project.</source>
      <translation>Welches Attribut von {file} enthält was? Objekte mit gleichem Namen bilden ein Bauvorhaben.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning_dialogs.py" line="41" />
      <source>Height (m)</source>
      <translation>Höhe (m)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning_dialogs.py" line="41" />
      <source>Floors</source>
      <translation>Geschosse</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning_dialogs.py" line="41" />
      <source>Use</source>
      <translation>Nutzung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning_dialogs.py" line="42" />
      <source>Project name</source>
      <translation>Name des Bauvorhabens</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning_dialogs.py" line="55" />
      <source>from the name attribute or the file name</source>
      <translation>aus dem Namensattribut oder dem Dateinamen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning_dialogs.py" line="56" />
      <source>Project name (for all)</source>
      <translation>Name des Bauvorhabens (für alle)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning_dialogs.py" line="60" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning_dialogs.py" line="63" />
      <source>as in the file</source>
      <translation>wie in der Datei</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning_dialogs.py" line="63" />
      <source>guess from coordinates</source>
      <translation>aus den Koordinaten erkennen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning_dialogs.py" line="65" />
      <source>Source CRS</source>
      <translation>Quell-KBS</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning_dialogs.py" line="89" />
      <source>Protection strips</source>
      <translation>Schutzstreifen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning_dialogs.py" line="95" />
      <source>Strip width each side of the pipe axis by nominal diameter. The values are a default the city sets; an empty DN in the last row means all larger pipes.</source>
      <translation>Schutzstreifenbreite je Seite der Rohrachse nach Nennweite. Die Werte sind eine Vorgabe der Stadt; eine leere DN in der letzten Zeile gilt für alle größeren Haltungen.</translation>
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
      <location filename="../kempten_twin_plugin/planning/citygml.py" line="152" />
      <source>{path} holds no CityGML buildings with a footprint; nothing was imported.</source>
      <translation>{path} enthält keine CityGML-Gebäude mit Grundriss; nichts wurde importiert.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/planning/comments.py" line="144" />
      <source>The CSV file has no rows.</source>
      <translation>Die CSV-Datei hat keine Zeilen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/planning/comments.py" line="178" />
      <source>{path} cannot be read: {error}</source>
      <translation>{path} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/planning/comments.py" line="186" />
      <source>{path} is not valid JSON: {error}</source>
      <translation>{path} ist kein gültiges JSON: {error}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/planning/comments.py" line="196" />
      <source>{path} is neither GeoJSON nor a Decidim GraphQL answer.</source>
      <translation>{path} ist weder GeoJSON noch eine Decidim-GraphQL-Antwort.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/planning/comments.py" line="211" />
      <source>{path} holds no comments.</source>
      <translation>{path} enthält keine Beiträge.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/planning/comments.py" line="232" />
      <source>No such building project in the working copy.</source>
      <translation>Dieses Bauvorhaben gibt es in der Arbeitskopie nicht.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/planning/comments.py" line="239" />
      <source>no project given and no planned building within {m} m</source>
      <translation>kein Bauvorhaben angegeben und kein geplanter Baukörper im Umkreis von {m} m</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/planning/crs.py" line="56" />
      <source>Unknown coordinate reference system EPSG:{code}.</source>
      <translation>Unbekanntes Koordinatenbezugssystem EPSG:{code}.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/planning/crs.py" line="83" />
      <source>The coordinates cannot be transformed to EPSG:25832.</source>
      <translation>Die Koordinaten lassen sich nicht nach EPSG:25832 umrechnen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/planning/footprints.py" line="105" />
      <source>{path} names no coordinate reference system and its coordinates fit none we know; please give it (SOURCE_CRS).</source>
      <translation>{path} nennt kein Koordinatenbezugssystem und die Koordinaten passen zu keinem bekannten; bitte angeben (SOURCE_CRS).</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/planning/footprints.py" line="109" />
      <source>No CRS in the file; EPSG:{code} assumed from the coordinates.</source>
      <translation>Kein KBS in der Datei; EPSG:{code} aus den Koordinaten angenommen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/planning/footprints.py" line="119" />
      <source>Feature {fid}: height {value!r} is not a number; left empty.</source>
      <translation>Objekt {fid}: Höhe {value!r} ist keine Zahl; leer gelassen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/planning/footprints.py" line="122" />
      <source>Feature {fid}: height {value} m is implausible; left empty.</source>
      <translation>Objekt {fid}: Höhe {value} m ist unplausibel; leer gelassen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/planning/footprints.py" line="132" />
      <source>Feature {fid}: invalid polygon repaired.</source>
      <translation>Objekt {fid}: ungültiges Polygon repariert.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/planning/footprints.py" line="143" />
      <source>{path} holds no polygons (footprints); nothing was imported.</source>
      <translation>{path} enthält keine Polygone (Grundrisse); nichts wurde importiert.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/planning/footprints.py" line="33" />
      <source>{path} does not exist.</source>
      <translation>{path} existiert nicht.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/planning/footprints.py" line="40" />
      <source>{path} is not a vector file GDAL can read (GeoJSON, GeoPackage, Shapefile, DXF …).</source>
      <translation>{path} ist keine Vektordatei, die GDAL lesen kann (GeoJSON, GeoPackage, Shapefile, DXF …).</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/planning/footprints.py" line="45" />
      <source>{path} has no layer {layer}.</source>
      <translation>{path} hat keinen Layer {layer}.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/planning/footprints.py" line="85" />
      <source>Unknown mapping key {key}; use height, floors, use or name.</source>
      <translation>Unbekannte Zuordnung {key}; möglich sind height, floors, use oder name.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/planning/footprints.py" line="88" />
      <source>The file has no attribute {field} (mapped to {key}). Its attributes: {fields}.</source>
      <translation>Die Datei hat kein Attribut {field} (zugeordnet zu {key}). Ihre Attribute: {fields}.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/planning/gml.py" line="55" />
      <source>A polygon has coordinates that are not numbers.</source>
      <translation>Ein Polygon hat Koordinaten, die keine Zahlen sind.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/planning/gml.py" line="59" />
      <source>A polygon has an odd number of coordinates.</source>
      <translation>Ein Polygon hat eine ungerade Anzahl Koordinaten.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/planning/importer.py" line="41" />
      <source>{path} is neither XPlanGML nor CityGML (unknown namespace); nothing was imported.</source>
      <translation>{path} ist weder XPlanGML noch CityGML (unbekannter Namensraum); nichts wurde importiert.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/planning/importer.py" line="86" />
      <source>The working copy {path} does not exist; import the building projects first.</source>
      <translation>Die Arbeitskopie {path} existiert nicht; importieren Sie zuerst die Bauvorhaben.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/planning/importer.py" line="94" />
      <source>{n} comments were imported before and were skipped.</source>
      <translation>{n} Beiträge waren schon importiert und wurden übersprungen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/planning/overlay_qgis.py" line="168" />
      <source>Pipes (3D, at invert depth)</source>
      <translation>Haltungen (3D, in Sohltiefe)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/planning/overlay_qgis.py" line="225" />
      <source>Conflicts</source>
      <translation>Konflikte</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/planning/overlay_qgis.py" line="85" />
      <source>other</source>
      <translation>sonstige</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/planning/overlay_qgis.py" line="93" />
      <source>Existing buildings</source>
      <translation>Bestandsgebäude</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/planning/report_qgis.py" line="178" />
      <source>The project {name} has no buildings.</source>
      <translation>Das Bauvorhaben {name} hat keine Baukörper.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/planning/report_qgis.py" line="234" />
      <source>Planned buildings (2.5D)</source>
      <translation>Geplante Baukörper (2,5D)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/planning/report_qgis.py" line="287" />
      <source>The PDF could not be written to {path}.</source>
      <translation>Das PDF konnte nicht nach {path} geschrieben werden.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/planning/report_qgis.py" line="68" />
      <source>No such building project in the working copy: {project}</source>
      <translation>Dieses Bauvorhaben gibt es in der Arbeitskopie nicht: {project}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/planning/safe_xml.py" line="22" />
      <source>{path} contains a DOCTYPE declaration (a possible XXE or entity attack); it was not imported.</source>
      <translation>{path} enthält eine DOCTYPE-Deklaration (möglicher XXE- oder Entity-Angriff); die Datei wurde nicht importiert.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/planning/safe_xml.py" line="48" />
      <source>{path} is not well-formed XML: {error}</source>
      <translation>{path} ist kein wohlgeformtes XML: {error}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/planning/xplan.py" line="166" />
      <source>The coordinate reference system of {path} is not known; please give it (SOURCE_CRS).</source>
      <translation>Das Koordinatenbezugssystem von {path} ist unbekannt; bitte angeben (SOURCE_CRS).</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/planning/xplan.py" line="189" />
      <source>{path} holds no BP_BaugebietsTeilFlaeche or BP_UeberbaubareGrundstuecksFlaeche with a polygon; nothing was imported.</source>
      <translation>{path} enthält keine BP_BaugebietsTeilFlaeche oder BP_UeberbaubareGrundstuecksFlaeche mit Polygon; nichts wurde importiert.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/planning/xplan.py" line="53" />
      <source>{path} is not XPlanGML (no XPlanung namespace).</source>
      <translation>{path} ist kein XPlanGML (kein XPlanung-Namensraum).</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/planning/xplan.py" line="57" />
      <source>XPlanGML {version} is not supported; please convert the plan to XPlanGML 5.x or 6.0.</source>
      <translation>XPlanGML {version} wird nicht unterstützt; bitte den Plan nach XPlanGML 5.x oder 6.0 umwandeln.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/plugin.py" line="164" />
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
      <location filename="../kempten_twin_plugin/plugin.py" line="85" />
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
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="100" />
      <source>Attribute with the project name</source>
      <translation>Attribut mit dem Namen des Bauvorhabens</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="102" />
      <source>Layer in the file</source>
      <translation>Layer in der Datei</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="105" />
      <source>Import report</source>
      <translation>Importbericht</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="162" />
      <source>Imports comments from participation platforms (DIPAS contributions as GeoJSON, Decidim GraphQL proposals with coordinates, plain GeoJSON or CSV) and attaches each to its building project: the one named in the file or given here, else the project of the nearest planned building. Only the platform's id, text, date and place are stored; no author names.</source>
      <translation>Importiert Beiträge aus Beteiligungsplattformen (DIPAS-Beiträge als GeoJSON, Decidim-GraphQL-Vorschläge mit Koordinaten, einfaches GeoJSON oder CSV) und ordnet jeden seinem Bauvorhaben zu: dem in der Datei genannten oder hier angegebenen, sonst dem des nächstgelegenen geplanten Baukörpers. Gespeichert werden nur Kennung, Text, Datum und Ort der Plattform; keine Namen von Verfassern.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="170" />
      <source>Comments file</source>
      <translation>Datei mit Beiträgen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="172" />
      <source>Building project (uuid, reference or name; empty = by place)</source>
      <translation>Bauvorhaben (uuid, Aktenzeichen oder Name; leer = nach Lage)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="202" />
      <source>Conflict check: planned buildings and sewer network</source>
      <translation>Konfliktprüfung: geplante Baukörper und Kanalnetz</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="205" />
      <source>Finds planned buildings over or within the protection strip of a pipe (strip width each side of the axis by DN; default DN ≤ 300: 1.5 m, ≤ 800: 2.5 m, larger: 3 m — a default the city sets) or a manhole (default 2 m around its centre), and laterals or street gullies under a footprint. STRIPS takes the city's table as JSON: {"strips": [[300, 1.5], [800, 2.5], [null, 3]], "manhole": 2}.</source>
      <translation>Findet geplante Baukörper über oder im Schutzstreifen einer Haltung (Breite je Seite der Achse nach DN; Vorgabe DN ≤ 300: 1,5 m, ≤ 800: 2,5 m, größer: 3 m – von der Stadt festzulegen) oder eines Schachts (Vorgabe 2 m um die Schachtmitte) sowie Anschlussleitungen und Straßenabläufe unter einem Grundriss. STRIPS nimmt die Tabelle der Stadt als JSON: {"strips": [[300, 1.5], [800, 2.5], [null, 3]], "manhole": 2}.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="215" />
      <source>Only this building project (uuid, reference or name)</source>
      <translation>Nur dieses Bauvorhaben (uuid, Aktenzeichen oder Name)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="216" />
      <source>Strip table (JSON)</source>
      <translation>Schutzstreifentabelle (JSON)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="243" />
      <source>Cancelled.</source>
      <translation>Abgebrochen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="248" />
      <source>The output layer cannot be written.</source>
      <translation>Der Ausgabelayer kann nicht geschrieben werden.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="251" />
      <source>{n} conflicts found.</source>
      <translation>{n} Konflikte gefunden.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="260" />
      <source>Review report of a building project (PDF)</source>
      <translation>Prüfbericht eines Bauvorhabens (PDF)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="263" />
      <source>Writes a PDF (German) for one building project: the plan over the sewer network with the conflicts, a 3D view (a 2.5D oblique view where no 3D snapshot is given), the conflict table and the citizens' comments.</source>
      <translation>Schreibt ein PDF (deutsch) zu einem Bauvorhaben: Lageplan über dem Kanalnetz mit den Konflikten, eine 3D-Ansicht (eine 2,5D-Schrägansicht, wenn keine 3D-Aufnahme angegeben ist), die Konflikttabelle und die Bürgerbeiträge.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="270" />
      <source>Building project (uuid, reference or name)</source>
      <translation>Bauvorhaben (uuid, Aktenzeichen oder Name)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="274" />
      <source>Storey height (m) where a building has floors but no height</source>
      <translation>Geschosshöhe (m), wo ein Baukörper Geschosse, aber keine Höhe hat</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="276" />
      <source>3D snapshot image</source>
      <translation>3D-Aufnahme (Bild)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="278" />
      <source>Report</source>
      <translation>Bericht</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="40" />
      <source>Please give the source CRS as an EPSG code.</source>
      <translation>Bitte das Quell-KBS als EPSG-Code angeben.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="54" />
      <source>The strip table is not valid: {error}</source>
      <translation>Die Schutzstreifentabelle ist ungültig: {error}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="81" />
      <source>Imports planned building footprints (GeoJSON, GeoPackage, Shapefile, DXF) with a field mapping for height, floors, use and name (features sharing a name form one project), a Bebauungsplan in XPlanGML 5.x or 6.0 (buildable areas with Z, GRZ, GFZ and height rules) or a LoD2 CityGML tile (existing buildings for context). Everything is reprojected to EPSG:25832. Empty mapping fields are guessed from the attribute names; '-' maps nothing.</source>
      <translation>Importiert geplante Grundrisse (GeoJSON, GeoPackage, Shapefile, DXF) mit Zuordnung von Höhe, Geschossen, Nutzung und Name (Objekte mit gleichem Namen bilden ein Bauvorhaben), einen Bebauungsplan in XPlanGML 5.x oder 6.0 (überbaubare Flächen mit Z, GRZ, GFZ und Höhenfestsetzungen) oder eine LoD2-CityGML-Kachel (Bestandsgebäude als Umgebung). Alles wird nach EPSG:25832 umgerechnet. Leere Zuordnungen werden aus den Attributnamen erraten; '-' ordnet nichts zu.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="90" />
      <source>File to import</source>
      <translation>Zu importierende Datei</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="91" />
      <source>Source CRS (empty = detect)</source>
      <translation>Quell-KBS (leer = erkennen)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="95" />
      <source>Project status</source>
      <translation>Status des Bauvorhabens</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="97" />
      <source>Attribute with the height (m)</source>
      <translation>Attribut mit der Höhe (m)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="98" />
      <source>Attribute with the number of floors</source>
      <translation>Attribut mit der Geschosszahl</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="99" />
      <source>Attribute with the use</source>
      <translation>Attribut mit der Nutzung</translation>
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
