// Checksum and structure checks for the degraded detector, looked up by the same names the
// recognizer YAML files give (twins of server/genai_guard/recognizers/validators.py).
// Each returns true (well formed) or false (drop the match).

const digitsOf = (value) => value.replace(/\D/g, "");
const alnumOf = (value) => value.replace(/[^0-9A-Za-z]/g, "");

export function mod11Ok(digits) {
  if (!/^\d{10}$/.test(digits)) return false;
  let total = 0;
  for (let i = 0; i < 9; i += 1) total += Number(digits[i]) * (10 - i);
  let check = 11 - (total % 11);
  if (check === 11) check = 0;
  return check !== 10 && check === Number(digits[9]);
}

function nhsNumber(value) {
  const digits = digitsOf(value);
  return mod11Ok(digits) && digits[0] >= "4";
}

function isRealDate(year, month, day) {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function chiNumber(value) {
  const digits = digitsOf(value);
  if (!mod11Ok(digits)) return false;
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const year = 2000 + Number(digits.slice(4, 6));
  return isRealDate(year, month, day) || isRealDate(year - 100, month, day);
}

function hcNumber(value) {
  const digits = digitsOf(value);
  const prefix = Number(digits.slice(0, 3));
  return mod11Ok(digits) && prefix >= 320 && prefix <= 399;
}

const UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

function uniquePupilNumber(value) {
  const upn = alnumOf(value).toUpperCase();
  if (!/^[A-Z]\d{12}$/.test(upn)) return false;
  let total = 0;
  for (let i = 1; i < 13; i += 1) total += Number(upn[i]) * (i + 1);
  return UPN_LETTERS[total % 23] === upn[0];
}

const POSTCODE_AREAS = new Set(
  `AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY
  E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE
  LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL
  SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE`.split(/\s+/),
);

// "N1 2nd" (a lower-case ordinal, as in "ward N1 2nd floor") is not a postcode; "N1 2ND" is.
function ukPostcode(value) {
  if (/(?:1st|2nd|3rd|[04-9]th)$/.test(value)) return false;
  const compact = alnumOf(value).toUpperCase();
  const area = /^[A-Z]{2}/.test(compact) ? compact.slice(0, 2) : compact.slice(0, 1);
  return POSTCODE_AREAS.has(area);
}

// A rough twin of phonenumbers' "possible number": plausible lengths for UK and international forms.
// Numbers only organisations have (freephone 080, shared-cost 084, premium 09, non-geographic 03)
// are not a person's, as on the service.
const ORGANISATION_NUMBER = /^(?:80|84|9|3)/;

function ukPhone(value) {
  const trimmed = value.trim();
  const digits = digitsOf(trimmed);
  if (trimmed.startsWith("+44") || trimmed.startsWith("0044")) {
    const national = digits.replace(/^(00)?44/, "");
    return national.length >= 9 && national.length <= 10 && !ORGANISATION_NUMBER.test(national);
  }
  if (trimmed.startsWith("+") || trimmed.startsWith("00")) {
    const international = digits.replace(/^00/, "");
    return international.length >= 8 && international.length <= 15;
  }
  const national = digits.slice(1);
  return digits.startsWith("0") && digits.length >= 10 && digits.length <= 11 && !ORGANISATION_NUMBER.test(national);
}

function luhn(value) {
  const digits = digitsOf(value);
  if (digits.length < 12 || digits.length > 19) return false;
  let total = 0;
  [...digits].reverse().forEach((ch, index) => {
    let d = Number(ch);
    if (index % 2) d = d > 4 ? d * 2 - 9 : d * 2;
    total += d;
  });
  return total % 10 === 0;
}

function emailAddress(value) {
  const at = value.lastIndexOf("@");
  if (at <= 0) return false;
  const domain = value.slice(at + 1);
  return domain.includes(".") && !domain.startsWith(".") && !domain.includes("..");
}

// The build checks that every validator a degraded rule names is a key of this object.
export const VALIDATORS = Object.freeze({
  nhs_number: nhsNumber,
  chi_number: chiNumber,
  hc_number: hcNumber,
  unique_pupil_number: uniquePupilNumber,
  uk_postcode: ukPostcode,
  uk_phone: ukPhone,
  luhn: luhn,
  email_address: emailAddress,
});

export function validate(name, value) {
  const validator = VALIDATORS[name];
  if (!validator) throw new Error(`unknown validator ${name}`);
  return validator(value);
}
