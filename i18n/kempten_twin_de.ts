<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
  <context>
    <name>KemptenTwin</name>
    <message>
      <location filename="../kempten_twin_plugin/core/defects/rules.py" line="39" />
      <source>Choose a category: a defect without a category cannot be saved.</source>
      <translation>Bitte eine Kategorie wählen: Ein Mangel ohne Kategorie kann nicht gespeichert werden.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/defects/rules.py" line="42" />
      <source>Unknown category {category}; choose one of the catalogue.</source>
      <translation>Unbekannte Kategorie {category}; bitte eine aus dem Katalog wählen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/defects/rules.py" line="45" />
      <source>The severity must be 1 (sofort) to 4 (beobachten).</source>
      <translation>Die Dringlichkeit muss 1 (sofort) bis 4 (beobachten) sein.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/defects/rules.py" line="47" />
      <source>A defect belongs to a gully, a manhole or a pipe; choose one.</source>
      <translation>Ein Mangel gehört zu einem Straßenablauf, Schacht oder einer Haltung; bitte eines wählen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/defects/rules.py" line="52" />
      <source>Unknown source {source}.</source>
      <translation>Unbekannte Quelle {source}.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/defects/workflow.py" line="39" />
      <source>A rejection needs a reason.</source>
      <translation>Eine Ablehnung braucht eine Begründung.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/defects/workflow.py" line="41" />
      <source>Name the defect this one duplicates.</source>
      <translation>Bitte den Mangel angeben, den dieser doppelt.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/defects/workflow.py" line="50" />
      <source>Unknown status {status}.</source>
      <translation>Unbekannter Status {status}.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/defects/workflow.py" line="59" />
      <source>There is no defect {number}.</source>
      <translation>Es gibt keinen Mangel {number}.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/defects/workflow.py" line="62" />
      <source>A defect cannot be a duplicate of itself.</source>
      <translation>Ein Mangel kann kein Duplikat von sich selbst sein.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/defects/workflow.py" line="70" />
      <source>Select at least one defect.</source>
      <translation>Bitte mindestens einen Mangel auswählen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/defects/workflow.py" line="80" />
      <source>The defect {uuid} does not exist (any more).</source>
      <translation>Den Mangel {uuid} gibt es (nicht mehr).</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/defects/workflow.py" line="84" />
      <source>Illegal status change of {number} from "{old}" to "{new}" (allowed: {allowed}).</source>
      <translation>Unzulässiger Statuswechsel von {number} von „{old}“ nach „{new}“ (erlaubt: {allowed}).</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/exchange/plausibility.py" line="21" />
      <source>invert level {invert} m lies above the cover level {cover} m</source>
      <translation>Sohlhöhe {invert} m liegt über der Deckelhöhe {cover} m</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/exchange/plausibility.py" line="28" />
      <source>length {length} m is more than 5 % longer than its geometry ({geometry} m)</source>
      <translation>Länge {length} m ist mehr als 5 % länger als die Geometrie ({geometry} m)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/checks.py" line="101" />
      <source>Pipe starts {gap} m away from its manhole {manhole}</source>
      <translation>Haltung beginnt {gap} m neben ihrem Schacht {manhole}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/checks.py" line="103" />
      <source>Pipe ends {gap} m away from its manhole {manhole}</source>
      <translation>Haltung endet {gap} m neben ihrem Schacht {manhole}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/checks.py" line="109" />
      <source>Pipe invert {pipe} m NHN lies {cm} cm below the invert of manhole {manhole} ({level} m NHN)</source>
      <translation>Haltungssohle {pipe} m NHN liegt {cm} cm unter der Schachtsohle von {manhole} ({level} m NHN)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/checks.py" line="131" />
      <source>Invert at the outflow end {here} m NHN lies {cm} cm below the invert of the downstream pipe {other} ({there} m NHN) in manhole {manhole}</source>
      <translation>Sohle am unteren Ende {here} m NHN liegt {cm} cm unter der Sohle der abgehenden Haltung {other} ({there} m NHN) im Schacht {manhole}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/checks.py" line="148" />
      <source>Manhole is not connected to any pipe</source>
      <translation>Schacht ist an keine Haltung angeschlossen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/checks.py" line="153" />
      <source>Manhole lies on a flow cycle: water leaving it flows back to it</source>
      <translation>Schacht liegt in einem Fließkreislauf: abfließendes Wasser kehrt zu ihm zurück</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/checks.py" line="168" />
      <source>Object code {code} is used by {n} manholes</source>
      <translation>Objektbezeichnung {code} ist an {n} Schächte vergeben</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/checks.py" line="169" />
      <source>Object code {code} is used by {n} pipes</source>
      <translation>Objektbezeichnung {code} ist an {n} Haltungen vergeben</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/checks.py" line="85" />
      <source>Counter-slope: the invert rises by {cm} cm in flow direction ({a} → {b} m NHN)</source>
      <translation>Gegengefälle: Die Sohle steigt in Fließrichtung um {cm} cm ({a} → {b} m NHN)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/checks.py" line="93" />
      <source>Start manhole missing ({ref})</source>
      <translation>Anfangsschacht fehlt ({ref})</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/checks.py" line="94" />
      <source>End manhole missing ({ref})</source>
      <translation>Endschacht fehlt ({ref})</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/graph.py" line="174" />
      <source>The working copy changed meanwhile; please try again.</source>
      <translation>Die Arbeitskopie hat sich inzwischen geändert; bitte erneut versuchen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/graph.py" line="223" />
      <source>The object code {code} is used by {n} objects; run the network checks to find the duplicates.</source>
      <translation>Die Objektbezeichnung {code} ist an {n} Objekte vergeben; die Netzprüfung findet die Doppelten.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/graph.py" line="228" />
      <source>No manhole or pipe with the code {code} in the working copy.</source>
      <translation>Kein Schacht und keine Haltung mit der Bezeichnung {code} in der Arbeitskopie.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/graph.py" line="242" />
      <source>neither start nor end manhole exists</source>
      <translation>weder Anfangs- noch Endschacht vorhanden</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/graph.py" line="244" />
      <source>start manhole missing</source>
      <translation>Anfangsschacht fehlt</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/graph.py" line="246" />
      <source>end manhole missing</source>
      <translation>Endschacht fehlt</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/graph.py" line="367" />
      <source>{code} is a manhole; only pipes can be closed off.</source>
      <translation>{code} ist ein Schacht; absperren lassen sich nur Haltungen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/graph.py" line="374" />
      <source>{code} is a pipe; a trace can only stop at a manhole.</source>
      <translation>{code} ist eine Haltung; eine Verfolgung kann nur an einem Schacht anhalten.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/graph.py" line="395" />
      <source>No flow path leaves manhole {code}.</source>
      <translation>Vom Schacht {code} führt kein Fließweg weg.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/graph.py" line="406" />
      <source>No flow path connects manholes {a} and {b}: water from neither reaches the other.</source>
      <translation>Kein Fließweg verbindet die Schächte {a} und {b}: Das Wasser des einen erreicht den anderen nicht.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/graph.py" line="413" />
      <source>{code} is a pipe; pick a manhole.</source>
      <translation>{code} ist eine Haltung; wählen Sie einen Schacht.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="105" />
      <source>Manholes</source>
      <translation>Schächte</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="106" />
      <source>Connection points</source>
      <translation>Anschlusspunkte</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="107" />
      <source>Structures</source>
      <translation>Bauwerke</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="108" />
      <source>Street gullies</source>
      <translation>Straßenabläufe</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="109" />
      <source>Pipes</source>
      <translation>Haltungen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="110" />
      <source>Laterals and service lines (Leitungen)</source>
      <translation>Leitungen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="111" />
      <source>Gutters (Rinnen)</source>
      <translation>Rinnen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="112" />
      <source>Channels (Gerinne)</source>
      <translation>Gerinne</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="120" />
      <source>tightness</source>
      <translation>Dichtheit</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="120" />
      <source>stability</source>
      <translation>Standsicherheit</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="121" />
      <source>operation</source>
      <translation>Betriebssicherheit</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="141" />
      <source>damage score {score}</source>
      <translation>Schadenszahl {score}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="158" />
      <source>Condition class (latest inspection)</source>
      <translation>Zustandsklasse (letzte Inspektion)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="165" />
      <source>missing ({uuid})</source>
      <translation>fehlt ({uuid})</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="174" />
      <source>Object code</source>
      <translation>Objektbezeichnung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="175" />
      <source>Node kind</source>
      <translation>Knotenart</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="176" />
      <source>Drainage</source>
      <translation>Entwässerungsart</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="177" />
      <source>Cover level</source>
      <translation>Deckelhöhe</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="178" />
      <source>Invert level</source>
      <translation>Sohlhöhe</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="179" />
      <source>Depth</source>
      <translation>Tiefe</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="180" />
      <source>Material</source>
      <translation>Material</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="181" />
      <source>Year built</source>
      <translation>Baujahr</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="182" />
      <source>Condition class</source>
      <translation>Zustandsklasse</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="183" />
      <source>Street</source>
      <translation>Straße</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="186" />
      <source>upstream pipe</source>
      <translation>zulaufende Haltung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="189" />
      <source>downstream pipe</source>
      <translation>ablaufende Haltung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="192" />
      <source>Outflow</source>
      <translation>Abfluss</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="192" />
      <source>none: the flow ends here (outlet)</source>
      <translation>keiner: hier endet der Fließweg (Auslauf)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="202" />
      <source>Profile</source>
      <translation>Profil</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="203" />
      <source>Nominal size</source>
      <translation>Nennweite</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="206" />
      <source>Length</source>
      <translation>Länge</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="207" />
      <source>Invert level upstream</source>
      <translation>Sohlhöhe Zulauf (oben)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="208" />
      <source>Invert level downstream</source>
      <translation>Sohlhöhe Ablauf (unten)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="214" />
      <source>Fall</source>
      <translation>Höhenunterschied</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="217" />
      <source>(counter-slope!)</source>
      <translation>(Gegengefälle!)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="218" />
      <source>Slope</source>
      <translation>Gefälle</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="219" />
      <source>Depth upstream</source>
      <translation>Tiefe oben</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="220" />
      <source>Depth downstream</source>
      <translation>Tiefe unten</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="224" />
      <source>upstream manhole</source>
      <translation>oberer Schacht</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="225" />
      <source>downstream manhole</source>
      <translation>unterer Schacht</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="230" />
      <source>connected gully</source>
      <translation>angeschlossener Straßenablauf</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="230" />
      <source>lateral</source>
      <translation>Anschlussleitung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="241" />
      <source>joins pipe</source>
      <translation>mündet in Haltung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="243" />
      <source>drains gully</source>
      <translation>entwässert Straßenablauf</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="247" />
      <source>no</source>
      <translation>nein</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="247" />
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="250" />
      <source>Gully kind</source>
      <translation>Ablaufart</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="251" />
      <source>Sludge bucket</source>
      <translation>Schlammeimer</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="254" />
      <source>Last cleaned</source>
      <translation>Zuletzt gereinigt</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="256" />
      <source>drains into pipe</source>
      <translation>entwässert in Haltung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="270" />
      <source>Objects</source>
      <translation>Objekte</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="272" />
      <source>Total length</source>
      <translation>Gesamtlänge</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="275" />
      <source>DN range</source>
      <translation>DN-Spanne</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="277" />
      <source>Materials</source>
      <translation>Materialien</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="41" />
      <source>Manhole</source>
      <translation>Schacht</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="41" />
      <source>Pipe</source>
      <translation>Haltung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="41" />
      <source>Lateral</source>
      <translation>Anschlussleitung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="42" />
      <source>Street gully</source>
      <translation>Straßenablauf</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="61" />
      <source>0 = worst … 5 = no defect</source>
      <translation>0 = schlechteste … 5 = schadensfrei</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="63" />
      <source>0 = no defect … 5 = worst</source>
      <translation>0 = schadensfrei … 5 = schlechteste</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="65" />
      <source>scheme unknown</source>
      <translation>Skala unbekannt</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="70" />
      <source>foul water</source>
      <translation>Schmutzwasser</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="70" />
      <source>storm water</source>
      <translation>Regenwasser</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/core/network/inspection.py" line="70" />
      <source>combined</source>
      <translation>Mischwasser</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/errors.py" line="30" />
      <source>{message} (line {line})</source>
      <translation>{message} (Zeile {line})</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/actions.py" line="29" />
      <source>Add</source>
      <translation>Hinzufügen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/actions.py" line="29" />
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/actions.py" line="30" />
      <source>Restore defaults</source>
      <translation>Standard wiederherstellen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="110" />
      <source>Overdue</source>
      <translation>Überfällig</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="121" />
      <source>Defects</source>
      <translation>Mängel</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="134" />
      <source>List</source>
      <translation>Liste</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="135" />
      <source>Statistics</source>
      <translation>Statistik</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="160" />
      <source>Street contains…</source>
      <translation>Straße enthält…</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="162" />
      <source>Map extent only</source>
      <translation>Nur Kartenausschnitt</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="164" />
      <source>Overdue only</source>
      <translation>Nur überfällige</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="170" />
      <source>Only defects inside the selected polygons of this layer (all of its polygons when none is selected)</source>
      <translation>Nur Mängel innerhalb der ausgewählten Flächen dieses Layers (aller seiner Flächen, wenn keine ausgewählt ist)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="176" />
      <source>District</source>
      <translation>Bezirk</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="204" />
      <source>Select defects for the next step.</source>
      <translation>Mängel für den nächsten Schritt auswählen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="211" />
      <source>When</source>
      <translation>Wann</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="211" />
      <source>Who</source>
      <translation>Wer</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="211" />
      <source>From</source>
      <translation>Von</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="211" />
      <source>To</source>
      <translation>Nach</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="212" />
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="228" />
      <source>Work order (PDF)…</source>
      <translation>Arbeitsauftrag (PDF)…</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="230" />
      <source>CSV…</source>
      <translation>CSV…</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="232" />
      <source>GeoJSON…</source>
      <translation>GeoJSON…</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="234" />
      <source>with statistics</source>
      <translation>mit Statistik</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="235" />
      <source>Reload</source>
      <translation>Neu laden</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="253" />
      <source>Compute</source>
      <translation>Berechnen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="259" />
      <source>Repairs from</source>
      <translation>Behebungen von</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="268" />
      <source>to</source>
      <translation>bis</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="296" />
      <source>No working copy</source>
      <translation>Keine Arbeitskopie</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="318" />
      <source>Reading the defects…</source>
      <translation>Mängel werden gelesen…</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="319" />
      <source>Reading the defects</source>
      <translation>Mängel lesen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="325" />
      <source>The defects cannot be read: {error}</source>
      <translation>Die Mängel können nicht gelesen werden: {error}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="382" />
      <source>{shown} of {total} defects</source>
      <translation>{shown} von {total} Mängeln</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="440" />
      <source>Your login may read defects but not change them.</source>
      <translation>Ihre Anmeldung darf Mängel lesen, aber nicht ändern.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="444" />
      <source>No step is open to all {n} selected defects.</source>
      <translation>Kein Schritt ist für alle {n} ausgewählten Mängel möglich.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="447" />
      <source>{n} selected → </source>
      <translation>{n} ausgewählt → </translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="511" />
      <source>{n} defects are now "{status}".</source>
      <translation>{n} Mängel sind jetzt „{status}“.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="520" />
      <source>Duplicate</source>
      <translation>Duplikat</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="520" />
      <source>Number of the defect this one duplicates:</source>
      <translation>Nummer des Mangels, den dieser doppelt:</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="525" />
      <source>Crew or contractor (optional):</source>
      <translation>Kolonne oder Firma (optional):</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="528" />
      <source>Reason for the rejection:</source>
      <translation>Grund der Ablehnung:</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="529" />
      <source>Note for {n} defects → "{status}" (optional):</source>
      <translation>Notiz für {n} Mängel → „{status}“ (optional):</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="543" />
      <source>Select the defects for the work order first.</source>
      <translation>Zuerst die Mängel für den Arbeitsauftrag auswählen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="546" />
      <source>Work order</source>
      <translation>Arbeitsauftrag</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="547" />
      <source>Defects as CSV</source>
      <translation>Mängel als CSV</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="548" />
      <source>Defects as GeoJSON</source>
      <translation>Mängel als GeoJSON</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="566" />
      <source>The selected defects are all closed; a work order lists open defects.</source>
      <translation>Die gewählten Mängel sind alle erledigt; ein Arbeitsauftrag listet offene Mängel.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="58" />
      <source>Defect</source>
      <translation>Mangel</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="58" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="59" />
      <source>Category</source>
      <translation>Kategorie</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="59" />
      <source>Urgency</source>
      <translation>Dringlichkeit</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="593" />
      <source>{n} defects written to {path}</source>
      <translation>{n} Mängel nach {path} geschrieben</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="594" />
      <source>{n} closed defects left out.</source>
      <translation>{n} erledigte Mängel nicht aufgenommen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="60" />
      <source>Asset</source>
      <translation>Objekt</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="61" />
      <source>Reported</source>
      <translation>Gemeldet</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="61" />
      <source>Due</source>
      <translation>Fällig</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="62" />
      <source>Source</source>
      <translation>Quelle</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="62" />
      <source>Assigned to</source>
      <translation>Beauftragt an</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/dock.py" line="622" />
      <source>Open: {open} · overdue: {overdue} · repairs in the history: {repairs}</source>
      <translation>Offen: {open} · überfällig: {overdue} · Behebungen im Verlauf: {repairs}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/feature.py" line="107" />
      <source>Checking rights for defects</source>
      <translation>Rechte für Mängel prüfen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/feature.py" line="115" />
      <source>Your login may read defects but not report them.</source>
      <translation>Ihre Anmeldung darf Mängel lesen, aber nicht melden.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/feature.py" line="49" />
      <source>Report a defect</source>
      <translation>Mangel melden</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/feature.py" line="57" />
      <source>Defects panel</source>
      <translation>Mängel-Bedienfeld</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/feature.py" line="60" />
      <source>Import citizens' reports (Open311)…</source>
      <translation>Bürgermeldungen importieren (Open311)…</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/feature.py" line="62" />
      <source>Export Open311 status…</source>
      <translation>Open311-Status exportieren…</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/form.py" line="100" />
      <source>Add photos…</source>
      <translation>Fotos hinzufügen…</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/form.py" line="104" />
      <source>Photos</source>
      <translation>Fotos</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/form.py" line="112" />
      <source>Save</source>
      <translation>Speichern</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/form.py" line="113" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/form.py" line="120" />
      <source>Photos of the defect</source>
      <translation>Fotos des Mangels</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/form.py" line="121" />
      <source>Photos (*.jpg *.jpeg *.png)</source>
      <translation>Fotos (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/form.py" line="62" />
      <source>Open defects of this asset ({count})</source>
      <translation>Offene Mängel dieses Objekts ({count})</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/form.py" line="72" />
      <source>Is your defect among these? Then no new report is needed.</source>
      <translation>Ist Ihr Mangel schon dabei? Dann ist keine neue Meldung nötig.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/form.py" line="80" />
      <source>– choose –</source>
      <translation>– bitte wählen –</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/form.py" line="92" />
      <source>Description</source>
      <translation>Beschreibung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/form.py" line="94" />
      <source>Reported by</source>
      <translation>Gemeldet von</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/report_tool.py" line="67" />
      <source>No gully, manhole or pipe here; click closer to one.</source>
      <translation>Hier ist kein Straßenablauf, Schacht oder Haltung; bitte näher daran klicken.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/report_tool.py" line="80" />
      <source>Which asset?</source>
      <translation>Welches Objekt?</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/report_tool.py" line="81" />
      <source>Several assets are close to the click:</source>
      <translation>Mehrere Objekte liegen nahe am Klickpunkt:</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/settings_box.py" line="101" />
      <source>Row {row}: the severity must be 1 to 4.</source>
      <translation>Zeile {row}: Die Dringlichkeit muss 1 bis 4 sein.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/settings_box.py" line="38" />
      <source>Due after (days, by urgency)</source>
      <translation>Fällig nach (Tage, je Dringlichkeit)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/settings_box.py" line="42" />
      <source>Snap citizens' reports to a gully within</source>
      <translation>Bürgermeldungen an Straßenablauf fangen im Umkreis von</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/settings_box.py" line="46" />
      <source>One defect for reports of the same gully within</source>
      <translation>Ein Mangel für Meldungen desselben Straßenablaufs innerhalb von</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/settings_box.py" line="49" />
      <source>Open311 service codes → category and urgency (unknown codes become "Sonstiges" and are flagged):</source>
      <translation>Open311-Dienst-Codes → Kategorie und Dringlichkeit (unbekannte Codes werden „Sonstiges“ und markiert):</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/settings_box.py" line="52" />
      <source>Service code</source>
      <translation>Dienst-Code</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/settings_box.py" line="97" />
      <source>Row {row}: {category} is not a category of the catalogue ({known}).</source>
      <translation>Zeile {row}: {category} ist keine Kategorie des Katalogs ({known}).</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/work_order_dialog.py" line="27" />
      <source>{n} defects selected.</source>
      <translation>{n} Mängel ausgewählt.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/work_order_dialog.py" line="30" />
      <source>Crew</source>
      <translation>Kolonne</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/work_order_dialog.py" line="37" />
      <source>Due by</source>
      <translation>Erledigen bis</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/defects/work_order_dialog.py" line="38" />
      <source>Also list closed defects</source>
      <translation>Auch erledigte Mängel aufnehmen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="145" />
      <source>Import sewer network (ISYBAU XML / DWA-M 150)</source>
      <translation>Kanalnetz importieren (ISYBAU XML / DWA-M 150)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="159" />
      <source>Working copy</source>
      <translation>Arbeitskopie</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="161" />
      <source>Exchange files (*.xml *.XML)</source>
      <translation>Austauschdateien (*.xml *.XML)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="163" />
      <source>File</source>
      <translation>Datei</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="166" />
      <source>Detect from the coordinates</source>
      <translation>Aus den Koordinaten erkennen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="168" />
      <source>Source CRS</source>
      <translation>Quell-KBS</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="172" />
      <source>Who delivered the file. Your changes to the code mapping are saved for this source and used again for its next files.</source>
      <translation>Wer die Datei geliefert hat. Ihre Änderungen an der Code-Zuordnung werden für diesen Lieferanten gespeichert und bei seinen nächsten Dateien wieder verwendet.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="177" />
      <source>Delivery source</source>
      <translation>Lieferant</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="183" />
      <source>How the file's codes are imported (change a value to override it for this delivery source):</source>
      <translation>So werden die Codes der Datei übernommen (ändern Sie einen Wert, um ihn für diesen Lieferanten zu überschreiben):</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="192" />
      <source>The import report appears here.</source>
      <translation>Hier erscheint der Importbericht.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="201" />
      <source>Check file</source>
      <translation>Datei prüfen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="203" />
      <source>Import</source>
      <translation>Importieren</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="205" />
      <source>Cancel import</source>
      <translation>Import abbrechen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="209" />
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="250" />
      <source>Kempten Twin: reading the codes of {name}</source>
      <translation>Kempten Twin: Codes von {name} lesen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="294" />
      <source>Choose an ISYBAU XML or DWA-M 150 file first.</source>
      <translation>Bitte zuerst eine ISYBAU-XML- oder DWA-M-150-Datei wählen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="296" />
      <source>Checking {path} …</source>
      <translation>Prüfe {path} …</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="307" />
      <source>The file cannot be checked: {error}</source>
      <translation>Die Datei kann nicht geprüft werden: {error}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="316" />
      <source>Kempten Twin: checking {name}</source>
      <translation>Kempten Twin: {name} prüfen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="331" />
      <source>Importing {path} …</source>
      <translation>{path} wird importiert …</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="340" />
      <source>Kempten Twin: importing {name}</source>
      <translation>Kempten Twin: {name} wird importiert</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="355" />
      <source>Nothing was imported; the working copy is unchanged.

{error}</source>
      <translation>Nichts wurde importiert; die Arbeitskopie ist unverändert.

{error}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="359" />
      <source>Cancelled; nothing was imported.</source>
      <translation>Abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="378" />
      <source>Exported {pipes} pipes and {manholes} manholes to {path}.</source>
      <translation>{pipes} Haltungen und {manholes} Schächte nach {path} exportiert.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="401" />
      <source>Import ISYBAU XML / DWA-M 150…</source>
      <translation>ISYBAU XML / DWA-M 150 importieren…</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="404" />
      <source>Check exchange file (ISYBAU XML / DWA-M 150)…</source>
      <translation>Austauschdatei prüfen (ISYBAU XML / DWA-M 150)…</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="407" />
      <source>Export ISYBAU XML…</source>
      <translation>ISYBAU XML exportieren…</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="410" />
      <source>Export DWA-M 150 XML…</source>
      <translation>DWA-M 150 XML exportieren…</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="425" />
      <source>Check exchange file</source>
      <translation>Austauschdatei prüfen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="436" />
      <source>Imported {manholes} manholes, {pipes} pipes, {laterals} laterals, {gullies} gullies, {inspections} inspections; {warnings} warnings, {skipped} skipped.</source>
      <translation>Importiert: {manholes} Schächte, {pipes} Haltungen, {laterals} Anschlussleitungen, {gullies} Straßenabläufe, {inspections} Inspektionen; {warnings} Warnungen, {skipped} übersprungen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="450" />
      <source>Export DWA-M 150 XML</source>
      <translation>DWA-M 150 XML exportieren</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="450" />
      <source>Export ISYBAU XML</source>
      <translation>ISYBAU XML exportieren</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="454" />
      <source>DWA-M 150 XML (*.xml)</source>
      <translation>DWA-M 150 XML (*.xml)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="454" />
      <source>ISYBAU XML (*.xml)</source>
      <translation>ISYBAU XML (*.xml)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="472" />
      <source>Kempten Twin: exporting DWA-M 150 XML</source>
      <translation>Kempten Twin: DWA-M 150 XML exportieren</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="473" />
      <source>Kempten Twin: exporting ISYBAU XML</source>
      <translation>Kempten Twin: ISYBAU XML wird exportiert</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="60" />
      <source>Field</source>
      <translation>Feld</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="60" />
      <source>Code in the file</source>
      <translation>Code in der Datei</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="60" />
      <source>Count</source>
      <translation>Anzahl</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="61" />
      <source>Standard meaning</source>
      <translation>Standardbedeutung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="61" />
      <source>Imported as</source>
      <translation>Übernommen als</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="81" />
      <source>(unknown: kept as given)</source>
      <translation>(unbekannt: bleibt wie geliefert)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/exchange/feature.py" line="93" />
      <source>(no special kind)</source>
      <translation>(keine besondere Art)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/dock.py" line="40" />
      <source>Nodes of no kind</source>
      <translation>Knoten ohne Art</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/dock.py" line="44" />
      <source>Total pipe length</source>
      <translation>Gesamtlänge Haltungen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/dock.py" line="45" />
      <source>Laterals</source>
      <translation>Anschlussleitungen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/dock.py" line="47" />
      <source>Open defects</source>
      <translation>Offene Mängel</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/dock.py" line="48" />
      <source>Building projects</source>
      <translation>Bauvorhaben</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/dock.py" line="57" />
      <source>Sewer network</source>
      <translation>Kanalnetz</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/dock.py" line="66" />
      <source>Contents</source>
      <translation>Inhalt</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/dock.py" line="70" />
      <source>Open working copy</source>
      <translation>Arbeitskopie öffnen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/dock.py" line="72" />
      <source>Generate demo city…</source>
      <translation>Demo-Stadt erzeugen …</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/dock.py" line="87" />
      <source>Working copy: {path} (not created yet)</source>
      <translation>Arbeitskopie: {path} (noch nicht angelegt)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/dock.py" line="90" />
      <source>Working copy: {path}</source>
      <translation>Arbeitskopie: {path}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/dock.py" line="94" />
      <source>Working copy {path} cannot be read: {error}</source>
      <translation>Arbeitskopie {path} ist nicht lesbar: {error}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/inspection_view.py" line="23" />
      <source>Derived values</source>
      <translation>Abgeleitete Werte</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/inspection_view.py" line="25" />
      <source>Neighbours</source>
      <translation>Nachbarn</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/inspection_view.py" line="32" />
      <source>Inspections</source>
      <translation>Inspektionen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/inspection_view.py" line="33" />
      <source>{standard}: condition class {value}, {n} observations</source>
      <translation>{standard}: Zustandsklasse {value}, {n} Zustände</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/inspection_view.py" line="38" />
      <source>severity</source>
      <translation>Dringlichkeit</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/inspection_view.py" line="41" />
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/inspection_view.py" line="50" />
      <source>upstream</source>
      <translation>stromaufwärts</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/inspection_view.py" line="50" />
      <source>downstream</source>
      <translation>stromabwärts</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/inspection_view.py" line="52" />
      <source>Direction</source>
      <translation>Richtung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/inspection_view.py" line="56" />
      <source>Connected gullies</source>
      <translation>Angeschlossene Straßenabläufe</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/inspection_view.py" line="60" />
      <source>Outlet reached</source>
      <translation>Auslauf erreicht</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/inspection_view.py" line="61" />
      <source>ends at</source>
      <translation>endet bei</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/inspection_view.py" line="64" />
      <source>Stopped at</source>
      <translation>Angehalten bei</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/inspection_view.py" line="66" />
      <source>Warning</source>
      <translation>Warnung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/inspection_view.py" line="66" />
      <source>flow cycle through {codes}</source>
      <translation>Fließkreislauf über {codes}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/inspection_view.py" line="84" />
      <source>Click a manhole, pipe, lateral or gully with the inspection tool, or select pipes.</source>
      <translation>Klicken Sie mit dem Abfragewerkzeug auf einen Schacht, eine Haltung, Anschlussleitung oder einen Straßenablauf, oder wählen Sie Haltungen aus.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/locator_filter.py" line="35" />
      <source>Street {name} ({n} pipes)</source>
      <translation>Straße {name} ({n} Haltungen)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/locator_filter.py" line="62" />
      <source>Kempten Twin: sewer objects, streets, defects</source>
      <translation>Kempten Twin: Kanalobjekte, Straßen, Mängel</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/locator_filter.py" line="81" />
      <source>Streets</source>
      <translation>Straßen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/profile_dialog.py" line="111" />
      <source>Export longitudinal profile</source>
      <translation>Längsschnitt exportieren</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/profile_dialog.py" line="122" />
      <source>Longitudinal profile</source>
      <translation>Längsschnitt</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/profile_dialog.py" line="73" />
      <source>Longitudinal profile {title}</source>
      <translation>Längsschnitt {title}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/profile_dialog.py" line="84" />
      <source>PDF: lengths</source>
      <translation>PDF: Längen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/profile_dialog.py" line="86" />
      <source>heights</source>
      <translation>Höhen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/profile_dialog.py" line="89" />
      <source>Export {kind}</source>
      <translation>Export {kind}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/tools.py" line="125" />
      <source>{table} {uuid} is no longer in the working copy.</source>
      <translation>{table} {uuid} ist nicht mehr in der Arbeitskopie.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/tools.py" line="156" />
      <source>Selection</source>
      <translation>Auswahl</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/tools.py" line="165" />
      <source>Trace stops at this manhole.</source>
      <translation>Die Verfolgung hält an diesem Schacht an.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/tools.py" line="166" />
      <source>Trace passes this manhole again.</source>
      <translation>Die Verfolgung geht wieder über diesen Schacht hinaus.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/tools.py" line="169" />
      <source>Pipe closed off for tracing.</source>
      <translation>Haltung für die Verfolgung abgesperrt.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/tools.py" line="170" />
      <source>Pipe open again for tracing.</source>
      <translation>Haltung für die Verfolgung wieder offen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/tools.py" line="196" />
      <source>Upstream of {code}</source>
      <translation>Oberhalb von {code}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/tools.py" line="197" />
      <source>Downstream of {code}</source>
      <translation>Unterhalb von {code}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/tools.py" line="201" />
      <source>{title}: {pipes} pipes, {length} m, {gullies} gullies</source>
      <translation>{title}: {pipes} Haltungen, {length} m, {gullies} Straßenabläufe</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/tools.py" line="205" />
      <source>warning: flow cycle through {codes}</source>
      <translation>Warnung: Fließkreislauf über {codes}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/tools.py" line="216" />
      <source>Longitudinal profile: now click the second manhole (or the same one again for the path down to the outlet).</source>
      <translation>Längsschnitt: Klicken Sie jetzt den zweiten Schacht (oder denselben noch einmal für den Weg bis zum Auslauf).</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/tools.py" line="247" />
      <source>No sewer object here; zoom in or click closer to it.</source>
      <translation>Hier ist kein Kanalobjekt; vergrößern Sie die Ansicht oder klicken Sie näher daran.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/tools.py" line="43" />
      <source>Inspect sewer object</source>
      <translation>Kanalobjekt abfragen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/tools.py" line="45" />
      <source>Trace upstream</source>
      <translation>Verfolgung stromaufwärts</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/tools.py" line="47" />
      <source>Trace downstream</source>
      <translation>Verfolgung stromabwärts</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/tools.py" line="50" />
      <source>Network checks…</source>
      <translation>Netzprüfung…</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/tools.py" line="88" />
      <source>Longitudinal profile: click the first manhole.</source>
      <translation>Längsschnitt: Klicken Sie den ersten Schacht.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/network/tools.py" line="90" />
      <source>Click a manhole or pipe to trace. Shift+click a manhole to stop there, Ctrl+click a pipe to close it off.</source>
      <translation>Schacht oder Haltung anklicken, um zu verfolgen. Umschalt+Klick auf einen Schacht hält dort an, Strg+Klick auf eine Haltung sperrt sie ab.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="102" />
      <source>off</source>
      <translation>aus</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="103" />
      <source>Automatic sync every</source>
      <translation>Automatischer Abgleich alle</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="105" />
      <source>City (title block of printed documents)</source>
      <translation>Stadt (Schriftfeld der Druckstücke)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="107" />
      <source>Office (title block)</source>
      <translation>Amt (Schriftfeld)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="110" />
      <source>Images</source>
      <translation>Bilder</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="111" />
      <source>Logo (title block)</source>
      <translation>Logo (Schriftfeld)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="114" />
      <source>A folder with the city's own layout templates kt_a4_portrait.qpt and kt_a3_landscape.qpt; empty: the plugin's templates.</source>
      <translation>Ein Ordner mit den eigenen Druckvorlagen der Stadt (kt_a4_portrait.qpt, kt_a3_landscape.qpt); leer: die Vorlagen des Plugins.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="117" />
      <source>Own layout templates</source>
      <translation>Eigene Druckvorlagen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="124" />
      <source>Basemaps</source>
      <translation>Hintergrundkarten</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="127" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="127" />
      <source>Data source (QGIS WMS/WMTS)</source>
      <translation>Datenquelle (QGIS WMS/WMTS)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="128" />
      <source>Visible</source>
      <translation>Sichtbar</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="142" />
      <source>Citizens' portal</source>
      <translation>Bürgerportal</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="147" />
      <source>Link to the participation platform per project and building: {project} (uuid), {reference}, {name} and {building} (uuid) are filled in. Empty: no links.</source>
      <translation>Link zur Beteiligungsplattform je Vorhaben und Gebäude: {project} (uuid), {reference}, {name} und {building} (uuid) werden eingesetzt. Leer: keine Links.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="150" />
      <source>Participation link</source>
      <translation>Beteiligungslink</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="152" />
      <source>Quasigeoid grid (*.tif *.tiff *.gtx)</source>
      <translation>Quasigeoid-Gitter (*.tif *.tiff *.gtx)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="153" />
      <source>GCG2016 as a grid PROJ reads, where PROJ does not have it itself; converts DHHN2016 heights for 3D Tiles.</source>
      <translation>GCG2016 als Gitter, das PROJ lesen kann, wo PROJ es nicht selbst hat; rechnet DHHN2016-Höhen für 3D Tiles um.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="155" />
      <source>Quasigeoid grid</source>
      <translation>Quasigeoid-Gitter</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="160" />
      <source>from PROJ</source>
      <translation>aus PROJ</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="161" />
      <source>The site's height anomaly (ellipsoidal minus NHN height), used where no grid is available.</source>
      <translation>Die Höhenanomalie des Orts (ellipsoidische minus NHN-Höhe), wenn kein Gitter verfügbar ist.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="163" />
      <source>Height anomaly</source>
      <translation>Höhenanomalie</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="171" />
      <source>Connecting to {server} …</source>
      <translation>Verbinde mit {server} …</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="172" />
      <source>Testing the server connection</source>
      <translation>Serververbindung wird getestet</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="49" />
      <source>Connected as {login}.</source>
      <translation>Verbunden als {login}.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="51" />
      <source>Server schema version {version}.</source>
      <translation>Serverschema Version {version}.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="56" />
      <source>read</source>
      <translation>lesen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="56" />
      <source>edit defects</source>
      <translation>Mängel bearbeiten</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="57" />
      <source>maintain gullies</source>
      <translation>Straßenabläufe warten</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="57" />
      <source>edit planning</source>
      <translation>Bauvorhaben bearbeiten</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="58" />
      <source>edit network</source>
      <translation>Kanalnetz bearbeiten</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="58" />
      <source>administer</source>
      <translation>verwalten</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="60" />
      <source>Rights: {rights}.</source>
      <translation>Rechte: {rights}.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="75" />
      <source>Working copy (GeoPackage)</source>
      <translation>Arbeitskopie (GeoPackage)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="80" />
      <source>A PostgreSQL connection saved in QGIS (its password stays in QGIS's authentication database) or service=NAME from pg_service.conf. Never a password.</source>
      <translation>Eine in QGIS gespeicherte PostgreSQL-Verbindung (das Passwort bleibt in der QGIS-Authentifizierungsdatenbank) oder service=NAME aus pg_service.conf. Niemals ein Passwort.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="83" />
      <source>Central server</source>
      <translation>Zentraler Server</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="85" />
      <source>Test connection</source>
      <translation>Verbindung testen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="87" />
      <source>Install or upgrade server schema…</source>
      <translation>Serverschema installieren oder aktualisieren …</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/options_page.py" line="98" />
      <source>User name</source>
      <translation>Benutzername</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/dialogs.py" line="107" />
      <source>Protection strips</source>
      <translation>Schutzstreifen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/dialogs.py" line="113" />
      <source>Strip width each side of the pipe axis by nominal diameter. The values are a default the city sets; an empty DN in the last row means all larger pipes.</source>
      <translation>Schutzstreifenbreite je Seite der Rohrachse nach Nennweite. Die Werte sind eine Vorgabe der Stadt; eine leere DN in der letzten Zeile gilt für alle größeren Haltungen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/dialogs.py" line="119" />
      <source>DN up to (mm)</source>
      <translation>DN bis (mm)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/dialogs.py" line="119" />
      <source>Strip (m)</source>
      <translation>Streifen (m)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/dialogs.py" line="131" />
      <source>Around manholes (m)</source>
      <translation>Um Schächte (m)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/dialogs.py" line="159" />
      <source>Not valid: {error}</source>
      <translation>Ungültig: {error}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/dialogs.py" line="34" />
      <source>Import planned buildings</source>
      <translation>Geplante Baukörper importieren</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/dialogs.py" line="36" />
      <source>Which attribute of {file} holds what? Features sharing a name form one building project.</source>
      <translation>Welches Attribut von {file} enthält was? Objekte mit gleichem Namen bilden ein Bauvorhaben.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/dialogs.py" line="42" />
      <source>Height (m)</source>
      <translation>Höhe (m)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/dialogs.py" line="42" />
      <source>Floors</source>
      <translation>Geschosse</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/dialogs.py" line="42" />
      <source>Use</source>
      <translation>Nutzung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/dialogs.py" line="43" />
      <source>Project name</source>
      <translation>Name des Bauvorhabens</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/dialogs.py" line="56" />
      <source>from the name attribute or the file name</source>
      <translation>aus dem Namensattribut oder dem Dateinamen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/dialogs.py" line="57" />
      <source>Project name (for all)</source>
      <translation>Name des Bauvorhabens (für alle)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/dialogs.py" line="64" />
      <source>as in the file</source>
      <translation>wie in der Datei</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/dialogs.py" line="64" />
      <source>guess from coordinates</source>
      <translation>aus den Koordinaten erkennen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/dialogs.py" line="89" />
      <source>Source CRS of the file</source>
      <translation>Quell-KBS der Datei</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="126" />
      <source>Building projects panel</source>
      <translation>Bedienfeld Bauvorhaben</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="130" />
      <source>Import planned buildings…</source>
      <translation>Geplante Baukörper importieren…</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="131" />
      <source>Import citizens' comments…</source>
      <translation>Bürgerbeiträge importieren…</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="133" />
      <source>Check building conflicts</source>
      <translation>Bauvorhaben auf Konflikte prüfen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="134" />
      <source>Open 3D view of the projects</source>
      <translation>3D-Ansicht der Bauvorhaben öffnen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="135" />
      <source>Review report (PDF)…</source>
      <translation>Prüfbericht (PDF)…</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="195" />
      <source>{name} · {status} · {n} comments</source>
      <translation>{name} · {status} · {n} Beiträge</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="214" />
      <source>No. {n}</source>
      <translation>Nr. {n}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="329" />
      <source>Importing {file}</source>
      <translation>{file} wird importiert</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="349" />
      <source>{n} existing buildings imported for context.</source>
      <translation>{n} Bestandsgebäude als Umgebung importiert.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="351" />
      <source>{projects} projects with {buildings} buildings imported ({kind}).</source>
      <translation>{projects} Bauvorhaben mit {buildings} Baukörpern importiert ({kind}).</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="354" />
      <source>{n} warnings: {first}</source>
      <translation>{n} Warnungen: {first}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="362" />
      <source>Import citizens' comments</source>
      <translation>Bürgerbeiträge importieren</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="373" />
      <source>Importing comments</source>
      <translation>Bürgerbeiträge werden importiert</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="380" />
      <source>{n} comments imported, {skipped} without a project.</source>
      <translation>{n} Bürgerbeiträge importiert, {skipped} ohne Bauvorhaben.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="386" />
      <source>Please wait: the previous task is still running.</source>
      <translation>Bitte warten: die vorige Aufgabe läuft noch.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="416" />
      <source>The working copy {path} does not exist.</source>
      <translation>Die Arbeitskopie {path} existiert nicht.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="425" />
      <source>Checking building conflicts</source>
      <translation>Bauvorhaben werden auf Konflikte geprüft</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="439" />
      <source>Building conflicts</source>
      <translation>Konflikte Bauvorhaben</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="444" />
      <source>{n} conflicts with the sewer network.</source>
      <translation>{n} Konflikte mit dem Kanalnetz.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="462" />
      <source>{n} conflicts in this project (of {total}).</source>
      <translation>{n} Konflikte in diesem Bauvorhaben (von {total}).</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="489" />
      <source>Choose a building project in the panel first.</source>
      <translation>Wählen Sie zuerst ein Bauvorhaben im Bedienfeld.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="494" />
      <source>Export for the citizens' portal</source>
      <translation>Für das Bürgerportal exportieren</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="513" />
      <source>Exporting for the citizens' portal</source>
      <translation>Export für das Bürgerportal</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="517" />
      <source>Portal export cancelled; nothing was written.</source>
      <translation>Export für das Bürgerportal abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="523" />
      <source>Portal written: {page} ({n} buildings; heights: {method}). Serve the folder with a web server.</source>
      <translation>Bürgerportal geschrieben: {page} ({n} Gebäude; Höhen: {method}). Den Ordner über einen Webserver bereitstellen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="536" />
      <source>Open the working copy first.</source>
      <translation>Öffnen Sie zuerst die Arbeitskopie.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="540" />
      <source>Building projects 3D</source>
      <translation>Bauvorhaben 3D</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="546" />
      <source>Open the 3D view with View ▸ 3D Map Views ▸ New 3D Map View; the buildings and the pipes at depth have their 3D style already.</source>
      <translation>Öffnen Sie die 3D-Ansicht über Ansicht ▸ 3D-Kartenansichten ▸ Neue 3D-Kartenansicht; Baukörper und Haltungen in Sohltiefe sind bereits für 3D gestaltet.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="591" />
      <source>Review report</source>
      <translation>Prüfbericht</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="603" />
      <source>Review report: rendering the 3D view</source>
      <translation>Prüfbericht: 3D-Ansicht wird gerendert</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="615" />
      <source>Review report cancelled; nothing was written.</source>
      <translation>Prüfbericht abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="624" />
      <source>Report written: {path} ({pages} pages).</source>
      <translation>Bericht geschrieben: {path} ({pages} Seiten).</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="69" />
      <source>Import…</source>
      <translation>Importieren…</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="70" />
      <source>Check conflicts</source>
      <translation>Konflikte prüfen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="71" />
      <source>3D</source>
      <translation>3D</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="72" />
      <source>Report…</source>
      <translation>Bericht…</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="73" />
      <source>Strips…</source>
      <translation>Schutzstreifen…</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="74" />
      <source>Portal…</source>
      <translation>Portal …</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="75" />
      <source>Export for the citizens' portal…</source>
      <translation>Für das Bürgerportal exportieren …</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="86" />
      <source>Building</source>
      <translation>Baukörper</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="86" />
      <source>Distance (m)</source>
      <translation>Abstand (m)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="86" />
      <source>Required (m)</source>
      <translation>Erforderlich (m)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="86" />
      <source>Severity</source>
      <translation>Schwere</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/planning/feature.py" line="92" />
      <source>Citizens' comments</source>
      <translation>Bürgerbeiträge</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync/conflict_dialog.py" line="116" />
      <source>Merge into the existing object</source>
      <translation>Mit dem vorhandenen Objekt zusammenführen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync/conflict_dialog.py" line="118" />
      <source>Rename mine…</source>
      <translation>Meines umbenennen…</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync/conflict_dialog.py" line="143" />
      <source>Edit value</source>
      <translation>Wert bearbeiten</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync/conflict_dialog.py" line="21" />
      <source>changed ↔ deleted</source>
      <translation>geändert ↔ gelöscht</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync/conflict_dialog.py" line="21" />
      <source>deleted ↔ changed</source>
      <translation>gelöscht ↔ geändert</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync/conflict_dialog.py" line="22" />
      <source>object code exists twice</source>
      <translation>Objektbezeichnung doppelt</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync/conflict_dialog.py" line="35" />
      <source>Sync conflicts</source>
      <translation>Abgleichskonflikte</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync/conflict_dialog.py" line="43" />
      <source>Table</source>
      <translation>Tabelle</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync/conflict_dialog.py" line="43" />
      <source>Object</source>
      <translation>Objekt</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync/conflict_dialog.py" line="43" />
      <source>Mine</source>
      <translation>Mein Wert</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync/conflict_dialog.py" line="43" />
      <source>Theirs (server)</source>
      <translation>Serverwert</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync/conflict_dialog.py" line="44" />
      <source>Changed by</source>
      <translation>Geändert von</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync/conflict_dialog.py" line="44" />
      <source>Changed at</source>
      <translation>Geändert am</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync/conflict_dialog.py" line="51" />
      <source>Keep mine</source>
      <translation>Meinen Wert behalten</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync/conflict_dialog.py" line="52" />
      <source>Take theirs</source>
      <translation>Serverwert übernehmen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync/conflict_dialog.py" line="53" />
      <source>Edit value…</source>
      <translation>Wert bearbeiten …</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync/conflict_dialog.py" line="61" />
      <source>Changes the server refused (they stay here, unsent, until you edit them again or give them up):</source>
      <translation>Vom Server abgelehnte Änderungen (sie bleiben hier, ungesendet, bis Sie sie erneut bearbeiten oder verwerfen):</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync/conflict_dialog.py" line="64" />
      <source>Change</source>
      <translation>Änderung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync/conflict_dialog.py" line="65" />
      <source>Reason</source>
      <translation>Grund</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync/conflict_dialog.py" line="70" />
      <source>Give up my change (server's state returns)</source>
      <translation>Meine Änderung verwerfen (Serverstand kommt zurück)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync/conflict_dialog.py" line="90" />
      <source>{n} open conflicts. The working copy shows the server's value; your value is kept here until you decide. Resolved values go to the server with the next sync.</source>
      <translation>{n} offene Konflikte. Die Arbeitskopie zeigt den Serverwert; Ihr Wert bleibt hier erhalten, bis Sie entscheiden. Entschiedene Werte gehen mit dem nächsten Abgleich an den Server.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync/conflict_dialog.py" line="98" />
      <source>new</source>
      <translation>neu</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync/conflict_dialog.py" line="98" />
      <source>changed</source>
      <translation>geändert</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync/conflict_dialog.py" line="98" />
      <source>deleted</source>
      <translation>gelöscht</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync/controller.py" line="110" />
      <source>Kempten Twin: synchronising</source>
      <translation>Kempten Twin: Abgleich</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync/controller.py" line="130" />
      <source>Synchronised: sent {pushed}, received {pulled}, new conflicts {conflicts}, refused {refused}.</source>
      <translation>Abgeglichen: gesendet {pushed}, empfangen {pulled}, neue Konflikte {conflicts}, abgelehnt {refused}.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync/controller.py" line="34" />
      <source>Sync: no working copy</source>
      <translation>Abgleich: keine Arbeitskopie</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync/controller.py" line="37" />
      <source>{n} pending</source>
      <translation>{n} ausstehend</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync/controller.py" line="39" />
      <source>{n} conflicts</source>
      <translation>{n} Konflikte</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync/controller.py" line="41" />
      <source>{n} refused</source>
      <translation>{n} abgelehnt</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync/controller.py" line="42" />
      <source>last sync {when}</source>
      <translation>zuletzt {when}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync/controller.py" line="43" />
      <source>never</source>
      <translation>nie</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync/controller.py" line="44" />
      <source>Sync: </source>
      <translation>Abgleich: </translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync/controller.py" line="46" />
      <source>offline</source>
      <translation>offline</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync/controller.py" line="48" />
      <source>Sync running …</source>
      <translation>Abgleich läuft …</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/gui/sync/controller.py" line="97" />
      <source>No central server is configured (Settings ▸ Options ▸ Kempten Twin). The working copy works without one.</source>
      <translation>Kein zentraler Server eingestellt (Einstellungen ▸ Optionen ▸ Kempten Twin). Die Arbeitskopie funktioniert auch ohne.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/i18n.py" line="27" />
      <source>Decimal separator: .</source>
      <translation>Dezimaltrennzeichen: ,</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/crs.py" line="128" />
      <source>Unknown reference system {crs}: give an EPSG code such as EPSG:31468.</source>
      <translation>Unbekanntes Bezugssystem {crs}: bitte einen EPSG-Code wie EPSG:31468 angeben.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/crs.py" line="135" />
      <source>EPSG:{epsg} is not a projected reference system.</source>
      <translation>EPSG:{epsg} ist kein projiziertes Bezugssystem.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/crs.py" line="157" />
      <source>UTM eastings with the zone prefix {zone}, prefix removed</source>
      <translation>UTM-Rechtswerte mit Zonenkennung {zone}, Kennung entfernt</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/crs.py" line="161" />
      <source>Gauss-Krüger zone {zone}, from the easting's first digit</source>
      <translation>Gauß-Krüger-Streifen {zone}, aus der ersten Ziffer des Rechtswerts</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/crs.py" line="164" />
      <source>UTM eastings without zone prefix; zone 32, the city's zone, assumed</source>
      <translation>UTM-Rechtswerte ohne Zonenkennung; Zone 32, die Zone der Stadt, angenommen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/crs.py" line="166" />
      <source>longitude and latitude in degrees (WGS 84)</source>
      <translation>geographische Länge und Breite in Grad (WGS 84)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/crs.py" line="168" />
      <source>latitude and longitude in degrees (WGS 84)</source>
      <translation>geographische Breite und Länge in Grad (WGS 84)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/crs.py" line="178" />
      <source>Unknown coordinate reference system EPSG:{code}.</source>
      <translation>Unbekanntes Koordinatenbezugssystem EPSG:{code}.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/crs.py" line="236" />
      <source>EPSG:{epsg} ({reason})</source>
      <translation>EPSG:{epsg} ({reason})</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/crs.py" line="237" />
      <source>EPSG:{epsg} ({reason}); reprojected to EPSG:{target}</source>
      <translation>EPSG:{epsg} ({reason}); umprojiziert nach EPSG:{target}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/crs.py" line="252" />
      <source>the coordinates are not numbers.</source>
      <translation>die Koordinaten sind keine Zahlen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/crs.py" line="259" />
      <source>the coordinates ({x}, {y}) do not lie in Germany when read as EPSG:{epsg}; choose another source CRS.</source>
      <translation>die Koordinaten ({x}, {y}) liegen als EPSG:{epsg} gelesen nicht in Deutschland; bitte ein anderes Quell-KBS wählen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/crs.py" line="276" />
      <source>the file names {name}</source>
      <translation>die Datei nennt {name}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/crs.py" line="282" />
      <source>the file names the reference system {name} (EPSG:{epsg}), but its coordinates ({x}, {y}) do not lie in Germany in that system{looks}. Choose the source CRS.</source>
      <translation>die Datei nennt das Bezugssystem {name} (EPSG:{epsg}), aber ihre Koordinaten ({x}, {y}) liegen darin nicht in Deutschland{looks}. Bitte das Quell-KBS wählen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/crs.py" line="286" />
      <source>; they look like EPSG:{epsg} ({reason})</source>
      <translation>; sie sehen nach EPSG:{epsg} aus ({reason})</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/crs.py" line="291" />
      <source>{which} and its coordinates ({x}, {y}) fit none of UTM, Gauss-Krüger or degrees. Choose the source CRS.</source>
      <translation>{which}, und ihre Koordinaten ({x}, {y}) passen weder zu UTM noch zu Gauß-Krüger noch zu Grad. Bitte das Quell-KBS wählen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/crs.py" line="294" />
      <source>the reference system {name} is not known</source>
      <translation>das Bezugssystem {name} ist unbekannt</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/crs.py" line="299" />
      <source>the file's name {name} was not understood</source>
      <translation>die Angabe {name} der Datei wurde nicht verstanden</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/crs.py" line="301" />
      <source>the file names no reference system</source>
      <translation>die Datei nennt kein Bezugssystem</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/crs.py" line="309" />
      <source>; eastings with the zone prefix {zone}, prefix removed</source>
      <translation>; Rechtswerte mit Zonenkennung {zone}, Kennung entfernt</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/crs.py" line="313" />
      <source>; latitude written first</source>
      <translation>; Breite zuerst geschrieben</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/crs.py" line="366" />
      <source>The coordinates cannot be transformed to EPSG:25832.</source>
      <translation>Die Koordinaten lassen sich nicht nach EPSG:25832 umrechnen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/crs.py" line="476" />
      <source>no coordinates read</source>
      <translation>keine Koordinaten gelesen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/crs.py" line="485" />
      <source>chosen by the user</source>
      <translation>vom Benutzer gewählt</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/crs.py" line="500" />
      <source>UTM eastings without zone prefix; zone {zone} {how}</source>
      <translation>UTM-Rechtswerte ohne Zonenkennung; Zone {zone} {how}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/crs.py" line="502" />
      <source>as the file says</source>
      <translation>laut Datei</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/crs.py" line="503" />
      <source>assumed</source>
      <translation>angenommen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/crs.py" line="505" />
      <source>The easting {x} is neither UTM (with or without zone prefix) nor Gauss-Krüger; choose the source CRS.</source>
      <translation>Der Rechtswert {x} ist weder UTM (mit oder ohne Zonenkennung) noch Gauß-Krüger; bitte das Quell-KBS wählen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/crs.py" line="510" />
      <source>; the file names EPSG:{declared}, the values say otherwise</source>
      <translation>; die Datei nennt EPSG:{declared}, die Werte sagen etwas anderes</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/crs.py" line="525" />
      <source>The easting {x} lacks the zone prefix {zone} the other coordinates carry.</source>
      <translation>Dem Rechtswert {x} fehlt die Zonenkennung {zone}, die die übrigen Koordinaten tragen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/crs.py" line="531" />
      <source>The easting {x} is not in the Gauss-Krüger zone {zone} of the other coordinates.</source>
      <translation>Der Rechtswert {x} liegt nicht im Gauß-Krüger-Streifen {zone} der übrigen Koordinaten.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/crs.py" line="535" />
      <source>The northing {y} lies outside Germany; the coordinates are swapped or in another system.</source>
      <translation>Der Hochwert {y} liegt außerhalb Deutschlands; die Koordinaten sind vertauscht oder in einem anderen System.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/api.py" line="74" />
      <source>Neither ISYBAU XML nor DWA-M 150: the root element is {tag}.</source>
      <translation>Weder ISYBAU XML noch DWA-M 150: das Wurzelelement ist {tag}.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/codes.py" line="147" />
      <source>Node kind (KnotenTyp)</source>
      <translation>Knotenart (KnotenTyp)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/codes.py" line="148" />
      <source>Connection point kind (Punktkennung)</source>
      <translation>Art des Anschlusspunkts (Punktkennung)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/codes.py" line="149" />
      <source>Edge kind (KantenTyp)</source>
      <translation>Kantenart (KantenTyp)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/codes.py" line="151" />
      <source>Profile (Profilart)</source>
      <translation>Profil (Profilart)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/codes.py" line="152" />
      <source>Drainage (Entwässerungsart)</source>
      <translation>Entwässerungsart</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/codes.py" line="153" />
      <source>Node kind (KG305 Knotenart)</source>
      <translation>Knotenart (KG305)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/codes.py" line="154" />
      <source>Structure kind (KG306 Bauwerksart)</source>
      <translation>Bauwerksart (KG306)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/codes.py" line="155" />
      <source>Edge kind (HG313 Haltungsart)</source>
      <translation>Haltungsart (HG313)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/codes.py" line="156" />
      <source>Profile (HG305 Profilart)</source>
      <translation>Profilart (HG305)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/codes.py" line="157" />
      <source>Drainage (HG302/KG302 Kanalnutzung)</source>
      <translation>Kanalnutzung (HG302/KG302)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/export_run.py" line="28" />
      <source>The folder {folder} does not exist.</source>
      <translation>Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/reader_process.py" line="204" />
      <source>The reading process ended unexpectedly (code {code}): {detail}</source>
      <translation>Der Leseprozess endete unerwartet (Code {code}): {detail}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/reader_process.py" line="217" />
      <source>Reading the file failed: {detail}</source>
      <translation>Das Lesen der Datei schlug fehl: {detail}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/reader_process.py" line="76" />
      <source>Import report</source>
      <translation>Importbericht</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/report.py" line="101" />
      <source>Working copy:</source>
      <translation>Arbeitskopie:</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/report.py" line="104" />
      <source>  {table}: {new} new, {updated} updated</source>
      <translation>  {table}: {new} neu, {updated} aktualisiert</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/report.py" line="108" />
      <source>  Observations: {n}</source>
      <translation>  Zustände: {n}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/report.py" line="110" />
      <source>Skipped: {n}</source>
      <translation>Übersprungen: {n}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/report.py" line="112" />
      <source>  line {line} {code}: {reason}</source>
      <translation>  Zeile {line} {code}: {reason}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/report.py" line="115" />
      <source>Plausibility warnings: {n}</source>
      <translation>Plausibilitätswarnungen: {n}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/report.py" line="117" />
      <source>  line {line} {code}: {message}</source>
      <translation>  Zeile {line} {code}: {message}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/report.py" line="121" />
      <source>Codes mapped by your override (delivery source {source}):</source>
      <translation>Codes nach Ihrer Zuordnung übernommen (Lieferant {source}):</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/report.py" line="127" />
      <source>Codes kept as given (not interpreted):</source>
      <translation>Unverändert übernommene Kodes (nicht interpretiert):</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/report.py" line="17" />
      <source>Inspections of pipes</source>
      <translation>Inspektionen von Haltungen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/report.py" line="18" />
      <source>Inspections of laterals</source>
      <translation>Inspektionen von Leitungen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/report.py" line="20" />
      <source>Inspections of manholes</source>
      <translation>Inspektionen von Schächten</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/report.py" line="21" />
      <source>Inspections of structures</source>
      <translation>Inspektionen von Bauwerken</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/report.py" line="22" />
      <source>Inspections of nodes</source>
      <translation>Inspektionen von Knoten</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/report.py" line="22" />
      <source>Inspections ({kind})</source>
      <translation>Inspektionen ({kind})</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/report.py" line="79" />
      <source>Manholes, connection points and structures (table manhole)</source>
      <translation>Schächte, Anschlusspunkte und Bauwerke (Tabelle manhole)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/report.py" line="80" />
      <source>Pipes (table pipe)</source>
      <translation>Haltungen (Tabelle pipe)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/report.py" line="80" />
      <source>Laterals (table lateral)</source>
      <translation>Leitungen (Tabelle lateral)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/report.py" line="81" />
      <source>Street gullies (table gully)</source>
      <translation>Straßenabläufe (Tabelle gully)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/report.py" line="86" />
      <source>File: {path}</source>
      <translation>Datei: {path}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/report.py" line="87" />
      <source>Format: {format} {version}</source>
      <translation>Format: {format} {version}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/report.py" line="89" />
      <source>Coordinates: {crs}</source>
      <translation>Koordinaten: {crs}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/report.py" line="89" />
      <source>none read</source>
      <translation>keine gelesen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/report.py" line="90" />
      <source>Mode: {mode}</source>
      <translation>Modus: {mode}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/report.py" line="91" />
      <source>Imported by kind:</source>
      <translation>Importiert nach Art:</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/report.py" line="96" />
      <source>  {name}: {n}</source>
      <translation>  {name}: {n}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/report.py" line="98" />
      <source>  {name}: {n} ({written} written)</source>
      <translation>  {name}: {n} ({written} geschrieben)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="122" />
      <source>DWA-M 150 field catalogue, format 04-2010 (our rules)</source>
      <translation>DWA-M 150 Felddefinitionen, Format 04-2010 (unsere Regeln)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="149" />
      <source>{value!r} is not a number with a decimal point</source>
      <translation>{value!r} ist keine Zahl mit Dezimalpunkt</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="152" />
      <source>{value!r} is not a whole number</source>
      <translation>{value!r} ist keine ganze Zahl</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="155" />
      <source>{value!r} is not true/false or 1/0</source>
      <translation>{value!r} ist nicht true/false oder 1/0</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="158" />
      <source>{value!r} is not of the form {form}</source>
      <translation>{value!r} hat nicht die Form {form}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="163" />
      <source>{value!r} is not in the code list ({codes})</source>
      <translation>{value!r} steht nicht in der Codeliste ({codes})</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="168" />
      <source>{value!r} is not a whole number from {low} to {high}</source>
      <translation>{value!r} ist keine ganze Zahl von {low} bis {high}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="209" />
      <source>{parent} holds a value, not the element {name}</source>
      <translation>{parent} enthält einen Wert, nicht das Element {name}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="218" />
      <source>element {name} is not allowed here</source>
      <translation>Element {name} ist hier nicht erlaubt</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="228" />
      <source>{name} appears more often than allowed ({n})</source>
      <translation>{name} kommt öfter vor als erlaubt ({n})</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="241" />
      <source>{name} comes too late: it belongs before {last}</source>
      <translation>{name} kommt zu spät: es gehört vor {last}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="248" />
      <source>required {missing} is missing before {name}</source>
      <translation>Pflichtelement {missing} fehlt vor {name}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="260" />
      <source>required {missing} is missing</source>
      <translation>Pflichtelement {missing} fehlt</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="282" />
      <source>ISYBAU 2013 schema rules (our own, from 1302-*.xsd)</source>
      <translation>Regeln des ISYBAU-2013-Schemas (eigene, nach 1302-*.xsd)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="340" />
      <source>ISYBAU 2013 schema rules (a 2006 file is valid against them; our own, from 1302-*.xsd)</source>
      <translation>Regeln des ISYBAU-2013-Schemas (eine 2006er-Datei ist danach gültig; eigene, nach 1302-*.xsd)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="345" />
      <source>ISYBAU 2017 schema rules (our own, from 1707-stammdaten.xsd and, for Zustandsdaten, 1302-zustandsdaten.xsd)</source>
      <translation>Regeln des ISYBAU-2017-Schemas (eigene, nach 1707-stammdaten.xsd und für Zustandsdaten 1302-zustandsdaten.xsd)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="347" />
      <source>ISYBAU 2024: no public schema; the 2017 rules, unknown elements as warnings</source>
      <translation>ISYBAU 2024: kein öffentliches Schema; die Regeln von 2017, unbekannte Elemente als Warnung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="362" />
      <source>longer than {n} characters</source>
      <translation>länger als {n} Zeichen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="365" />
      <source>{value!r} is not a whole number of at most {n} digits</source>
      <translation>{value!r} ist keine ganze Zahl mit höchstens {n} Stellen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="368" />
      <source>{value!r} is not a number</source>
      <translation>{value!r} ist keine Zahl</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="370" />
      <source>{value!r} is not a date (JJJJ-MM-TT or TT.MM.JJJJ)</source>
      <translation>{value!r} ist kein Datum (JJJJ-MM-TT oder TT.MM.JJJJ)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="372" />
      <source>{value!r} is not a yes/no mark</source>
      <translation>{value!r} ist keine Ja/Nein-Angabe</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="419" />
      <source>the file holds no HG or KG record</source>
      <translation>die Datei enthält keinen HG- oder KG-Satz</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="429" />
      <source>field</source>
      <translation>Feld</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="429" />
      <source>record</source>
      <translation>Satz</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="430" />
      <source>{what} {name} does not belong in {parent}</source>
      <translation>{what} {name} gehört nicht in {parent}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="440" />
      <source>required field {field} is missing or empty</source>
      <translation>Pflichtfeld {field} fehlt oder ist leer</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="445" />
      <source>format type {value!r} is none of A, B, D, Z</source>
      <translation>Formattyp {value!r} ist keiner von A, B, D, Z</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="454" />
      <source>coordinate system {value!r} is neither GK nor UTM</source>
      <translation>Koordinatensystem {value!r} ist weder GK noch UTM</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="461" />
      <source>GP002 says {system}, but the coordinates are in {fields}; they are read from there</source>
      <translation>GP002 nennt {system}, die Koordinaten stehen aber in {fields}; sie werden von dort gelesen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="465" />
      <source>point without coordinates ({fields})</source>
      <translation>Punkt ohne Koordinaten ({fields})</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="482" />
      <source>not imported: {reason}</source>
      <translation>wird nicht importiert: {reason}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="503" />
      <source>the object code appears a second time among the {group} (first in line {line}); code and Objektart are the key, the import keeps the first</source>
      <translation>die Objektbezeichnung kommt unter den {group} ein zweites Mal vor (zuerst in Zeile {line}); Objektbezeichnung und Objektart sind der Schlüssel, der Import behält das erste Objekt</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="528" />
      <source>names the node {node!r}, which is not in the file</source>
      <translation>nennt den Knoten {node!r}, der nicht in der Datei steht</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="532" />
      <source>joins the Kante {edge!r}, which is not in the file</source>
      <translation>schließt an die Kante {edge!r} an, die nicht in der Datei steht</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="80" />
      <source>File check</source>
      <translation>Dateiprüfung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="84" />
      <source>Structure rules: {rules}</source>
      <translation>Strukturregeln: {rules}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="85" />
      <source>Objects read: {n}</source>
      <translation>Gelesene Objekte: {n}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="86" />
      <source>Errors: {errors}, warnings: {warnings}</source>
      <translation>Fehler: {errors}, Warnungen: {warnings}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="88" />
      <source>Errors</source>
      <translation>Fehler</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="88" />
      <source>Warnings</source>
      <translation>Warnungen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="93" />
      <source>  line {line} {where}: {message}</source>
      <translation>  Zeile {line} {where}: {message}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/exchange/validate.py" line="98" />
      <source>No findings: the file can be imported as it is.</source>
      <translation>Keine Befunde: die Datei kann so importiert werden.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/geometry_check.py" line="103" />
      <source>an invalid polygon that has no area once repaired</source>
      <translation>ein ungültiges Polygon, das nach der Reparatur keine Fläche hat</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/geometry_check.py" line="109" />
      <source>{label}: invalid polygon (self-intersecting or with misplaced rings) repaired; area {before} m² → {after} m² in {n} part(s).</source>
      <translation>{label}: ungültiges Polygon (selbstüberschneidend oder mit falsch liegenden Ringen) repariert; Fläche {before} m² → {after} m² in {n} Teil(en).</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/geometry_check.py" line="118" />
      <source>a polygon without area</source>
      <translation>ein Polygon ohne Fläche</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/geometry_check.py" line="132" />
      <source>{label}: lies outside the city's area (the working copy's extent plus 1 km), at {x} {y} in EPSG:25832; check the reference system.</source>
      <translation>{label}: liegt außerhalb des Stadtgebiets (Ausdehnung der Arbeitskopie plus 1 km), bei {x} {y} in EPSG:25832; bitte das Bezugssystem prüfen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/geometry_check.py" line="142" />
      <source> (and {n} more)</source>
      <translation> (und {n} weitere)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/geometry_check.py" line="151" />
      <source>{label}: refused, {why}.</source>
      <translation>{label}: abgelehnt, {why}.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/geometry_check.py" line="62" />
      <source>coordinates that are not numbers (NaN)</source>
      <translation>Koordinaten, die keine Zahlen sind (NaN)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/geometry_check.py" line="64" />
      <source>infinite coordinates</source>
      <translation>unendliche Koordinaten</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/geometry_check.py" line="67" />
      <source>absurd coordinates (up to {value:.3g})</source>
      <translation>unsinnige Koordinaten (bis {value:.3g})</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/geometry_check.py" line="74" />
      <source>no geometry</source>
      <translation>keine Geometrie</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/geometry_check.py" line="93" />
      <source>lies outside Germany in EPSG:25832 ({x}, {y}): the reference system does not fit</source>
      <translation>liegt in EPSG:25832 außerhalb Deutschlands ({x}, {y}): das Bezugssystem passt nicht</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/isybau/reader.py" line="325" />
      <source>Straßenablauf</source>
      <translation>Straßenablauf</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/isybau/reader.py" line="347" />
      <source>no Objektbezeichnung</source>
      <translation>keine Objektbezeichnung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/isybau/reader.py" line="408" />
      <source>neither Knoten nor Kante</source>
      <translation>weder Knoten noch Kante</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/isybau/reader.py" line="421" />
      <source>unknown KnotenTyp {code!r}</source>
      <translation>unbekannter KnotenTyp {code!r}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/isybau/reader.py" line="460" />
      <source>no coordinates (Rechtswert/Hochwert) for the node</source>
      <translation>keine Koordinaten (Rechtswert/Hochwert) für den Knoten</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/isybau/reader.py" line="548" />
      <source>unsupported KantenTyp {code!r}</source>
      <translation>nicht unterstützter KantenTyp {code!r}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/isybau/reader.py" line="555" />
      <source>fewer than two points in the geometry (Geometriedaten)</source>
      <translation>weniger als zwei Punkte in der Geometrie (Geometriedaten)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/isybau/reader.py" line="564" />
      <source>implausible length {length} m</source>
      <translation>unplausible Länge {length} m</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/isybau/reader.py" line="59" />
      <source>This is not an ISYBAU XML file: its root element is {tag}, expected Identifikation in the namespace of ISYBAU 2006/2013 or 2017/2024.</source>
      <translation>Dies ist keine ISYBAU-XML-Datei: das Wurzelelement ist {tag}, erwartet wird Identifikation im Namensraum von ISYBAU 2006/2013 oder 2017/2024.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/isybau/reader.py" line="690" />
      <source>observation without InspektionsKode</source>
      <translation>Zustand ohne InspektionsKode</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/isybau/zustand_export.py" line="69" />
      <source>Open defects of manholes and pipes written as condition data (Zustandsdaten): {count}.</source>
      <translation>Offene Mängel an Schächten und Haltungen als Zustandsdaten geschrieben: {count}.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/isybau/zustand_export.py" line="75" />
      <source>Open defects left out: {count} (ISYBAU has no condition data for street gullies, or the defect's manhole or pipe is gone).</source>
      <translation>Nicht exportierte offene Mängel: {count} (ISYBAU kennt keine Zustandsdaten für Straßenabläufe, oder Schacht bzw. Haltung des Mangels gibt es nicht mehr).</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/m150/reader.py" line="116" />
      <source>no object code ({field})</source>
      <translation>keine Objektbezeichnung ({field})</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/m150/reader.py" line="212" />
      <source>fewer than two points in the geometry (GO/GP)</source>
      <translation>weniger als zwei Punkte in der Geometrie (GO/GP)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/m150/reader.py" line="215" />
      <source>Haltung</source>
      <translation>Haltung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/m150/reader.py" line="215" />
      <source>Leitung</source>
      <translation>Leitung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/m150/reader.py" line="265" />
      <source>no coordinates (GO/GP) for the node</source>
      <translation>keine Koordinaten (GO/GP) für den Knoten</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/m150/reader.py" line="339" />
      <source>observation without code</source>
      <translation>Zustand ohne Kode</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/m150/reader.py" line="53" />
      <source>This is not a DWA-M 150 file: its root element is {tag}, expected DATA.</source>
      <translation>Dies ist keine DWA-M-150-Datei: das Wurzelelement ist {tag}, erwartet wird DATA.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/open311.py" line="106" />
      <source>The Open311 answer is not valid XML: {error}</source>
      <translation>Die Open311-Antwort ist kein gültiges XML: {error}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/open311.py" line="111" />
      <source>Expected &lt;service_requests&gt;, found &lt;{tag}&gt;.</source>
      <translation>Erwartet wurde &lt;service_requests&gt;, gefunden &lt;{tag}&gt;.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/open311.py" line="121" />
      <source>The Open311 input is larger than 200 MB; split it.</source>
      <translation>Die Open311-Eingabe ist größer als 200 MB; bitte aufteilen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/open311.py" line="133" />
      <source>{path} cannot be read: {reason}</source>
      <translation>{path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/open311.py" line="148" />
      <source>The Open311 server did not send its answer within {seconds} s ({address}); nothing was imported.</source>
      <translation>Der Open311-Server hat seine Antwort nicht innerhalb von {seconds} s gesendet ({address}); es wurde nichts importiert.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/open311.py" line="176" />
      <source>{url} is not an http(s) address.</source>
      <translation>{url} ist keine http(s)-Adresse.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/open311.py" line="189" />
      <source>The Open311 server answered HTTP {code} ({reason}) for {address}; nothing was imported.</source>
      <translation>Der Open311-Server antwortete mit HTTP {code} ({reason}) auf {address}; es wurde nichts importiert.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/open311.py" line="197" />
      <source>The Open311 server cannot be reached ({reason}); nothing was imported.</source>
      <translation>Der Open311-Server ist nicht erreichbar ({reason}); es wurde nichts importiert.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/open311.py" line="200" />
      <source>The connection to the Open311 server broke ({error}); nothing was imported.</source>
      <translation>Die Verbindung zum Open311-Server ist abgebrochen ({error}); es wurde nichts importiert.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/open311.py" line="214" />
      <source>The Open311 server did not answer within {seconds} s ({address}); nothing was imported.</source>
      <translation>Der Open311-Server hat nicht innerhalb von {seconds} s geantwortet ({address}); es wurde nichts importiert.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/open311.py" line="243" />
      <source>Open311 import</source>
      <translation>Open311-Import</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/open311.py" line="244" />
      <source>new defects: {n}</source>
      <translation>neue Mängel: {n}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/open311.py" line="245" />
      <source>reports linked to an existing defect: {n}</source>
      <translation>Meldungen einem bestehenden Mangel zugeordnet: {n}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/open311.py" line="246" />
      <source>already imported before (skipped): {n}</source>
      <translation>bereits früher importiert (übersprungen): {n}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/open311.py" line="247" />
      <source>repeated in the input (folded): {n}</source>
      <translation>in der Eingabe wiederholt (zusammengefasst): {n}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/open311.py" line="248" />
      <source>refused: {n}</source>
      <translation>abgelehnt: {n}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/open311.py" line="249" />
      <source>flagged: {n}</source>
      <translation>markiert: {n}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/open311.py" line="250" />
      <source>refused {id}: {reason}</source>
      <translation>abgelehnt {id}: {reason}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/open311.py" line="252" />
      <source>flagged {id} ({number}): {flags}</source>
      <translation>markiert {id} ({number}): {flags}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/open311.py" line="303" />
      <source>no service_request_id</source>
      <translation>keine service_request_id</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/open311.py" line="307" />
      <source>description larger than 5 MB</source>
      <translation>Beschreibung größer als 5 MB</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/open311.py" line="311" />
      <source>no coordinates (lat/long)</source>
      <translation>keine Koordinaten (lat/long)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/open311.py" line="316" />
      <source>latitude and longitude swapped</source>
      <translation>Breite und Länge vertauscht</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/open311.py" line="317" />
      <source>coordinates out of range</source>
      <translation>Koordinaten außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/open311.py" line="323" />
      <source>outside the city</source>
      <translation>außerhalb des Stadtgebiets</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/open311.py" line="338" />
      <source>The working copy holds no street gullies to attach reports to.</source>
      <translation>Die Arbeitskopie enthält keine Straßenabläufe, denen Meldungen zugeordnet werden könnten.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/open311.py" line="349" />
      <source>unknown service code {code} → Sonstiges</source>
      <translation>unbekannter Dienst-Code {code} → Sonstiges</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/open311.py" line="418" />
      <source>not snapped: nearest gully {metres} m away</source>
      <translation>nicht gefangen: nächster Straßenablauf {metres} m entfernt</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/open311.py" line="424" />
      <source>closed at the Open311 server</source>
      <translation>beim Open311-Server bereits geschlossen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/open311.py" line="489" />
      <source>{path} cannot be written: {reason}</source>
      <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/open311.py" line="78" />
      <source>The Open311 answer is not valid JSON: {error}</source>
      <translation>Die Open311-Antwort ist kein gültiges JSON: {error}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/open311.py" line="80" />
      <source>The Open311 answer is nested too deeply to be service requests; nothing was imported.</source>
      <translation>Die Open311-Antwort ist zu tief verschachtelt, um Meldungen zu enthalten; es wurde nichts importiert.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/open311.py" line="85" />
      <source>The Open311 JSON must be a list of service requests.</source>
      <translation>Das Open311-JSON muss eine Liste von Meldungen (service requests) sein.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/open311.py" line="88" />
      <source>The Open311 server answered with an error: {errors}</source>
      <translation>Der Open311-Server hat mit einem Fehler geantwortet: {errors}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/open311.py" line="93" />
      <source>Every Open311 service request must be a JSON object.</source>
      <translation>Jede Open311-Meldung muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/citygml.py" line="112" />
      <source>Building {id}</source>
      <translation>Gebäude {id}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/citygml.py" line="116" />
      <source>CRS: {reading}</source>
      <translation>KBS: {reading}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/citygml.py" line="140" />
      <source>{path} holds no CityGML buildings with a footprint; nothing was imported.</source>
      <translation>{path} enthält keine CityGML-Gebäude mit Grundriss; nichts wurde importiert.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/footprints.py" line="119" />
      <source>{file} ends early or is damaged (its length does not match its records); nothing was imported.</source>
      <translation>{file} endet vorzeitig oder ist beschädigt (die Länge passt nicht zu den Datensätzen); nichts wurde importiert.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/footprints.py" line="125" />
      <source>The parts of the Shapefile {file} disagree: the .shp holds {shp} shapes, the .shx indexes {shx}; one of them is incomplete, nothing was imported.</source>
      <translation>Die Teile des Shapefiles {file} passen nicht zusammen: die .shp enthält {shp} Geometrien, die .shx verweist auf {shx}; eine davon ist unvollständig, nichts wurde importiert.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/footprints.py" line="135" />
      <source>The .dbf of {file} is damaged; nothing was imported.</source>
      <translation>Die .dbf von {file} ist beschädigt; nichts wurde importiert.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/footprints.py" line="139" />
      <source>The parts of the Shapefile {file} disagree: the .shp holds {shp} shapes, the .dbf {dbf} records; one of them is incomplete, nothing was imported.</source>
      <translation>Die Teile des Shapefiles {file} passen nicht zusammen: die .shp enthält {shp} Geometrien, die .dbf {dbf} Datensätze; eine davon ist unvollständig, nichts wurde importiert.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/footprints.py" line="153" />
      <source>{file} ends early: a DXF file ends with "0 EOF", this one does not (truncated in transfer?); nothing was imported.</source>
      <translation>{file} endet vorzeitig: eine DXF-Datei endet mit „0 EOF“, diese nicht (bei der Übertragung abgeschnitten?); nichts wurde importiert.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/footprints.py" line="191" />
      <source>Feature {fid}</source>
      <translation>Objekt {fid}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/footprints.py" line="210" />
      <source>Feature {fid}: height {value!r} is not a number; left empty.</source>
      <translation>Objekt {fid}: Höhe {value!r} ist keine Zahl; leer gelassen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/footprints.py" line="213" />
      <source>Feature {fid}: height {value} m is implausible; left empty.</source>
      <translation>Objekt {fid}: Höhe {value} m ist unplausibel; leer gelassen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/footprints.py" line="229" />
      <source>{path} holds no polygons (footprints); nothing was imported.</source>
      <translation>{path} enthält keine Polygone (Grundrisse); nichts wurde importiert.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/footprints.py" line="239" />
      <source>Unknown mapping key {key}; use height, floors, use or name.</source>
      <translation>Unbekannte Zuordnung {key}; möglich sind height, floors, use oder name.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/footprints.py" line="242" />
      <source>The file has no attribute {field} (mapped to {key}). Its attributes: {fields}.</source>
      <translation>Die Datei hat kein Attribut {field} (zugeordnet zu {key}). Ihre Attribute: {fields}.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/footprints.py" line="262" />
      <source>GDAL reports errors reading {file} ({error}); the file is damaged or incomplete, nothing was imported.</source>
      <translation>GDAL meldet Fehler beim Lesen von {file} ({error}); die Datei ist beschädigt oder unvollständig, nichts wurde importiert.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/footprints.py" line="281" />
      <source>{what}: the file's reference system ({name}) puts its coordinates outside Germany. Choose the source CRS.</source>
      <translation>{what}: das Bezugssystem der Datei ({name}) legt ihre Koordinaten außerhalb Deutschlands. Bitte das Quell-KBS wählen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/footprints.py" line="284" />
      <source>CRS: {name} (the file's own definition); reprojected to EPSG:25832</source>
      <translation>KBS: {name} (eigene Definition der Datei); nach EPSG:25832 umprojiziert</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/footprints.py" line="42" />
      <source>{path} does not exist.</source>
      <translation>{path} existiert nicht.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/footprints.py" line="49" />
      <source>{path} is not a vector file GDAL can read (GeoJSON, GeoPackage, Shapefile, DXF …).</source>
      <translation>{path} ist keine Vektordatei, die GDAL lesen kann (GeoJSON, GeoPackage, Shapefile, DXF …).</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/footprints.py" line="54" />
      <source>{path} has no layer {layer}.</source>
      <translation>{path} hat keinen Layer {layer}.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/gml.py" line="108" />
      <source>a ring has {n} values, not a multiple of its dimension {d}</source>
      <translation>ein Ring hat {n} Werte, kein Vielfaches seiner Dimension {d}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/gml.py" line="117" />
      <source>a position has {n} values</source>
      <translation>ein Punkt hat {n} Werte</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/gml.py" line="168" />
      <source>a ring has fewer than four positions</source>
      <translation>ein Ring hat weniger als vier Punkte</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/gml.py" line="182" />
      <source>a curved ring (gml:Ring) in a CityGML surface</source>
      <translation>ein gekrümmter Ring (gml:Ring) in einer CityGML-Fläche</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/gml.py" line="211" />
      <source>coordinates that are not numbers ({value})</source>
      <translation>Koordinaten, die keine Zahlen sind ({value})</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/gml.py" line="217" />
      <source>a radius is not a number: {value!r}</source>
      <translation>ein Radius ist keine Zahl: {value!r}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/gml.py" line="233" />
      <source>a geometry GDAL cannot read ({kind}: odd number of coordinates, too few positions or an unknown element)</source>
      <translation>eine Geometrie, die GDAL nicht lesen kann ({kind}: ungerade Zahl von Koordinaten, zu wenige Punkte oder ein unbekanntes Element)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/gml.py" line="80" />
      <source>a coordinate is not a number: {value!r}</source>
      <translation>eine Koordinate ist keine Zahl: {value!r}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/importer.py" line="110" />
      <source>The working copy {path} does not exist; import the building projects first.</source>
      <translation>Die Arbeitskopie {path} existiert nicht; importieren Sie zuerst die Bauvorhaben.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/importer.py" line="118" />
      <source>{n} comments were imported before and were skipped.</source>
      <translation>{n} Beiträge waren schon importiert und wurden übersprungen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/importer.py" line="30" />
      <source>{path} cannot be read: {error}</source>
      <translation>{path} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/importer.py" line="52" />
      <source>{path} is neither XPlanGML nor CityGML (unknown namespace); nothing was imported.</source>
      <translation>{path} ist weder XPlanGML noch CityGML (unbekannter Namensraum); nichts wurde importiert.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/importer.py" line="82" />
      <source>CityGML: {n} buildings from {file}</source>
      <translation>CityGML: {n} Gebäude aus {file}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/participation.py" line="174" />
      <source>The CSV file has no rows.</source>
      <translation>Die CSV-Datei hat keine Zeilen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/participation.py" line="212" />
      <source>{path} is a binary file, not comments as CSV, GeoJSON or a Decidim answer; nothing was imported.</source>
      <translation>{path} ist eine Binärdatei, keine Beiträge als CSV, GeoJSON oder Decidim-Antwort; es wurde nichts importiert.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/participation.py" line="218" />
      <source>{path} is nested too deeply to be comments; nothing was imported.</source>
      <translation>{path} ist zu tief verschachtelt, um Beiträge zu enthalten; es wurde nichts importiert.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/participation.py" line="221" />
      <source>{path} is not a readable CSV file ({error}); nothing was imported.</source>
      <translation>{path} ist keine lesbare CSV-Datei ({error}); es wurde nichts importiert.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/participation.py" line="234" />
      <source>{path} holds no comments.</source>
      <translation>{path} enthält keine Beiträge.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/participation.py" line="245" />
      <source>{path} is not valid JSON: {error}</source>
      <translation>{path} ist kein gültiges JSON: {error}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/participation.py" line="255" />
      <source>{path} is neither GeoJSON nor a Decidim GraphQL answer.</source>
      <translation>{path} ist weder GeoJSON noch eine Decidim-GraphQL-Antwort.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/participation.py" line="276" />
      <source>No such building project in the working copy.</source>
      <translation>Dieses Bauvorhaben gibt es in der Arbeitskopie nicht.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/participation.py" line="283" />
      <source>no project given and no planned building within {m} m</source>
      <translation>kein Bauvorhaben angegeben und kein geplanter Baukörper im Umkreis von {m} m</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/xplan.py" line="291" />
      <source>{path} holds no BP_BaugebietsTeilFlaeche or BP_UeberbaubareGrundstuecksFlaeche with a polygon; nothing was imported.</source>
      <translation>{path} enthält keine BP_BaugebietsTeilFlaeche oder BP_UeberbaubareGrundstuecksFlaeche mit Polygon; nichts wurde importiert.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/xplan.py" line="68" />
      <source>{path} is not XPlanGML (no XPlanung namespace).</source>
      <translation>{path} ist kein XPlanGML (kein XPlanung-Namensraum).</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/planning/xplan.py" line="72" />
      <source>XPlanGML {version} is not supported; please convert the plan to XPlanGML 5.x or 6.0.</source>
      <translation>XPlanGML {version} wird nicht unterstützt; bitte den Plan nach XPlanGML 5.x oder 6.0 umwandeln.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/portal/export.py" line="185" />
      <source>{n} buildings without a base level stand on the ground estimated from the manhole cover levels around them.</source>
      <translation>{n} Gebäude ohne Höhe der Geländeoberkante stehen auf dem Gelände, das aus den Deckelhöhen der Schächte in der Umgebung geschätzt ist.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/portal/export.py" line="188" />
      <source>{n} buildings have no base level and no manhole nearby; they stand at {level} m NHN.</source>
      <translation>{n} Gebäude haben keine Höhe der Geländeoberkante und keinen Schacht in der Nähe; sie stehen auf {level} m NHN.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/portal/export.py" line="227" />
      <source>Choose a folder for the export.</source>
      <translation>Wählen Sie einen Ordner für den Export.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/portal/export.py" line="230" />
      <source>{path} is a file, not a folder.</source>
      <translation>{path} ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/portal/export.py" line="241" />
      <source>No building project is marked public; mark one (field “public”) or name the project to export.</source>
      <translation>Kein Bauvorhaben ist als öffentlich markiert; markieren Sie eines (Feld „public“) oder nennen Sie das zu exportierende Vorhaben.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/portal/export.py" line="249" />
      <source>{name}: no buildings, not exported.</source>
      <translation>{name}: keine Gebäude, nicht exportiert.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/portal/export.py" line="252" />
      <source>The chosen building projects have no buildings to show.</source>
      <translation>Die gewählten Bauvorhaben haben keine Gebäude, die gezeigt werden könnten.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/portal/export.py" line="396" />
      <source>{name}: no footprint of the project could be turned into a 3D building.</source>
      <translation>{name}: aus keinem Grundriss des Vorhabens konnte ein 3D-Gebäude werden.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/portal/export.py" line="399" />
      <source>{name}: {n} footprints could not be turned into 3D buildings (self-intersecting).</source>
      <translation>{name}: {n} Grundrisse konnten nicht zu 3D-Gebäuden werden (selbstüberschneidend).</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/portal/export.py" line="419" />
      <source>The base map could not be rendered ({error}); a site plan of the buildings is shown instead.</source>
      <translation>Die Grundkarte konnte nicht gezeichnet werden ({error}); stattdessen wird ein Lageplan der Gebäude gezeigt.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/portal/export.py" line="423" />
      <source>The base map layers drew nothing here (offline?); a site plan of the buildings is shown instead.</source>
      <translation>Die Grundkarten-Layer haben hier nichts gezeichnet (offline?); stattdessen wird ein Lageplan der Gebäude gezeigt.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/portal/page.py" line="38" />
      <source>The web 3D library of the portal page is missing ({path}). Install the plugin from its release zip, or build it with `make package`.</source>
      <translation>Die Web-3D-Bibliothek der Portalseite fehlt ({path}). Installieren Sie das Plugin aus seinem Release-ZIP oder bauen Sie es mit `make package`.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/xml_safe.py" line="151" />
      <source>The file declares the character encoding {name!r}, which is not known; save it as UTF-8 or ISO-8859-1.</source>
      <translation>Die Datei gibt die Zeichenkodierung {name!r} an, die nicht bekannt ist; bitte als UTF-8 oder ISO-8859-1 speichern.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/xml_safe.py" line="175" />
      <source>The file holds no XML element.</source>
      <translation>Die Datei enthält kein XML-Element.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/xml_safe.py" line="183" />
      <source>The file holds a value larger than 10 MB; data files never do, so it is refused as broken or hostile.</source>
      <translation>Die Datei enthält einen Wert größer als 10 MB; Datendateien tun das nie, daher wird sie als beschädigt oder feindlich abgelehnt.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/xml_safe.py" line="185" />
      <source>The file is not well-formed XML ({reason}); it may be truncated or damaged.</source>
      <translation>Die Datei ist kein wohlgeformtes XML ({reason}); sie ist vielleicht abgeschnitten oder beschädigt.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/xml_safe.py" line="236" />
      <source>The file declares a DTD or entities (DOCTYPE, ENTITY), which data files never need and which can be used for attacks (entity expansion, reading local files); it was not imported.</source>
      <translation>Die Datei deklariert eine DTD oder Entitäten (DOCTYPE, ENTITY), die Datendateien nie brauchen und die für Angriffe genutzt werden können (Entitätsexpansion, Lesen lokaler Dateien); sie wurde nicht importiert.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/xml_safe.py" line="64" />
      <source>The file {path} does not exist.</source>
      <translation>Die Datei {path} existiert nicht.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/io/xml_safe.py" line="66" />
      <source>The file {path} is empty.</source>
      <translation>Die Datei {path} ist leer.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/log.py" line="40" />
      <source>A password does not belong in the server setting; use a pg_service.conf entry with ~/.pgpass or a QGIS connection with an authentication configuration.</source>
      <translation>Ein Passwort gehört nicht in die Servereinstellung; nutzen Sie einen Eintrag in pg_service.conf mit ~/.pgpass oder eine QGIS-Verbindung mit Authentifizierungskonfiguration.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/plugin.py" line="105" />
      <source>Settings…</source>
      <translation>Einstellungen …</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/plugin.py" line="108" />
      <source>Help (user guide)</source>
      <translation>Hilfe (Handbuch)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/plugin.py" line="196" />
      <source>No answer within {seconds} s, left out for now: {names}. Try again later.</source>
      <translation>Keine Antwort innerhalb von {seconds} s, vorerst weggelassen: {names}. Bitte später erneut versuchen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/plugin.py" line="204" />
      <source>{missing} of {total} basemaps could not be reached (offline?); they stay empty until the service answers.</source>
      <translation>{missing} von {total} Hintergrundkarten sind nicht erreichbar (offline?); sie bleiben leer, bis der Dienst antwortet.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/plugin.py" line="83" />
      <source>Sewer network panel</source>
      <translation>Fenster Kanalnetz</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/plugin.py" line="86" />
      <source>Add basemaps</source>
      <translation>Hintergrundkarten hinzufügen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/plugin.py" line="88" />
      <source>Synchronise</source>
      <translation>Abgleichen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/plugin.py" line="90" />
      <source>Review sync conflicts…</source>
      <translation>Abgleichskonflikte prüfen …</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/base.py" line="119" />
      <source>Working copy (GeoPackage; made empty first if missing)</source>
      <translation>Arbeitskopie (GeoPackage; wird leer angelegt, falls sie fehlt)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/base.py" line="136" />
      <source>Give the working copy (GeoPackage).</source>
      <translation>Bitte die Arbeitskopie (GeoPackage) angeben.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/base.py" line="186" />
      <source>Server (QGIS PostgreSQL connection or service=NAME)</source>
      <translation>Server (QGIS-PostgreSQL-Verbindung oder service=NAME)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/base.py" line="188" />
      <source>Schema</source>
      <translation>Schema</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/base.py" line="48" />
      <source>Exchange</source>
      <translation>Datenaustausch</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/base.py" line="61" />
      <source>The working copy must be a GeoPackage file ending in .gpkg.</source>
      <translation>Die Arbeitskopie muss eine GeoPackage-Datei mit der Endung .gpkg sein.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/defect_algorithms.py" line="105" />
      <source>Export status of citizens' reports (Open311)</source>
      <translation>Status der Bürgermeldungen exportieren (Open311)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/defect_algorithms.py" line="108" />
      <source>Writes every imported Open311 request with the status of its defect (open/closed), the latest note and the time of the last change, as GeoReport v2 JSON or XML (by the file's extension).</source>
      <translation>Schreibt jede importierte Open311-Meldung mit dem Status ihres Mangels (open/closed), der letzten Notiz und der Zeit der letzten Änderung als GeoReport-v2-JSON oder -XML (nach der Dateiendung).</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/defect_algorithms.py" line="115" />
      <source>Open311 file</source>
      <translation>Open311-Datei</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/defect_algorithms.py" line="142" />
      <source>Work order (PDF)</source>
      <translation>Arbeitsauftrag (PDF)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/defect_algorithms.py" line="145" />
      <source>A work order for the crew on the layout template (title block with the order number of the login's yearly sequence, scale, north arrow, legend): overview map with the defects numbered, a checklist with urgency, due date and columns for date done, remarks and signature, and one page per defect with its map at 1:500, its facts and photos; optionally the repair statistics, a CSV and a GeoJSON of the same defects. Defects are given by their numbers (comma-separated); empty = all open defects. Closed defects are left out unless asked for.</source>
      <translation>Ein Arbeitsauftrag für die Kolonne auf der Druckvorlage (Schriftfeld mit der Auftragsnummer aus der Jahresfolge des Anmeldenamens, Maßstab, Nordpfeil, Legende): Übersichtskarte mit nummerierten Mängeln, Checkliste mit Dringlichkeit, Fälligkeit und Spalten für „erledigt am“, Bemerkungen und Unterschrift, und je Mangel eine Seite mit Karte 1:500, Angaben und Fotos; wahlweise die Behebungsstatistik, eine CSV- und eine GeoJSON-Datei derselben Mängel. Mängel werden über ihre Nummern angegeben (durch Kommas getrennt); leer = alle offenen Mängel. Erledigte Mängel bleiben draußen, außer sie sind verlangt.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/defect_algorithms.py" line="157" />
      <source>Defect numbers (comma-separated; empty = all open)</source>
      <translation>Mangelnummern (durch Kommas getrennt; leer = alle offenen)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/defect_algorithms.py" line="165" />
      <source>Add the repair statistics</source>
      <translation>Behebungsstatistik anfügen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/defect_algorithms.py" line="167" />
      <source>Work order PDF</source>
      <translation>Arbeitsauftrag als PDF</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/defect_algorithms.py" line="169" />
      <source>CSV</source>
      <translation>CSV</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/defect_algorithms.py" line="171" />
      <source>GeoJSON</source>
      <translation>GeoJSON</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/defect_algorithms.py" line="192" />
      <source>{number} is closed and left out of the work order.</source>
      <translation>{number} ist erledigt und nicht im Arbeitsauftrag.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/defect_algorithms.py" line="212" />
      <source>Work order {number}: {n} defects</source>
      <translation>Arbeitsauftrag {number}: {n} Mängel</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/defect_algorithms.py" line="40" />
      <source>Import citizens' reports (Open311)</source>
      <translation>Bürgermeldungen importieren (Open311)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/defect_algorithms.py" line="43" />
      <source>Reads Open311 GeoReport v2 service requests from a JSON or XML file or from a server address (GET requests.json, all pages) and makes defects of them: snapped to the nearest street gully, service codes mapped to categories by the table in the settings, repeated reports of one gully linked to one defect. Requests imported before are skipped; refused and flagged requests are listed in the report.</source>
      <translation>Liest Open311-GeoReport-v2-Meldungen aus einer JSON- oder XML-Datei oder von einer Serveradresse (GET requests.json, alle Seiten) und macht Mängel daraus: am nächsten Straßenablauf gefangen, Dienst-Codes über die Tabelle in den Einstellungen den Kategorien zugeordnet, wiederholte Meldungen eines Straßenablaufs zu einem Mangel verknüpft. Bereits importierte Meldungen werden übersprungen; abgelehnte und markierte Meldungen stehen im Bericht.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/defect_algorithms.py" line="53" />
      <source>Open311 file (JSON/XML) or server address</source>
      <translation>Open311-Datei (JSON/XML) oder Serveradresse</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/defect_algorithms.py" line="55" />
      <source>Only this service code (server)</source>
      <translation>Nur dieser Dienst-Code (Server)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/defect_algorithms.py" line="57" />
      <source>Only this status: open or closed (server)</source>
      <translation>Nur dieser Status: open oder closed (Server)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/defect_algorithms.py" line="59" />
      <source>Only requests since (ISO date, server)</source>
      <translation>Nur Meldungen seit (ISO-Datum, Server)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/defect_algorithms.py" line="62" />
      <source>Snap tolerance to a gully (m)</source>
      <translation>Fangtoleranz zum Straßenablauf (m)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/defect_algorithms.py" line="65" />
      <source>Link reports of one gully within (days)</source>
      <translation>Meldungen eines Straßenablaufs verknüpfen innerhalb von (Tagen)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/defect_algorithms.py" line="72" />
      <source>Give an Open311 file or server address.</source>
      <translation>Bitte eine Open311-Datei oder Serveradresse angeben.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/defect_algorithms.py" line="77" />
      <source>Reading {url} …</source>
      <translation>Lese {url} …</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/exchange_algorithms.py" line="101" />
      <source>Imports pipes (HG), manholes (KG) and their inspections (HI/HZ, KI/KZ) from a DWA-M 150 XML file into the working copy. A broken file changes nothing.</source>
      <translation>Importiert Haltungen (HG), Schächte (KG) und ihre Inspektionen (HI/HZ, KI/KZ) aus einer DWA-M-150-XML-Datei in die Arbeitskopie. Eine defekte Datei ändert nichts.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/exchange_algorithms.py" line="117" />
      <source>Open defects of manholes and pipes as condition data</source>
      <translation>Offene Mängel an Schächten und Haltungen als Zustandsdaten</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/exchange_algorithms.py" line="134" />
      <source>Cancelled; no file was written.</source>
      <translation>Abgebrochen; keine Datei wurde geschrieben.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/exchange_algorithms.py" line="154" />
      <source>Export ISYBAU XML 2017</source>
      <translation>ISYBAU XML 2017 exportieren</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/exchange_algorithms.py" line="157" />
      <source>Writes the working copy's network (manholes, pipes, laterals, street gullies) and its inspections to an ISYBAU XML 2017 file. Open defects of manholes and pipes are written as condition data (Zustandsdaten); those of street gullies cannot be held by ISYBAU and are counted in DEFECTS_SKIPPED.</source>
      <translation>Schreibt das Netz der Arbeitskopie (Schächte, Haltungen, Anschlussleitungen, Straßenabläufe) und seine Inspektionen in eine ISYBAU-XML-2017-Datei. Offene Mängel an Schächten und Haltungen werden als Zustandsdaten geschrieben; die der Straßenabläufe kann ISYBAU nicht aufnehmen, sie werden in DEFECTS_SKIPPED gezählt.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/exchange_algorithms.py" line="176" />
      <source>Writes the working copy's network and inspections as DWA-M 150 XML (format 04-2010): manholes and street gullies as KG with their inspections (KI/KZ), pipes and laterals as HG with theirs (HI/HZ), coordinates as UTM zone 32 (GP002 UTM, GP005/GP006). Fields an M 150 import kept are written back, so a city can return data in the format it received. Open defects of manholes and pipes come along as inspections; those of street gullies are counted in DEFECTS_SKIPPED.</source>
      <translation>Schreibt das Kanalnetz und die Inspektionen der Arbeitskopie als DWA-M 150 XML (Format 04-2010): Schächte und Straßenabläufe als KG mit ihren Inspektionen (KI/KZ), Haltungen und Leitungen als HG mit ihren (HI/HZ), Koordinaten in UTM Zone 32 (GP002 UTM, GP005/GP006). Felder, die ein M-150-Import aufbewahrt hat, werden zurückgeschrieben, so dass eine Stadt Daten im erhaltenen Format zurückgeben kann. Offene Mängel an Schächten und Haltungen kommen als Inspektionen mit; die von Straßenabläufen werden in DEFECTS_SKIPPED gezählt.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/exchange_algorithms.py" line="191" />
      <source>Check an exchange file (ISYBAU XML / DWA-M 150)</source>
      <translation>Austauschdatei prüfen (ISYBAU XML / DWA-M 150)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/exchange_algorithms.py" line="194" />
      <source>Checks an ISYBAU XML (2006, 2013, 2017, 2024) or DWA-M 150 file before it is imported, without touching any working copy: its structure against the rules of its version (element order and number, required elements, value types and code lists; our own rules written from the official schemas and the DWA field catalogue) and the import's plausibility rules. Every finding is listed with its line; ERRORS counts what the schema refuses, WARNINGS the rest.</source>
      <translation>Prüft eine ISYBAU-XML- (2006, 2013, 2017, 2024) oder DWA-M-150-Datei vor dem Import, ohne eine Arbeitskopie zu berühren: ihre Struktur gegen die Regeln ihrer Version (Reihenfolge und Anzahl der Elemente, Pflichtelemente, Werttypen und Codelisten; eigene Regeln nach den offiziellen Schemata und den DWA-Felddefinitionen) und die Plausibilitätsregeln des Imports. Jeder Befund wird mit seiner Zeile aufgeführt; ERRORS zählt, was das Schema ablehnt, WARNINGS den Rest.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/exchange_algorithms.py" line="205" />
      <source>Check report</source>
      <translation>Prüfbericht</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/exchange_algorithms.py" line="219" />
      <source>Cancelled.</source>
      <translation>Abgebrochen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/exchange_algorithms.py" line="45" />
      <source>Exchange file</source>
      <translation>Austauschdatei</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/exchange_algorithms.py" line="47" />
      <source>Source CRS (empty = detect from the coordinates)</source>
      <translation>Quell-KBS (leer = aus den Koordinaten erkennen)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/exchange_algorithms.py" line="63" />
      <source>Nothing was imported: {error}</source>
      <translation>Nichts wurde importiert: {error}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/exchange_algorithms.py" line="80" />
      <source>Import ISYBAU XML</source>
      <translation>ISYBAU XML importieren</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/exchange_algorithms.py" line="83" />
      <source>Imports Stammdaten (manholes, pipes, laterals, street gullies) and Zustandsdaten (inspections) from an ISYBAU XML file of version 2006, 2013, 2017 or 2024 into the working copy: new objects are added, objects with a known object code are updated. A broken file changes nothing. The report lists counts, skipped objects with their line and plausibility warnings.</source>
      <translation>Importiert Stammdaten (Schächte, Haltungen, Anschlussleitungen, Straßenabläufe) und Zustandsdaten (Inspektionen) aus einer ISYBAU-XML-Datei der Version 2006, 2013, 2017 oder 2024 in die Arbeitskopie: neue Objekte werden hinzugefügt, Objekte mit bekannter Objektbezeichnung aktualisiert. Eine defekte Datei ändert nichts. Der Bericht nennt Anzahlen, übersprungene Objekte mit ihrer Zeile und Plausibilitätswarnungen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/exchange_algorithms.py" line="98" />
      <source>Import DWA-M 150 XML</source>
      <translation>DWA-M 150 XML importieren</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/generate_demo_city.py" line="37" />
      <source>Generate demo city</source>
      <translation>Demo-Stadt erzeugen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/generate_demo_city.py" line="40" />
      <source>Writes a plausible gravity sewer network around Kempten (EPSG:25832) into a new working copy GeoPackage: manholes, pipes, laterals, street gullies, defects and planned buildings. The same seed gives the same city.</source>
      <translation>Schreibt ein plausibles Freispiegel-Kanalnetz rund um Kempten (EPSG:25832) in eine neue Arbeitskopie (GeoPackage): Schächte, Haltungen, Anschlussleitungen, Straßenabläufe, Mängel und Bauvorhaben. Derselbe Startwert ergibt dieselbe Stadt.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/generate_demo_city.py" line="47" />
      <source>Number of pipes</source>
      <translation>Anzahl Haltungen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/generate_demo_city.py" line="50" />
      <source>Random seed</source>
      <translation>Startwert (Seed)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/generate_demo_city.py" line="52" />
      <source>Overwrite an existing file</source>
      <translation>Vorhandene Datei überschreiben</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/generate_demo_city.py" line="65" />
      <source>Cancelled; nothing was written.</source>
      <translation>Abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/install_server_schema.py" line="18" />
      <source>Install or upgrade server schema</source>
      <translation>Serverschema installieren oder aktualisieren</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/install_server_schema.py" line="21" />
      <source>Creates the Kempten Twin schema on the central PostGIS server, or upgrades it to the version this plugin knows, with the roles reader, maintenance, planner and admin. Running it again changes nothing. A schema newer than the plugin is refused.</source>
      <translation>Legt das Kempten-Twin-Schema auf dem zentralen PostGIS-Server an oder aktualisiert es auf die Version, die dieses Plugin kennt, mit den Rollen reader, maintenance, planner und admin. Ein erneuter Lauf ändert nichts. Ein neueres Schema als das des Plugins wird abgelehnt.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/install_server_schema.py" line="29" />
      <source>Role prefix</source>
      <translation>Rollen-Präfix</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/install_server_schema.py" line="38" />
      <source>Schema {schema}: version {before} → {after}</source>
      <translation>Schema {schema}: Version {before} → {after}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="115" />
      <source>All pipes whose water reaches the start manhole or pipe (its catchment in the network), optionally not beyond chosen manholes.</source>
      <translation>Alle Haltungen, deren Wasser den Startschacht oder die Starthaltung erreicht (ihr Einzugsgebiet im Netz), auf Wunsch nicht über gewählte Schächte hinaus.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="129" />
      <source>All pipes the water from the start manhole or pipe flows through, down to the outlets it reaches, optionally stopping at chosen manholes.</source>
      <translation>Alle Haltungen, durch die das Wasser vom Startschacht oder der Starthaltung bis zu den erreichten Ausläufen fließt, auf Wunsch mit Halt an gewählten Schächten.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="146" />
      <source>Draws the longitudinal profile (Längsschnitt) along the flow path between two manholes — or from one manhole down to the end of its flow — as PNG, SVG or PDF: ground, pipe crown and invert, manholes with depths, DN and slope per pipe, stations. The PDF is printed at the chosen scales for lengths and heights (e.g. 1:1 000 / 1:100, ten times exaggerated) on as many A3 sheets as the length needs, each with the title block, and its data band lists every manhole and every pipe.</source>
      <translation>Zeichnet den Längsschnitt entlang des Fließwegs zwischen zwei Schächten – oder von einem Schacht bis zum Ende seines Fließwegs – als PNG, SVG oder PDF: Gelände, Rohrscheitel und -sohle, Schächte mit Tiefen, DN und Gefälle je Haltung, Stationen. Das PDF wird in den gewählten Maßstäben für Längen und Höhen gedruckt (z. B. 1:1 000 / 1:100, 10-fach überhöht), auf so vielen A3-Blättern mit Schriftfeld, wie die Länge braucht; sein Datenband nennt jeden Schacht und jede Haltung.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="156" />
      <source>First manhole</source>
      <translation>Erster Schacht</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="158" />
      <source>Second manhole (empty: down to the end of the flow)</source>
      <translation>Zweiter Schacht (leer: bis zum Ende des Fließwegs)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="160" />
      <source>Profile drawing</source>
      <translation>Längsschnitt-Zeichnung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="162" />
      <source>Scale of lengths 1:</source>
      <translation>Maßstab der Längen 1:</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="165" />
      <source>Scale of heights 1:</source>
      <translation>Maßstab der Höhen 1:</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="167" />
      <source>Length (m)</source>
      <translation>Länge (m)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="168" />
      <source>Sheets</source>
      <translation>Blätter</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="192" />
      <source>{title}: {n} pipes, {length} m</source>
      <translation>{title}: {n} Haltungen, {length} m</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="205" />
      <source>Network checks</source>
      <translation>Netzprüfung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="208" />
      <source>Finds pipes with counter-slope, inverts below the downstream invert or below the manhole floor, manholes without pipes, duplicate object codes, pipes that do not touch or refer to missing manholes, and flow cycles. Each finding is a point with the check and a reason.</source>
      <translation>Findet Haltungen mit Gegengefälle, Sohlen unter der Sohle der abgehenden Haltung oder unter der Schachtsohle, Schächte ohne Haltungen, doppelte Objektbezeichnungen, Haltungen, die ihre Schächte nicht berühren oder auf fehlende Schächte verweisen, und Fließkreisläufe. Jeder Befund ist ein Punkt mit Prüfung und Begründung.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="216" />
      <source>Largest gap between a pipe end and its manhole (m)</source>
      <translation>Größter Abstand zwischen Haltungsende und Schacht (m)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="219" />
      <source>Findings</source>
      <translation>Befunde</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="241" />
      <source>{n} findings</source>
      <translation>{n} Befunde</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="49" />
      <source>Start: object code of a manhole or pipe</source>
      <translation>Start: Objektbezeichnung eines Schachts oder einer Haltung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="51" />
      <source>Stop at manholes (object codes, comma-separated)</source>
      <translation>Anhalten an Schächten (Objektbezeichnungen, durch Komma getrennt)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="54" />
      <source>Closed-off pipes (object codes, comma-separated)</source>
      <translation>Abgesperrte Haltungen (Objektbezeichnungen, durch Komma getrennt)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="56" />
      <source>Traced pipes</source>
      <translation>Verfolgte Haltungen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="58" />
      <source>Total length (m)</source>
      <translation>Gesamtlänge (m)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="61" />
      <source>Outlets reached</source>
      <translation>Erreichte Ausläufe</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="78" />
      <source>Manhole {code} lies on a flow cycle; check the network.</source>
      <translation>Schacht {code} liegt in einem Fließkreislauf; prüfen Sie das Netz.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/network_algorithms.py" line="95" />
      <source>{pipes} pipes, {length} m, {manholes} manholes, {gullies} gullies; outlets reached: {outlets}</source>
      <translation>{pipes} Haltungen, {length} m, {manholes} Schächte, {gullies} Straßenabläufe; erreichte Ausläufe: {outlets}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="100" />
      <source>Attribute with the use</source>
      <translation>Attribut mit der Nutzung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="101" />
      <source>Attribute with the project name</source>
      <translation>Attribut mit dem Namen des Bauvorhabens</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="103" />
      <source>Layer in the file</source>
      <translation>Layer in der Datei</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="154" />
      <source>Imports comments from participation platforms (DIPAS contributions as GeoJSON, Decidim GraphQL proposals with coordinates, plain GeoJSON or CSV) and attaches each to its building project: the one named in the file or given here, else the project of the nearest planned building. Only the platform's id, text, date and place are stored; no author names.</source>
      <translation>Importiert Beiträge aus Beteiligungsplattformen (DIPAS-Beiträge als GeoJSON, Decidim-GraphQL-Vorschläge mit Koordinaten, einfaches GeoJSON oder CSV) und ordnet jeden seinem Bauvorhaben zu: dem in der Datei genannten oder hier angegebenen, sonst dem des nächstgelegenen geplanten Baukörpers. Gespeichert werden nur Kennung, Text, Datum und Ort der Plattform; keine Namen von Verfassern.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="162" />
      <source>Comments file</source>
      <translation>Datei mit Beiträgen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="164" />
      <source>Building project (uuid, reference or name; empty = by place)</source>
      <translation>Bauvorhaben (uuid, Aktenzeichen oder Name; leer = nach Lage)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="188" />
      <source>Conflict check: planned buildings and sewer network</source>
      <translation>Konfliktprüfung: geplante Baukörper und Kanalnetz</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="191" />
      <source>Finds planned buildings over or within the protection strip of a pipe (strip width each side of the axis by DN; default DN ≤ 300: 1.5 m, ≤ 800: 2.5 m, larger: 3 m — a default the city sets) or a manhole (default 2 m around its centre), and laterals or street gullies under a footprint. STRIPS takes the city's table as JSON: {"strips": [[300, 1.5], [800, 2.5], [null, 3]], "manhole": 2}.</source>
      <translation>Findet geplante Baukörper über oder im Schutzstreifen einer Haltung (Breite je Seite der Achse nach DN; Vorgabe DN ≤ 300: 1,5 m, ≤ 800: 2,5 m, größer: 3 m – von der Stadt festzulegen) oder eines Schachts (Vorgabe 2 m um die Schachtmitte) sowie Anschlussleitungen und Straßenabläufe unter einem Grundriss. STRIPS nimmt die Tabelle der Stadt als JSON: {"strips": [[300, 1.5], [800, 2.5], [null, 3]], "manhole": 2}.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="201" />
      <source>Only this building project (uuid, reference or name)</source>
      <translation>Nur dieses Bauvorhaben (uuid, Aktenzeichen oder Name)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="202" />
      <source>Strip table (JSON)</source>
      <translation>Schutzstreifentabelle (JSON)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="205" />
      <source>Conflicts</source>
      <translation>Konflikte</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="231" />
      <source>The output layer cannot be written.</source>
      <translation>Der Ausgabelayer kann nicht geschrieben werden.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="234" />
      <source>{n} conflicts found.</source>
      <translation>{n} Konflikte gefunden.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="243" />
      <source>Review report of a building project (PDF)</source>
      <translation>Prüfbericht eines Bauvorhabens (PDF)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="246" />
      <source>Writes a PDF (German) for one building project: the plan over the sewer network with the conflicts, a 3D view (a given snapshot, else rendered by QGIS's 3D engine with OpenGL; a 2.5D oblique view where that is not possible), the conflict table and the citizens' comments.</source>
      <translation>Schreibt ein PDF (deutsch) zu einem Bauvorhaben: den Plan über dem Kanalnetz mit den Konflikten, eine 3D-Ansicht (eine übergebene Aufnahme, sonst mit der 3D-Engine von QGIS über OpenGL gerendert; eine 2,5D-Schrägansicht, wo das nicht möglich ist), die Konflikttabelle und die Bürgerbeiträge.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="254" />
      <source>Building project (uuid, reference or name)</source>
      <translation>Bauvorhaben (uuid, Aktenzeichen oder Name)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="258" />
      <source>Storey height (m) where a building has floors but no height</source>
      <translation>Geschosshöhe (m), wo ein Baukörper Geschosse, aber keine Höhe hat</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="260" />
      <source>3D snapshot image</source>
      <translation>3D-Aufnahme (Bild)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="263" />
      <source>Render a true 3D view (QGIS 3D engine, needs OpenGL)</source>
      <translation>Echte 3D-Ansicht rendern (3D-Engine von QGIS, braucht OpenGL)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="265" />
      <source>Report</source>
      <translation>Bericht</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="282" />
      <source>3D page: 2.5D oblique view ({reason})</source>
      <translation>3D-Seite: 2,5D-Schrägansicht ({reason})</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="39" />
      <source>Please give the source CRS as an EPSG code.</source>
      <translation>Bitte das Quell-KBS als EPSG-Code angeben.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="47" />
      <source>The strip table is not valid: {error}</source>
      <translation>Die Schutzstreifentabelle ist ungültig: {error}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="79" />
      <source>Imports planned building footprints (GeoJSON, GeoPackage, Shapefile, DXF) with a field mapping for height, floors, use and name (features sharing a name form one project), a Bebauungsplan in XPlanGML 5.x or 6.0 (buildable areas with Z, GRZ, GFZ and height rules, arcs included) or a CityGML 1.0 to 3.0 file (existing buildings for context). Everything is reprojected to EPSG:25832 from the CRS the file names or its coordinates show; when neither decides, give SOURCE_CRS. Broken geometry is repaired or refused, with a line in the report. Empty mapping fields are guessed from the attribute names; '-' maps nothing.</source>
      <translation>Importiert geplante Grundrisse (GeoJSON, GeoPackage, Shapefile, DXF) mit Zuordnung von Höhe, Geschossen, Nutzung und Name (Objekte mit gleichem Namen bilden ein Bauvorhaben), einen Bebauungsplan in XPlanGML 5.x oder 6.0 (überbaubare Flächen mit Z, GRZ, GFZ und Höhenfestsetzungen, auch mit Kreisbögen) oder eine CityGML-Datei 1.0 bis 3.0 (Bestandsgebäude als Umgebung). Alles wird nach EPSG:25832 umgerechnet, aus dem KBS, das die Datei nennt oder ihre Koordinaten zeigen; entscheidet beides nicht, SOURCE_CRS angeben. Fehlerhafte Geometrien werden repariert oder abgelehnt, mit einer Zeile im Bericht. Leere Zuordnungen werden aus den Attributnamen erraten; '-' ordnet nichts zu.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="91" />
      <source>File to import</source>
      <translation>Zu importierende Datei</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="92" />
      <source>Source CRS (empty = detect)</source>
      <translation>Quell-KBS (leer = erkennen)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="96" />
      <source>Project status</source>
      <translation>Status des Bauvorhabens</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="98" />
      <source>Attribute with the height (m)</source>
      <translation>Attribut mit der Höhe (m)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/planning_algorithms.py" line="99" />
      <source>Attribute with the number of floors</source>
      <translation>Attribut mit der Geschosszahl</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/portal_algorithms.py" line="25" />
      <source>Export for the citizens' portal (3D Tiles and web page)</source>
      <translation>Für das Bürgerportal exportieren (3D Tiles und Webseite)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/portal_algorithms.py" line="28" />
      <source>Writes into a folder a web page (index.html, no CDN, nothing fetched at run time; serve it with any static web server) showing the building projects in 3D over a base map, and the same buildings as 3D Tiles 1.1 (data/tileset.json with glb content) for CesiumJS, Masterportal or VC Map: the planned buildings coloured by status, the existing buildings around them, placed in ECEF with heights converted from DHHN2016 (GCG2016 where PROJ has it; the report says which conversion was used). Only public fields are written. PROJECT: uuid, reference or name; empty = every project marked public. BASEMAP: a raster or WMS layer drawn under the buildings (else a site plan of the footprints).</source>
      <translation>Schreibt in einen Ordner eine Webseite (index.html, kein CDN, nichts wird zur Laufzeit nachgeladen; mit jedem statischen Webserver bereitzustellen), die die Bauvorhaben in 3D über einer Grundkarte zeigt, und dieselben Gebäude als 3D Tiles 1.1 (data/tileset.json mit glb-Inhalten) für CesiumJS, Masterportal oder VC Map: die geplanten Gebäude nach Status eingefärbt, die Bestandsgebäude der Umgebung, in ECEF platziert, Höhen aus DHHN2016 umgerechnet (GCG2016, wo PROJ es hat; der Bericht nennt die verwendete Umrechnung). Nur öffentliche Felder werden geschrieben. PROJECT: uuid, Aktenzeichen oder Name; leer = alle als öffentlich markierten Vorhaben. BASEMAP: ein Raster- oder WMS-Layer unter den Gebäuden (sonst ein Lageplan der Grundrisse).</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/portal_algorithms.py" line="41" />
      <source>Building project (uuid, reference or name; empty = all public ones)</source>
      <translation>Bauvorhaben (uuid, Aktenzeichen oder Name; leer = alle öffentlichen)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/portal_algorithms.py" line="44" />
      <source>Base map layer (raster or WMS)</source>
      <translation>Grundkarten-Layer (Raster oder WMS)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/portal_algorithms.py" line="46" />
      <source>Existing buildings within (m)</source>
      <translation>Bestandsgebäude im Umkreis (m)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/portal_algorithms.py" line="49" />
      <source>Participation link pattern (empty = from the settings)</source>
      <translation>Muster des Beteiligungslinks (leer = aus den Einstellungen)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/portal_algorithms.py" line="52" />
      <source>Quasigeoid grid (empty = from the settings)</source>
      <translation>Quasigeoid-Gitter (leer = aus den Einstellungen)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/portal_algorithms.py" line="54" />
      <source>Height anomaly in m (0 = from the settings or PROJ)</source>
      <translation>Höhenanomalie in m (0 = aus den Einstellungen oder PROJ)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/portal_algorithms.py" line="56" />
      <source>Output folder</source>
      <translation>Ausgabeordner</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/portal_algorithms.py" line="57" />
      <source>Export report</source>
      <translation>Exportbericht</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/provider.py" line="34" />
      <source>Kempten Twin – sewer network tools</source>
      <translation>Kempten Twin – Werkzeuge für das Kanalnetz</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/sync_working_copy.py" line="20" />
      <source>Synchronise working copy</source>
      <translation>Arbeitskopie abgleichen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/sync_working_copy.py" line="23" />
      <source>Sends the local edits of the working copy to the central server and fetches the server's changes. Edits of different fields merge; the same field changed on both sides becomes a conflict to review, never a loss. A working copy that does not exist yet is made by a full download.</source>
      <translation>Sendet die lokalen Änderungen der Arbeitskopie an den zentralen Server und holt die Änderungen des Servers. Änderungen verschiedener Felder werden zusammengeführt; dasselbe Feld, auf beiden Seiten geändert, wird ein Konflikt zur Prüfung, nie ein Verlust. Eine noch nicht vorhandene Arbeitskopie entsteht durch einen vollständigen Download.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/sync_working_copy.py" line="40" />
      <source>Cancelled; what was sent is safe, the rest stays pending.</source>
      <translation>Abgebrochen; Gesendetes ist sicher, der Rest bleibt ausstehend.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/processing/sync_working_copy.py" line="42" />
      <source>Sent {pushed}, received {pulled}, new conflicts {conflicts}, refused {refused}.</source>
      <translation>Gesendet {pushed}, empfangen {pulled}, neue Konflikte {conflicts}, abgelehnt {refused}.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/basemaps.py" line="173" />
      <source>Loading basemaps</source>
      <translation>Hintergrundkarten werden geladen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/layers.py" line="182" />
      <source>Buildings</source>
      <translation>Gebäude</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/layers.py" line="182" />
      <source>Parcels</source>
      <translation>Flurstücke</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/layers.py" line="217" />
      <source>Basemap (offline)</source>
      <translation>Grundkarte (offline)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/layers.py" line="37" />
      <source>Sewer network (drainage)</source>
      <translation>Kanalnetz (Entwässerungsart)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/layers.py" line="53" />
      <source>Planned buildings</source>
      <translation>Baukörper</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/layers.py" line="76" />
      <source>The working copy {path} does not exist. Create it first, for example with the demo city generator.</source>
      <translation>Die Arbeitskopie {path} existiert nicht. Legen Sie sie zuerst an, zum Beispiel mit dem Demo-Stadt-Generator.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/layers.py" line="92" />
      <source>{path} has no readable table {table}; is it a Kempten Twin working copy?</source>
      <translation>{path} enthält keine lesbare Tabelle {table}; ist das eine Kempten-Twin-Arbeitskopie?</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/layout_templates.py" line="118" />
      <source>The layout template {path} cannot be read: {reason}</source>
      <translation>Die Druckvorlage {path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/layout_templates.py" line="121" />
      <source>The layout template {path} is no QGIS layout template.</source>
      <translation>Die Druckvorlage {path} ist keine QGIS-Layoutvorlage.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/layout_templates.py" line="131" />
      <source>The layout template {path} has no item with the id kt_content (the area the plugin draws into).</source>
      <translation>Die Druckvorlage {path} hat kein Element mit der ID kt_content (die Fläche, in die das Plugin zeichnet).</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/layout_templates.py" line="250" />
      <source>{page} of {pages}</source>
      <translation>{page} von {pages}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/layout_templates.py" line="384" />
      <source>The PDF {path} could not be written (QGIS error {code}).</source>
      <translation>Das PDF {path} konnte nicht geschrieben werden (QGIS-Fehler {code}).</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/layout_templates.py" line="82" />
      <source>Document no.</source>
      <translation>Dokument-Nr.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/layout_templates.py" line="82" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/layout_templates.py" line="82" />
      <source>Drawn by</source>
      <translation>Bearbeitung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/layout_templates.py" line="83" />
      <source>Scale</source>
      <translation>Maßstab</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/layout_templates.py" line="83" />
      <source>Sheet</source>
      <translation>Blatt</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/layout_templates.py" line="83" />
      <source>Legend</source>
      <translation>Legende</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/planning_overlay.py" line="101" />
      <source>Existing buildings</source>
      <translation>Bestandsgebäude</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/planning_overlay.py" line="182" />
      <source>Pipes (3D, at invert depth)</source>
      <translation>Haltungen (3D, in Sohltiefe)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/planning_overlay.py" line="320" />
      <source>comments</source>
      <translation>Beiträge</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/planning_overlay.py" line="93" />
      <source>other</source>
      <translation>sonstige</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/profile_drawing.py" line="104" />
      <source>Longitudinal profile {title} — {length} m · {n}× exaggerated</source>
      <translation>Längsschnitt {title} — {length} m · {n}-fach überhöht</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/profile_drawing.py" line="150" />
      <source>m NHN</source>
      <translation>m NHN</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/profile_drawing.py" line="216" />
      <source>Station [m]</source>
      <translation>Station [m]</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/profile_drawing.py" line="216" />
      <source>Cover level [m NHN]</source>
      <translation>Deckelhöhe [m NHN]</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/profile_drawing.py" line="217" />
      <source>Invert level [m NHN]</source>
      <translation>Sohlhöhe [m NHN]</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/profile_drawing.py" line="217" />
      <source>Depth [m]</source>
      <translation>Tiefe [m]</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/profile_drawing.py" line="217" />
      <source>Pipe DN</source>
      <translation>Haltung DN</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/profile_drawing.py" line="217" />
      <source>Length [m]</source>
      <translation>Länge [m]</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/profile_drawing.py" line="218" />
      <source>Slope [‰]</source>
      <translation>Gefälle [‰]</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/profile_drawing.py" line="271" />
      <source>Cannot write {path}</source>
      <translation>{path} kann nicht geschrieben werden</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/profile_drawing.py" line="291" />
      <source>Unknown file type for a profile: {path} (use .png, .svg or .pdf)</source>
      <translation>Unbekannter Dateityp für einen Längsschnitt: {path} (.png, .svg oder .pdf verwenden)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/profile_sheets.py" line="122" />
      <source>Longitudinal profile {title} — {length} m · sheet {n} of {count} · {scales}</source>
      <translation>Längsschnitt {title} — {length} m · Blatt {n} von {count} · {scales}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/profile_sheets.py" line="165" />
      <source>Datum {level} m NHN</source>
      <translation>Bezugshöhe {level} m NHN</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/profile_sheets.py" line="293" />
      <source>The scales must be positive (e.g. 1000 and 100).</source>
      <translation>Die Maßstäbe müssen positiv sein (z. B. 1000 und 100).</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/profile_sheets.py" line="52" />
      <source>Lengths {h} / heights {v} · {n}× exaggerated</source>
      <translation>Längen {h} / Höhen {v} · {n}-fach überhöht</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/review_report.py" line="225" />
      <source>The project {name} has no buildings.</source>
      <translation>Das Bauvorhaben {name} hat keine Baukörper.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/review_report.py" line="287" />
      <source>Planned buildings (2.5D)</source>
      <translation>Geplante Baukörper (2,5D)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/review_report.py" line="357" />
      <source>The PDF could not be written to {path}.</source>
      <translation>Das PDF konnte nicht nach {path} geschrieben werden.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/review_report.py" line="66" />
      <source>No such building project in the working copy: {project}</source>
      <translation>Dieses Bauvorhaben gibt es in der Arbeitskopie nicht: {project}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/work_order.py" line="146" />
      <source>Crew: {crew}</source>
      <translation>Kolonne: {crew}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/work_order.py" line="147" />
      <source>Due by: {date}</source>
      <translation>Erledigen bis: {date}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/work_order.py" line="148" />
      <source>Defects: {n}</source>
      <translation>Anzahl Mängel: {n}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/work_order.py" line="152" />
      <source>Not listed, already closed: {numbers}</source>
      <translation>Nicht aufgenommen, bereits erledigt: {numbers}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/work_order.py" line="170" />
      <source>Work order {number} (continued)</source>
      <translation>Arbeitsauftrag {number} (Fortsetzung)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/work_order.py" line="180" />
      <source>How fast do we repair? (statistics)</source>
      <translation>Wie schnell beheben wir? (Statistik)</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/work_order.py" line="199" />
      <source>No.</source>
      <translation>Nr.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/work_order.py" line="199" />
      <source>Object / street</source>
      <translation>Objekt / Straße</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/work_order.py" line="200" />
      <source>Done on</source>
      <translation>erledigt am</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/work_order.py" line="200" />
      <source>Remarks</source>
      <translation>Bemerkungen</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/work_order.py" line="200" />
      <source>Signature</source>
      <translation>Unterschrift</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/work_order.py" line="271" />
      <source>Notes</source>
      <translation>Hinweise</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/work_order.py" line="282" />
      <source>No. {nr} · {number}</source>
      <translation>Nr. {nr} · {number}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/work_order.py" line="309" />
      <source>No. {nr} · {number}: photos</source>
      <translation>Nr. {nr} · {number}: Fotos</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/render/work_order.py" line="72" />
      <source>Defects of this order</source>
      <translation>Mängel dieses Auftrags</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/store/conflicts.py" line="161" />
      <source>Enter the new object code.</source>
      <translation>Geben Sie die neue Objektbezeichnung ein.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/store/conflicts.py" line="165" />
      <source>The object code {code} is taken here too.</source>
      <translation>Die Objektbezeichnung {code} ist auch hier schon vergeben.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/store/conflicts.py" line="169" />
      <source>Two objects cannot share one object code: rename yours, or merge it into the existing one.</source>
      <translation>Zwei Objekte können nicht dieselbe Objektbezeichnung tragen: Benennen Sie Ihres um oder führen Sie es mit dem vorhandenen zusammen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/store/defects.py" line="187" />
      <source>{name} is not a JPEG or PNG photo.</source>
      <translation>{name} ist kein JPEG- oder PNG-Foto.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/store/defects.py" line="192" />
      <source>{name} is larger than 20 MB.</source>
      <translation>{name} ist größer als 20 MB.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/store/exchange_writer.py" line="129" />
      <source>into an empty working copy</source>
      <translation>in eine leere Arbeitskopie</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/store/exchange_writer.py" line="130" />
      <source>update, matched by object code</source>
      <translation>Aktualisierung, Zuordnung über die Objektbezeichnung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/store/exchange_writer.py" line="313" />
      <source>the object code appears a second time in the file</source>
      <translation>die Objektbezeichnung kommt in der Datei ein zweites Mal vor</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/store/exchange_writer.py" line="460" />
      <source>the {side} node {node!r} does not exist</source>
      <translation>der {side} Knoten {node!r} existiert nicht</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/store/exchange_writer.py" line="484" />
      <source>manhole</source>
      <translation>Schacht</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/store/exchange_writer.py" line="484" />
      <source>pipe</source>
      <translation>Haltung</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/store/exchange_writer.py" line="491" />
      <source>inspected {table} does not exist in the working copy</source>
      <translation>das inspizierte Objekt ({table}) existiert nicht in der Arbeitskopie</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/store/exchange_writer.py" line="523" />
      <source>Cannot open the working copy {path}: {error}</source>
      <translation>Die Arbeitskopie {path} kann nicht geöffnet werden: {error}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/store/network.py" line="75" />
      <source>The working copy {path} cannot be read as a sewer network: {error}</source>
      <translation>Die Arbeitskopie {path} lässt sich nicht als Kanalnetz lesen: {error}</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/store/work_orders.py" line="52" />
      <source>Select at least one defect for the work order.</source>
      <translation>Bitte mindestens einen Mangel für den Arbeitsauftrag auswählen.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/store/working_copy.py" line="104" />
      <source>{path} is not a Kempten Twin working copy ({reason}).</source>
      <translation>{path} ist keine Kempten-Twin-Arbeitskopie ({reason}).</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/store/working_copy.py" line="109" />
      <source>{path} has an unreadable schema version {version}.</source>
      <translation>{path} hat eine unlesbare Schemaversion {version}.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/store/working_copy.py" line="165" />
      <source>The working copy {path} was written by a newer Kempten Twin (schema version {version}; this plugin knows up to {known}). Update the plugin; the file was not changed.</source>
      <translation>Die Arbeitskopie {path} wurde von einem neueren Kempten Twin geschrieben (Schemaversion {version}; dieses Plugin kennt bis {known}). Aktualisieren Sie das Plugin; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
      <location filename="../kempten_twin_plugin/store/working_copy.py" line="95" />
      <source>{path} is not a readable GeoPackage ({reason}).</source>
      <translation>{path} ist kein lesbares GeoPackage ({reason}).</translation>
    </message>
  </context>
</TS>
