const FORM = { style: "form", explode: true };
const DELIMITERS = {
  form: ",",
  spaceDelimited: "%20",
  pipeDelimited: "%7C"
};
function serializeQuery(query, styles = {}) {
  const parts = [];
  for (const [key, value] of Object.entries(query)) {
    if (value === void 0 || value === null) continue;
    const { style, explode, allowReserved } = styles[key] ?? FORM;
    const encode = allowReserved ? encodeReserved : encodeURIComponent;
    if (Array.isArray(value)) {
      const items = value.filter(present);
      if (explode || style === "deepObject")
        for (const item of items) nested(parts, key, item, encode);
      else if (items.length > 0)
        parts.push(
          `${encodeURIComponent(key)}=${items.map((item) => encode(String(item))).join(DELIMITERS[style] ?? ",")}`
        );
    } else if (typeof value === "object") {
      const entries = Object.entries(value).filter(([, v]) => present(v));
      if (style === "deepObject")
        for (const [k, v] of entries) nested(parts, `${key}[${k}]`, v, encode);
      else if (explode) for (const [k, v] of entries) nested(parts, k, v, encode);
      else if (entries.length > 0)
        parts.push(
          `${encodeURIComponent(key)}=${entries.flatMap(([k, v]) => [encode(k), encode(String(v))]).join(DELIMITERS[style] ?? ",")}`
        );
    } else {
      parts.push(`${encodeURIComponent(key)}=${encode(String(value))}`);
    }
  }
  return parts.join("&");
}
function present(value) {
  return value !== void 0 && value !== null;
}
function nested(parts, key, value, encode) {
  if (value === void 0 || value === null) return;
  if (Array.isArray(value)) for (const item of value) nested(parts, key, item, encode);
  else if (typeof value === "object")
    for (const [k, v] of Object.entries(value)) nested(parts, `${key}[${k}]`, v, encode);
  else parts.push(`${encodeURIComponent(key)}=${encode(String(value))}`);
}
const KEPT = {
  "3A": ":",
  "2F": "/",
  "3F": "?",
  "40": "@",
  "24": "$",
  "2C": ",",
  "3B": ";"
};
function encodeReserved(text) {
  return encodeURIComponent(text).replace(
    /%25([0-9A-Fa-f]{2})|%(3A|2F|3F|40|24|2C|3B)/g,
    (_match, triple, reserved) => triple !== void 0 ? `%${triple}` : KEPT[reserved]
  );
}
export {
  encodeReserved,
  serializeQuery
};
