// Writes each kind of host's settings from the templates in deploy/, with the security
// policy taken from the built page's own meta tag (one source for both), and the headers a
// page cannot set itself: `_headers` (Netlify, Cloudflare Pages) and `.htaccess` (Apache)
// into the site folder, nginx's and Caddy's into the deploy folder. Run by `./dev build`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const deployed = process.argv[3] ?? 'target/deploy';
const page = readFileSync(join(dist, 'index.html'), 'utf8');
const meta = page.match(/<meta http-equiv=["']?Content-Security-Policy["']? content="([^"]+)"/i);
if (!meta) {
  console.error('hosting: no Content-Security-Policy in', join(dist, 'index.html'));
  process.exit(1);
}
// A header can also refuse framing, which a meta tag cannot. Alongside never uses a camera,
// microphone, location, payments or devices.
export const headers = [
  ['Content-Security-Policy', `${meta[1]}; frame-ancestors 'none'`],
  ['Referrer-Policy', 'no-referrer'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), midi=(), accelerometer=(), gyroscope=(), magnetometer=(), display-capture=(), browsing-topics=()'],
];
const hosts = [
  ['_headers', join(dist, '_headers'), (name, value) => `  ${name}: ${value}`],
  ['.htaccess', join(dist, '.htaccess'), (name, value) => `    Header always set ${name} "${value}"`],
  ['nginx/alongside.conf', join(deployed, 'nginx/alongside.conf'), (name, value) => `add_header ${name} "${value}" always;`],
  ['nginx/example-server.conf', join(deployed, 'nginx/example-server.conf'), null],
  ['Caddyfile', join(deployed, 'Caddyfile'), (name, value) => `${name} "${value}"`],
];
for (const [template, out, line] of hosts) {
  const text = readFileSync(new URL(`../deploy/${template}`, import.meta.url), 'utf8')
    // Each marker becomes the headers, indented as the marker was.
    .replace(/^([ \t]*)#@HEADERS$/gm, (_, indent) => headers.map(([name, value]) => indent + line(name, value)).join('\n'));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
}
console.log(`hosting: security headers for Netlify, Cloudflare and Apache in ${dist}/, for nginx and Caddy in ${deployed}/`);
