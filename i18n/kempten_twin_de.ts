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
      <location filename="../kempten_twin_plugin/exchange/api.py" line="36" />
      <source>Neither ISYBAU XML nor DWA-M 150: the root element is {tag}.</source>
      <translation>Weder ISYBAU XML noch DWA-M 150: das Wurzelelement ist {tag}.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/crs.py" line="101" />
      <source>UTM eastings with the zone prefix {zone}, prefix removed</source>
      <translation>UTM-Rechtswerte mit Zonenkennung {zone}, Kennung entfernt</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/crs.py" line="106" />
      <source>Gauss-Krüger zone {zone}, from the easting's first digit</source>
      <translation>Gauß-Krüger-Streifen {zone}, aus der ersten Ziffer des Rechtswerts</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/crs.py" line="110" />
      <source>UTM eastings without zone prefix; zone {zone} {how}</source>
      <translation>UTM-Rechtswerte ohne Zonenkennung; Zone {zone} {how}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/crs.py" line="112" />
      <source>as the file says</source>
      <translation>laut Datei</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/crs.py" line="113" />
      <source>assumed</source>
      <translation>angenommen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/crs.py" line="115" />
      <source>The easting {x} is neither UTM (with or without zone prefix) nor Gauss-Krüger; choose the source CRS.</source>
      <translation>Der Rechtswert {x} ist weder UTM (mit oder ohne Zonenkennung) noch Gauß-Krüger; bitte das Quell-KBS wählen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/crs.py" line="120" />
      <source>; the file names EPSG:{declared}, the values say otherwise</source>
      <translation>; die Datei nennt EPSG:{declared}, die Werte sagen etwas anderes</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/crs.py" line="135" />
      <source>The easting {x} lacks the zone prefix {zone} the other coordinates carry.</source>
      <translation>Dem Rechtswert {x} fehlt die Zonenkennung {zone}, die die übrigen Koordinaten tragen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/crs.py" line="141" />
      <source>The easting {x} is not in the Gauss-Krüger zone {zone} of the other coordinates.</source>
      <translation>Der Rechtswert {x} liegt nicht im Gauß-Krüger-Streifen {zone} der übrigen Koordinaten.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/crs.py" line="145" />
      <source>The northing {y} lies outside Germany; the coordinates are swapped or in another system.</source>
      <translation>Der Hochwert {y} liegt außerhalb Deutschlands; die Koordinaten sind vertauscht oder in einem anderen System.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/crs.py" line="45" />
      <source>Unknown reference system {crs}: give an EPSG code such as EPSG:31468.</source>
      <translation>Unbekanntes Bezugssystem {crs}: bitte einen EPSG-Code wie EPSG:31468 angeben.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/crs.py" line="50" />
      <source>EPSG:{epsg} is not a projected reference system.</source>
      <translation>EPSG:{epsg} ist kein projiziertes Bezugssystem.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/crs.py" line="86" />
      <source>no coordinates read</source>
      <translation>keine Koordinaten gelesen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/crs.py" line="87" />
      <source>EPSG:{epsg} ({reason}); reprojected to EPSG:{target}</source>
      <translation>EPSG:{epsg} ({reason}); umprojiziert nach EPSG:{target}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/crs.py" line="89" />
      <source>EPSG:{epsg} ({reason})</source>
      <translation>EPSG:{epsg} ({reason})</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/crs.py" line="95" />
      <source>chosen by the user</source>
      <translation>vom Benutzer gewählt</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/isybau_export.py" line="223" />
      <source>The working copy {path} does not exist.</source>
      <translation>Die Arbeitskopie {path} existiert nicht.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/isybau_export.py" line="226" />
      <source>The folder {folder} does not exist.</source>
      <translation>Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/isybau_import.py" line="135" />
      <source>neither Knoten nor Kante</source>
      <translation>weder Knoten noch Kante</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/isybau_import.py" line="145" />
      <source>unknown KnotenTyp {code!r}</source>
      <translation>unbekannter KnotenTyp {code!r}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/isybau_import.py" line="153" />
      <source>Straßenablauf</source>
      <translation>Straßenablauf</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/isybau_import.py" line="160" />
      <source>no coordinates (Rechtswert/Hochwert) for the node</source>
      <translation>keine Koordinaten (Rechtswert/Hochwert) für den Knoten</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/isybau_import.py" line="214" />
      <source>unsupported KantenTyp {code!r}</source>
      <translation>nicht unterstützter KantenTyp {code!r}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/isybau_import.py" line="217" />
      <source>fewer than two points in the geometry (Geometriedaten)</source>
      <translation>weniger als zwei Punkte in der Geometrie (Geometriedaten)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/isybau_import.py" line="224" />
      <source>implausible length {length} m</source>
      <translation>unplausible Länge {length} m</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/isybau_import.py" line="300" />
      <source>observation without InspektionsKode</source>
      <translation>Zustand ohne InspektionsKode</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/isybau_import.py" line="33" />
      <source>This is not an ISYBAU XML file: its root element is {tag}, expected Identifikation in the namespace of ISYBAU 2006/2013 or 2017/2024.</source>
      <translation>Dies ist keine ISYBAU-XML-Datei: das Wurzelelement ist {tag}, erwartet wird Identifikation im Namensraum von ISYBAU 2006/2013 oder 2017/2024.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/isybau_import.py" line="79" />
      <source>no Objektbezeichnung</source>
      <translation>keine Objektbezeichnung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/m150_import.py" line="108" />
      <source>fewer than two points in the geometry (GO/GP)</source>
      <translation>weniger als zwei Punkte in der Geometrie (GO/GP)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/m150_import.py" line="109" />
      <source>Haltung</source>
      <translation>Haltung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/m150_import.py" line="127" />
      <source>no coordinates (GO/GP) for the node</source>
      <translation>keine Koordinaten (GO/GP) für den Knoten</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/m150_import.py" line="128" />
      <source>Schacht</source>
      <translation>Schacht</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/m150_import.py" line="151" />
      <source>observation without code</source>
      <translation>Zustand ohne Kode</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/m150_import.py" line="22" />
      <source>This is not a DWA-M 150 file: its root element is {tag}, expected DATA.</source>
      <translation>Dies ist keine DWA-M-150-Datei: das Wurzelelement ist {tag}, erwartet wird DATA.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/m150_import.py" line="62" />
      <source>no object code ({field})</source>
      <translation>keine Objektbezeichnung ({field})</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/report.py" line="44" />
      <source>Manholes</source>
      <translation>Schächte</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/report.py" line="44" />
      <source>Pipes</source>
      <translation>Haltungen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/report.py" line="44" />
      <source>Laterals</source>
      <translation>Anschlussleitungen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/report.py" line="45" />
      <source>Street gullies</source>
      <translation>Straßenabläufe</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/report.py" line="45" />
      <source>Inspections</source>
      <translation>Inspektionen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/report.py" line="48" />
      <source>Import report</source>
      <translation>Importbericht</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/report.py" line="49" />
      <source>File: {path}</source>
      <translation>Datei: {path}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/report.py" line="50" />
      <source>Format: {format} {version}</source>
      <translation>Format: {format} {version}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/report.py" line="52" />
      <source>Coordinates: {crs}</source>
      <translation>Koordinaten: {crs}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/report.py" line="52" />
      <source>none read</source>
      <translation>keine gelesen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/report.py" line="53" />
      <source>Mode: {mode}</source>
      <translation>Modus: {mode}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/report.py" line="54" />
      <source>Imported by kind:</source>
      <translation>Importiert nach Art:</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/report.py" line="58" />
      <source>Working copy:</source>
      <translation>Arbeitskopie:</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/report.py" line="61" />
      <source>  {table}: {new} new, {updated} updated</source>
      <translation>  {table}: {new} neu, {updated} aktualisiert</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/report.py" line="65" />
      <source>  Observations: {n}</source>
      <translation>  Zustände: {n}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/report.py" line="67" />
      <source>Skipped: {n}</source>
      <translation>Übersprungen: {n}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/report.py" line="69" />
      <source>  line {line} {code}: {reason}</source>
      <translation>  Zeile {line} {code}: {reason}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/report.py" line="72" />
      <source>Plausibility warnings: {n}</source>
      <translation>Plausibilitätswarnungen: {n}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/report.py" line="74" />
      <source>  line {line} {code}: {message}</source>
      <translation>  Zeile {line} {code}: {message}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/report.py" line="78" />
      <source>Codes kept as given (not interpreted):</source>
      <translation>Unverändert übernommene Kodes (nicht interpretiert):</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/safe_xml.py" line="27" />
      <source>{message} (line {line})</source>
      <translation>{message} (Zeile {line})</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/safe_xml.py" line="55" />
      <source>The file {path} does not exist.</source>
      <translation>Die Datei {path} existiert nicht.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/safe_xml.py" line="57" />
      <source>The file {path} is empty.</source>
      <translation>Die Datei {path} ist leer.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/safe_xml.py" line="64" />
      <source>The file declares a DTD or entities, which exchange files never need and which can be used for attacks (entity expansion, reading local files); it was not imported.</source>
      <translation>Die Datei deklariert eine DTD oder Entitäten, die Austauschdateien nie brauchen und die für Angriffe genutzt werden können (Entitätenexpansion, Lesen lokaler Dateien); sie wurde nicht importiert.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/safe_xml.py" line="83" />
      <source>The file holds no XML element.</source>
      <translation>Die Datei enthält kein XML-Element.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/safe_xml.py" line="91" />
      <source>The file holds a value larger than 10 MB; exchange files never do, so it is refused as broken or hostile.</source>
      <translation>Die Datei enthält einen Wert größer als 10 MB; Austauschdateien tun das nie, daher wird sie als defekt oder feindlich abgewiesen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/safe_xml.py" line="93" />
      <source>The file is not well-formed XML ({reason}); it may be truncated or damaged.</source>
      <translation>Die Datei ist kein wohlgeformtes XML ({reason}); sie ist vielleicht abgeschnitten oder beschädigt.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/store_writer.py" line="113" />
      <source>into an empty working copy</source>
      <translation>in eine leere Arbeitskopie</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/store_writer.py" line="114" />
      <source>update, matched by object code</source>
      <translation>Aktualisierung, Zuordnung über die Objektbezeichnung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/store_writer.py" line="168" />
      <source>invert level {invert:.2f} m lies above the cover level {cover:.2f} m</source>
      <translation>Sohlhöhe {invert:.2f} m liegt über der Deckelhöhe {cover:.2f} m</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/store_writer.py" line="175" />
      <source>length {length:.2f} m is more than 5 % longer than its geometry ({geometry:.2f} m)</source>
      <translation>Länge {length:.2f} m ist mehr als 5 % länger als die Geometrie ({geometry:.2f} m)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/store_writer.py" line="185" />
      <source>the object code appears a second time in the file</source>
      <translation>die Objektbezeichnung kommt in der Datei ein zweites Mal vor</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/store_writer.py" line="320" />
      <source>Inspection of {table}</source>
      <translation>Inspektion ({table})</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/store_writer.py" line="342" />
      <source>upstream</source>
      <translation>obere</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/store_writer.py" line="342" />
      <source>downstream</source>
      <translation>untere</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/store_writer.py" line="343" />
      <source>the {side} node {node!r} does not exist</source>
      <translation>der {side} Knoten {node!r} existiert nicht</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/store_writer.py" line="354" />
      <source>inspected {table} does not exist in the working copy</source>
      <translation>das inspizierte Objekt ({table}) existiert nicht in der Arbeitskopie</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/exchange/store_writer.py" line="373" />
      <source>Cannot open the working copy {path}: {error}</source>
      <translation>Die Arbeitskopie {path} kann nicht geöffnet werden: {error}</translation>
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
      <location filename="../kempten_twin_plugin/gui/exchange.py" line="112" />
      <source>Nothing was imported; the working copy is unchanged.

