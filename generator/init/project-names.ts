/**
 * The package and client class names `sdkgen init` proposes, from the spec's `info.title`:
 * "Cloudflare API - AI Gateway" gives `cloudflare-api` and `CloudflareClient`. Only the title's
 * first part counts (before " - ", ":", "(" or "|"), and only its ASCII letters and digits, so
 * that spec text can put nothing into the config but a valid npm name and a TypeScript name.
 */
export interface ProjectNames {
  packageName: string;
  className: string;
}

const FALLBACK: ProjectNames = { packageName: 'api-client', className: 'ApiClient' };

export function projectNames(title: unknown): ProjectNames {
  if (typeof title !== 'string') return FALLBACK;
  const words = (title.split(/ - |[:(|]/)[0] ?? '').match(/[A-Za-z0-9]+/g)?.slice(0, 6) ?? [];
  if (words.length === 0) return FALLBACK;
  const packageName = words.join('-').toLowerCase().slice(0, 60).replace(/-+$/, '');
  const named = words.length > 1 && /^api$/i.test(words[words.length - 1]!) ? words.slice(0, -1) : words;
  const pascal = named.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
  const base = /^[0-9]/.test(pascal) ? `Api${pascal}` : pascal;
  return { packageName, className: /client$/i.test(base) ? base : `${base}Client` };
}
