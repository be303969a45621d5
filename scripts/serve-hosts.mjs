// Serves the site the journeys use (target/e2e-site/app, copied with a venue's config.json) with the server set-ups Alongside
// ships, as a venue would run them: nginx at http://127.0.0.1:4175/app/ with
// deploy/nginx/alongside.conf, Caddy at http://127.0.0.1:4176/alongside/ with the Caddyfile
// (both as `./dev build` wrote them into target/deploy/), and Apache at
// http://127.0.0.1:4177/app/ reading the site's own .htaccess. Playwright starts this beside
// its own server; tests/e2e/hosting.spec.ts checks what each one sends.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

// The release as a venue hosts it: with a config.json of its own, made from the example.
const root = resolve('target/e2e-site/hosted');
rmSync(root, { recursive: true, force: true });
cpSync(resolve('target/e2e-site/app'), root, { recursive: true, dereference: true });
cpSync(`${root}/config.example.json`, `${root}/config.json`);
const deploy = resolve('target/deploy');
const work = resolve('target/hosts');
mkdirSync(`${work}/tmp`, { recursive: true });

const brotli = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
writeFileSync(`${work}/nginx.conf`, `# Written by scripts/serve-hosts.mjs for the journeys.
user root;
daemon off;
pid ${work}/nginx.pid;
error_log ${work}/nginx-error.log;
${existsSync(brotli) ? `load_module ${brotli};` : ''}
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${work}/tmp/body;
    proxy_temp_path ${work}/tmp/proxy;
    fastcgi_temp_path ${work}/tmp/fastcgi;
    uwsgi_temp_path ${work}/tmp/uwsgi;
    scgi_temp_path ${work}/tmp/scgi;
    server {
        listen 127.0.0.1:4175;
        location /app/ {
            alias ${root}/;
            include ${deploy}/nginx/alongside.conf;
        }
    }
}
`);

// Apache will not serve as root: its workers run as www-data, which can read the site.
const module = (name) => `LoadModule ${name}_module /usr/lib/apache2/modules/mod_${name}.so`;
writeFileSync(`${work}/apache.conf`, `# Written by scripts/serve-hosts.mjs for the journeys.
ServerRoot /etc/apache2
PidFile ${work}/apache.pid
ErrorLog ${work}/apache-error.log
Listen 127.0.0.1:4177
ServerName 127.0.0.1
User www-data
Group www-data
${['mpm_event', 'authz_core', 'dir', 'mime', 'headers', 'filter', 'deflate', 'alias'].map(module).join('\n')}
TypesConfig /etc/mime.types
DirectoryIndex index.html
Alias /app/ ${root}/
<Directory ${root}/>
    AllowOverride All
    Require all granted
</Directory>
`);

const children = [];
function run(command, args, env = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
  child.on('error', (error) => console.error(`serve-hosts: ${command}: ${error.message}`));
  children.push(child);
}
run('nginx', ['-c', `${work}/nginx.conf`]);
run('apache2', ['-f', `${work}/apache.conf`, '-DFOREGROUND']);
run('caddy', ['run', '--config', `${deploy}/Caddyfile`, '--adapter', 'caddyfile'], {
  ALONGSIDE_SITE: 'http://127.0.0.1:4176',
  ALONGSIDE_ROOT: root,
  XDG_DATA_HOME: `${work}/caddy`,
  XDG_CONFIG_HOME: `${work}/caddy`,
});
const stop = () => {
  children.forEach((child) => child.kill('SIGTERM'));
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// Kept running (even if a server is missing here) until Playwright stops it.
setInterval(() => {}, 1 << 30);
