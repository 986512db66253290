<?xml version="1.0" encoding="utf-8"?>
<!-- Hand-written test plan after the XPlanGML 6.0 schema, in Gauss-Krüger zone 4
     (urn:adv:crs:DE_DHDN_3GK4 = EPSG:31468) as older Bavarian plans are: one
     BP_BaugebietsTeilFlaeche (MI, Zmax 5, GRZ 0.6, GFZ 1.6, hMax 16 m over ground, FH)
     whose corners are EPSG:25832 595100 5286100 … 595140 5286130 (a 40 m × 30 m box). -->
<xplan:XPlanAuszug xmlns:xplan="http://www.xplanung.de/xplangml/6/0"
    xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink"
    gml:id="GML_auszug_60">
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_plan_60">
      <xplan:name>Bebauungsplan "Illerufer Süd"</xplan:name>
      <xplan:nummer>117</xplan:nummer>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:bereich xlink:href="#GML_bereich_60"/>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Bereich gml:id="GML_bereich_60">
      <xplan:nummer>0</xplan:nummer>
      <xplan:planinhalt xlink:href="#GML_btf_60"/>
    </xplan:BP_Bereich>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_btf_60">
      <xplan:ebene>0</xplan:ebene>
      <xplan:hoehenangabe>
        <xplan:XP_Hoehenangabe>
          <xplan:hoehenbezug>2000</xplan:hoehenbezug>
          <xplan:bezugspunkt>2000</xplan:bezugspunkt>
          <xplan:hMin uom="m">9</xplan:hMin>
          <xplan:hMax uom="m">16</xplan:hMax>
        </xplan:XP_Hoehenangabe>
      </xplan:hoehenangabe>
      <xplan:gehoertZuBereich xlink:href="#GML_bereich_60"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon gml:id="GML_btf_60_geom" srsName="urn:adv:crs:DE_DHDN_3GK4">
          <gml:exterior><gml:LinearRing>
            <gml:posList srsDimension="2">4370167.998 5288446.211 4370207.988 5288444.661 4370209.151 5288474.654 4370169.160 5288476.204 4370167.998 5288446.211</gml:posList>
          </gml:LinearRing></gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GFZ>1.6</xplan:GFZ>
      <xplan:GRZ>0.6</xplan:GRZ>
      <xplan:Zmax>5</xplan:Zmax>
      <xplan:besondereArtDerBaulNutzung>1500</xplan:besondereArtDerBaulNutzung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
</xplan:XPlanAuszug>
