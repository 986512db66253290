<?xml version="1.0" encoding="utf-8"?>
<!-- XPlanGML 4.1 namespace: older than what the importer supports. -->
<xplan:XPlanAuszug xmlns:xplan="http://www.xplanung.de/xplangml/4/1"
    xmlns:gml="http://www.opengis.net/gml/3.2" gml:id="GML_a41">
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_btf_41">
      <xplan:position>
        <gml:Polygon gml:id="GML_p41" srsName="EPSG:25832">
          <gml:exterior><gml:LinearRing>
            <gml:posList>595010 5286010 595090 5286010 595090 5286090 595010 5286010</gml:posList>
          </gml:LinearRing></gml:exterior>
        </gml:Polygon>
      </xplan:position>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
</xplan:XPlanAuszug>
