"""Print fictional identifier values that pass their checksums, for writing corpus prompts.

Usage: PYTHONPATH=server python tests/corpus/gen_values.py [--seed N] [--count N]

Values are random and fictional: NHS numbers in the 9xx range (never issued to patients on the
live spine), CHI numbers built on real DDMMYY dates, NI H&C numbers in 320-399, UPNs with the DfE
check letter, Luhn-valid card numbers, mod-97 IBANs, Ofcom drama phone numbers.
"""

from __future__ import annotations

import argparse
import random
import string

from genai_guard.corpus import (
    iban_check_digits,
    luhn_check_digit,
    mod11_check_digit,
    upn_check_letter,
)


def mod11_number(rng: random.Random, prefix: str) -> str:
    """Ten digits starting with ``prefix`` that pass modulus 11."""
    while True:
        body = prefix + "".join(rng.choice(string.digits) for _ in range(9 - len(prefix)))
        check = mod11_check_digit(body)
        if check is not None:
            return body + str(check)


def nhs(rng: random.Random) -> str:
    return mod11_number(rng, rng.choice(["94", "943", "96", "98", "97"]))


def chi(rng: random.Random) -> str:
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(0, 99)
    return mod11_number(rng, f"{day:02d}{month:02d}{year:02d}")


def hcn(rng: random.Random) -> str:
    return mod11_number(rng, str(rng.randint(320, 399)))


def upn(rng: random.Random) -> str:
    la = rng.choice(["383", "330", "352", "681", "209", "873", "926"])
    school = f"{rng.randint(2000, 7999):04d}"
    body = la + school + f"{rng.randint(5, 20):02d}" + f"{rng.randint(1, 999):03d}"
    return upn_check_letter(body) + body


def card(rng: random.Random) -> str:
    prefix = rng.choice(["4", "49", "51", "53"])
    payload = prefix + "".join(rng.choice(string.digits) for _ in range(15 - len(prefix)))
    return payload + str(luhn_check_digit(payload))


def iban(rng: random.Random, country: str = "GB") -> str:
    if country == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MONZ"]) + "".join(
            rng.choice(string.digits) for _ in range(14)
        )
    elif country == "PL":
        bban = "".join(rng.choice(string.digits) for _ in range(24))
    else:  # RO
        bban = "BTRL" + "".join(rng.choice(string.digits) for _ in range(16))
    return country + iban_check_digits(country, bban) + bban


def nino(rng: random.Random) -> str:
    first = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    while first + second in {"BG", "GB", "NK", "KN", "NT", "TN", "ZZ"}:
        second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    return first + second + f"{rng.randint(0, 999999):06d}" + rng.choice("ABCD")


def groups(value: str, sizes: tuple[int, ...]) -> str:
    out, at = [], 0
    for size in sizes:
        out.append(value[at : at + size])
        at += size
    return " ".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--count", type=int, default=8)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    makers = {
        "NHS": lambda: groups(nhs(rng), (3, 3, 4)),
        "CHI": lambda: chi(rng),
        "H&C": lambda: groups(hcn(rng), (3, 3, 4)),
        "UPN": lambda: upn(rng),
        "CARD": lambda: groups(card(rng), (4, 4, 4, 4)),
        "IBAN GB": lambda: iban(rng, "GB"),
        "IBAN PL": lambda: iban(rng, "PL"),
        "IBAN RO": lambda: iban(rng, "RO"),
        "NINO": lambda: nino(rng),
        "PHONE": lambda: (
            rng.choice(["07700 900", "01632 960", "0113 496 0", "020 7946 0"]) + f"{rng.randint(0, 999):03d}"
        ),
    }
    for name, make in makers.items():
        print(f"{name:8} " + "  ".join(make() for _ in range(args.count)))


if __name__ == "__main__":
    main()
