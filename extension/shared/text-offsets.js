// The service reports offsets in Python string indices (Unicode code points); JavaScript strings
// index UTF-16 code units. These helpers convert between the two so emoji or other astral
// characters before a finding do not shift its preview.

export function codePointToUtf16(text, codePointOffset) {
  let units = 0;
  let points = 0;
  for (const ch of text) {
    if (points >= codePointOffset) break;
    units += ch.length;
    points += 1;
  }
  return units;
}

export function utf16ToCodePoint(text, utf16Offset) {
  return Array.from(text.slice(0, utf16Offset)).length;
}

export function sliceByCodePoints(text, start, end) {
  return text.slice(codePointToUtf16(text, start), codePointToUtf16(text, end));
}
