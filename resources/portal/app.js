/* Bürgerportal: geplante Gebäude in 3D (three.js + 3DTilesRendererJS, alles lokal).
 *
 * Liest data/portal.json (öffentliche Angaben, Kameras, Grundkarten) und data/tileset.json
 * (3D Tiles 1.1 in ECEF). Die Kacheln werden mit Rx(-90°)·inverse(root.transform) in das
 * lokale Ost/Oben/Süd-System der Exportdaten gebracht; Grundkarte, Kameras und
 * Gebäudemitten liegen schon darin. Nichts wird von anderen Servern geladen.
 */
(function () {
  'use strict';
  var L = window.PortalLib;
  var DATA = 'data/';
  var HERVORHEBUNG = [0, 200, 255];  // Auswahl: hellblau (keine Statusfarbe)
  var hinweis = document.getElementById('lade-hinweis');
  var state = { ready: false, project: null, readyProject: null, selected: null,
                view: 'ueberblick', errors: [], modelsLoaded: 0, mapsLoaded: 0 };
  window.portal = { state: state };

  function fehler(text) {
    hinweis.hidden = false;
    hinweis.textContent = text;
    state.errors.push(text);
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function zahl(v, stellen) {
    return Number(v).toLocaleString('de-DE', { maximumFractionDigits: stellen, minimumFractionDigits: stellen });
  }

  function sichereUrl(u) {  // nur http(s)-Links aus den Daten übernehmen
    return typeof u === 'string' && /^https?:\/\/[^\s]+$/.test(u) ? u : null;
  }

  function beitraegeText(n) {
    return n === 1 ? '1 Beitrag' : (n || 0) + ' Beiträge';
  }

  function webglVerfuegbar() {
    try {
      var c = document.createElement('canvas');
      return !!(c.getContext('webgl2') || c.getContext('webgl'));
    } catch (e) { return false; }
  }

  function getJSON(url) {
    return fetch(url).then(function (r) {
      if (!r.ok) throw new Error(url + ': HTTP ' + r.status);
      return r.json();
    });
  }

  if (location.protocol === 'file:') {
    fehler('Diese Seite muss über einen Webserver geöffnet werden (Browser laden die 3D-Daten ' +
           'nicht direkt von der Festplatte).');
    return;
  }
  if (!L || !webglVerfuegbar()) {
    fehler('Ihr Browser unterstützt kein WebGL. Die 3D-Ansicht kann nicht angezeigt werden.');
    return;
  }

  Promise.all([getJSON(DATA + 'portal.json'), getJSON(DATA + 'tileset.json')]).then(function (res) {
    start(res[0], res[1]);
  }).catch(function (e) {
    fehler('Die Daten konnten nicht geladen werden (' + e.message + ').');
  });

  function start(portal, tileset) {
    var projekte = {};
    portal.projects.forEach(function (p) { projekte[p.id] = p; });
    var gebaeude = {};
    portal.buildings.forEach(function (b) { gebaeude[b.id] = b; });
    var labels = portal.labels;
    document.getElementById('kartengrundlage').textContent = 'Kartengrundlage: ' + (portal.attribution || '–');
    document.getElementById('stand').textContent = 'Stand: ' + portal.generated;

    var legende = document.getElementById('legende');
    Object.keys(portal.statusColours).forEach(function (s) {
      var li = el('li');
      var f = el('span', { 'class': 'farbe', 'aria-hidden': 'true' });
      f.style.background = portal.statusColours[s];
      li.appendChild(f); li.appendChild(document.createTextNode(s));
      legende.appendChild(li);
    });
    var bestand = el('li');
    var fb = el('span', { 'class': 'farbe', 'aria-hidden': 'true' });
    fb.style.background = portal.contextColour;
    bestand.appendChild(fb); bestand.appendChild(document.createTextNode('Bestandsgebäude'));
    legende.appendChild(bestand);

    // ---------------------------------------------------------------- Szene
    var container = document.getElementById('karte');
    var renderer = new L.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
    renderer.setPixelRatio(Math.min(window.devicePixelRatio || 1, 2));
    renderer.outputColorSpace = L.SRGBColorSpace;
    container.insertBefore(renderer.domElement, container.firstChild);
    renderer.domElement.setAttribute('aria-hidden', 'true');

    var scene = new L.Scene();
    scene.background = new L.Color(0xcfe0ee);
    scene.fog = new L.Fog(0xcfe0ee, 1200, 4000);
    scene.add(new L.HemisphereLight(0xffffff, 0x8a8578, 1.6));
    var sonne = new L.DirectionalLight(0xffffff, 1.8);
    sonne.position.set(-300, 500, 200);  // aus Südwesten (x = Ost, y = oben, z = Süd)
    scene.add(sonne);

    var camera = new L.PerspectiveCamera(45, 1, 0.5, 8000);
    var controls = new L.MapControls(camera, renderer.domElement);
    controls.enableDamping = false;
    controls.maxPolarAngle = Math.PI / 2 - 0.01;  // nicht unter die Geländeoberfläche
    controls.minDistance = 5;
    controls.maxDistance = 3000;

    // Grundkarten: je Vorhaben ein Gitter in Geländehöhe mit dem Kartenbild
    var loader = new L.TextureLoader();
    portal.projects.forEach(function (p) {
      var g = p.ground, n = g.cols * g.rows;
      var geo = new L.BufferGeometry();
      geo.setAttribute('position', new L.BufferAttribute(new Float32Array(g.positions), 3));
      var uv = new Float32Array(2 * n), index = [];
      for (var r = 0; r < g.rows; r++) {
        for (var c = 0; c < g.cols; c++) {
          uv[2 * (r * g.cols + c)] = c / (g.cols - 1);
          uv[2 * (r * g.cols + c) + 1] = r / (g.rows - 1);  // Zeile 0 = Süden = Bildunterkante
          if (r < g.rows - 1 && c < g.cols - 1) {
            var a = r * g.cols + c, b = a + 1, d = a + g.cols, e = d + 1;
            index.push(a, b, e, a, e, d);
          }
        }
      }
      geo.setAttribute('uv', new L.BufferAttribute(uv, 2));
      geo.setIndex(index);
      geo.computeVertexNormals();
      var tex = loader.load(DATA + g.image, function () { state.mapsLoaded++; });
      tex.colorSpace = L.SRGBColorSpace;
      tex.anisotropy = renderer.capabilities.getMaxAnisotropy();
      var karte = new L.Mesh(geo, new L.MeshLambertMaterial({ map: tex }));
      karte.name = 'grundkarte-' + p.id;
      scene.add(karte);
    });

    // 3D Tiles: ECEF -> lokales Ost/Nord/Oben (Umkehrung von root.transform) -> three.js (y oben)
    var T = new L.Matrix4().fromArray(tileset.root.transform);  // spaltenweise, wie im Tileset
    var rahmen = new L.Group();
    rahmen.matrixAutoUpdate = false;
    rahmen.matrix.copy(new L.Matrix4().makeRotationX(-Math.PI / 2).multiply(T.clone().invert()));
    scene.add(rahmen);

    var tiles = new L.TilesRenderer(DATA + 'tileset.json');
    tiles.registerPlugin(new L.GLTFExtensionsPlugin({ metadata: true, rtc: true }));
    tiles.setCamera(camera);
    tiles.errorTarget = 2;
    rahmen.add(tiles.group);
    var modelle = {};  // Inhalts-URI -> Mesh
    tiles.addEventListener('load-model', function (e) {
      state.modelsLoaded++;
      var uri = ((e.tile && e.tile.content && e.tile.content.uri) || '').split('/').pop();
      e.scene.traverse(function (o) { if (o.isMesh) modelle[uri] = o; });
    });
    tiles.addEventListener('load-error', function (e) { fehler('Fehler beim Laden der 3D-Daten.'); console.error(e); });

    // ---------------------------------------------------------------- Kamera
    function setzeAnsicht(name) {
      var p = projekte[state.project];
      var v = p && p.cameras[name];
      if (!v) return;
      camera.position.fromArray(v.position);
      controls.target.fromArray(v.target);
      camera.lookAt(controls.target);
      controls.update();
      state.view = name;
      document.querySelectorAll('[data-ansicht]').forEach(function (b) {
        b.setAttribute('aria-pressed', String(b.getAttribute('data-ansicht') === name));
      });
    }
    document.querySelectorAll('[data-ansicht]').forEach(function (b) {
      b.addEventListener('click', function () { setzeAnsicht(b.getAttribute('data-ansicht')); });
    });

    function groesse() {
      var w = container.clientWidth, h = container.clientHeight;
      renderer.setSize(w, h, false);
      camera.aspect = w / Math.max(h, 1);
      camera.updateProjectionMatrix();
      tiles.setResolutionFromRenderer(camera, renderer);
    }
    window.addEventListener('resize', groesse);
    groesse();

    // ---------------------------------------------------------------- Auswahl
    var markiert = null;  // {attr, saved}

    function markiere(mesh, fid) {
      if (markiert) { markiert.attr.array.set(markiert.saved); markiert.attr.needsUpdate = true; markiert = null; }
      if (!mesh) return;
      var attr = mesh.geometry.getAttribute('color');
      var ids = mesh.geometry.getAttribute('_feature_id_0');
      if (!attr || !ids) return;
      var saved = attr.array.slice();
      var n = attr.itemSize, hell = attr.normalized ? 255 : 1;
      for (var i = 0; i < ids.count; i++) {
        if (ids.getX(i) === fid) {
          attr.array[i * n] = HERVORHEBUNG[0] / 255 * hell;
          attr.array[i * n + 1] = HERVORHEBUNG[1] / 255 * hell;
          attr.array[i * n + 2] = HERVORHEBUNG[2] / 255 * hell;
        }
      }
      attr.needsUpdate = true;
      markiert = { attr: attr, saved: saved };
    }

    function zeigeInfo(b) {
      var dl = document.getElementById('info-angaben');
      var leer = document.getElementById('info-leer');
      var link = document.getElementById('info-link');
      dl.textContent = '';
      if (!b) { dl.hidden = true; leer.hidden = false; link.hidden = true; state.selected = null; markiere(null); return; }
      var reihen = [
        ['name', b.name], ['project', b.project], ['status', b.status], ['use', b.use],
        ['height_m', b.height_m != null ? zahl(b.height_m, 1) + ' m' : null],
        ['storeys', b.storeys != null && b.storeys !== 65535 ? String(b.storeys) : null],
        ['roof', b.roof],
        ['base_level_m', b.base_level_m != null ? zahl(b.base_level_m, 1) + ' m' : null],
        ['comments', beitraegeText(b.comments)]
      ];
      reihen.forEach(function (r) {
        if (r[1] == null || r[1] === '') return;
        dl.appendChild(el('dt', {}, labels[r[0]] || r[0]));
        dl.appendChild(el('dd', {}, String(r[1])));
      });
      dl.hidden = false; leer.hidden = true;
      var url = sichereUrl(b.participation_url);
      if (url) { link.href = url; link.hidden = false; } else { link.hidden = true; }
      state.selected = b.id;
      document.querySelectorAll('#gebaeude-liste button').forEach(function (btn) {
        btn.setAttribute('aria-current', String(btn.getAttribute('data-id') === state.selected));
      });
    }

    var raycaster = new L.Raycaster();
    var zeiger = new L.Vector2();
    var bary = new L.Vector3(), dreieck = new L.Triangle();

    function treffer(clientX, clientY) {
      var r = renderer.domElement.getBoundingClientRect();
      zeiger.set(((clientX - r.left) / r.width) * 2 - 1, -((clientY - r.top) / r.height) * 2 + 1);
      raycaster.setFromCamera(zeiger, camera);
      var hits = raycaster.intersectObject(tiles.group, true);
      for (var i = 0; i < hits.length; i++) {
        var h = hits[i], m = h.object, ud = m.userData || {};
        if (!ud.meshFeatures || !ud.structuralMetadata) continue;
        var pos = m.geometry.getAttribute('position');
        dreieck.setFromAttributeAndIndices(pos, h.face.a, h.face.b, h.face.c);
        dreieck.a.applyMatrix4(m.matrixWorld); dreieck.b.applyMatrix4(m.matrixWorld); dreieck.c.applyMatrix4(m.matrixWorld);
        dreieck.getBarycoord(h.point, bary);
        var fids = ud.meshFeatures.getFeatures(h.faceIndex, bary);
        var info = ud.meshFeatures.getFeatureInfo();
        if (fids[0] == null || info[0].propertyTable == null) continue;
        var props = ud.structuralMetadata.getPropertyTableData(info[0].propertyTable, fids[0]);
        return { mesh: m, fid: fids[0], props: props };
      }
      return null;
    }

    var unten = null;
    renderer.domElement.addEventListener('pointerdown', function (e) { unten = [e.clientX, e.clientY]; });
    renderer.domElement.addEventListener('pointerup', function (e) {
      if (!unten || Math.hypot(e.clientX - unten[0], e.clientY - unten[1]) > 5) return;  // war ein Ziehen
      var t = treffer(e.clientX, e.clientY);
      var b = t && t.props && t.props.id ? gebaeude[t.props.id] : null;
      if (b && b.projectId !== state.project) waehleVorhaben(b.projectId, false);
      markiere(b ? t.mesh : null, t && t.fid);
      zeigeInfo(b);
    });

    function waehleGebaeude(id, fliegen) {
      var b = gebaeude[id];
      if (!b) return;
      if (b.projectId !== state.project) waehleVorhaben(b.projectId, false);
      markiere(modelle[b.content], b.featureId);
      zeigeInfo(b);
      if (fliegen) {  // Schrägansicht auf das Gebäude, aus der aktuellen Blickrichtung
        var z = new L.Vector3().fromArray(b.centre);
        var d = new L.Vector3().subVectors(camera.position, controls.target);
        d.y = 0;
        if (d.lengthSq() < 1e-6) d.set(0, 0, 1);
        var abstand = Math.max(60, 4 * (b.height_m || 10));
        d.setLength(abstand * Math.cos(0.7));
        d.y = abstand * Math.sin(0.7);  // 40° von oben
        controls.target.copy(z);
        camera.position.copy(z).add(d);
        controls.update();
        state.view = null;
        document.querySelectorAll('[data-ansicht]').forEach(function (btn) { btn.setAttribute('aria-pressed', 'false'); });
      }
    }

    function waehleVorhaben(id, ansicht) {
      var p = projekte[id];
      if (!p) return;
      state.project = id;
      document.title = p.name + ' – Bauvorhaben in 3D';
      document.getElementById('projekt-name').textContent = p.name;
      var st = document.getElementById('projekt-status');
      st.textContent = p.status || '–';
      st.style.background = p.colour;
      document.getElementById('projekt-beitraege').textContent = beitraegeText(p.comments) + ' aus der Beteiligung';
      document.getElementById('projekt-beschreibung').textContent = p.description || 'Keine Beschreibung.';
      var plink = document.getElementById('projekt-link');
      var url = sichereUrl(p.participation_url);
      if (url) { plink.href = url; plink.hidden = false; } else { plink.hidden = true; }
      document.querySelectorAll('#vorhaben-liste button').forEach(function (btn) {
        btn.setAttribute('aria-current', String(btn.getAttribute('data-id') === id));
      });
      var liste = document.getElementById('gebaeude-liste');
      liste.textContent = '';
      portal.buildings.filter(function (b) { return b.projectId === id; }).forEach(function (b) {
        var li = el('li');
        var btn = el('button', { type: 'button', 'class': 'knopf', 'data-id': b.id });
        var f = el('span', { 'class': 'farbe', 'aria-hidden': 'true' });
        f.style.background = p.colour;
        btn.appendChild(f);
        var text = b.name + (b.use ? ' – ' + b.use : '');
        if (b.comments) text += ' (' + beitraegeText(b.comments) + ')';
        btn.appendChild(document.createTextNode(text));
        btn.addEventListener('click', function () { waehleGebaeude(b.id, true); });
        li.appendChild(btn); liste.appendChild(li);
      });
      zeigeInfo(null);
      if (ansicht !== false) setzeAnsicht('ueberblick');
    }

    if (portal.projects.length > 1) {
      document.getElementById('vorhaben-wahl').hidden = false;
      var vliste = document.getElementById('vorhaben-liste');
      portal.projects.forEach(function (p) {
        var li = el('li');
        var btn = el('button', { type: 'button', 'class': 'knopf', 'data-id': p.id });
        var f = el('span', { 'class': 'farbe', 'aria-hidden': 'true' });
        f.style.background = p.colour;
        btn.appendChild(f);
        btn.appendChild(document.createTextNode(p.name + ' (' + (p.status || '–') + ')'));
        btn.addEventListener('click', function () { waehleVorhaben(p.id); });
        li.appendChild(btn); vliste.appendChild(li);
      });
    }
    waehleVorhaben(portal.projects[0].id);

    // ---------------------------------------------------------------- Schleife
    // Bereit: die 3D-Daten und Grundkarte des gewählten Vorhabens geladen und zwei volle
    // Bilder damit gezeichnet (state.readyProject nennt das Vorhaben).
    var bereitSeit = 0;
    function bild() {
      requestAnimationFrame(bild);
      controls.update();
      camera.updateMatrixWorld();
      tiles.update();
      renderer.render(scene, camera);
      var p = projekte[state.project];
      var geladen = p.contents.every(function (uri) { return modelle[uri]; }) &&
        state.mapsLoaded >= portal.projects.length;
      if (state.readyProject !== state.project && geladen) {
        if (++bereitSeit > 2) {
          bereitSeit = 0;
          state.readyProject = state.project;
          if (!state.ready) {
            state.ready = true;
            hinweis.hidden = true;
            document.body.setAttribute('data-bereit', '1');
          }
        }
      } else if (!geladen) {
        bereitSeit = 0;
      }
    }
    bild();

    // Schnittstelle für Tests und Einbettung
    window.portal.setView = setzeAnsicht;
    window.portal.selectProject = waehleVorhaben;
    window.portal.select = waehleGebaeude;
    window.portal.screenPos = function (id) {  // Bildschirmposition der Gebäudemitte
      var v = new L.Vector3().fromArray(gebaeude[id].centre).project(camera);
      var r = renderer.domElement.getBoundingClientRect();
      return { x: r.left + (v.x + 1) / 2 * r.width, y: r.top + (1 - v.y) / 2 * r.height };
    };
  }
})();
