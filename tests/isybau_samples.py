"""Small ISYBAU XML files following the structure of the real 2017 sample
(tests/data/real/amphibitus-m150xml/ISYBAU_XML-2017-Stammdaten.xml), for every version's namespace,
coordinate system and plausibility case. Written by hand; values are invented."""

NS_OLD = "http://www.ofd-hannover.la/Identifikation"  # 2006, 2013
NS_NEW = "http://www.bfr-abwasser.de"  # 2017, 2024

# A small street: three Schächte, two Haltungen, a Straßenablauf with its Leitung.
# Coordinates as UTM 32 without prefix; the ``crs`` argument rewrites them.
NODES = [
    # code, kind, x, y, cover, invert
    ("S1", "Schacht", 598000.00, 5287000.00, 700.50, 698.20),
    ("S2", "Schacht", 598040.00, 5287030.00, 700.10, 697.90),
    ("S3", "Schacht", 598080.00, 5287000.00, 699.80, 697.50),
]
GULLY = ("SE1", 598020.00, 5287010.00, 700.30)
PIPES = [
    # code, from, to, invert_from, invert_to, length, material, DN
    ("H1", "S1", "S2", 698.20, 697.95, 50.0, "STZ", 300),
    ("H2", "S2", "S3", 697.90, 697.55, 50.0, "B", 400),
]


def _coord(x, y, crs):
    if crs == "utm_prefix":
        return f"32{x:.3f}", f"{y:.3f}"
    if crs == "gk4":  # Gauss-Krüger zone 4: the same spot within a metre or so (offset
        # measured once at 598000/5287000 near Kempten; the area is a few hundred metres)
        return f"{x - 598000 + 4373102.151:.3f}", f"{y - 5287000 + 5289233.595:.3f}"
    return f"{x:.3f}", f"{y:.3f}"


def _point(tag, x, y, height, attribute, crs):
    rw, hw = _coord(x, y, crs)
    height_xml = f"<Punkthoehe>{height:.3f}</Punkthoehe>" if height is not None else ""
    return (f"<{tag}><Rechtswert>{rw}</Rechtswert><Hochwert>{hw}</Hochwert>{height_xml}"
            f"<PunktattributAbwasser>{attribute}</PunktattributAbwasser></{tag}>")


def node_xml(code, x, y, cover, invert, crs, drainage="KS", material="B", node_type="0"):
    return f"""
      <AbwassertechnischeAnlage>
        <Objektbezeichnung>{code}</Objektbezeichnung>
        <Objektart>2</Objektart>
        <Status>0</Status>
        <Baujahr>1979</Baujahr>
        <Entwaesserungsart>{drainage}</Entwaesserungsart>
        <Knoten>
          <KnotenTyp>{node_type}</KnotenTyp>
          <Schacht>
            <SchachtFunktion>1</SchachtFunktion>
            <Schachttiefe>{cover - invert:.2f}</Schachttiefe>
            <Aufbau><MaterialAufbau>{material}</MaterialAufbau></Aufbau>
          </Schacht>
        </Knoten>
        <Lage><Strassenname>Bahnhofstraße</Strassenname></Lage>
        <Geometrie>
          <GeoObjekttyp>P</GeoObjekttyp>
          <Geometriedaten>
            <Knoten>
              {_point("Punkt", x, y, cover, "DMP", crs)}
              {_point("Punkt", x, y, invert, "SMP", crs)}
            </Knoten>
          </Geometriedaten>
        </Geometrie>
      </AbwassertechnischeAnlage>"""


def gully_xml(crs):
    code, x, y, cover = GULLY
    rw, hw = _coord(x, y, crs)
    return f"""
      <AbwassertechnischeAnlage>
        <Objektbezeichnung>{code}</Objektbezeichnung>
        <Objektart>2</Objektart>
        <Status>0</Status>
        <Entwaesserungsart>KR</Entwaesserungsart>
        <Knoten>
          <KnotenTyp>1</KnotenTyp>
          <Anschlusspunkt><Punktkennung>SE</Punktkennung></Anschlusspunkt>
        </Knoten>
        <Geometrie>
          <Geometriedaten>
            <Knoten>
              <Punkt><Rechtswert>{rw}</Rechtswert><Hochwert>{hw}</Hochwert>
                <PunktattributAbwasser>SE</PunktattributAbwasser></Punkt>
              <Punkt><Punkthoehe>{cover:.3f}</Punkthoehe>
                <PunktattributAbwasser>GOK</PunktattributAbwasser></Punkt>
            </Knoten>
          </Geometriedaten>
        </Geometrie>
      </AbwassertechnischeAnlage>"""


