<?xml version="1.0" encoding="utf-8"?>
<!-- A valid XPlanGML 5.4 plan with a plan object but no buildable areas. -->
<xplan:XPlanAuszug xmlns:xplan="http://www.xplanung.de/xplangml/5/4"
    xmlns:gml="http://www.opengis.net/gml/3.2" gml:id="GML_a54">
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_plan_54">
      <xplan:name>Nur Textteil</xplan:name>
    </xplan:BP_Plan>
  </gml:featureMember>
</xplan:XPlanAuszug>
