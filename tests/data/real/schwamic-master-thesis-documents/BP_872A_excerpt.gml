<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<!--Erstellt von WS LANDCAD am 29.02.2024-->
<xplan:XPlanAuszug xmlns:xplan="http://www.xplanung.de/xplangml/5/4" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:wfs="http://www.opengis.net/wfs" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xsi:schemaLocation="http://www.xplanung.de/xplangml/5/4 http://repository.gdi-de.org/schemas/de.xleitstelle.xplanung/5.4/XPlanung-Operationen.xsd" gml:id="GML_e18a2f85-6418-43d0-8ffe-c16ea88ca561">
  <gml:boundedBy>
    <gml:Envelope srsName="EPSG:25832">
      <gml:lowerCorner>637871.4300 5355759.7800</gml:lowerCorner>
      <gml:upperCorner>638057.4800 5356045.0676</gml:upperCorner>
    </gml:Envelope>
  </gml:boundedBy>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_7ea90fc8-5574-492b-ab83-bd993612d3fc">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>637871.4300 5355759.7800</gml:lowerCorner>
          <gml:upperCorner>638057.4800 5356045.0676</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Zwischen Waldstraße und Döllgaststraße</xplan:name>
      <xplan:nummer>872A</xplan:nummer>
      <xplan:erstellungsMassstab>1000</xplan:erstellungsMassstab>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_dc58bbe9-49a1-46f3-97e1-2593b9e77d5b">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_c05b5fe7-f5d2-4861-a2ab-7ccb0bc270e8">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="75">637948.2900 5355779.7800 637949.1500 5355776.3000 637951.7000 5355762.6600 637952.8800 5355759.7800 637963.4200 5355766.9600 637976.4900 5355778.4600 637994.1200 5355793.9700 638006.4900 5355804.8500 638017.2800 5355823.2600 638018.1100 5355824.5300 638032.6269 5355837.0598 638027.3700 5355843.9400 638007.8100 5355869.5400 638018.2895 5355933.6773 638018.3700 5355934.1700 638024.1600 5355933.2400 638043.0400 5355930.1900 638043.9300 5355935.6200 638025.0400 5355938.6600 638037.9100 5356017.7500 638039.9400 5356017.4100 638040.1500 5356018.6900 638042.3929 5356018.3248 638057.0400 5356015.9400 638057.4800 5356018.6100 638056.5200 5356018.9400 638050.1292 5356019.9869 638050.5788 5356022.9080 638051.4098 5356027.8241 638051.5097 5356028.7143 638052.0220 5356031.7743 638052.1535 5356032.7968 638052.9947 5356037.7540 638053.7468 5356042.1596 638053.8217 5356042.6498 638053.8259 5356042.6774 638054.0321 5356044.0272 638052.2026 5356044.3263 638047.6686 5356045.0676 638045.9100 5356034.3700 638042.8400 5356034.8700 637983.3700 5356044.4900 637981.2500 5356031.7000 637973.6800 5356032.9400 637971.4600 5356019.6200 637963.5400 5356021.0200 637962.9400 5356019.5300 637961.2200 5356016.0300 637959.7000 5356013.3000 637958.1000 5356010.7800 637956.0300 5356007.9700 637953.5200 5356005.1500 637949.2000 5356000.7900 637945.9338 5355997.5757 637941.0200 5355992.7400 637940.3500 5355993.4900 637876.8365 5355931.3436 637875.7700 5355930.3000 637871.4300 5355926.0400 637873.1900 5355924.0600 637875.3700 5355921.6200 637890.4700 5355904.9000 637894.5500 5355899.8200 637896.0300 5355897.3700 637896.5000 5355896.4500 637897.4100 5355894.6800 637903.0500 5355881.8500 637904.7300 5355878.0100 637905.8900 5355875.3500 637908.5900 5355869.4600 637912.6300 5355860.3800 637915.8400 5355853.0900 637932.5400 5355815.3300 637936.0800 5355807.3300 637948.2900 5355779.7800 </gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>09761000</xplan:ags>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>10001</xplan:planArt>
      <xplan:verfahren>1000</xplan:verfahren>
      <xplan:veraenderungssperre>false</xplan:veraenderungssperre>
      <xplan:staedtebaulicherVertrag>false</xplan:staedtebaulicherVertrag>
      <xplan:erschliessungsVertrag>false</xplan:erschliessungsVertrag>
      <xplan:durchfuehrungsVertrag>false</xplan:durchfuehrungsVertrag>
      <xplan:gruenordnungsplan>false</xplan:gruenordnungsplan>
      <xplan:bereich xlink:href="#GML_243a93d8-852d-45c8-ad8e-987875c1dfbc" />
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_8c2483e1-5ec7-4ad0-9727-73c24b63a63e">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>637930.6334 5355909.9622</gml:lowerCorner>
          <gml:upperCorner>638043.9764 5356032.1540</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:text>WA4</xplan:text>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_243a93d8-852d-45c8-ad8e-987875c1dfbc" />
      <xplan:wirdDargestelltDurch xlink:href="#GML_56a9324a-b53f-47ef-b6bc-b5da251d7f3e" />
      <xplan:wirdDargestelltDurch xlink:href="#GML_a853e05a-c823-4eb5-a8cf-124079fa29e3" />
      <xplan:wirdDargestelltDurch xlink:href="#GML_54bfe366-dd1a-42cb-8886-6d809f0ba49a" />
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25832" gml:id="GML_da4339fb-098b-4b43-9a05-59e1a8b4928c">
          <gml:exterior>
            <gml:Ring>
              <gml:curveMember>
                <gml:Curve srsName="EPSG:25832" gml:id="GML_addb3e61-dbec-4dd5-a799-eb78a4ccb911">
                  <gml:segments>
                    <gml:LineStringSegment interpolation="linear">
                      <gml:posList srsDimension="2" count="6">637983.2705 5355918.7751 637994.0817 5355929.5270 637998.6153 5355924.9683 637987.8041 5355914.2165 637992.0350 5355909.9622 638014.7324 5355932.5349 </gml:posList>
                    </gml:LineStringSegment>
                    <gml:ArcString interpolation="circularArc3Points">
                      <gml:posList srsDimension="2" count="3">638014.7324 5355932.5349 638016.3737 5355933.5334 638018.2895 5355933.6773 </gml:posList>
                    </gml:ArcString>
                    <gml:LineStringSegment interpolation="linear">
                      <gml:posList srsDimension="2" count="14">638018.2895 5355933.6773 638018.3700 5355934.1700 638024.1600 5355933.2400 638043.0400 5355930.1900 638043.9300 5355935.6200 638025.0400 5355938.6600 638037.9100 5356017.7500 638038.1200 5356019.0200 638040.1500 5356018.6900 638042.3929 5356018.3248 638043.9764 5356028.3556 638041.8264 5356028.7064 638033.0244 5356030.1424 638030.5612 5356030.5433 </gml:posList>
                    </gml:LineStringSegment>
                    <gml:ArcString interpolation="circularArc3Points">
                      <gml:posList srsDimension="2" count="5">638030.5612 5356030.5433 638010.9151 5356032.1537 637991.2622 5356030.6307 637989.6227 5356030.0771 637988.2590 5356029.0120 </gml:posList>
                    </gml:ArcString>
                    <gml:LineStringSegment interpolation="linear">
                      <gml:posList srsDimension="2" count="5">637988.2590 5356029.0120 637942.6720 5355983.6753 637930.6334 5355971.7028 637974.0336 5355928.0630 637983.2705 5355918.7751 </gml:posList>
                    </gml:LineStringSegment>
                  </gml:segments>
                </gml:Curve>
              </gml:curveMember>
            </gml:Ring>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GF uom="m2">9950</xplan:GF>
      <xplan:GRZ>0.35</xplan:GRZ>
      <xplan:besondereArtDerBaulNutzung>1200</xplan:besondereArtDerBaulNutzung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_4ca7ee6b-3cef-413f-ae58-e1abd874d866">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>637960.9580 5355824.3520</gml:lowerCorner>
          <gml:upperCorner>638027.3700 5355933.7304</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:text>WA1</xplan:text>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_243a93d8-852d-45c8-ad8e-987875c1dfbc" />
      <xplan:wirdDargestelltDurch xlink:href="#GML_45f10a79-49ef-4549-9611-cc61f055cd7b" />
      <xplan:wirdDargestelltDurch xlink:href="#GML_65bb2747-e3db-4fe4-8b5c-ff5025491015" />
      <xplan:wirdDargestelltDurch xlink:href="#GML_72dfbfd1-06cd-4463-84e9-8b31a6936809" />
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25832" gml:id="GML_27b4de7c-601f-4ada-b40f-1233ca05e6c6">
          <gml:exterior>
            <gml:Ring>
              <gml:curveMember>
                <gml:Curve srsName="EPSG:25832" gml:id="GML_f53db7a0-f2c9-4eb9-8d67-3531020041af">
                  <gml:segments>
                    <gml:LineStringSegment interpolation="linear">
                      <gml:posList srsDimension="2" count="2">637996.5655 5355831.1905 638001.6583 5355826.0696 </gml:posList>
                    </gml:LineStringSegment>
                    <gml:ArcString interpolation="circularArc3Points">
                      <gml:posList srsDimension="2" count="3">638001.6583 5355826.0696 638003.2512 5355824.9232 638005.1288 5355824.3520 </gml:posList>
                    </gml:ArcString>
                    <gml:LineStringSegment interpolation="linear">
                      <gml:posList srsDimension="2" count="4">638005.1288 5355824.3520 638027.3700 5355843.9400 638007.8100 5355869.5400 638018.2895 5355933.6773 </gml:posList>
                    </gml:LineStringSegment>
                    <gml:ArcString interpolation="circularArc3Points">
                      <gml:posList srsDimension="2" count="3">638018.2895 5355933.6773 638016.3737 5355933.5334 638014.7324 5355932.5349 </gml:posList>
                    </gml:ArcString>
                    <gml:LineStringSegment interpolation="linear">
                      <gml:posList srsDimension="2" count="3">638014.7324 5355932.5349 637992.0350 5355909.9622 637962.7271 5355880.8151 </gml:posList>
                    </gml:LineStringSegment>
                    <gml:ArcString interpolation="circularArc3Points">
                      <gml:posList srsDimension="2" count="3">637962.7271 5355880.8151 637960.9581 5355876.5773 637962.7037 5355872.3299 </gml:posList>
                    </gml:ArcString>
                    <gml:LineStringSegment interpolation="linear">
                      <gml:posList srsDimension="2" count="4">637962.7037 5355872.3299 637977.9658 5355856.9834 638000.1108 5355834.7163 637996.5655 5355831.1905 </gml:posList>
                    </gml:LineStringSegment>
                  </gml:segments>
                </gml:Curve>
              </gml:curveMember>
            </gml:Ring>
          </gml:exterior>
          <gml:interior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="5">638009.1966 5355917.6335 638011.3117 5355915.5060 638007.0566 5355911.2758 638004.9415 5355913.4034 638009.1966 5355917.6335 </gml:posList>
            </gml:LinearRing>
          </gml:interior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GF uom="m2">3650</xplan:GF>
      <xplan:GRZ>0.35</xplan:GRZ>
      <xplan:besondereArtDerBaulNutzung>1200</xplan:besondereArtDerBaulNutzung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_69ceedb3-4ed7-4b31-adeb-323bc36d895b">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>637883.1296 5355873.4047</gml:lowerCorner>
          <gml:upperCorner>637974.0336 5355971.7028</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:text>WA3</xplan:text>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_243a93d8-852d-45c8-ad8e-987875c1dfbc" />
      <xplan:wirdDargestelltDurch xlink:href="#GML_b3853a78-c75f-4b50-b957-e159690992ad" />
      <xplan:wirdDargestelltDurch xlink:href="#GML_8e43724f-5ccb-42e9-8e3d-f0f60b977ee7" />
      <xplan:wirdDargestelltDurch xlink:href="#GML_bcaf0ddd-101b-47a5-8e15-59eb28f429ba" />
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25832" gml:id="GML_00a54887-f9e4-4977-ac28-38745bbbbd41">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="20">637896.0713 5355909.9776 637907.1410 5355897.1504 637907.8600 5355895.5200 637917.7366 5355873.4047 637918.0390 5355873.7053 637934.2078 5355889.7809 637937.7331 5355886.2352 637939.0676 5355887.5620 637936.2042 5355890.4413 637942.3632 5355896.5665 637933.1201 5355905.8607 637937.1794 5355909.8977 637946.4225 5355900.6035 637974.0336 5355928.0630 637930.6334 5355971.7028 637926.2333 5355967.3268 637924.4606 5355965.5639 637911.3370 5355952.5124 637883.1296 5355924.4598 637896.0713 5355909.9776 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GF uom="m2">5250</xplan:GF>
      <xplan:GRZ>0.35</xplan:GRZ>
      <xplan:besondereArtDerBaulNutzung>1200</xplan:besondereArtDerBaulNutzung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_4515b766-ac16-484a-bc11-90cd03241f87">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>637923.9497 5355790.4800</gml:lowerCorner>
          <gml:upperCorner>637992.7367 5355883.3205</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:text>WA2</xplan:text>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_243a93d8-852d-45c8-ad8e-987875c1dfbc" />
      <xplan:wirdDargestelltDurch xlink:href="#GML_c7af4d20-0e2c-40aa-a969-4ca6e7860134" />
      <xplan:wirdDargestelltDurch xlink:href="#GML_d3adee88-3bff-4e8b-8f9e-f7a3803445cf" />
      <xplan:wirdDargestelltDurch xlink:href="#GML_19c97a34-28dd-46dc-88e1-b379359613ce" />
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25832" gml:id="GML_70b43ef6-563d-431d-a11e-8b21c878c2eb">
          <gml:exterior>
            <gml:Ring>
              <gml:curveMember>
                <gml:Curve srsName="EPSG:25832" gml:id="GML_19d4aecd-a935-4e35-b3fb-86c813469b6a">
                  <gml:segments>
                    <gml:LineStringSegment interpolation="linear">
                      <gml:posList srsDimension="2" count="14">637932.7192 5355839.8528 637935.2400 5355834.1600 637948.0400 5355805.0100 637950.3800 5355799.8100 637951.2700 5355798.0200 637952.2100 5355796.2700 637953.2200 5355794.5300 637954.3900 5355792.9400 637955.8500 5355791.5900 637957.6600 5355790.6900 637959.6200 5355790.4800 637961.5700 5355790.9700 637963.2800 5355792.0400 637989.5770 5355815.2297 </gml:posList>
                    </gml:LineStringSegment>
                    <gml:ArcString interpolation="circularArc3Points">
                      <gml:posList srsDimension="2" count="3">637989.5770 5355815.2297 637990.2777 5355815.6294 637991.0795 5355815.7179 </gml:posList>
                    </gml:ArcString>
                    <gml:LineStringSegment interpolation="linear">
                      <gml:posList srsDimension="2" count="15">637991.0795 5355815.7179 637986.4825 5355820.3403 637992.7367 5355826.5601 637976.6881 5355842.6834 637964.3830 5355830.4459 637961.5868 5355833.2575 637973.8907 5355845.4939 637959.3699 5355860.0823 637962.9153 5355863.6084 637943.3114 5355883.3205 637930.3890 5355870.4725 637932.6779 5355868.1704 637928.0836 5355863.6025 637923.9497 5355859.4925 637932.7192 5355839.8528 </gml:posList>
                    </gml:LineStringSegment>
                  </gml:segments>
                </gml:Curve>
              </gml:curveMember>
            </gml:Ring>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GF uom="m2">4450</xplan:GF>
      <xplan:GRZ>0.40</xplan:GRZ>
      <xplan:besondereArtDerBaulNutzung>1200</xplan:besondereArtDerBaulNutzung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_5e10962f-bbec-44a8-a087-e78beec3f8ea">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>637973.5165 5355967.0053</gml:lowerCorner>
          <gml:upperCorner>637995.6475 5355989.1390</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:gliederung1>4-3</xplan:gliederung1>
      <xplan:ebene>0</xplan:ebene>
      <xplan:hoehenangabe>
        <xplan:XP_Hoehenangabe>
          <xplan:hoehenbezug>1100</xplan:hoehenbezug>
          <xplan:bezugspunkt>3000</xplan:bezugspunkt>
          <xplan:h uom="m">12.5</xplan:h>
        </xplan:XP_Hoehenangabe>
      </xplan:hoehenangabe>
      <xplan:hoehenangabe>
        <xplan:XP_Hoehenangabe>
          <xplan:hoehenbezug>1100</xplan:hoehenbezug>
          <xplan:bezugspunkt>4500</xplan:bezugspunkt>
          <xplan:h uom="m">485.9</xplan:h>
        </xplan:XP_Hoehenangabe>
      </xplan:hoehenangabe>
      <xplan:gehoertZuBereich xlink:href="#GML_243a93d8-852d-45c8-ad8e-987875c1dfbc" />
      <xplan:wirdDargestelltDurch xlink:href="#GML_e8642d70-15b7-4581-a595-17da4f3b70ca" />
      <xplan:wirdDargestelltDurch xlink:href="#GML_fc1411e0-d963-4fa9-8119-22dec799b1eb" />
      <xplan:wirdDargestelltDurch xlink:href="#GML_2ff7f6d8-0865-44af-830d-b7c5344d2b37" />
      <xplan:wirdDargestelltDurch xlink:href="#GML_08f7416e-ebc5-4b7b-b292-61f62ee25682" />
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25832" gml:id="GML_2dc6ed0d-9a7a-4173-9be9-3e36049cdfb0">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="5">637984.7990 5355967.0053 637995.6475 5355977.7942 637984.3650 5355989.1390 637973.5165 5355978.3501 637984.7990 5355967.0053 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:Z>4</xplan:Z>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_ce24c1b2-bf51-492d-8499-77f73c460f71">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>637927.0278 5355849.9124</gml:lowerCorner>
          <gml:upperCorner>637955.8293 5355878.6833</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:gliederung1>2-1</xplan:gliederung1>
      <xplan:ebene>0</xplan:ebene>
      <xplan:hoehenangabe>
        <xplan:XP_Hoehenangabe>
          <xplan:hoehenbezug>1100</xplan:hoehenbezug>
          <xplan:bezugspunkt>3000</xplan:bezugspunkt>
          <xplan:h uom="m">12.5</xplan:h>
        </xplan:XP_Hoehenangabe>
      </xplan:hoehenangabe>
      <xplan:hoehenangabe>
        <xplan:XP_Hoehenangabe>
          <xplan:hoehenbezug>1100</xplan:hoehenbezug>
          <xplan:bezugspunkt>4500</xplan:bezugspunkt>
          <xplan:h uom="m">485.9</xplan:h>
        </xplan:XP_Hoehenangabe>
      </xplan:hoehenangabe>
      <xplan:gehoertZuBereich xlink:href="#GML_243a93d8-852d-45c8-ad8e-987875c1dfbc" />
      <xplan:wirdDargestelltDurch xlink:href="#GML_67ccc0c2-051f-4f5a-a8c6-7ff0f5319db8" />
      <xplan:wirdDargestelltDurch xlink:href="#GML_b274293c-d13c-44b7-a6a6-636b461b998a" />
      <xplan:wirdDargestelltDurch xlink:href="#GML_b77246a9-06f5-48a4-b281-83d104e4f5b4" />
      <xplan:wirdDargestelltDurch xlink:href="#GML_ea4fc86e-eebc-43da-a55d-39497b03f59f" />
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25832" gml:id="GML_bec12d5b-2b7a-46fa-8f69-b2b7cdf27754">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="5">637938.6065 5355849.9124 637955.8293 5355867.0406 637944.2507 5355878.6833 637927.0278 5355861.5550 637938.6065 5355849.9124 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:Z>4</xplan:Z>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_079557f5-947c-4608-9758-1403a256cc14">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>637936.5378 5355948.0401</gml:lowerCorner>
          <gml:upperCorner>637972.1810 5355983.7801</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:gliederung1>4-5</xplan:gliederung1>
      <xplan:ebene>0</xplan:ebene>
      <xplan:hoehenangabe>
        <xplan:XP_Hoehenangabe>
          <xplan:hoehenbezug>1100</xplan:hoehenbezug>
          <xplan:bezugspunkt>3000</xplan:bezugspunkt>
          <xplan:hZwingend uom="m">12.5</xplan:hZwingend>
        </xplan:XP_Hoehenangabe>
      </xplan:hoehenangabe>
      <xplan:hoehenangabe>
        <xplan:XP_Hoehenangabe>
          <xplan:hoehenbezug>1100</xplan:hoehenbezug>
          <xplan:bezugspunkt>4500</xplan:bezugspunkt>
          <xplan:h uom="m">486.1</xplan:h>
        </xplan:XP_Hoehenangabe>
      </xplan:hoehenangabe>
      <xplan:gehoertZuBereich xlink:href="#GML_243a93d8-852d-45c8-ad8e-987875c1dfbc" />
      <xplan:wirdDargestelltDurch xlink:href="#GML_2553eed3-5a3e-422a-a92c-c005ecc24825" />
      <xplan:wirdDargestelltDurch xlink:href="#GML_09a91b28-4508-47e8-b599-65feb8ee6985" />
      <xplan:wirdDargestelltDurch xlink:href="#GML_e1fb073c-7252-4963-a6ae-902544ac88a9" />
      <xplan:wirdDargestelltDurch xlink:href="#GML_ccf239f6-db9c-40dc-8262-dc170e4dc026" />
      <xplan:wirdDargestelltDurch xlink:href="#GML_47149cab-95ba-438e-bf09-982c9070bbb9" />
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25832" gml:id="GML_68ddca30-aace-4717-acfe-1f7a8b1101d5">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="5">637963.1052 5355948.0401 637972.1810 5355957.0661 637945.6137 5355983.7801 637936.5378 5355974.7541 637963.1052 5355948.0401 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:Zzwingend>4</xplan:Zzwingend>
      <xplan:bauweise>2000</xplan:bauweise>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
</xplan:XPlanAuszug>