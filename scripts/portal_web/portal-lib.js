// The web 3D library of the citizens' portal page, bundled by scripts/build_portal_web.py
// (esbuild, IIFE, global PortalLib): only what resources/portal/app.js uses.
export {
  WebGLRenderer, Scene, PerspectiveCamera, HemisphereLight, DirectionalLight,
  Raycaster, Vector2, Vector3, Matrix4, Triangle, Mesh, BufferGeometry, BufferAttribute,
  MeshLambertMaterial, TextureLoader, Color, SRGBColorSpace, Fog, Group,
} from 'three';
export { MapControls } from 'three/examples/jsm/controls/MapControls.js';
export { TilesRenderer } from '3d-tiles-renderer/three';
export { GLTFExtensionsPlugin } from '3d-tiles-renderer/three/plugins';
