<?xml version="1.0" encoding="utf-8"?>
<!-- Hand-written test plan after the XPlanGML 5.2 schema (XPlanung-Operationen.xsd):
     one plan, one Bereich, one BP_BaugebietsTeilFlaeche (WA, Z=3, GRZ 0.4, GFZ 1.2,
     FH max 12 m over ground) and one BP_UeberbaubareGrundstuecksFlaeche (Zmax 4, h 13.5 m
     over the Gehweg, TH). Coordinates EPSG:25832 in Kempten. -->
<xplan:XPlanAuszug xmlns:xplan="http://www.xplanung.de/xplangml/5/2"
    xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.xplanung.de/xplangml/5/2 http://www.xplanungwiki.de/upload/XPlanGML/5.2/Schema/XPlanung-Operationen.xsd"
    gml:id="GML_auszug_52">
  <gml:boundedBy>
    <gml:Envelope srsName="EPSG:25832">
      <gml:lowerCorner>595000 5286000</gml:lowerCorner>
      <gml:upperCorner>595200 5286200</gml:upperCorner>
    </gml:Envelope>
  </gml:boundedBy>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_plan_52">
      <xplan:name>Bebauungsplan Nr. 52 "Am Mühlbach"</xplan:name>
      <xplan:nummer>52</xplan:nummer>
      <xplan:raeumlicherGeltungsbereich>
        <gml:Polygon gml:id="GML_geltung_52" srsName="EPSG:25832">
          <gml:exterior><gml:LinearRing>
            <gml:posList srsDimension="2">595000 5286000 595200 5286000 595200 5286200 595000 5286200 595000 5286000</gml:posList>
          </gml:LinearRing></gml:exterior>
        </gml:Polygon>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde><xplan:XP_Gemeinde><xplan:ags>09763000</xplan:ags><xplan:gemeindeName>Kempten (Allgäu)</xplan:gemeindeName></xplan:XP_Gemeinde></xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:bereich xlink:href="#GML_bereich_52"/>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Bereich gml:id="GML_bereich_52">
      <xplan:nummer>0</xplan:nummer>
      <xplan:planinhalt xlink:href="#GML_btf_52"/>
      <xplan:planinhalt xlink:href="#GML_ugf_52"/>
      <xplan:gehoertZuPlan xlink:href="#GML_plan_52"/>
    </xplan:BP_Bereich>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_btf_52">
      <xplan:ebene>0</xplan:ebene>
      <xplan:hoehenangabe>
        <xplan:XP_Hoehenangabe>
          <xplan:hoehenbezug>2000</xplan:hoehenbezug>
          <xplan:bezugspunkt>2000</xplan:bezugspunkt>
          <xplan:hMax uom="m">12</xplan:hMax>
        </xplan:XP_Hoehenangabe>
      </xplan:hoehenangabe>
      <xplan:gehoertZuBereich xlink:href="#GML_bereich_52"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon gml:id="GML_btf_52_geom" srsName="EPSG:25832">
          <gml:exterior><gml:LinearRing>
            <gml:posList srsDimension="2" count="5">595010 5286010 595090 5286010 595090 5286090 595010 5286090 595010 5286010</gml:posList>
          </gml:LinearRing></gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GFZ>1.2</xplan:GFZ>
      <xplan:GRZ>0.4</xplan:GRZ>
      <xplan:Z>3</xplan:Z>
      <xplan:allgArtDerBaulNutzung>1000</xplan:allgArtDerBaulNutzung>
      <xplan:besondereArtDerBaulNutzung>1200</xplan:besondereArtDerBaulNutzung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_ugf_52">
      <xplan:ebene>0</xplan:ebene>
      <xplan:hoehenangabe>
        <xplan:XP_Hoehenangabe>
          <xplan:hoehenbezug>2500</xplan:hoehenbezug>
          <xplan:bezugspunkt>1000</xplan:bezugspunkt>
          <xplan:h uom="m">13.5</xplan:h>
        </xplan:XP_Hoehenangabe>
      </xplan:hoehenangabe>
      <xplan:gehoertZuBereich xlink:href="#GML_bereich_52"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon gml:id="GML_ugf_52_geom" srsName="EPSG:25832">
          <gml:exterior><gml:LinearRing>
            <gml:posList srsDimension="2">595110 5286110 595170 5286110 595170 5286150 595110 5286150 595110 5286110</gml:posList>
          </gml:LinearRing></gml:exterior>
          <gml:interior><gml:LinearRing>
            <gml:posList srsDimension="2">595130 5286120 595140 5286120 595140 5286130 595130 5286130 595130 5286120</gml:posList>
          </gml:LinearRing></gml:interior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:Zmax>4</xplan:Zmax>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
</xplan:XPlanAuszug>
