#!/usr/bin/env python3
"""Builds the offline base map of `trawl serve`: country outlines as GeoJSON.

Source (pinned): the npm package world-atlas 2.0.2 (ISC licence, Mike Bostock), a TopoJSON redistribution
of Natural Earth's 1:50m Admin 0 country boundaries, version 4.1.0 (public domain). The topology is
decoded here (arcs un-delta-encoded and de-quantised) and coordinates rounded to 0.01 degrees.

Usage: tools/build-basemap.py [--out src/main/resources/org/trawl/web/static/countries.geojson]
Needs python3 and npm: the package is fetched with `npm pack world-atlas@2.0.2` and its tarball read here,
checked against the sha512 the registry publishes for it.
"""
import argparse, base64, hashlib, io, json, os, subprocess, tarfile, tempfile

PACKAGE = "world-atlas@2.0.2"
INTEGRITY = "IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ=="


def topology():
    with tempfile.TemporaryDirectory() as d:
        subprocess.run(["npm", "pack", PACKAGE, "--pack-destination", d, "--silent"], check=True,
                       stdout=subprocess.DEVNULL)
        data = open(os.path.join(d, "world-atlas-2.0.2.tgz"), "rb").read()
    if base64.b64encode(hashlib.sha512(data).digest()).decode() != INTEGRITY:
        raise SystemExit(PACKAGE + ": sha512 mismatch")
    tar = tarfile.open(fileobj=io.BytesIO(data), mode="r:gz")
    return json.load(tar.extractfile("package/countries-50m.json"))


def decoded_arcs(topo):
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append([round(x * sx + tx, 2), round(y * sy + ty, 2)])
        arcs.append(points)
    return arcs


def ring(indexes, arcs):
    points = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(arc if not points else arc[1:])
    deduped = [p for k, p in enumerate(points) if k == 0 or p != points[k - 1]]
    return unwrapped(deduped) if len(deduped) >= 4 else None


def unwrapped(points):
    """A ring crossing the antimeridian, with longitudes made continuous (beyond +-180) so that it is not
    drawn as a band across the whole map; rings around a pole (Antarctica) cannot be and stay as they are."""
    out = [points[0]]
    for lng, lat in points[1:]:
        prev = out[-1][0]
        while lng - prev > 180:
            lng -= 360
        while prev - lng > 180:
            lng += 360
        out.append([round(lng, 2), lat])
    return out if abs(out[-1][0] - out[0][0]) < 1 else points


def geometry(g, arcs):
    if g["type"] == "Polygon":
        rings = [r for r in (ring(a, arcs) for a in g["arcs"]) if r]
        return {"type": "Polygon", "coordinates": rings} if rings else None
    if g["type"] == "MultiPolygon":
        polys = [[r for r in (ring(a, arcs) for a in poly) if r] for poly in g["arcs"]]
        polys = [p for p in polys if p]
        return {"type": "MultiPolygon", "coordinates": polys} if polys else None
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="src/main/resources/org/trawl/web/static/countries.geojson")
    args = ap.parse_args()
    topo = topology()
    arcs = decoded_arcs(topo)
    features = []
    for g in topo["objects"]["countries"]["geometries"]:
        geo = geometry(g, arcs)
        if geo:
            features.append({"type": "Feature", "properties": {"name": g.get("properties", {}).get("name", "")},
                             "geometry": geo})
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection",
                   "source": "Natural Earth 1:50m Admin 0 countries 4.1.0 (public domain), via npm world-atlas 2.0.2",
                   "features": features}, f, separators=(",", ":"))
    print(f"{args.out}: {len(features)} countries")


if __name__ == "__main__":
    main()