{error}</source>
      <translation>Nichts wurde importiert; die Arbeitskopie ist unverändert.

{error}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange.py" line="116" />
      <source>Cancelled; nothing was imported.</source>
      <translation>Abgebrochen; nichts wurde importiert.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange.py" line="137" />
      <source>Import ISYBAU XML / DWA-M 150…</source>
      <translation>ISYBAU XML / DWA-M 150 importieren…</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange.py" line="140" />
      <source>Export ISYBAU XML…</source>
      <translation>ISYBAU XML exportieren…</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange.py" line="159" />
      <source>Imported {manholes} manholes, {pipes} pipes, {laterals} laterals, {gullies} gullies, {inspections} inspections; {warnings} warnings, {skipped} skipped.</source>
      <translation>Importiert: {manholes} Schächte, {pipes} Haltungen, {laterals} Anschlussleitungen, {gullies} Straßenabläufe, {inspections} Inspektionen; {warnings} Warnungen, {skipped} übersprungen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange.py" line="171" />
      <source>Export ISYBAU XML</source>
      <translation>ISYBAU XML exportieren</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange.py" line="172" />
      <source>ISYBAU XML (*.xml)</source>
      <translation>ISYBAU XML (*.xml)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange.py" line="186" />
      <source>Exported {pipes} pipes and {manholes} manholes to {path}.</source>
      <translation>{pipes} Haltungen und {manholes} Schächte nach {path} exportiert.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange.py" line="191" />
      <source>Kempten Twin: exporting ISYBAU XML</source>
      <translation>Kempten Twin: ISYBAU XML wird exportiert</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange.py" line="37" />
      <source>Import sewer network (ISYBAU XML / DWA-M 150)</source>
      <translation>Kanalnetz importieren (ISYBAU XML / DWA-M 150)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange.py" line="46" />
      <source>Working copy</source>
      <translation>Arbeitskopie</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange.py" line="48" />
      <source>Exchange files (*.xml *.XML)</source>
      <translation>Austauschdateien (*.xml *.XML)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange.py" line="49" />
      <source>File</source>
      <translation>Datei</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange.py" line="52" />
      <source>Detect from the coordinates</source>
      <translation>Aus den Koordinaten erkennen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange.py" line="54" />
      <source>Source CRS</source>
      <translation>Quell-KBS</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange.py" line="64" />
      <source>The import report appears here.</source>
      <translation>Hier erscheint der Importbericht.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange.py" line="67" />
      <source>Import</source>
      <translation>Importieren</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange.py" line="69" />
      <source>Cancel import</source>
      <translation>Import abbrechen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange.py" line="73" />
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange.py" line="83" />
      <source>Choose an ISYBAU XML or DWA-M 150 file first.</source>
      <translation>Bitte zuerst eine ISYBAU-XML- oder DWA-M-150-Datei wählen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange.py" line="88" />
      <source>Importing {path} …</source>
      <translation>{path} wird importiert …</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange.py" line="97" />
      <source>Kempten Twin: importing {name}</source>
      <translation>Kempten Twin: {name} wird importiert</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network_dock.py" line="40" />
      <source>Total pipe length</source>
      <translation>Gesamtlänge Haltungen</translation>
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
      <location filename="../kempten_twin_plugin/plugin.py" line="85" />
      <source>Settings…</source>
      <translation>Einstellungen …</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/exchange_algorithms.py" line="100" />
      <source>Imports Stammdaten (manholes, pipes, laterals, street gullies) and Zustandsdaten (inspections) from an ISYBAU XML file of version 2006, 2013, 2017 or 2024 into the working copy: new objects are added, objects with a known object code are updated. A broken file changes nothing. The report lists counts, skipped objects with their line and plausibility warnings.</source>
      <translation>Importiert Stammdaten (Schächte, Haltungen, Anschlussleitungen, Straßenabläufe) und Zustandsdaten (Inspektionen) aus einer ISYBAU-XML-Datei der Version 2006, 2013, 2017 oder 2024 in die Arbeitskopie: neue Objekte werden hinzugefügt, Objekte mit bekannter Objektbezeichnung aktualisiert. Eine defekte Datei ändert nichts. Der Bericht nennt Anzahlen, übersprungene Objekte mit ihrer Zeile und Plausibilitätswarnungen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/exchange_algorithms.py" line="118" />
      <source>Import DWA-M 150 XML</source>
      <translation>DWA-M 150 XML importieren</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/exchange_algorithms.py" line="121" />
      <source>Imports pipes (HG), manholes (KG) and their inspections (HI/HZ, KI/KZ) from a DWA-M 150 XML file into the working copy. A broken file changes nothing.</source>
      <translation>Importiert Haltungen (HG), Schächte (KG) und ihre Inspektionen (HI/HZ, KI/KZ) aus einer DWA-M-150-XML-Datei in die Arbeitskopie. Eine defekte Datei ändert nichts.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/exchange_algorithms.py" line="137" />
      <source>Export ISYBAU XML 2017</source>
      <translation>ISYBAU XML 2017 exportieren</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/exchange_algorithms.py" line="146" />
      <source>Writes the working copy's network (manholes, pipes, laterals, street gullies) and its inspections to an ISYBAU XML 2017 file.</source>
      <translation>Schreibt das Netz der Arbeitskopie (Schächte, Haltungen, Anschlussleitungen, Straßenabläufe) und seine Inspektionen in eine ISYBAU-XML-2017-Datei.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/exchange_algorithms.py" line="156" />
      <source>ISYBAU XML file</source>
      <translation>ISYBAU-XML-Datei</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/exchange_algorithms.py" line="170" />
      <source>Cancelled; no file was written.</source>
      <translation>Abgebrochen; keine Datei wurde geschrieben.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/exchange_algorithms.py" line="39" />
      <source>Exchange</source>
      <translation>Datenaustausch</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/exchange_algorithms.py" line="46" />
      <source>Working copy (GeoPackage; made empty first if missing)</source>
      <translation>Arbeitskopie (GeoPackage; wird leer angelegt, falls sie fehlt)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/exchange_algorithms.py" line="49" />
      <source>Exchange file</source>
      <translation>Austauschdatei</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/exchange_algorithms.py" line="51" />
      <source>Source CRS (empty = detect from the coordinates)</source>
      <translation>Quell-KBS (leer = aus den Koordinaten erkennen)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/exchange_algorithms.py" line="62" />
      <source>The working copy must be a GeoPackage file ending in .gpkg.</source>
      <translation>Die Arbeitskopie muss eine GeoPackage-Datei mit der Endung .gpkg sein.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/exchange_algorithms.py" line="79" />
      <source>Nothing was imported: {error}</source>
      <translation>Nichts wurde importiert: {error}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/exchange_algorithms.py" line="97" />
      <source>Import ISYBAU XML</source>
      <translation>ISYBAU XML importieren</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/generate_demo_city.py" line="37" />
      <source>Generate demo city</source>
      <translation>Demo-Stadt erzeugen</translation>
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
