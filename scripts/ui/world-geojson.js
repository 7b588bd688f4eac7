// Converts world-atlas@2.0.2 countries-110m.json (TopoJSON) into the GeoJSON
// FeatureCollection shipped as src/main/resources/web/world.geojson.
// Usage: node world-geojson.js <path to topojson-client.js> <countries-110m.json> > world.geojson
// Coordinates are rounded to 3 decimals; only the "name" property is kept.
const fs = require('fs');
const topojson = require(process.argv[2]);
const topo = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
const fc = topojson.feature(topo, topo.objects.countries);
const round = (c) => Array.isArray(c[0]) ? c.map(round) : [Math.round(c[0] * 1000) / 1000, Math.round(c[1] * 1000) / 1000];
fc.features = fc.features.map((f) => ({
  type: 'Feature',
  id: f.id,
  properties: { name: f.properties.name },
  geometry: f.geometry && { type: f.geometry.type, coordinates: round(f.geometry.coordinates) },
}));
process.stdout.write(JSON.stringify(fc));