def pipe_xml(code, start, end, invert_from, invert_to, length, material, dn, crs,
             points, edge_type="0", extra=""):
    segments = "".join(
        f"<Kante>{_point('Start', *a, None, 'RAP', crs)}{_point('Ende', *b, None, 'RAP', crs)}"
        f"</Kante>" for a, b in zip(points, points[1:]))
    part = ("<Haltung><HaltungsFunktion>1</HaltungsFunktion></Haltung>" if edge_type == "0"
            else f"<Leitung><LeitungsFunktion>1</LeitungsFunktion>{extra}</Leitung>")
    return f"""
      <AbwassertechnischeAnlage>
        <Objektbezeichnung>{code}</Objektbezeichnung>
        <Objektart>1</Objektart>
        <Status>0</Status>
        <Baujahr>1985</Baujahr>
        <Entwaesserungsart>KS</Entwaesserungsart>
        <Kante>
          <KantenTyp>{edge_type}</KantenTyp>
          <KnotenZulauf>{start}</KnotenZulauf>
          <KnotenZulaufTyp>0</KnotenZulaufTyp>
          <KnotenAblauf>{end}</KnotenAblauf>
          <KnotenAblaufTyp>0</KnotenAblaufTyp>
          <SohlhoeheZulauf>{invert_from:.3f}</SohlhoeheZulauf>
          <SohlhoeheAblauf>{invert_to:.3f}</SohlhoeheAblauf>
          <Laenge>{length:.2f}</Laenge>
          <Material>{material}</Material>
          <Profil><Profilart>0</Profilart><Profilbreite>{dn}</Profilbreite>
            <Profilhoehe>{dn}</Profilhoehe></Profil>
          {part}
        </Kante>
        <Lage><Strassenname>Bahnhofstraße</Strassenname></Lage>
        <Geometrie>
          <GeoObjekttyp>L</GeoObjekttyp>
          <Geometriedaten>
            <Polygone><Polygon><Polygonart>3</Polygonart>{segments}</Polygon></Polygone>
          </Geometriedaten>
        </Geometrie>
      </AbwassertechnischeAnlage>"""


ZUSTAND = """
    <Zustandsdatenkollektiv>
      <Kennung>ZUS01</Kennung>
      <InspizierteAbwassertechnischeAnlage>
        <Objektbezeichnung>H1</Objektbezeichnung>
        <Anlagentyp>1</Anlagentyp>
        <OptischeInspektion>
          <Inspektionsdatum>2021-05-04</Inspektionsdatum>
          <Rohrleitung>
            <Inspektionsrichtung>O</Inspektionsrichtung>
            <Inspektionsdaten>
              <RZustand><Station>0.00</Station><InspektionsKode>BCD</InspektionsKode>
                <Charakterisierung1>XP</Charakterisierung1></RZustand>
              <RZustand><Station>12.40</Station><InspektionsKode>BAB</InspektionsKode>
                <Charakterisierung1>B</Charakterisierung1><Charakterisierung2>A</Charakterisierung2>
                <PositionVon>2</PositionVon><PositionBis>4</PositionBis>
                <Klassifizierung><Objektklasse>3</Objektklasse></Klassifizierung></RZustand>
              <RZustand><Station>50.00</Station><InspektionsKode>BDC</InspektionsKode>
                <Klassifizierung><Objektklasse>1</Objektklasse></Klassifizierung></RZustand>
            </Inspektionsdaten>
          </Rohrleitung>
        </OptischeInspektion>
      </InspizierteAbwassertechnischeAnlage>
      <InspizierteAbwassertechnischeAnlage>
        <Objektbezeichnung>S2</Objektbezeichnung>
        <Anlagentyp>2</Anlagentyp>
        <OptischeInspektion>
          <Inspektionsdatum>2021-05-04</Inspektionsdatum>
          <Knoten>
            <Inspektionsdaten>
              <KZustand><VertikaleLage>1.20</VertikaleLage><InspektionsKode>DAC</InspektionsKode>
                <Klassifizierung><Objektklasse>2</Objektklasse></Klassifizierung></KZustand>
            </Inspektionsdaten>
          </Knoten>
        </OptischeInspektion>
      </InspizierteAbwassertechnischeAnlage>
    </Zustandsdatenkollektiv>"""


def isybau_file(version="2017-07", namespace=NS_NEW, crs="utm_prefix", nodes=None, pipes=None,
                extra_objects="", zustand=True, crs_name=None, encoding="UTF-8"):
    nodes = NODES if nodes is None else nodes
    pipes = PIPES if pipes is None else pipes
    positions = {n[0]: (n[2], n[3]) for n in NODES + list(nodes)}
    body = "".join(node_xml(c, x, y, cover, inv, crs) for c, _, x, y, cover, inv in nodes)
    body += gully_xml(crs)
    for code, a, b, i1, i2, length, material, dn in pipes:
        points = [positions.get(a, (598000.0, 5287000.0)), positions.get(b, (598040.0, 5287030.0))]
        body += pipe_xml(code, a, b, i1, i2, length, material, dn, crs, points)
    # The gully's Leitung to H1.
    body += pipe_xml("L1", "SE1", "S2", 699.10, 698.60, 25.0, "PVCU", 150, crs,
                     [(598020.0, 5287010.0), (598030.0, 5287020.0), (598040.0, 5287030.0)],
                     edge_type="1", extra="<Anschlussdaten><Objektbezeichnung>H1"
                     "</Objektbezeichnung><Kantentyp>0</Kantentyp></Anschlussdaten>")
    body += extra_objects
    crs_xml = f"<Geometrie><CRSLage>{crs_name}</CRSLage></Geometrie>" if crs_name else ""
    return f"""<?xml version="1.0" encoding="{encoding}"?>
<Identifikation xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns="{namespace}">
  <Version>{version}</Version>
  <Admindaten>{crs_xml}</Admindaten>
  <Datenkollektive>
    <Datenstatus>1</Datenstatus>
    <Erstellungsdatum>2024-03-01</Erstellungsdatum>
    <Stammdatenkollektiv>
      <Kennung>STA01</Kennung>{body}
    </Stammdatenkollektiv>{ZUSTAND if zustand else ""}
  </Datenkollektive>
</Identifikation>
"""


def write(path, text, encoding="utf-8"):
    with open(path, "w", encoding=encoding) as f:
        f.write(text)
    return str(path)
