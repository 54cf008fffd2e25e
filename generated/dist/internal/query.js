const DELIMITERS = { form: ",", spaceDelimited: "%20", pipeDelimited: "|" };
function serializeQuery(query, styles = {}) {
  const parts = [];
  const pair = (key, value) => parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  const nested = (key, value) => {
    if (value === void 0 || value === null) return;
    if (Array.isArray(value)) for (const item of value) nested(key, item);
    else if (typeof value === "object")
      for (const [k, v] of Object.entries(value)) nested(`${key}[${k}]`, v);
    else pair(key, value);
  };
  for (const [key, value] of Object.entries(query)) {
    if (value === void 0 || value === null) continue;
    const { style, explode } = styles[key] ?? { style: "form", explode: true };
    if (Array.isArray(value)) {
      const items = value.filter((item) => item !== void 0 && item !== null);
      if (explode || style === "deepObject") for (const item of items) nested(key, item);
      else if (items.length > 0)
        parts.push(
          `${encodeURIComponent(key)}=${items.map((item) => encodeURIComponent(String(item))).join(DELIMITERS[style] ?? ",")}`
        );
    } else if (typeof value === "object") {
      const entries = Object.entries(value).filter(([, v]) => v !== void 0 && v !== null);
      if (style === "deepObject") for (const [k, v] of entries) nested(`${key}[${k}]`, v);
      else if (explode) for (const [k, v] of entries) nested(k, v);
      else if (entries.length > 0)
        parts.push(
          `${encodeURIComponent(key)}=${entries.flatMap(([k, v]) => [encodeURIComponent(k), encodeURIComponent(String(v))]).join(",")}`
        );
    } else {
      pair(key, value);
    }
  }
  return parts.join("&");
}
export {
  serializeQuery
};
