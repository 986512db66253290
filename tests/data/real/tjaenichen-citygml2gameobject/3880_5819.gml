<?xml version="1.0" encoding="UTF-8"?>
<CityModel xmlns:bldg="http://www.opengis.net/citygml/building/1.0" xmlns:app="http://www.opengis.net/citygml/appearance/1.0" xmlns:smil20="http://www.w3.org/2001/SMIL20/" xmlns:grp="http://www.opengis.net/citygml/cityobjectgroup/1.0" xmlns:base="http://www.citygml.org/citygml/profiles/base/1.0" xmlns:frn="http://www.opengis.net/citygml/cityfurniture/1.0" xmlns:smil20lang="http://www.w3.org/2001/SMIL20/Language" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:wtr="http://www.opengis.net/citygml/waterbody/1.0" xmlns:tex="http://www.opengis.net/citygml/texturedsurface/1.0" xmlns:veg="http://www.opengis.net/citygml/vegetation/1.0" xmlns:sch="http://www.ascc.net/xml/schematron" xmlns:gen="http://www.opengis.net/citygml/generics/1.0" xmlns:dem="http://www.opengis.net/citygml/relief/1.0" xmlns:gml="http://www.opengis.net/gml" xmlns:tran="http://www.opengis.net/citygml/transportation/1.0" xmlns:xAL="urn:oasis:names:tc:ciq:xsdschema:xAL:2.0" xmlns:luse="http://www.opengis.net/citygml/landuse/1.0" xmlns="http://www.opengis.net/citygml/1.0">
	<gml:boundedBy>
		<gml:Envelope srsName="EPSG:25833" srsDimension="3">
			<gml:lowerCorner>388951.014287034 5819447.64958708 30.9599990844727</gml:lowerCorner>
			<gml:upperCorner>389018.710037246 5819500.93012877 44.5244191645524</gml:upperCorner>
		</gml:Envelope>
	</gml:boundedBy>
	<cityObjectMember>
		<bldg:Building gml:id="BLDG_0003000f00246227">
			<gml:name>BLDG_0003000f00246227</gml:name>
			<bldg:roofType/>
			<bldg:boundedBy>
				<bldg:RoofSurface gml:id="GEOM_364069">
					<bldg:lod2MultiSurface>
						<gml:MultiSurface srsName="EPSG:25833" srsDimension="3">
							<gml:surfaceMember>
								<gml:Polygon gml:id="fme-gen-3bfd322a-23ad-11e8-9364-0a3c7cdd5dad">
									<gml:exterior>
										<gml:LinearRing gml:id="fme-gen-3bfd322a-23ad-11e8-9364-0a3c7cdd5dad_0">
											<gml:posList>389018.710037246 5819482.07536612 39.7167057857678 388985.367626435 5819500.93012877 39.7167057857678 388982.148712521 5819495.23787546 44.5244191645524 389015.491123873 5819476.3831131 44.5244191645524 389018.710037246 5819482.07536612 39.7167057857678</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</bldg:lod2MultiSurface>
				</bldg:RoofSurface>
			</bldg:boundedBy>
			<bldg:boundedBy>
				<bldg:RoofSurface gml:id="GEOM_364070">
					<bldg:lod2MultiSurface>
						<gml:MultiSurface srsName="EPSG:25833" srsDimension="3">
							<gml:surfaceMember>
								<gml:Polygon gml:id="fme-gen-3bfd322b-23ad-11e8-9364-0a3c7cdd5dad">
									<gml:exterior>
										<gml:LinearRing gml:id="fme-gen-3bfd322b-23ad-11e8-9364-0a3c7cdd5dad_0">
											<gml:posList>388978.929593713 5819489.54531813 39.7167057857678 389012.272005598 5819470.69055606 39.7167057857678 389015.491123873 5819476.3831131 44.5244191645524 388982.148712521 5819495.23787546 44.5244191645524 388978.929593713 5819489.54531813 39.7167057857678</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</bldg:lod2MultiSurface>
				</bldg:RoofSurface>
			</bldg:boundedBy>
			<bldg:boundedBy>
				<bldg:WallSurface gml:id="GEOM_364064">
					<bldg:lod2MultiSurface>
						<gml:MultiSurface srsName="EPSG:25833" srsDimension="3">
							<gml:surfaceMember>
								<gml:Polygon gml:id="fme-gen-3bfd322c-23ad-11e8-9364-0a3c7cdd5dad">
									<gml:exterior>
										<gml:LinearRing gml:id="fme-gen-3bfd322c-23ad-11e8-9364-0a3c7cdd5dad_0">
											<gml:posList>389018.709850601 5819482.07508932 30.9599990844727 388985.367439796 5819500.92985197 30.9599990844727 388985.367626435 5819500.93012877 39.7167057857678 389018.710037246 5819482.07536612 39.7167057857678 389018.709850601 5819482.07508932 30.9599990844727</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</bldg:lod2MultiSurface>
				</bldg:WallSurface>
			</bldg:boundedBy>
			<bldg:boundedBy>
				<bldg:WallSurface gml:id="GEOM_364065">
					<bldg:lod2MultiSurface>
						<gml:MultiSurface srsName="EPSG:25833" srsDimension="3">
							<gml:surfaceMember>
								<gml:Polygon gml:id="fme-gen-3bfd322d-23ad-11e8-9364-0a3c7cdd5dad">
									<gml:exterior>
										<gml:LinearRing gml:id="fme-gen-3bfd322d-23ad-11e8-9364-0a3c7cdd5dad_0">
											<gml:posList>388978.929407075 5819489.54504133 30.9599990844727 389012.271818954 5819470.69027926 30.9599990844727 389012.272005598 5819470.69055606 39.7167057857678 388978.929593713 5819489.54531813 39.7167057857678 388978.929407075 5819489.54504133 30.9599990844727</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</bldg:lod2MultiSurface>
				</bldg:WallSurface>
			</bldg:boundedBy>
			<bldg:boundedBy>
				<bldg:WallSurface gml:id="GEOM_364066">
					<bldg:lod2MultiSurface>
						<gml:MultiSurface srsName="EPSG:25833" srsDimension="3">
							<gml:surfaceMember>
								<gml:Polygon gml:id="fme-gen-3bfd322e-23ad-11e8-9364-0a3c7cdd5dad">
									<gml:exterior>
										<gml:LinearRing gml:id="fme-gen-3bfd322e-23ad-11e8-9364-0a3c7cdd5dad_0">
											<gml:posList>389012.271818954 5819470.69027926 30.9599990844727 389018.709850601 5819482.07508932 30.9599990844727 389018.710037246 5819482.07536612 39.7167057857678 389015.491123873 5819476.3831131 44.5244191645524 389012.272005598 5819470.69055606 39.7167057857678 389012.271818954 5819470.69027926 30.9599990844727</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</bldg:lod2MultiSurface>
				</bldg:WallSurface>
			</bldg:boundedBy>
			<bldg:boundedBy>
				<bldg:WallSurface gml:id="GEOM_364067">
					<bldg:lod2MultiSurface>
						<gml:MultiSurface srsName="EPSG:25833" srsDimension="3">
							<gml:surfaceMember>
								<gml:Polygon gml:id="fme-gen-3bfd322f-23ad-11e8-9364-0a3c7cdd5dad">
									<gml:exterior>
										<gml:LinearRing gml:id="fme-gen-3bfd322f-23ad-11e8-9364-0a3c7cdd5dad_0">
											<gml:posList>388985.367439796 5819500.92985197 30.9599990844727 388978.929407075 5819489.54504133 30.9599990844727 388978.929593713 5819489.54531813 39.7167057857678 388982.148712521 5819495.23787546 44.5244191645524 388985.367626435 5819500.93012877 39.7167057857678 388985.367439796 5819500.92985197 30.9599990844727</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</bldg:lod2MultiSurface>
				</bldg:WallSurface>
			</bldg:boundedBy>
			<bldg:boundedBy>
				<bldg:GroundSurface gml:id="GEOM_364062">
					<bldg:lod2MultiSurface>
						<gml:MultiSurface srsName="EPSG:25833" srsDimension="3">
							<gml:surfaceMember>
								<gml:Polygon>
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>388978.929407075 5819489.54504133 30.9599990844727 388985.367439796 5819500.92985197 30.9599990844727 389018.709850601 5819482.07508932 30.9599990844727 389012.271818954 5819470.69027926 30.9599990844727 388978.929407075 5819489.54504133 30.9599990844727</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</bldg:lod2MultiSurface>
				</bldg:GroundSurface>
			</bldg:boundedBy>
		</bldg:Building>
	</cityObjectMember>
	<cityObjectMember>
		<bldg:Building gml:id="BLDG_0003000b0071da3f">
			<gml:name>BLDG_0003000b0071da3f</gml:name>
			<bldg:roofType/>
			<bldg:boundedBy>
				<bldg:RoofSurface gml:id="GEOM_361512">
					<bldg:lod2MultiSurface>
						<gml:MultiSurface srsName="EPSG:25833" srsDimension="3">
							<gml:surfaceMember>
								<gml:Polygon gml:id="fme-gen-3bfd3230-23ad-11e8-9364-0a3c7cdd5dad">
									<gml:exterior>
										<gml:LinearRing gml:id="fme-gen-3bfd3230-23ad-11e8-9364-0a3c7cdd5dad_0">
											<gml:posList>388987.999484569 5819453.59273754 36.7352976538216 388998.385654392 5819447.64970642 36.7352976538216 389000.801398807 5819451.87145484 41.5 388990.415229109 5819457.81448603 41.5 388987.999484569 5819453.59273754 36.7352976538216</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</bldg:lod2MultiSurface>
				</bldg:RoofSurface>
			</bldg:boundedBy>
			<bldg:boundedBy>
				<bldg:RoofSurface gml:id="GEOM_361513">
					<bldg:lod2MultiSurface>
						<gml:MultiSurface srsName="EPSG:25833" srsDimension="3">
							<gml:surfaceMember>
								<gml:Polygon gml:id="fme-gen-3bfd3231-23ad-11e8-9364-0a3c7cdd5dad">
									<gml:exterior>
										<gml:LinearRing gml:id="fme-gen-3bfd3231-23ad-11e8-9364-0a3c7cdd5dad_0">
											<gml:posList>389003.216940136 5819456.09290199 36.7352976538216 388992.830770565 5819462.03593325 36.7352976538216 388990.415229109 5819457.81448603 41.5 389000.801398807 5819451.87145484 41.5 389003.216940136 5819456.09290199 36.7352976538216</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</bldg:lod2MultiSurface>
				</bldg:RoofSurface>
			</bldg:boundedBy>
			<bldg:boundedBy>
				<bldg:WallSurface gml:id="GEOM_361507">
					<bldg:lod2MultiSurface>
						<gml:MultiSurface srsName="EPSG:25833" srsDimension="3">
							<gml:surfaceMember>
								<gml:Polygon gml:id="fme-gen-3bfd3232-23ad-11e8-9364-0a3c7cdd5dad">
									<gml:exterior>
										<gml:LinearRing gml:id="fme-gen-3bfd3232-23ad-11e8-9364-0a3c7cdd5dad_0">
											<gml:posList>388987.999404103 5819453.59261821 32.9599990844727 388998.385573924 5819447.64958708 32.9599990844727 388998.385654392 5819447.64970642 36.7352976538216 388987.999484569 5819453.59273754 36.7352976538216 388987.999404103 5819453.59261821 32.9599990844727</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</bldg:lod2MultiSurface>
				</bldg:WallSurface>
			</bldg:boundedBy>
			<bldg:boundedBy>
				<bldg:WallSurface gml:id="GEOM_361508">
					<bldg:lod2MultiSurface>
						<gml:MultiSurface srsName="EPSG:25833" srsDimension="3">
							<gml:surfaceMember>
								<gml:Polygon gml:id="fme-gen-3bfd3233-23ad-11e8-9364-0a3c7cdd5dad">
									<gml:exterior>
										<gml:LinearRing gml:id="fme-gen-3bfd3233-23ad-11e8-9364-0a3c7cdd5dad_0">
											<gml:posList>389003.216859668 5819456.09278266 32.9599990844727 388992.830690098 5819462.03581391 32.9599990844727 388992.830770565 5819462.03593325 36.7352976538216 389003.216940136 5819456.09290199 36.7352976538216 389003.216859668 5819456.09278266 32.9599990844727</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</bldg:lod2MultiSurface>
				</bldg:WallSurface>
			</bldg:boundedBy>
			<bldg:boundedBy>
				<bldg:WallSurface gml:id="GEOM_361509">
					<bldg:lod2MultiSurface>
						<gml:MultiSurface srsName="EPSG:25833" srsDimension="3">
							<gml:surfaceMember>
								<gml:Polygon gml:id="fme-gen-3bfd3234-23ad-11e8-9364-0a3c7cdd5dad">
									<gml:exterior>
										<gml:LinearRing gml:id="fme-gen-3bfd3234-23ad-11e8-9364-0a3c7cdd5dad_0">
											<gml:posList>388992.830690098 5819462.03581391 32.9599990844727 388987.999404103 5819453.59261821 32.9599990844727 388987.999484569 5819453.59273754 36.7352976538216 388990.415229109 5819457.81448603 41.5 388992.830770565 5819462.03593325 36.7352976538216 388992.830690098 5819462.03581391 32.9599990844727</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</bldg:lod2MultiSurface>
				</bldg:WallSurface>
			</bldg:boundedBy>
			<bldg:boundedBy>
				<bldg:WallSurface gml:id="GEOM_361510">
					<bldg:lod2MultiSurface>
						<gml:MultiSurface srsName="EPSG:25833" srsDimension="3">
							<gml:surfaceMember>
								<gml:Polygon gml:id="fme-gen-3bfd3235-23ad-11e8-9364-0a3c7cdd5dad">
									<gml:exterior>
										<gml:LinearRing gml:id="fme-gen-3bfd3235-23ad-11e8-9364-0a3c7cdd5dad_0">
											<gml:posList>388998.385573924 5819447.64958708 32.9599990844727 389003.216859668 5819456.09278266 32.9599990844727 389003.216940136 5819456.09290199 36.7352976538216 389000.801398807 5819451.87145484 41.5 388998.385654392 5819447.64970642 36.7352976538216 388998.385573924 5819447.64958708 32.9599990844727</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</bldg:lod2MultiSurface>
				</bldg:WallSurface>
			</bldg:boundedBy>
			<bldg:boundedBy>
				<bldg:GroundSurface gml:id="GEOM_361505">
					<bldg:lod2MultiSurface>
						<gml:MultiSurface srsName="EPSG:25833" srsDimension="3">
							<gml:surfaceMember>
								<gml:Polygon>
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>389003.216859668 5819456.09278266 32.9599990844727 388998.385573924 5819447.64958708 32.9599990844727 388987.999404103 5819453.59261821 32.9599990844727 388992.830690098 5819462.03581391 32.9599990844727 389003.216859668 5819456.09278266 32.9599990844727</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</bldg:lod2MultiSurface>
				</bldg:GroundSurface>
			</bldg:boundedBy>
		</bldg:Building>
	</cityObjectMember>
	<cityObjectMember>
		<bldg:Building gml:id="BLDG_0003000b0071da45">
			<gml:name>BLDG_0003000b0071da45</gml:name>
			<bldg:roofType/>
			<bldg:boundedBy>
				<bldg:WallSurface gml:id="GEOM_361541">
					<bldg:lod2MultiSurface>
						<gml:MultiSurface srsName="EPSG:25833" srsDimension="3">
							<gml:surfaceMember>
								<gml:Polygon gml:id="fme-gen-3bfd3236-23ad-11e8-9364-0a3c7cdd5dad">
									<gml:exterior>
										<gml:LinearRing gml:id="fme-gen-3bfd3236-23ad-11e8-9364-0a3c7cdd5dad_0">
											<gml:posList>388959.388876979 5819469.69664163 32.8699989318848 388969.182603065 5819487.44594967 32.8699989318848 388969.182722702 5819487.4461271 38.4831933593677 388959.388996615 5819469.69681906 38.4831933593677 388959.388876979 5819469.69664163 32.8699989318848</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</bldg:lod2MultiSurface>
				</bldg:WallSurface>
			</bldg:boundedBy>
			<bldg:boundedBy>
				<bldg:WallSurface gml:id="GEOM_361542">
					<bldg:lod2MultiSurface>
						<gml:MultiSurface srsName="EPSG:25833" srsDimension="3">
							<gml:surfaceMember>
								<gml:Polygon gml:id="fme-gen-3bfd3237-23ad-11e8-9364-0a3c7cdd5dad">
									<gml:exterior>
										<gml:LinearRing gml:id="fme-gen-3bfd3237-23ad-11e8-9364-0a3c7cdd5dad_0">
											<gml:posList>388969.182603065 5819487.44594967 32.8699989318848 388960.808013531 5819492.066852 32.8699989318848 388960.808133167 5819492.06702944 38.4831933593677 388969.182722702 5819487.4461271 38.4831933593677 388969.182603065 5819487.44594967 32.8699989318848</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</bldg:lod2MultiSurface>
				</bldg:WallSurface>
			</bldg:boundedBy>
			<bldg:boundedBy>
				<bldg:WallSurface gml:id="GEOM_361543">
					<bldg:lod2MultiSurface>
						<gml:MultiSurface srsName="EPSG:25833" srsDimension="3">
							<gml:surfaceMember>
								<gml:Polygon gml:id="fme-gen-3bfd3238-23ad-11e8-9364-0a3c7cdd5dad">
									<gml:exterior>
										<gml:LinearRing gml:id="fme-gen-3bfd3238-23ad-11e8-9364-0a3c7cdd5dad_0">
											<gml:posList>388960.808013531 5819492.066852 32.8699989318848 388951.014287034 5819474.31754373 32.8699989318848 388951.014406669 5819474.31772116 38.4831933593677 388960.808133167 5819492.06702944 38.4831933593677 388960.808013531 5819492.066852 32.8699989318848</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</bldg:lod2MultiSurface>
				</bldg:WallSurface>
			</bldg:boundedBy>
			<bldg:boundedBy>
				<bldg:WallSurface gml:id="GEOM_361544">
					<bldg:lod2MultiSurface>
						<gml:MultiSurface srsName="EPSG:25833" srsDimension="3">
							<gml:surfaceMember>
								<gml:Polygon gml:id="fme-gen-3bfd3239-23ad-11e8-9364-0a3c7cdd5dad">
									<gml:exterior>
										<gml:LinearRing gml:id="fme-gen-3bfd3239-23ad-11e8-9364-0a3c7cdd5dad_0">
											<gml:posList>388951.014287034 5819474.31754373 32.8699989318848 388959.388876979 5819469.69664163 32.8699989318848 388959.388996615 5819469.69681906 38.4831933593677 388951.014406669 5819474.31772116 38.4831933593677 388951.014287034 5819474.31754373 32.8699989318848</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</bldg:lod2MultiSurface>
				</bldg:WallSurface>
			</bldg:boundedBy>
			<bldg:boundedBy>
				<bldg:RoofSurface gml:id="GEOM_361546">
					<bldg:lod2MultiSurface>
						<gml:MultiSurface srsName="EPSG:25833" srsDimension="3">
							<gml:surfaceMember>
								<gml:Polygon gml:id="fme-gen-3bfd323a-23ad-11e8-9364-0a3c7cdd5dad">
									<gml:exterior>
										<gml:LinearRing gml:id="fme-gen-3bfd323a-23ad-11e8-9364-0a3c7cdd5dad_0">
											<gml:posList>388959.388996615 5819469.69681906 38.4831933593677 388969.182722702 5819487.4461271 38.4831933593677 388962.685084021 5819485.56947148 43.9059093423369 388957.51227666 5819476.19471982 43.9059093423369 388959.388996615 5819469.69681906 38.4831933593677</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</bldg:lod2MultiSurface>
				</bldg:RoofSurface>
			</bldg:boundedBy>
			<bldg:boundedBy>
				<bldg:RoofSurface gml:id="GEOM_361547">
					<bldg:lod2MultiSurface>
						<gml:MultiSurface srsName="EPSG:25833" srsDimension="3">
							<gml:surfaceMember>
								<gml:Polygon gml:id="fme-gen-3bfd323b-23ad-11e8-9364-0a3c7cdd5dad">
									<gml:exterior>
										<gml:LinearRing gml:id="fme-gen-3bfd323b-23ad-11e8-9364-0a3c7cdd5dad_0">
											<gml:posList>388969.182722702 5819487.4461271 38.4831933593677 388960.808133167 5819492.06702944 38.4831933593677 388962.685084021 5819485.56947148 43.9059093423369 388969.182722702 5819487.4461271 38.4831933593677</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</bldg:lod2MultiSurface>
				</bldg:RoofSurface>
			</bldg:boundedBy>
			<bldg:boundedBy>
				<bldg:RoofSurface gml:id="GEOM_361548">
					<bldg:lod2MultiSurface>
						<gml:MultiSurface srsName="EPSG:25833" srsDimension="3">
							<gml:surfaceMember>
								<gml:Polygon gml:id="fme-gen-3bfd323c-23ad-11e8-9364-0a3c7cdd5dad">
									<gml:exterior>
										<gml:LinearRing gml:id="fme-gen-3bfd323c-23ad-11e8-9364-0a3c7cdd5dad_0">
											<gml:posList>388960.808133167 5819492.06702944 38.4831933593677 388951.014406669 5819474.31772116 38.4831933593677 388957.51227666 5819476.19471982 43.9059093423369 388962.685084021 5819485.56947148 43.9059093423369 388960.808133167 5819492.06702944 38.4831933593677</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</bldg:lod2MultiSurface>
				</bldg:RoofSurface>
			</bldg:boundedBy>
			<bldg:boundedBy>
				<bldg:RoofSurface gml:id="GEOM_361549">
					<bldg:lod2MultiSurface>
						<gml:MultiSurface srsName="EPSG:25833" srsDimension="3">
							<gml:surfaceMember>
								<gml:Polygon gml:id="fme-gen-3bfd323d-23ad-11e8-9364-0a3c7cdd5dad">
									<gml:exterior>
										<gml:LinearRing gml:id="fme-gen-3bfd323d-23ad-11e8-9364-0a3c7cdd5dad_0">
											<gml:posList>388951.014406669 5819474.31772116 38.4831933593677 388959.388996615 5819469.69681906 38.4831933593677 388957.51227666 5819476.19471982 43.9059093423369 388951.014406669 5819474.31772116 38.4831933593677</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</bldg:lod2MultiSurface>
				</bldg:RoofSurface>
			</bldg:boundedBy>
			<bldg:boundedBy>
				<bldg:GroundSurface gml:id="GEOM_361539">
					<bldg:lod2MultiSurface>
						<gml:MultiSurface srsName="EPSG:25833" srsDimension="3">
							<gml:surfaceMember>
								<gml:Polygon>
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>388951.014287034 5819474.31754373 32.8699989318848 388960.808013531 5819492.066852 32.8699989318848 388969.182603065 5819487.44594967 32.8699989318848 388959.388876979 5819469.69664163 32.8699989318848 388951.014287034 5819474.31754373 32.8699989318848</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</bldg:lod2MultiSurface>
				</bldg:GroundSurface>
			</bldg:boundedBy>
		</bldg:Building>
	</cityObjectMember>
	<app:appearanceMember>
		<app:Appearance gml:id="fme-gen-3bfd323e-23ad-11e8-9364-0a3c7cdd5dad">
			<app:theme>rgbTexture</app:theme>
			<app:surfaceDataMember>
				<app:X3DMaterial gml:id="fme-gen-3bfd323f-23ad-11e8-9364-0a3c7cdd5dad">
					<app:diffuseColor>1 1 1</app:diffuseColor>
					<app:target>#fme-gen-3bfd3235-23ad-11e8-9364-0a3c7cdd5dad</app:target>
				</app:X3DMaterial>
			</app:surfaceDataMember>
			<app:surfaceDataMember>
				<app:X3DMaterial gml:id="fme-gen-3bfd3240-23ad-11e8-9364-0a3c7cdd5dad">
					<app:diffuseColor>1 1 1</app:diffuseColor>
					<app:target>#fme-gen-3bfd322c-23ad-11e8-9364-0a3c7cdd5dad</app:target>
				</app:X3DMaterial>
			</app:surfaceDataMember>
			<app:surfaceDataMember>
				<app:X3DMaterial gml:id="fme-gen-3bfd3241-23ad-11e8-9364-0a3c7cdd5dad">
					<app:diffuseColor>1 1 1</app:diffuseColor>
					<app:target>#fme-gen-3bfd323b-23ad-11e8-9364-0a3c7cdd5dad</app:target>
				</app:X3DMaterial>
			</app:surfaceDataMember>
			<app:surfaceDataMember>
				<app:X3DMaterial gml:id="fme-gen-3bfd3242-23ad-11e8-9364-0a3c7cdd5dad">
					<app:diffuseColor>1 1 1</app:diffuseColor>
					<app:target>#fme-gen-3bfd322f-23ad-11e8-9364-0a3c7cdd5dad</app:target>
				</app:X3DMaterial>
			</app:surfaceDataMember>
			<app:surfaceDataMember>
				<app:X3DMaterial gml:id="fme-gen-3bfd3243-23ad-11e8-9364-0a3c7cdd5dad">
					<app:diffuseColor>1 1 1</app:diffuseColor>
					<app:target>#fme-gen-3bfd3233-23ad-11e8-9364-0a3c7cdd5dad</app:target>
				</app:X3DMaterial>
			</app:surfaceDataMember>
			<app:surfaceDataMember>
				<app:X3DMaterial gml:id="fme-gen-3bfd3244-23ad-11e8-9364-0a3c7cdd5dad">
					<app:diffuseColor>1 1 1</app:diffuseColor>
					<app:target>#fme-gen-3bfd323d-23ad-11e8-9364-0a3c7cdd5dad</app:target>
				</app:X3DMaterial>
			</app:surfaceDataMember>
			<app:surfaceDataMember>
				<app:X3DMaterial gml:id="fme-gen-3bfd3245-23ad-11e8-9364-0a3c7cdd5dad">
					<app:diffuseColor>1 1 1</app:diffuseColor>
					<app:target>#fme-gen-3bfd3230-23ad-11e8-9364-0a3c7cdd5dad</app:target>
				</app:X3DMaterial>
			</app:surfaceDataMember>
			<app:surfaceDataMember>
				<app:X3DMaterial gml:id="fme-gen-3bfd3246-23ad-11e8-9364-0a3c7cdd5dad">
					<app:diffuseColor>1 1 1</app:diffuseColor>
					<app:target>#fme-gen-3bfd322e-23ad-11e8-9364-0a3c7cdd5dad</app:target>
				</app:X3DMaterial>
			</app:surfaceDataMember>
			<app:surfaceDataMember>
				<app:X3DMaterial gml:id="fme-gen-3bfd3247-23ad-11e8-9364-0a3c7cdd5dad">
					<app:diffuseColor>1 1 1</app:diffuseColor>
					<app:target>#fme-gen-3bfd3238-23ad-11e8-9364-0a3c7cdd5dad</app:target>
				</app:X3DMaterial>
			</app:surfaceDataMember>
			<app:surfaceDataMember>
				<app:X3DMaterial gml:id="fme-gen-3bfd3248-23ad-11e8-9364-0a3c7cdd5dad">
					<app:diffuseColor>1 1 1</app:diffuseColor>
					<app:target>#fme-gen-3bfd323c-23ad-11e8-9364-0a3c7cdd5dad</app:target>
				</app:X3DMaterial>
			</app:surfaceDataMember>
			<app:surfaceDataMember>
				<app:X3DMaterial gml:id="fme-gen-3bfd3249-23ad-11e8-9364-0a3c7cdd5dad">
					<app:diffuseColor>1 1 1</app:diffuseColor>
					<app:target>#fme-gen-3bfd322b-23ad-11e8-9364-0a3c7cdd5dad</app:target>
				</app:X3DMaterial>
			</app:surfaceDataMember>
			<app:surfaceDataMember>
				<app:X3DMaterial gml:id="fme-gen-3bfd324a-23ad-11e8-9364-0a3c7cdd5dad">
					<app:diffuseColor>1 1 1</app:diffuseColor>
					<app:target>#fme-gen-3bfd322d-23ad-11e8-9364-0a3c7cdd5dad</app:target>
				</app:X3DMaterial>
			</app:surfaceDataMember>
			<app:surfaceDataMember>
				<app:X3DMaterial gml:id="fme-gen-3bfd324b-23ad-11e8-9364-0a3c7cdd5dad">
					<app:diffuseColor>1 1 1</app:diffuseColor>
					<app:target>#fme-gen-3bfd3231-23ad-11e8-9364-0a3c7cdd5dad</app:target>
				</app:X3DMaterial>
			</app:surfaceDataMember>
			<app:surfaceDataMember>
				<app:X3DMaterial gml:id="fme-gen-3bfd324c-23ad-11e8-9364-0a3c7cdd5dad">
					<app:diffuseColor>1 1 1</app:diffuseColor>
					<app:target>#fme-gen-3bfd322a-23ad-11e8-9364-0a3c7cdd5dad</app:target>
				</app:X3DMaterial>
			</app:surfaceDataMember>
			<app:surfaceDataMember>
				<app:X3DMaterial gml:id="fme-gen-3bfd324d-23ad-11e8-9364-0a3c7cdd5dad">
					<app:diffuseColor>1 1 1</app:diffuseColor>
					<app:target>#fme-gen-3bfd3239-23ad-11e8-9364-0a3c7cdd5dad</app:target>
				</app:X3DMaterial>
			</app:surfaceDataMember>
			<app:surfaceDataMember>
				<app:X3DMaterial gml:id="fme-gen-3bfd324e-23ad-11e8-9364-0a3c7cdd5dad">
					<app:diffuseColor>1 1 1</app:diffuseColor>
					<app:target>#fme-gen-3bfd323a-23ad-11e8-9364-0a3c7cdd5dad</app:target>
				</app:X3DMaterial>
			</app:surfaceDataMember>
			<app:surfaceDataMember>
				<app:X3DMaterial gml:id="fme-gen-3bfd324f-23ad-11e8-9364-0a3c7cdd5dad">
					<app:diffuseColor>1 1 1</app:diffuseColor>
					<app:target>#fme-gen-3bfd3234-23ad-11e8-9364-0a3c7cdd5dad</app:target>
				</app:X3DMaterial>
			</app:surfaceDataMember>
			<app:surfaceDataMember>
				<app:X3DMaterial gml:id="fme-gen-3bfd3250-23ad-11e8-9364-0a3c7cdd5dad">
					<app:diffuseColor>1 1 1</app:diffuseColor>
					<app:target>#fme-gen-3bfd3236-23ad-11e8-9364-0a3c7cdd5dad</app:target>
				</app:X3DMaterial>
			</app:surfaceDataMember>
			<app:surfaceDataMember>
				<app:X3DMaterial gml:id="fme-gen-3bfd3251-23ad-11e8-9364-0a3c7cdd5dad">
					<app:diffuseColor>1 1 1</app:diffuseColor>
					<app:target>#fme-gen-3bfd3237-23ad-11e8-9364-0a3c7cdd5dad</app:target>
				</app:X3DMaterial>
			</app:surfaceDataMember>
			<app:surfaceDataMember>
				<app:X3DMaterial gml:id="fme-gen-3bfd3252-23ad-11e8-9364-0a3c7cdd5dad">
					<app:diffuseColor>1 1 1</app:diffuseColor>
					<app:target>#fme-gen-3bfd3232-23ad-11e8-9364-0a3c7cdd5dad</app:target>
				</app:X3DMaterial>
			</app:surfaceDataMember>
			<app:surfaceDataMember>
				<app:ParameterizedTexture gml:id="fme-gen-3bfd3253-23ad-11e8-9364-0a3c7cdd5dad">
					<app:imageURI>3880_5819_appearance/tex408.jpg</app:imageURI>
					<app:mimeType>image/jpg</app:mimeType>
					<app:target uri="#fme-gen-3bfd323d-23ad-11e8-9364-0a3c7cdd5dad">
						<app:TexCoordList>
							<app:textureCoordinates ring="#fme-gen-3bfd323d-23ad-11e8-9364-0a3c7cdd5dad_0">0.009383 0.940825 0.99778 0.008506 0.819183 0.99206 0.009383 0.940825</app:textureCoordinates>
						</app:TexCoordList>
					</app:target>
				</app:ParameterizedTexture>
			</app:surfaceDataMember>
			<app:surfaceDataMember>
				<app:ParameterizedTexture gml:id="fme-gen-3bfd3254-23ad-11e8-9364-0a3c7cdd5dad">
					<app:imageURI>3880_5819_appearance/tex415.jpg</app:imageURI>
					<app:mimeType>image/jpg</app:mimeType>
					<app:target uri="#fme-gen-3bfd322f-23ad-11e8-9364-0a3c7cdd5dad">
						<app:TexCoordList>
							<app:textureCoordinates ring="#fme-gen-3bfd322f-23ad-11e8-9364-0a3c7cdd5dad_0">0.74443 0.995107 0.001964 0.372194 0.244254 0.002353 0.758276 0.112841 0.995945 0.63299 0.74443 0.995107</app:textureCoordinates>
						</app:TexCoordList>
					</app:target>
				</app:ParameterizedTexture>
			</app:surfaceDataMember>
			<app:surfaceDataMember>
				<app:ParameterizedTexture gml:id="fme-gen-3bfd3255-23ad-11e8-9364-0a3c7cdd5dad">
					<app:imageURI>3880_5819_appearance/tex417.jpg</app:imageURI>
					<app:mimeType>image/jpg</app:mimeType>
					<app:target uri="#fme-gen-3bfd322d-23ad-11e8-9364-0a3c7cdd5dad">
						<app:TexCoordList>
							<app:textureCoordinates ring="#fme-gen-3bfd322d-23ad-11e8-9364-0a3c7cdd5dad_0">0.000762 0.803839 0.901843 0.001521 0.998036 0.187029 0.085115 0.999852 0.000762 0.803839</app:textureCoordinates>
						</app:TexCoordList>
					</app:target>
				</app:ParameterizedTexture>
			</app:surfaceDataMember>
			<app:surfaceDataMember>
				<app:ParameterizedTexture gml:id="fme-gen-3bfd3256-23ad-11e8-9364-0a3c7cdd5dad">
					<app:imageURI>3880_5819_appearance/tex405.jpg</app:imageURI>
					<app:mimeType>image/jpg</app:mimeType>
					<app:target uri="#fme-gen-3bfd323a-23ad-11e8-9364-0a3c7cdd5dad">
						<app:TexCoordList>
							<app:textureCoordinates ring="#fme-gen-3bfd323a-23ad-11e8-9364-0a3c7cdd5dad_0">0.102185 0.003215 0.998869 0.995665 0.478066 0.903489 0.000569 0.374989 0.102185 0.003215</app:textureCoordinates>
						</app:TexCoordList>
					</app:target>
				</app:ParameterizedTexture>
			</app:surfaceDataMember>
			<app:surfaceDataMember>
				<app:ParameterizedTexture gml:id="fme-gen-3bfd3257-23ad-11e8-9364-0a3c7cdd5dad">
					<app:imageURI>3880_5819_appearance/tex422.jpg</app:imageURI>
					<app:mimeType>image/jpg</app:mimeType>
					<app:target uri="#fme-gen-3bfd3234-23ad-11e8-9364-0a3c7cdd5dad">
						<app:TexCoordList>
							<app:textureCoordinates ring="#fme-gen-3bfd3234-23ad-11e8-9364-0a3c7cdd5dad_0">0.193264 0.005576 0.990715 0.82263 0.804714 0.995029 0.163563 0.801765 0.003021 0.173623 0.193264 0.005576</app:textureCoordinates>
						</app:TexCoordList>
					</app:target>
				</app:ParameterizedTexture>
			</app:surfaceDataMember>
			<app:surfaceDataMember>
				<app:ParameterizedTexture gml:id="fme-gen-3bfd3258-23ad-11e8-9364-0a3c7cdd5dad">
					<app:imageURI>3880_5819_appearance/tex424.jpg</app:imageURI>
					<app:mimeType>image/jpg</app:mimeType>
					<app:target uri="#fme-gen-3bfd3235-23ad-11e8-9364-0a3c7cdd5dad">
						<app:TexCoordList>
							<app:textureCoordinates ring="#fme-gen-3bfd3235-23ad-11e8-9364-0a3c7cdd5dad_0">0.184909 0.005437 0.992918 0.768223 0.819816 0.99508 0.189364 0.898773 0.007261 0.228002 0.184909 0.005437</app:textureCoordinates>
						</app:TexCoordList>
					</app:target>
				</app:ParameterizedTexture>
			</app:surfaceDataMember>
			<app:surfaceDataMember>
				<app:ParameterizedTexture gml:id="fme-gen-3bfd3259-23ad-11e8-9364-0a3c7cdd5dad">
					<app:imageURI>3880_5819_appearance/tex411.jpg</app:imageURI>
					<app:mimeType>image/jpg</app:mimeType>
					<app:target uri="#fme-gen-3bfd3239-23ad-11e8-9364-0a3c7cdd5dad">
						<app:TexCoordList>
							<app:textureCoordinates ring="#fme-gen-3bfd3239-23ad-11e8-9364-0a3c7cdd5dad_0">0.994513 0.172256 0.262129 0.998787 0.002205 0.835572 0.740488 0.00216 0.994513 0.172256</app:textureCoordinates>
						</app:TexCoordList>
					</app:target>
				</app:ParameterizedTexture>
			</app:surfaceDataMember>
			<app:surfaceDataMember>
				<app:ParameterizedTexture gml:id="fme-gen-3bfd325a-23ad-11e8-9364-0a3c7cdd5dad">
					<app:imageURI>3880_5819_appearance/tex407.jpg</app:imageURI>
					<app:mimeType>image/jpg</app:mimeType>
					<app:target uri="#fme-gen-3bfd323c-23ad-11e8-9364-0a3c7cdd5dad">
						<app:TexCoordList>
							<app:textureCoordinates ring="#fme-gen-3bfd323c-23ad-11e8-9364-0a3c7cdd5dad_0">0.951181 0.998759 0.00563 0.001563 0.491509 0.021023 0.995051 0.552063 0.951181 0.998759</app:textureCoordinates>
						</app:TexCoordList>
					</app:target>
				</app:ParameterizedTexture>
			</app:surfaceDataMember>
			<app:surfaceDataMember>
				<app:ParameterizedTexture gml:id="fme-gen-3bfd325b-23ad-11e8-9364-0a3c7cdd5dad">
					<app:imageURI>3880_5819_appearance/tex419.jpg</app:imageURI>
					<app:mimeType>image/jpg</app:mimeType>
					<app:target uri="#fme-gen-3bfd3230-23ad-11e8-9364-0a3c7cdd5dad">
						<app:TexCoordList>
							<app:textureCoordinates ring="#fme-gen-3bfd3230-23ad-11e8-9364-0a3c7cdd5dad_0">0.002642 0.699648 0.766517 0.004717 0.999977 0.295376 0.23058 0.995309 0.002642 0.699648</app:textureCoordinates>
						</app:TexCoordList>
					</app:target>
				</app:ParameterizedTexture>
			</app:surfaceDataMember>
			<app:surfaceDataMember>
				<app:ParameterizedTexture gml:id="fme-gen-3bfd325c-23ad-11e8-9364-0a3c7cdd5dad">
					<app:imageURI>3880_5819_appearance/tex410.jpg</app:imageURI>
					<app:mimeType>image/jpg</app:mimeType>
					<app:target uri="#fme-gen-3bfd3238-23ad-11e8-9364-0a3c7cdd5dad">
						<app:TexCoordList>
							<app:textureCoordinates ring="#fme-gen-3bfd3238-23ad-11e8-9364-0a3c7cdd5dad_0">0.88721 0.997248 0.005327 0.200217 0.109553 0.002969 0.998445 0.806325 0.88721 0.997248</app:textureCoordinates>
						</app:TexCoordList>
					</app:target>
				</app:ParameterizedTexture>
			</app:surfaceDataMember>
			<app:surfaceDataMember>
				<app:ParameterizedTexture gml:id="fme-gen-3bfd325d-23ad-11e8-9364-0a3c7cdd5dad">
					<app:imageURI>3880_5819_appearance/tex414.jpg</app:imageURI>
					<app:mimeType>image/jpg</app:mimeType>
					<app:target uri="#fme-gen-3bfd322b-23ad-11e8-9364-0a3c7cdd5dad">
						<app:TexCoordList>
							<app:textureCoordinates ring="#fme-gen-3bfd322b-23ad-11e8-9364-0a3c7cdd5dad_0">0.000964 0.830388 0.882429 0.002678 0.99912 0.164567 0.11119 0.998313 0.000964 0.830388</app:textureCoordinates>
						</app:TexCoordList>
					</app:target>
				</app:ParameterizedTexture>
			</app:surfaceDataMember>
			<app:surfaceDataMember>
				<app:ParameterizedTexture gml:id="fme-gen-3bfd325e-23ad-11e8-9364-0a3c7cdd5dad">
					<app:imageURI>3880_5819_appearance/tex412.jpg</app:imageURI>
					<app:mimeType>image/jpg</app:mimeType>
					<app:target uri="#fme-gen-3bfd3236-23ad-11e8-9364-0a3c7cdd5dad">
						<app:TexCoordList>
							<app:textureCoordinates ring="#fme-gen-3bfd3236-23ad-11e8-9364-0a3c7cdd5dad_0">0.158305 0.003542 0.996704 0.81425 0.849118 0.999849 0.003696 0.18234 0.158305 0.003542</app:textureCoordinates>
						</app:TexCoordList>
					</app:target>
				</app:ParameterizedTexture>
			</app:surfaceDataMember>
			<app:surfaceDataMember>
				<app:ParameterizedTexture gml:id="fme-gen-3bfd325f-23ad-11e8-9364-0a3c7cdd5dad">
					<app:imageURI>3880_5819_appearance/tex406.jpg</app:imageURI>
					<app:mimeType>image/jpg</app:mimeType>
					<app:target uri="#fme-gen-3bfd323b-23ad-11e8-9364-0a3c7cdd5dad">
						<app:TexCoordList>
							<app:textureCoordinates ring="#fme-gen-3bfd323b-23ad-11e8-9364-0a3c7cdd5dad_0">0.998012 0.213767 0.009544 0.997254 0.082661 0.008821 0.998012 0.213767</app:textureCoordinates>
						</app:TexCoordList>
					</app:target>
				</app:ParameterizedTexture>
			</app:surfaceDataMember>
			<app:surfaceDataMember>
				<app:ParameterizedTexture gml:id="fme-gen-3bfd3260-23ad-11e8-9364-0a3c7cdd5dad">
					<app:imageURI>3880_5819_appearance/tex423.jpg</app:imageURI>
					<app:mimeType>image/jpg</app:mimeType>
					<app:target uri="#fme-gen-3bfd3232-23ad-11e8-9364-0a3c7cdd5dad">
						<app:TexCoordList>
							<app:textureCoordinates ring="#fme-gen-3bfd3232-23ad-11e8-9364-0a3c7cdd5dad_0">0.00243 0.764768 0.877095 0.003455 0.996962 0.231555 0.117365 0.997148 0.00243 0.764768</app:textureCoordinates>
						</app:TexCoordList>
					</app:target>
				</app:ParameterizedTexture>
			</app:surfaceDataMember>
			<app:surfaceDataMember>
				<app:ParameterizedTexture gml:id="fme-gen-3bfd3261-23ad-11e8-9364-0a3c7cdd5dad">
					<app:imageURI>3880_5819_appearance/tex409.jpg</app:imageURI>
					<app:mimeType>image/jpg</app:mimeType>
					<app:target uri="#fme-gen-3bfd3237-23ad-11e8-9364-0a3c7cdd5dad">
						<app:TexCoordList>
							<app:textureCoordinates ring="#fme-gen-3bfd3237-23ad-11e8-9364-0a3c7cdd5dad_0">0.865112 0.998611 0.001486 0.382607 0.130052 0.001263 0.99825 0.617721 0.865112 0.998611</app:textureCoordinates>
						</app:TexCoordList>
					</app:target>
				</app:ParameterizedTexture>
			</app:surfaceDataMember>
			<app:surfaceDataMember>
				<app:ParameterizedTexture gml:id="fme-gen-3bfd3262-23ad-11e8-9364-0a3c7cdd5dad">
					<app:imageURI>3880_5819_appearance/tex416.jpg</app:imageURI>
					<app:mimeType>image/jpg</app:mimeType>
					<app:target uri="#fme-gen-3bfd322c-23ad-11e8-9364-0a3c7cdd5dad">
						<app:TexCoordList>
							<app:textureCoordinates ring="#fme-gen-3bfd322c-23ad-11e8-9364-0a3c7cdd5dad_0">0.983978 0.187979 0.002197 0.999942 0.004773 0.823502 0.998761 0.00143 0.983978 0.187979</app:textureCoordinates>
						</app:TexCoordList>
					</app:target>
				</app:ParameterizedTexture>
			</app:surfaceDataMember>
			<app:surfaceDataMember>
				<app:ParameterizedTexture gml:id="fme-gen-3bfd3263-23ad-11e8-9364-0a3c7cdd5dad">
					<app:imageURI>3880_5819_appearance/tex420.jpg</app:imageURI>
					<app:mimeType>image/jpg</app:mimeType>
					<app:target uri="#fme-gen-3bfd3231-23ad-11e8-9364-0a3c7cdd5dad">
						<app:TexCoordList>
							<app:textureCoordinates ring="#fme-gen-3bfd3231-23ad-11e8-9364-0a3c7cdd5dad_0">0.995867 0.387969 0.250824 0.997142 0.002665 0.619265 0.753064 0.005687 0.995867 0.387969</app:textureCoordinates>
						</app:TexCoordList>
					</app:target>
				</app:ParameterizedTexture>
			</app:surfaceDataMember>
			<app:surfaceDataMember>
				<app:ParameterizedTexture gml:id="fme-gen-3bfd3264-23ad-11e8-9364-0a3c7cdd5dad">
					<app:imageURI>3880_5819_appearance/tex413.jpg</app:imageURI>
					<app:mimeType>image/jpg</app:mimeType>
					<app:target uri="#fme-gen-3bfd322a-23ad-11e8-9364-0a3c7cdd5dad">
						<app:TexCoordList>
							<app:textureCoordinates ring="#fme-gen-3bfd322a-23ad-11e8-9364-0a3c7cdd5dad_0">0.99844 0.200009 0.120902 0.998991 0.000328 0.806371 0.884259 0.001528 0.99844 0.200009</app:textureCoordinates>
						</app:TexCoordList>
					</app:target>
				</app:ParameterizedTexture>
			</app:surfaceDataMember>
			<app:surfaceDataMember>
				<app:ParameterizedTexture gml:id="fme-gen-3bfd3265-23ad-11e8-9364-0a3c7cdd5dad">
					<app:imageURI>3880_5819_appearance/tex418.jpg</app:imageURI>
					<app:mimeType>image/jpg</app:mimeType>
					<app:target uri="#fme-gen-3bfd322e-23ad-11e8-9364-0a3c7cdd5dad">
						<app:TexCoordList>
							<app:textureCoordinates ring="#fme-gen-3bfd322e-23ad-11e8-9364-0a3c7cdd5dad_0">0.264661 0.000824 0.99781 0.647659 0.746754 0.998914 0.232034 0.865669 0.004012 0.343596 0.264661 0.000824</app:textureCoordinates>
						</app:TexCoordList>
					</app:target>
				</app:ParameterizedTexture>
			</app:surfaceDataMember>
			<app:surfaceDataMember>
				<app:ParameterizedTexture gml:id="fme-gen-3bfd3266-23ad-11e8-9364-0a3c7cdd5dad">
					<app:imageURI>3880_5819_appearance/tex421.jpg</app:imageURI>
					<app:mimeType>image/jpg</app:mimeType>
					<app:target uri="#fme-gen-3bfd3233-23ad-11e8-9364-0a3c7cdd5dad">
						<app:TexCoordList>
							<app:textureCoordinates ring="#fme-gen-3bfd3233-23ad-11e8-9364-0a3c7cdd5dad_0">0.91465 0.997951 0.000015 0.244535 0.081169 0.003105 0.999183 0.756995 0.91465 0.997951</app:textureCoordinates>
						</app:TexCoordList>
					</app:target>
				</app:ParameterizedTexture>
			</app:surfaceDataMember>
		</app:Appearance>
	</app:appearanceMember>
</CityModel>