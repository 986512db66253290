<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE xplan:XPlanAuszug [
  <!ENTITY secret SYSTEM "file:///etc/passwd">
]>
<xplan:XPlanAuszug xmlns:xplan="http://www.xplanung.de/xplangml/5/2"
    xmlns:gml="http://www.opengis.net/gml/3.2" gml:id="GML_xxe">
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_plan_xxe"><xplan:name>&secret;</xplan:name></xplan:BP_Plan>
  </gml:featureMember>
</xplan:XPlanAuszug>
